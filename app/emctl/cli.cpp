#include "cli.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QCoreApplication>

#include "model/text.h"

namespace em::cli {

namespace {
const QStringList globalValueOptions = {QStringLiteral("--directory"), QStringLiteral("--format")};

// Whether every byte reached the stream (standard output on a full disk or
// /dev/full does not).
bool writeTo(FILE *stream, const QByteArray &bytes)
{
    const bool written = fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return fflush(stream) == 0 && written && !ferror(stream);
}

bool writeTo(FILE *stream, const QString &text)
{
    return writeTo(stream, text.toUtf8());
}
} // namespace

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return {QString::fromLatin1(name), description, QString::fromLatin1(valueName)};
}

Result<Server> serverFromOptions(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(QStringLiteral("build")))
        return fail(ErrorCode::InvalidArgument, QCoreApplication::translate("emctl", "--build is required"));
    Server s;
    s.name = name;
    auto build = Build::parse(parser.value(QStringLiteral("build")));
    if (!build)
        return fail(build.error());
    s.build = *build;
    if (parser.isSet(QStringLiteral("role"))) {
        auto role = parseRole(parser.value(QStringLiteral("role")));
        if (!role)
            return fail(role.error());
        s.role = *role;
    }
    return s;
}

Cli::Cli(QList<Verb> verbs) : m_verbs(std::move(verbs))
{ }

QString Cli::overview() const
{
    QString text
        = QStringLiteral("Usage: emctl [--directory PATH|URI] [--format text|json|csv] VERB [options]\n\n"
                         "EM Console command line: Exchange Emergency Mitigation administration and service.\n\n"
                         "Verbs:\n");
    qsizetype width = 0;
    for (const Verb &v : m_verbs)
        width = std::max(width, v.name.size());
    for (const Verb &v : m_verbs)
        text += QStringLiteral("  %1  %2\n").arg(v.name.leftJustified(width), v.summary);
    text += QStringLiteral("\nGlobal options:\n"
                           "  --directory PATH|URI  the org directory: an SQLite file or a postgresql:// URI\n"
                           "                        (else $EM_DIRECTORY, else %1)\n"
                           "  --format FORMAT       text (Format-List, default), json or csv, for verbs that print "
                           "records\n"
                           "  --help                this text; 'emctl VERB --help' for a verb\n"
                           "  --version             the program version\n\n"
                           "Environment:\n"
                           "  EM_LOG_DIRECTORY      the folder of each run's log (in its MitigationService/;\n"
                           "                        else Logging/ beside an SQLite directory)\n\n"
                           "Exit status: 0 success, 1 the operation failed (message on stderr), 2 usage error.\n")
                .arg(OrgDirectory::defaultPath());
    return text;
}

int Cli::exec(const QStringList &arguments)
{
    // Find the verb: the first one or two words that are not global options.
    QStringList rest = arguments.mid(1);
    QStringList globals;
    qsizetype i = 0;
    while (i < rest.size() && rest.at(i).startsWith(QLatin1Char('-'))) {
        const QString arg = rest.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            print(overview());
            return ExitOk;
        }
        if (arg == QLatin1String("--version")) {
            print(QStringLiteral("emctl %1\n").arg(QStringLiteral(EM_VERSION)));
            return ExitOk;
        }
        globals << arg;
        if (globalValueOptions.contains(arg) && i + 1 < rest.size())
            globals << rest.at(++i);
        ++i;
    }
    rest = rest.mid(i);
    if (rest.isEmpty())
        return usage(QStringLiteral("no verb given"));

    for (const Verb &v : m_verbs) {
        const QStringList words = v.name.split(QLatin1Char(' '));
        if (rest.size() >= words.size() && rest.mid(0, words.size()) == words) {
            m_verb = &v;
            const int exitCode = v.run(*this, globals + rest.mid(words.size()));
            if (m_outputFailed)
                return failed(
                    QCoreApplication::translate("emctl", "standard output: cannot be written (%1)").arg(m_outputError));
            return exitCode;
        }
    }
    return usage(QStringLiteral("unknown verb '%1'").arg(rest.first()));
}

