#pragma once

// What every emctl verb shares: global options, the org directory, output in
// the chosen format, and exit codes (0 success, 1 failed, 2 usage error).

#include <functional>
#include <memory>

#include <QCommandLineParser>
#include <QStringList>

#include "directory/orgdirectory.h"
#include "report/recordformat.h"

namespace em {
struct HostOptions;
}

namespace em::ops {
struct Outcome;
}

namespace em::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

class Cli;

struct Verb {
    QString name; // "add-server", "feed sign"
    QString synopsis; // "NAME --build BUILD [--role ROLE] [--host LOCATOR]"
    QString summary;
    std::function<int(Cli &, const QStringList &)> run;
    // Whether the verb changes the org directory. Only such a verb creates
    // one where there is none (and says so on stderr); the others refuse a
    // missing or empty directory, so that a mistyped --directory creates nothing.
    bool writes = false;
};
inline constexpr bool Writes = true; // {..., run, Writes}

class Cli
{
public:
    explicit Cli(QList<Verb> verbs);

    int exec(const QStringList &arguments);

    // Parses a verb's arguments (global options included) into `parser`.
    // Returns false after printing a usage error or the verb's help; then
    // `exitCode()` is what the verb should return.
    bool parse(QCommandLineParser &parser, const QStringList &args, int minPositional, int maxPositional);
    int parseExitCode() const { return m_parseExit; }

    // The directory named by --directory, $EM_DIRECTORY or the default path;
    // created when missing only if the verb writes (or `create` says so).
    OrgDirectory *directory();
    OrgDirectory *directory(bool create);
    QString directoryPath() const;
    OutputFormat format() const { return m_format; }

    // Text output: control characters (but line feeds) and bidi controls from
    // feeds and names are shown escaped (displayText). JSON and CSV records
    // are written as they are.
    void print(const QString &text);
    void printRecords(const QList<Record> &records);
    int failed(const QString &message); // prints "emctl: message" to stderr, returns 1
    int failed(const Error &error) { return failed(error.message); }
    int usage(const QString &message); // prints the message and a hint, returns 2
    void warn(const QString &message); // prints "emctl: warning: message" to stderr

    const Verb *currentVerb() const { return m_verb; }

private:
    void addGlobalOptions(QCommandLineParser &parser);
    QString verbHelp(const QCommandLineParser &parser) const;
    QString overview() const;
    void printBytes(const QByteArray &bytes);

    QList<Verb> m_verbs;
    const Verb *m_verb = nullptr;
    QString m_directoryOption;
    OutputFormat m_format = OutputFormat::Text;
    std::unique_ptr<OrgDirectory> m_directory;
    int m_parseExit = ExitOk;
    // Standard output could not be written (a full disk, /dev/full): the verb
    // exits 1 with the cause, whatever it did.
    bool m_outputFailed = false;
    QString m_outputError;
};

// An option that takes a value: valueOption("build", tr("..."), "BUILD").
QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName);

// A new server from the verb's --build and --role options (--build required);
// an InvalidArgument error is a usage error.
Result<Server> serverFromOptions(const QCommandLineParser &parser, const QString &name);

// Prints what an operation did (core/engine/operations): its messages on
// stdout in text format, its warnings and refusals on stderr; returns the
// exit code: 0, 1 when something was refused, 2 when only bad input was.
int printOutcome(Cli &cli, const ops::Outcome &outcome);

// Verb groups, one file each.
QList<Verb> adminVerbs();
QList<Verb> directoryVerbs();
QList<Verb> feedVerbs();
QList<Verb> engineVerbs();
QList<Verb> hostVerbs();
QList<Verb> exchangeVerbs();
QList<Verb> notifyVerbs(); // notifyverbs.cpp (issue 16)
QList<Verb> sshVerbs();
// Host options whose cancel is set by SIGTERM and SIGINT (sshverbs.cpp): the
// SSH waits (connect, command, transfer) end at once.
HostOptions interruptibleHostOptions();

} // namespace em::cli
