#pragma once

// Imports a feed file (ops::importFeed, as emctl feed import) in a worker
// thread: verified with the organization's trust profile and accepted, or
// refused with the verification report (the previous feed stays in effect and
// the refusal is recorded as event 1008). A new feed re-plans every server so
// the console shows what it means at once. With a parent widget, a refused
// feed shows its verification report, another failure its message.

#include <QDateTime>
#include <QStringList>

#include "commands/operationcommand.h"
#include "feed/feedverify.h"

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

// The headline of a refusal, in the console's language when the checks were.
QString feedRefusalText(const FeedUpdateReport &report);

// What the feed commands share: the report of the operation's outcome.
class FeedCommand : public OperationCommand
{
    Q_OBJECT

public:
    [[nodiscard]] const FeedUpdateReport &report() const { return m_report; }

protected:
    using OperationCommand::OperationCommand;
    CommandResult resultOf(const ops::Outcome &outcome) override;
    void showResult(const CommandResult &result) override;

private:
    FeedUpdateReport m_report;
    std::optional<FeedState> m_inEffect;
};

class ImportFeedCommand final : public FeedCommand
{
    Q_OBJECT

public:
    ImportFeedCommand(const QString &path, const QString &file, QObject *parent = nullptr);

protected:
    [[nodiscard]] QString failureTitle() const override;
};

} // namespace em::ui
