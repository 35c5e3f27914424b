// emctl verbs for the signed feed, trust profiles and the connectivity test.

#include "cli.h"

namespace em::cli {

QList<Verb> feedVerbs()
{
    return {};
}

} // namespace em::cli
