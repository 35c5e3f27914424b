// The PowerShell script writer: single-quoted literals that nothing in a
// name can break out of, and the Set-ExchangeServer / Set-OrganizationConfig
// lines for what differs between the last import and the directory.
//
// pwsh is not in Debian, so each line is read back by a tokenizer written
// here from PowerShell's own rules (tokenizer.cs ScanStringLiteral and
// CharExtensions.IsSingleQuote): a single-quoted string ends at any of the
// five single-quote characters unless another one follows, which then stands
// for itself; everything else inside is literal. Outside strings only the
// forms the writer may use are accepted, so a name that escaped its quotes
// shows as a refused line or as a different value.

#include <QTest>

#include "exchange/powershellscript.h"
#include "exchangetestutil.h"

using namespace em;
using exchangetest::fixture;

namespace {
bool isQuote(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == 0x2018 || u == 0x2019 || u == 0x201A || u == 0x201B;
}

struct Command {
    QString name;
    QStringList parameters; // in order
    QVariantMap arguments; // parameter -> QString, bool, QStringList, or null QVariant for $null
};

// Reads one line as PowerShell would; sets `error` and returns nothing when
// the line holds anything but a command, -Parameter value pairs, single-quoted
// strings, ('a' + [char]0xHHHH) concatenations, @(...) lists and $true,
// $false, $null.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &line) : m_line(line) { }

    std::optional<Command> command(QString *error)
    {
        Command c;
        c.name = word();
        if (!c.name.contains(QLatin1Char('-')))
            return failed(error, QStringLiteral("no command name"));
        while (true) {
            const bool space = skipSpaces();
            if (atEnd())
                break;
            if (!space || peek() != QLatin1Char('-'))
                return failed(error, QStringLiteral("expected a parameter at %1").arg(m_at));
            ++m_at;
            const QString parameter = word();
            if (parameter.isEmpty())
                return failed(error, QStringLiteral("empty parameter name at %1").arg(m_at));
            if (!skipSpaces())
                return failed(error, QStringLiteral("no value for -%1").arg(parameter));
            QVariant value;
            if (!argument(&value))
                return failed(error, m_error);
            if (c.arguments.contains(parameter))
                return failed(error, QStringLiteral("-%1 given twice").arg(parameter));
            c.parameters.append(parameter);
            c.arguments.insert(parameter, value);
        }
        return c;
    }

private:
    bool atEnd() const { return m_at >= m_line.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_line.at(m_at); }
    std::nullopt_t failed(QString *error, const QString &why)
    {
        *error = why;
        return std::nullopt;
    }
    bool problem(const QString &why)
    {
        m_error = why;
        return false;
    }
    bool skipSpaces()
    {
        const qsizetype from = m_at;
        while (!atEnd() && peek() == QLatin1Char(' '))
            ++m_at;
        return m_at > from;
    }
    QString word()
    {
        const qsizetype from = m_at;
        while (!atEnd() && (peek().isLetterOrNumber() || peek() == QLatin1Char('-')) && peek().unicode() < 128)
            ++m_at;
        return m_line.mid(from, m_at - from);
    }
    // An argument ends at a space, the end of the line, or (in a list) ',' or ')'.
    bool endsHere() const
    {
        return atEnd() || peek() == QLatin1Char(' ') || peek() == QLatin1Char(',') || peek() == QLatin1Char(')');
    }

    bool singleQuoted(QString *out)
    {
        if (!isQuote(peek()))
            return problem(QStringLiteral("expected a quote at %1").arg(m_at));
        ++m_at;
        while (true) {
            if (atEnd())
                return problem(QStringLiteral("unterminated string"));
            const QChar c = m_line.at(m_at++);
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                return problem(QStringLiteral("control character 0x%1 in a string").arg(c.unicode(), 0, 16));
            if (isQuote(c)) {
                if (!isQuote(peek()))
                    return true;
                out->append(m_line.at(m_at++));
                continue;
            }
            out->append(c);
        }
    }

