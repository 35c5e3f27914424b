#pragma once

// Imports a feed file (engine/feedupdate.h acceptFeedDocument) in a worker
// thread: verified with the organization's trust profile and accepted, or
// refused with the verification report (the previous feed stays in effect and
// the refusal is recorded as event 1008). A new feed re-plans every server so
// the console shows what it means at once.

#include <functional>

#include <QDateTime>
#include <QStringList>

#include "commands/command.h"
#include "consoledata.h"
#include "feed/feedverify.h"

template<typename T>
class QFutureWatcher;

namespace em {
struct FeedUpdateOutcome;
}

namespace em::ui {

// What became of a feed update, for the status bar and the report dialog.
struct FeedUpdateReport {
    bool accepted = false;
    bool changed = false; // false: the feed already in effect
    QString source;
    QString signer;
    QDateTime signingTime;
    bool timestamped = false;
    int mitigations = 0;
    int actions = 0;
    QStringList warnings;
    QString error; // why the feed was refused, or could not be read or fetched
    std::optional<FeedVerification> verification; // every check, when the document was verified
    int replanned = 0; // servers whose statuses were re-planned
};

struct FeedStep {
    enum Kind { Report, Row };
    Kind kind = Report;
    FeedUpdateReport report;
    std::optional<ServerRow> row;
};

// One status-bar line: "Feed accepted from FILE: signed by X on T; 4 mitigations."
QString feedUpdateText(const FeedUpdateReport &report);
// The headline of a refusal, in the console's language when the checks were.
QString feedRefusalText(const FeedUpdateReport &report);

class ImportFeedCommand final : public Command
{
    Q_OBJECT

public:
    ImportFeedCommand(const QString &path, const QString &file, QObject *parent = nullptr);
    ~ImportFeedCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool canCancel() const override { return false; } // one verification, one transaction
    [[nodiscard]] const FeedUpdateReport &report() const { return m_report; }

signals:
    void serverChanged(const em::ui::ServerRow &row);

protected:
    void doStart() override;
    void doCancel() override { }

private:
    void deliver(int begin, int end);
    void done();

    QString m_path;
    QString m_file;
    QFutureWatcher<FeedStep> *m_watcher = nullptr;
    FeedUpdateReport m_report;
    bool m_reported = false;
};

namespace detail {
// Shared by the feed commands, in their worker threads: the report of an
// update, and every server re-planned after a new feed (each row handed over).
FeedUpdateReport reportOf(const FeedUpdateOutcome *outcome, const FeedVerification &verification, const QString &source,
    const QString &error);
void replanAll(OrgDirectory &directory, FeedUpdateReport &report, const std::function<bool()> &cancelled,
    const std::function<void(const ServerRow &, int done, int total)> &row);
} // namespace detail

} // namespace em::ui
