#include "sshcommand.h"

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <QCoreApplication>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

constexpr qint64 outputLimit = 4 * 1024 * 1024;
constexpr int sliceMs = 50;

em::Unexpected<Error> refused(const QString &word, QChar c, const QString &shell)
{
    const QString shownChar = c.unicode() < 0x20 || c.unicode() == 0x7f
        ? QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper()
        : QString(c);
    return fail(ErrorCode::InvalidArgument,
        Text::tr("cannot pass '%1' to the server's %2: the character '%3' would be interpreted there, not passed "
                 "on; EM Console refuses it rather than risk running something else")
            .arg(word, shell, shownChar));
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

// cmd.exe /c, then the program's own parsing of its command line (the
// Microsoft C runtime rules, CommandLineToArgvW).
Result<QString> cmdWord(const QString &word)
{
    static const QString special = QStringLiteral("\"%!^&|<>()");
    for (const QChar c : word) {
        if (special.contains(c) || isControl(c))
            return refused(word, c, QStringLiteral("cmd.exe"));
    }
    if (!word.isEmpty() && !word.contains(QLatin1Char(' ')))
        return word;
    // In double quotes; backslashes before the closing quote are doubled
    // so that it stays a closing quote.
    qsizetype trailing = 0;
    while (trailing < word.size() && word.at(word.size() - 1 - trailing) == QLatin1Char('\\'))
        ++trailing;
    return QLatin1Char('"') + word + QString(trailing, QLatin1Char('\\')) + QLatin1Char('"');
}

Result<QString> powershellWord(const QString &word)
{
    // Windows PowerShell 5.1 passes an empty argument and embedded double
    // quotes to native programs wrongly; the single-quote look-alikes end a
    // single-quoted string there.
    if (word.isEmpty())
        return fail(
            ErrorCode::InvalidArgument, Text::tr("cannot pass an empty argument through the server's PowerShell"));
    for (const QChar c : word) {
        if (c == QLatin1Char('"') || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x201E)
            || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) || c == QChar(0x201B) || isControl(c))
            return refused(word, c, QStringLiteral("PowerShell"));
    }
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

Result<QString> shWord(const QString &word)
{
    if (word.contains(QChar(0)))
        return refused(word, QChar(0), QStringLiteral("sh"));
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

struct ExitInfo {
    bool hasStatus = false;
    int status = 0;
    QString signal;
};

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *info = static_cast<ExitInfo *>(userdata);
    info->hasStatus = true;
    info->status = status;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    auto *info = static_cast<ExitInfo *>(userdata);
    info->signal = QString::fromUtf8(signal ? signal : "?");
}

QString programName(const QString &program)
{
    const qsizetype slash = std::max(program.lastIndexOf(QLatin1Char('/')), program.lastIndexOf(QLatin1Char('\\')));
    return program.mid(slash + 1);
}

class SshCommandRunner final : public CommandRunner
{
public:
    SshCommandRunner(std::shared_ptr<SshSession> session, RemoteShell shell)
        : m_session(std::move(session)), m_shell(shell)
    { }