    bool term(QString *out)
    {
        static const QString charPrefix = QStringLiteral("[char]0x");
        if (m_line.mid(m_at, charPrefix.size()) == charPrefix) {
            m_at += charPrefix.size();
            bool ok = false;
            const uint code = m_line.mid(m_at, 4).toUInt(&ok, 16);
            if (!ok || m_line.mid(m_at, 4).size() != 4)
                return problem(QStringLiteral("bad [char] code at %1").arg(m_at));
            m_at += 4;
            out->append(QChar(char16_t(code)));
            return true;
        }
        return singleQuoted(out);
    }

    // 'text' or ('text' + [char]0xHHHH + 'more'); the first term must be a
    // string so that + concatenates.
    bool stringExpression(QString *out)
    {
        if (peek() != QLatin1Char('('))
            return singleQuoted(out) && (endsHere() || problem(QStringLiteral("text after a string at %1").arg(m_at)));
        ++m_at;
        if (!isQuote(peek()))
            return problem(QStringLiteral("a concatenation must start with a string"));
        while (true) {
            if (!term(out))
                return false;
            skipSpaces();
            if (peek() == QLatin1Char(')')) {
                ++m_at;
                return endsHere() || problem(QStringLiteral("text after ')' at %1").arg(m_at));
            }
            if (peek() != QLatin1Char('+'))
                return problem(QStringLiteral("expected + at %1").arg(m_at));
            ++m_at;
            skipSpaces();
        }
    }

    bool argument(QVariant *value)
    {
        for (const auto &[text, v] :
            {std::pair {QStringLiteral("$true"), QVariant(true)}, std::pair {QStringLiteral("$false"), QVariant(false)},
                std::pair {QStringLiteral("$null"), QVariant()}}) {
            if (m_line.mid(m_at, text.size()) == text) {
                m_at += text.size();
                *value = v;
                return endsHere() || problem(QStringLiteral("text after %1").arg(text));
            }
        }
        if (m_line.mid(m_at, 2) == QLatin1String("@(")) {
            m_at += 2;
            QStringList list;
            while (true) {
                QString item;
                if (!stringExpression(&item))
                    return false;
                list.append(item);
                if (peek() == QLatin1Char(')')) {
                    ++m_at;
                    *value = list;
                    return endsHere() || problem(QStringLiteral("text after a list"));
                }
                if (peek() != QLatin1Char(','))
                    return problem(QStringLiteral("expected , or ) in a list at %1").arg(m_at));
                ++m_at;
            }
        }
        QString text;
        if (!stringExpression(&text))
            return false;
        *value = text;
        return true;
    }

    QString m_line;
    qsizetype m_at = 0;
    QString m_error;
};

Command read(const QString &line)
{
    QString error;
    auto command = Tokenizer(line).command(&error);
    if (!command) {
        qWarning("line not read back: %s (%s)", qPrintable(error), qPrintable(line));
        return {};
    }
    return *command;
}

// The hostile names and IDs: each must come back exactly.
void hostileData()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("EX01");
    QTest::newRow("quote injection") << QStringLiteral("'; Remove-Item C:\\ -Recurse; '");
    QTest::newRow("right single quotation mark") << QStringLiteral("EX\u2019; Remove-Item C:\\ -Recurse; \u2019");
    QTest::newRow("left single quotation mark") << QStringLiteral("\u2018; calc; \u2018");
    QTest::newRow("low-9 quotation mark") << QStringLiteral("\u201a\u201a\u201a");
    QTest::newRow("reversed-9 quotation mark") << QStringLiteral("a\u201b");
    QTest::newRow("all the quotes") << QStringLiteral("'\u2018\u2019\u201a\u201b''");
    QTest::newRow("subexpression") << QStringLiteral("$(Remove-Item C:\\ -Recurse)");
    QTest::newRow("variable") << QStringLiteral("$env:USERNAME $true");
    QTest::newRow("backticks") << QStringLiteral("`$x `n `'");
    QTest::newRow("double quotes") << QStringLiteral("\"$(calc)\" \u201c\u201d\u201e");
    QTest::newRow("line feed") << QStringLiteral("EX01\nRemove-Item C:\\ -Recurse");
    QTest::newRow("carriage return line feed") << QStringLiteral("a\r\nb");
    QTest::newRow("starts with a line feed") << QStringLiteral("\n'; calc; '");
    QTest::newRow("tab and NUL") << QStringLiteral("a\tb") + QChar(0) + QStringLiteral("c");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b\u2029c\u0085d");
    QTest::newRow("comment and pipe") << QStringLiteral("# ; | & && > { } @( )");
    QTest::newRow("stop parsing") << QStringLiteral("--% & calc");
    QTest::newRow("only a quote") << QStringLiteral("'");
    QTest::newRow("emoji") << QStringLiteral("EX-\U0001F512");
    QTest::newRow("lone surrogate") << QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"));
    QTest::newRow("empty") << QString();
}
} // namespace

