// emctl verbs for server hosts: lab servers made from real IIS configuration.

#include "cli.h"

namespace em::cli {

QList<Verb> hostVerbs()
{
    return {};
}

} // namespace em::cli