void Cli::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("directory"),
        QStringLiteral("The org directory: an SQLite file or a postgresql:// URI."), QStringLiteral("PATH|URI")});
    parser.addOption(
        {QStringLiteral("format"), QStringLiteral("Output format: text, json or csv."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("help"), QStringLiteral("Show this help.")});
}

QString Cli::verbHelp(const QCommandLineParser &parser) const
{
    QString help = parser.helpText();
    // QCommandLineParser writes "Usage: emctl [options]"; name the verb instead.
    const qsizetype eol = help.indexOf(QLatin1Char('\n'));
    help = QStringLiteral("Usage: emctl %1 %2\n").arg(m_verb->name, m_verb->synopsis) + help.mid(eol + 1);
    if (!help.endsWith(QLatin1Char('\n')))
        help += QLatin1Char('\n');
    return help;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(m_verb->summary);
    addGlobalOptions(parser);
    if (!parser.parse(QStringList {QStringLiteral("emctl")} + args)) {
        m_parseExit = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(verbHelp(parser));
        m_parseExit = ExitOk;
        return false;
    }
    if (parser.isSet(QStringLiteral("directory"))) {
        m_directoryOption = parser.value(QStringLiteral("directory"));
        if (m_directoryOption.isEmpty()) {
            m_parseExit = usage(
                QCoreApplication::translate("emctl", "--directory: no org directory given (the value is empty)"));
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("format"))) {
        auto format = parseOutputFormat(parser.value(QStringLiteral("format")));
        if (!format) {
            m_parseExit = usage(format.error().message);
            return false;
        }
        m_format = *format;
    }
    const qsizetype n = parser.positionalArguments().size();
    if (n < minPositional) {
        m_parseExit = usage(QStringLiteral("missing argument: expected %1").arg(m_verb->synopsis));
        return false;
    }
    if (maxPositional >= 0 && n > maxPositional) {
        m_parseExit
            = usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(maxPositional)));
        return false;
    }
    return true;
}

QString Cli::directoryPath() const
{
    return m_directoryOption.isEmpty() ? OrgDirectory::defaultPath() : m_directoryOption;
}

OrgDirectory *Cli::directory()
{
    return directory(m_verb && m_verb->writes);
}

OrgDirectory *Cli::directory(bool create)
{
    if (!m_directory) {
        // A locator that cannot be right (a password in it, an unknown
        // parameter) is refused before anything is opened.
        auto locator = DirectoryLocator::parse(directoryPath());
        if (!locator) {
            failed(locator.error());
            return nullptr;
        }
        OrgDirectory::Options options;
        options.createIfMissing = create;
        auto opened = OrgDirectory::open(*locator, options);
        if (!opened) {
            failed(opened.error());
            return nullptr;
        }
        m_directory = std::move(*opened);
        if (m_directory->created()) {
            writeTo(stderr,
                QStringLiteral("emctl: %1\n")
                    .arg(QCoreApplication::translate("emctl", "created a new org directory at %1")
                             .arg(m_directory->locator().displayName())));
        }
    }
    return m_directory.get();
}

void Cli::print(const QString &text)
{
    printBytes(displayText(text, true).toUtf8());
}

void Cli::printRecords(const QList<Record> &records)
{
    printBytes(formatRecords(records, m_format));
}

void Cli::printBytes(const QByteArray &bytes)
{
    errno = 0;
    if (!writeTo(stdout, bytes) && !m_outputFailed) {
        m_outputFailed = true;
        m_outputError = QString::fromLocal8Bit(std::strerror(errno ? errno : EIO));
    }
}

int Cli::failed(const QString &message)
{
    writeTo(stderr, QStringLiteral("emctl: %1\n").arg(message));
    return ExitFailed;
}

void Cli::warn(const QString &message)
{
    writeTo(stderr, QStringLiteral("emctl: warning: %1\n").arg(message));
}

int Cli::usage(const QString &message)
{
    const QString verb = m_verb ? m_verb->name + QLatin1Char(' ') : QString();
    writeTo(stderr, QStringLiteral("emctl: %1\nTry 'emctl %2--help'.\n").arg(message, verb));
    return ExitUsage;
}

} // namespace em::cli
