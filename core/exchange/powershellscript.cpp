#include "powershellscript.h"

#include <algorithm>

#include <QCoreApplication>
#include <QUrl>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeScript)
};

// PowerShell's tokenizer (CharExtensions.IsSingleQuote) ends a single-quoted
// string at any of these; two in a row stand for the second one.
bool isSingleQuote(char16_t c)
{
    return c == u'\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}

// Characters written as [char]0xHHHH: they would break the line or hide.
bool isWrittenAsCode(const QString &text, qsizetype i)
{
    const char16_t c = text.at(i).unicode();
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029)
        return true;
    if (QChar::isHighSurrogate(c))
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (QChar::isLowSurrogate(c))
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}

QString powerShellBool(bool value)
{
    return value ? QStringLiteral("$true") : QStringLiteral("$false");
}

bool sameIds(const QStringList &a, const QStringList &b)
{
    auto contains = [](const QStringList &list, const QString &id) { return list.contains(id, Qt::CaseInsensitive); };
    for (const QString &id : a) {
        if (!contains(b, id))
            return false;
    }
    for (const QString &id : b) {
        if (!contains(a, id))
            return false;
    }
    return true;
}

QStringList withoutDuplicates(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        if (!out.contains(id, Qt::CaseInsensitive))
            out.append(id);
    }
    return out;
}

// Exchange writes a URI back as .NET formats it (http://proxy:8080/); the
// directory keeps what the admin typed.
QString normalProxy(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid())
        return trimmed;
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}
} // namespace

QString powerShellLiteral(const QString &value)
{
    QStringList parts;
    QString run;
    bool inRun = false;
    auto flush = [&] {
        if (inRun)
            parts.append(QLatin1Char('\'') + run + QLatin1Char('\''));
        run.clear();
        inRun = false;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (isWrittenAsCode(value, i)) {
            flush();
            parts.append(
                QStringLiteral("[char]0x") + QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
            continue;
        }
        inRun = true;
        run.append(c);
        if (isSingleQuote(c.unicode()))
            run.append(c);
    }
    flush();
    if (parts.isEmpty())
        return QStringLiteral("''");
    if (parts.size() == 1 && parts.first().startsWith(QLatin1Char('\'')))
        return parts.first();
    // A string first, so that + concatenates text rather than adding char codes.
    if (!parts.first().startsWith(QLatin1Char('\'')))
        parts.prepend(QStringLiteral("''"));
    return QLatin1Char('(') + parts.join(QLatin1String(" + ")) + QLatin1Char(')');
}

QString powerShellList(const QStringList &values)
{
    if (values.isEmpty())
        return QStringLiteral("$null");
    QStringList literals;
    for (const QString &v : values)
        literals.append(powerShellLiteral(v));
    return QStringLiteral("@(") + literals.join(QLatin1Char(',')) + QLatin1Char(')');
}

QString ExchangeScript::text() const
{
    QString out;
    for (const QString &command : commands)
        out += command + QLatin1Char('\n');
    return out;
}

Result<ExchangeScript> exchangeScript(
    const ExchangeState &imported, const QList<Server> &directory, const OrgConfig &org, const QString &identity)
{
    if (imported.isEmpty())
        return fail(ErrorCode::NotFound,
            Text::tr("no Exchange organization state has been imported yet: import the Export-Clixml files of "
                     "Get-ExchangeServer and Get-OrganizationConfig first"));
    if (!identity.isEmpty()) {
        const bool registered = std::any_of(directory.begin(), directory.end(),
            [&](const Server &s) { return s.name.compare(identity, Qt::CaseInsensitive) == 0; });
        if (!registered)
            return fail(ErrorCode::NotFound, Text::tr("server '%1' is not in the directory").arg(identity));
        if (!imported.server(identity))
            return fail(ErrorCode::NotFound, Text::tr("server '%1' is not in the last Exchange import").arg(identity));
    }

    ExchangeScript script;
    if (identity.isEmpty()) {
        if (!imported.organization) {
            script.notes.append(
                Text::tr("the last import holds no organization configuration "
                         "(Get-OrganizationConfig): the organization's MitigationsEnabled is not compared"));
        } else if (!imported.organization->mitigationsEnabled) {
            script.notes.append(Text::tr("the imported organization configuration has no MitigationsEnabled "
                                         "(an Exchange build without the EM service): not compared"));
        } else if (*imported.organization->mitigationsEnabled != org.mitigationsEnabled) {
            script.commands.append(
                QStringLiteral("Set-OrganizationConfig -MitigationsEnabled ") + powerShellBool(org.mitigationsEnabled));
        }
    }

    for (const Server &desired : directory) {
        if (!identity.isEmpty() && desired.name.compare(identity, Qt::CaseInsensitive) != 0)
            continue;
        const ExchangeServerState *real = imported.server(desired.name);
        if (!real) {
            script.notes.append(
                Text::tr("server '%1' is in the directory but not in the last import: not compared").arg(desired.name));
            continue;
        }
        if (real->role == ServerRole::EdgeTransport || desired.isEdge()) {
            script.notes.append(
                Text::tr("server '%1' is an Edge Transport server: the EM service does not run there").arg(real->name));
            continue;
        }
        if (!real->mitigationsEnabled) {
            script.notes.append(Text::tr("server '%1': the export has no Emergency Mitigation settings (an Exchange "
                                         "build before 2016 CU22 / 2019 CU11): not compared")
                                    .arg(real->name));
            continue;
        }
        QStringList parameters;
        if (desired.mitigationsEnabled != *real->mitigationsEnabled)
            parameters.append(QStringLiteral("-MitigationsEnabled ") + powerShellBool(desired.mitigationsEnabled));
        if (!sameIds(desired.mitigationsBlocked, real->mitigationsBlocked))
            parameters.append(
                QStringLiteral("-MitigationsBlocked ") + powerShellList(withoutDuplicates(desired.mitigationsBlocked)));
        if (real->dataCollectionEnabled && desired.dataCollectionEnabled != *real->dataCollectionEnabled)
            parameters.append(
                QStringLiteral("-DataCollectionEnabled ") + powerShellBool(desired.dataCollectionEnabled));
        if (normalProxy(desired.internetWebProxy) != normalProxy(real->internetWebProxy)) {
            const QString proxy = desired.internetWebProxy.trimmed();
            parameters.append(QStringLiteral("-InternetWebProxy ")
                + (proxy.isEmpty() ? QStringLiteral("$null") : powerShellLiteral(proxy)));
        }
        if (!parameters.isEmpty())
            script.commands.append(QStringLiteral("Set-ExchangeServer -Identity ") + powerShellLiteral(real->name)
                + QLatin1Char(' ') + parameters.join(QLatin1Char(' ')));
    }

    if (identity.isEmpty()) {
        for (const ExchangeServerState &real : imported.servers) {
            const bool registered = std::any_of(directory.begin(), directory.end(),
                [&](const Server &s) { return s.name.compare(real.name, Qt::CaseInsensitive) == 0; });
            if (!registered)
                script.notes.append(Text::tr("server '%1' is in the last import but not in the directory: not compared")
                                        .arg(real.name));
        }
    }
    return script;
}

} // namespace em
