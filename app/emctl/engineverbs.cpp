// emctl verbs for the cycle, rollback, reports and the EM service loop.

#include "cli.h"

namespace em::cli {

QList<Verb> engineVerbs()
{
    return {};
}

} // namespace em::cli