class TestPowerShellScript : public QObject
{
    Q_OBJECT

private:
    ExchangeState m_imported;
    QList<Server> m_directory;
    OrgConfig m_org;

    Server &directoryServer(const QString &name)
    {
        for (Server &s : m_directory) {
            if (s.name == name)
                return s;
        }
        qFatal("no server %s", qPrintable(name));
    }

    QStringList commands(const QString &identity = {})
    {
        auto script = exchangeScript(m_imported, m_directory, m_org, identity);
        if (!script) {
            qWarning("%s", qPrintable(script.error().message));
            return {QStringLiteral("(failed)")};
        }
        // Every line reads back as one complete command.
        const QStringList lines = script->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (lines != script->commands)
            return {QStringLiteral("(lines and commands differ)")};
        for (const QString &line : lines) {
            if (read(line).name.isEmpty())
                return {QStringLiteral("(not PowerShell)")};
        }
        return script->commands;
    }

private slots:
    void initTestCase() { QVERIFY2(!qgetenv("EM_SOURCE_DIR").isEmpty(), "EM_SOURCE_DIR is set by the test runner"); }

    // The organization as last imported, and a directory that agrees with it.
    void init()
    {
        m_imported = {};
        for (const char *file : {"GetExchangeServer-E2016-PING1.xml", "GetOrganizationConfig-E2016.xml",
                 "GetExchangeServer-E2019-handwritten.xml", "GetExchangeServer-E2013-remote-handwritten.xml"}) {
            const QString name = QString::fromLatin1(file);
            auto state = parseExchangeExport(fixture(name), name);
            QVERIFY2(state, state ? "" : qPrintable(state.error().message));
            m_imported.merge(*state);
        }
        m_directory.clear();
        for (const ExchangeServerState &s : m_imported.servers)
            m_directory.append(importedServer(s));
        m_org = {};
        m_org.mitigationsEnabled = *m_imported.organization->mitigationsEnabled;
    }