    Result<CommandOutput> run(
        const QString &program, const QStringList &arguments, int timeoutMs, const std::atomic<bool> *cancel) override
    {
        const QString command = programName(program) + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
        const QString where = m_session->name() + QStringLiteral(": ") + command;
        auto line = remoteCommandLine(m_shell, program, arguments);
        if (!line)
            return fail(line.error().wrapped(m_session->name()));

        ExitInfo exit;
        ssh_channel_callbacks_struct callbacks {};
        callbacks.userdata = &exit;
        callbacks.channel_exit_status_function = onExitStatus;
        callbacks.channel_exit_signal_function = onExitSignal;
        ssh_callbacks_init(&callbacks);

        // Starting it is like any request; running it may take its time,
        // and on cancel it gets the 5 s a tool in the middle of a change gets.
        SshDeadline starting = m_session->deadline(SshDeadline::Interruptible);
        auto channel = m_session->openExec(*line, &callbacks, starting);
        if (!channel)
            return fail(channel.error());
        SshDeadline running(timeoutMs, cancel, SshDeadline::Finishing);
        CommandOutput output;
        // libssh frees a channel once the server has confirmed its close,
        // possibly later: the callbacks (on this stack) go first.
        auto close = [&] {
            ssh_remove_channel_callbacks(*channel, &callbacks);
            m_session->closeChannel(*channel);
        };
        auto stop = [&](em::Unexpected<Error> error) {
            // The tool's end on the server is its own (sshd hangs up on it);
            // a signal is asked for first where the server honours it.
            ssh_channel_request_send_signal(*channel, "KILL");
            close();
            return error;
        };
        char buffer[32 * 1024];
        for (;;) {
            bool any = false;
            for (const int stream : {0, 1}) {
                for (;;) {
                    const int n = ssh_channel_read_nonblocking(*channel, buffer, sizeof buffer, stream);
                    if (n <= 0)
                        break;
                    (stream == 0 ? output.standardOutput : output.standardError).append(buffer, n);
                    any = true;
                }
            }
            if (output.standardOutput.size() + output.standardError.size() > outputLimit)
                return stop(fail(ErrorCode::Apply,
                    Text::tr("%1 printed more than %2 MiB; it was stopped").arg(where).arg(outputLimit >> 20)));
            if (ssh_channel_is_eof(*channel) && ssh_channel_is_open(*channel) && !exit.hasStatus) {
                // After the end of its output libssh reads no more packets
                // for the channel on its own; this call does (once, without
                // waiting) and so brings in the exit status and the close.
                ssh_channel_get_exit_status(*channel);
            }
            const bool ended = ssh_channel_is_eof(*channel) || !ssh_channel_is_open(*channel);
            if (ended && (exit.hasStatus || !exit.signal.isEmpty() || !ssh_channel_is_open(*channel)))
                break;
            if (auto ok = m_session->usable(); !ok)
                return stop(fail(ok.error()));
            auto left = running.check(where);
            if (!left) {
                if (left.error().code == ErrorCode::Cancelled)
                    return stop(fail(ErrorCode::Cancelled,
                        Text::tr("%1 was cancelled and did not end within %2 s; it was stopped").arg(where).arg(5)));
                return stop(fail(ErrorCode::Apply,
                    Text::tr("%1 did not finish within %2 s; it was stopped").arg(where).arg(timeoutMs / 1000.0)));
            }
            if (!any)
                m_session->pollOnce(std::min(*left, sliceMs));
        }
        close();
        if (!exit.signal.isEmpty())
            return fail(ErrorCode::Apply, Text::tr("%1 crashed (signal %2)").arg(where, exit.signal));
        if (!exit.hasStatus)
            return fail(ErrorCode::Apply,
                Text::tr("%1 ended without an exit status (the connection or the server's shell ended it)").arg(where));
        output.exitCode = exit.status;
        return output;
    }

private:
    std::shared_ptr<SshSession> m_session;
    RemoteShell m_shell;
};
} // namespace

Result<QByteArray> remoteCommandLine(RemoteShell shell, const QString &program, const QStringList &arguments)
{
    const QStringList words = QStringList {program} + arguments;
    QStringList quoted;
    for (const QString &word : words) {
        Result<QString> q = shell == RemoteShell::Cmd ? cmdWord(word)
            : shell == RemoteShell::PowerShell        ? powershellWord(word)
                                                      : shWord(word);
        if (!q)
            return fail(q.error());
        quoted << *q;
    }
    QString line = quoted.join(QLatin1Char(' '));
    switch (shell) {
    case RemoteShell::Cmd:
        // cmd /c removes the first and the last double quote of a command
        // line that starts with one (unless it has exactly two): a line
        // starting with a quoted program is put in one more pair.
        if (line.startsWith(QLatin1Char('"')))
            line = QLatin1Char('"') + line + QLatin1Char('"');
        break;
    case RemoteShell::PowerShell:
        line.prepend(QStringLiteral("& "));
        break;
    case RemoteShell::Posix:
        break;
    }
    return line.toUtf8();
}

std::unique_ptr<CommandRunner> sshCommandRunner(std::shared_ptr<SshSession> session, RemoteShell shell)
{
    return std::make_unique<SshCommandRunner>(std::move(session), shell);
}

} // namespace em::host
