// How emctl says what an operation did: the same lines the console shows.

#include <algorithm>

#include "cli.h"
#include "engine/operations/operations.h"

namespace em::cli {

int printOutcome(Cli &cli, const ops::Outcome &outcome)
{
    if (cli.format() == OutputFormat::Text) {
        for (const QString &message : outcome.messages)
            cli.print(message + QLatin1Char('\n'));
    }
    for (const QString &warning : outcome.warnings)
        cli.warn(warning);
    if (outcome.refused.isEmpty())
        return ExitOk;
    // Bad input alone is a usage error, as when the arguments are parsed.
    const bool badInput = std::all_of(outcome.refused.cbegin(), outcome.refused.cend(),
        [](const ops::Refusal &r) { return r.error.code == ErrorCode::InvalidArgument; });
    const QStringList lines = outcome.refusalLines();
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        cli.failed(lines.at(i));
    return badInput ? cli.usage(lines.last()) : cli.failed(lines.last());
}

} // namespace em::cli