    void literal_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("literal");
        QTest::newRow("plain") << "EX01"
                               << "'EX01'";
        QTest::newRow("empty") << ""
                               << "''";
        QTest::newRow("apostrophe") << "O'Brien"
                                    << "'O''Brien'";
        QTest::newRow("quote injection") << "'; Remove-Item C:\\ -Recurse; '"
                                         << "'''; Remove-Item C:\\ -Recurse; '''";
        QTest::newRow("U+2019") << QStringLiteral("EX\u201901") << QStringLiteral("'EX\u2019\u201901'");
        QTest::newRow("U+2018 U+201A U+201B")
            << QStringLiteral("\u2018\u201a\u201b") << QStringLiteral("'\u2018\u2018\u201a\u201a\u201b\u201b'");
        QTest::newRow("dollar and backtick stay literal") << "$(calc) `n $x"
                                                          << "'$(calc) `n $x'";
        QTest::newRow("line feed") << "a\nb"
                                   << "('a' + [char]0x000A + 'b')";
        QTest::newRow("starts with a control") << "\r\n"
                                               << "('' + [char]0x000D + [char]0x000A)";
        QTest::newRow("C1 control and separators")
            << QStringLiteral("\u0085\u2028") << "('' + [char]0x0085 + [char]0x2028)";
        QTest::newRow("lone surrogate") << QString(QChar(0xDC00)) << "('' + [char]0xDC00)";
        QTest::newRow("emoji stays as it is") << QStringLiteral("\U0001F512") << QStringLiteral("'\U0001F512'");
    }

    void literal()
    {
        QFETCH(QString, value);
        QFETCH(QString, literal);
        QCOMPARE(powerShellLiteral(value), literal);
    }

    void literalReadsBack_data() { hostileData(); }

    void literalReadsBack()
    {
        QFETCH(QString, value);
        const Command c = read(QStringLiteral("Set-Thing -Value ") + powerShellLiteral(value)
            + QStringLiteral(" -List ") + powerShellList({value, QStringLiteral("M1")}));
        QCOMPARE(c.name, QStringLiteral("Set-Thing"));
        QCOMPARE(c.parameters, (QStringList {QStringLiteral("Value"), QStringLiteral("List")}));
        QCOMPARE(c.arguments.value(QStringLiteral("Value")).toString(), value);
        QCOMPARE(c.arguments.value(QStringLiteral("List")).toStringList(), (QStringList {value, QStringLiteral("M1")}));
    }

    void tokenizerCatchesNaiveQuoting_data()
    {
        QTest::addColumn<QString>("line");
        // What a writer that only wrapped values in quotes would print.
        QTest::newRow("quote")
            << "Set-ExchangeServer -Identity ''; Remove-Item C:\\ -Recurse; '' -MitigationsEnabled $false";
        QTest::newRow("U+2019 not doubled")
            << QStringLiteral("Set-ExchangeServer -Identity 'EX\u2019; calc; \u2019' -MitigationsEnabled $false");
        QTest::newRow("double quotes") << "Set-ExchangeServer -Identity \"$(calc)\" -MitigationsEnabled $false";
        QTest::newRow("raw line feed") << "Set-ExchangeServer -Identity 'a\nb' -MitigationsEnabled $false";
        QTest::newRow("bare word") << "Set-ExchangeServer -Identity EX01 -MitigationsEnabled $false";
        QTest::newRow("statement separator") << "Set-ExchangeServer -Identity 'EX01'; calc";
    }

    void tokenizerCatchesNaiveQuoting()
    {
        // The reader the tests rely on refuses what an unsafe writer prints.
        QFETCH(QString, line);
        QString error;
        QVERIFY(!Tokenizer(line).command(&error));
        QVERIFY(!error.isEmpty());
    }

    void list()
    {
        QCOMPARE(powerShellList({}), QStringLiteral("$null"));
        QCOMPARE(powerShellList({QStringLiteral("M1"), QStringLiteral("M2.1")}), QStringLiteral("@('M1','M2.1')"));
        QCOMPARE(powerShellList({QStringLiteral("a\nb")}), QStringLiteral("@(('a' + [char]0x000A + 'b'))"));
    }

    void directoryAsImportedGivesNoCommand()
    {
        auto script = exchangeScript(m_imported, m_directory, m_org);
        QVERIFY2(script, script ? "" : qPrintable(script.error().message));
        QVERIFY(script->commands.isEmpty());
        QVERIFY(script->text().isEmpty());
        QCOMPARE(script->notes,
            (QStringList {
                QStringLiteral("server 'EDGE01' is an Edge Transport server: the EM service does not run there"),
                QStringLiteral("server 'EX13-01': the export has no Emergency Mitigation settings (an Exchange build "
                               "before 2016 CU22 / 2019 CU11): not compared"),
            }));
    }

    void serverSwitch()
    {
        directoryServer(QStringLiteral("E2k16-1")).mitigationsEnabled = false;
        QCOMPARE(commands(),
            QStringList {QStringLiteral("Set-ExchangeServer -Identity 'E2k16-1' -MitigationsEnabled $false")});
        directoryServer(QStringLiteral("EX19-NEXT")).mitigationsEnabled = true;
        QCOMPARE(
            commands().last(), QStringLiteral("Set-ExchangeServer -Identity 'EX19-NEXT' -MitigationsEnabled $true"));
    }

    void organizationSwitch()
    {
        m_org.mitigationsEnabled = false;
        directoryServer(QStringLiteral("E2k16-2")).mitigationsEnabled = false;
        QCOMPARE(commands(),
            (QStringList {QStringLiteral("Set-OrganizationConfig -MitigationsEnabled $false"),
                QStringLiteral("Set-ExchangeServer -Identity 'E2k16-2' -MitigationsEnabled $false")}));
    }

    void blockList()
    {
        directoryServer(QStringLiteral("E2k16-2")).mitigationsBlocked = {QStringLiteral("M1"), QStringLiteral("M2.1")};
        QCOMPARE(commands(),
            QStringList {QStringLiteral("Set-ExchangeServer -Identity 'E2k16-2' -MitigationsBlocked @('M1','M2.1')")});
    }

    void blockListCleared()
    {
        directoryServer(QStringLiteral("EX19-01")).mitigationsBlocked.clear();
        QCOMPARE(commands(),
            QStringList {QStringLiteral("Set-ExchangeServer -Identity 'EX19-01' -MitigationsBlocked $null")});
    }

    void blockListInAnotherOrderIsTheSame()
    {
        directoryServer(QStringLiteral("EX19-01")).mitigationsBlocked
            = {QStringLiteral("m2.1"), QStringLiteral("M1"), QStringLiteral("M1")};
        QCOMPARE(commands(), QStringList());
        directoryServer(QStringLiteral("EX19-01")).mitigationsBlocked.append(QStringLiteral("M3"));
        QCOMPARE(commands(),
            QStringList {
                QStringLiteral("Set-ExchangeServer -Identity 'EX19-01' -MitigationsBlocked @('m2.1','M1','M3')")});
    }

    void everySettingInOneLine()
    {
        Server &s = directoryServer(QStringLiteral("E2k16-1"));
        s.mitigationsEnabled = false;
        s.mitigationsBlocked = {QStringLiteral("PING1")};
        s.dataCollectionEnabled = false;
        s.internetWebProxy = QStringLiteral("http://proxy.contoso.lab:3128");
        QCOMPARE(commands(),
            QStringList {QStringLiteral("Set-ExchangeServer -Identity 'E2k16-1' -MitigationsEnabled $false "
                                        "-MitigationsBlocked @('PING1') -DataCollectionEnabled $false "
                                        "-InternetWebProxy 'http://proxy.contoso.lab:3128'")});
    }

    void proxy()
    {
        Server &s = directoryServer(QStringLiteral("EX19-01"));
        s.internetWebProxy = QStringLiteral(" http://PROXY.contoso.com:8080"); // as typed; Exchange adds the slash
        QCOMPARE(commands(), QStringList());
        s.internetWebProxy.clear();
        QCOMPARE(
            commands(), QStringList {QStringLiteral("Set-ExchangeServer -Identity 'EX19-01' -InternetWebProxy $null")});
        s.internetWebProxy = QStringLiteral("http://other.contoso.com:8080/");
        QCOMPARE(commands(),
            QStringList {QStringLiteral("Set-ExchangeServer -Identity 'EX19-01' -InternetWebProxy "
                                        "'http://other.contoso.com:8080/'")});
    }

    void edgeAndOldBuildsAreNotTouched()
    {
        directoryServer(QStringLiteral("EDGE01")).mitigationsEnabled = false;
        directoryServer(QStringLiteral("EX13-01")).mitigationsBlocked = {QStringLiteral("M1")};
        QCOMPARE(commands(), QStringList());
    }

    void oneIdentity()
    {
        m_org.mitigationsEnabled = false;
        directoryServer(QStringLiteral("E2k16-1")).mitigationsEnabled = false;
        directoryServer(QStringLiteral("E2k16-2")).mitigationsEnabled = false;
        QCOMPARE(commands(QStringLiteral("e2k16-2")),
            QStringList {QStringLiteral("Set-ExchangeServer -Identity 'E2k16-2' -MitigationsEnabled $false")});
        QCOMPARE(commands(QStringLiteral("EX19-01")), QStringList());
        QCOMPARE(commands().size(), 3);

        auto unknown = exchangeScript(m_imported, m_directory, m_org, QStringLiteral("EX99"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("server 'EX99' is not in the directory"));
        QCOMPARE(int(unknown.error().code), int(ErrorCode::NotFound));
        Server fresh;
        fresh.name = QStringLiteral("EX-NEW");
        m_directory.append(fresh);
        auto notImported = exchangeScript(m_imported, m_directory, m_org, QStringLiteral("EX-NEW"));
        QVERIFY(!notImported);
        QCOMPARE(notImported.error().message, QStringLiteral("server 'EX-NEW' is not in the last Exchange import"));
    }

    void notes()
    {
        Server fresh;
        fresh.name = QStringLiteral("EX-NEW");
        m_directory.append(fresh);
        m_directory.removeIf([](const Server &s) { return s.name == QLatin1String("E2k16-2"); });
        m_imported.organization.reset();
        auto script = exchangeScript(m_imported, m_directory, m_org);
        QVERIFY2(script, script ? "" : qPrintable(script.error().message));
        QVERIFY(script->commands.isEmpty());
        QVERIFY(script->notes.contains(QStringLiteral(
            "the last import holds no organization configuration (Get-OrganizationConfig): the organization's "
            "MitigationsEnabled is not compared")));
        QVERIFY(script->notes.contains(
            QStringLiteral("server 'EX-NEW' is in the directory but not in the last import: not compared")));
        QVERIFY(script->notes.contains(
            QStringLiteral("server 'E2k16-2' is in the last import but not in the directory: not compared")));
    }

    void nothingImported()
    {
        auto script = exchangeScript(ExchangeState(), m_directory, m_org);
        QVERIFY(!script);
        QCOMPARE(int(script.error().code), int(ErrorCode::NotFound));
        QVERIFY(
            script.error().message.startsWith(QLatin1String("no Exchange organization state has been imported yet")));
    }

    void hostileServerName_data() { hostileData(); }

    void hostileServerName()
    {
        // A name that reached the import and the directory alike.
        QFETCH(QString, value);
        if (value.isEmpty())
            return; // a server always has a name
        ExchangeServerState real = m_imported.servers.first();
        real.name = value;
        ExchangeState imported;
        imported.servers = {real};
        Server desired = importedServer(real);
        desired.mitigationsEnabled = false;
        desired.mitigationsBlocked = {value, QStringLiteral("M1")};
        auto script = exchangeScript(imported, {desired}, m_org, value);
        QVERIFY2(script, script ? "" : qPrintable(script.error().message));
        QCOMPARE(script->commands.size(), 1);
        QVERIFY(!script->commands.first().contains(QLatin1Char('\n')));
        QCOMPARE(script->text().count(QLatin1Char('\n')), 1);
        const Command c = read(script->commands.first());
        QCOMPARE(c.name, QStringLiteral("Set-ExchangeServer"));
        QCOMPARE(c.parameters,
            (QStringList {QStringLiteral("Identity"), QStringLiteral("MitigationsEnabled"),
                QStringLiteral("MitigationsBlocked")}));
        QCOMPARE(c.arguments.value(QStringLiteral("Identity")).toString(), value);
        QCOMPARE(c.arguments.value(QStringLiteral("MitigationsEnabled")), QVariant(false));
        QCOMPARE(c.arguments.value(QStringLiteral("MitigationsBlocked")).toStringList(),
            (QStringList {value, QStringLiteral("M1")}));
    }
};

QTEST_GUILESS_MAIN(TestPowerShellScript)
#include "tst_powershellscript.moc"
