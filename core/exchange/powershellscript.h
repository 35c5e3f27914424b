#pragma once

// The Exchange Management Shell commands that bring a real organization (as
// last imported) to the directory's settings: Set-ExchangeServer and
// Set-OrganizationConfig lines, only for what differs. Every value is a
// PowerShell literal, so nothing in a name can run as code.

#include <QList>
#include <QStringList>

#include "exchange/exchangestate.h"
#include "model/server.h"

namespace em {

// A single-quoted PowerShell string: 'EX''01'. Each of PowerShell's five
// single-quote characters (' U+2018 U+2019 U+201A U+201B) is doubled, since the
// tokenizer ends a single-quoted string at any of them. Control characters,
// U+2028/U+2029 and unpaired surrogates are written as [char]0xHHHH outside the
// quotes, joined with +, in parentheses: ('a' + [char]0x000A + 'b'), so a
// command stays on one line and shows no invisible character.
QString powerShellLiteral(const QString &value);

// @('M1','M2.1'); $null for an empty list (how Exchange clears a multi-valued property).
QString powerShellList(const QStringList &values);

struct ExchangeScript {
    QStringList commands; // one command per line
    // Why something was not compared (a server not imported, an Edge server,
    // a build without the EM service): for the admin, never part of the script.
    QStringList notes;

    [[nodiscard]] QString text() const; // the commands, each ending with a newline
};

// The commands that bring `imported` to `directory` and `org`. With an
// identity, only that server's command (which must be both in the directory
// and in the import). Fails when nothing has been imported yet.
Result<ExchangeScript> exchangeScript(
    const ExchangeState &imported, const QList<Server> &directory, const OrgConfig &org, const QString &identity = {});

} // namespace em
