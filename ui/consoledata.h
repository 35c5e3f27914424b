#pragma once

// The values the console shows, as read from the org directory in a worker
// thread: one row per server (its summary and friendly version name), and one
// row per action of the selected server (the catalog action and its status).
// The functions here run in the worker's own OrgDirectory connection.

#include <QList>
#include <QMetaType>
#include <QString>

#include "directory/orgdirectory.h"
#include "model/mitigation.h"
#include "model/records.h"
#include "model/server.h"

namespace em::ui {

struct ServerRow {
    ServerSummary summary;
    QString versionName; // "Exchange Server 2019 CU12", from the build catalogue

    [[nodiscard]] const QString &name() const { return summary.server.name; }
    [[nodiscard]] const Server &server() const { return summary.server; }

    // Equal rows show the same: a server table refresh skips them.
    friend bool operator==(const ServerRow &, const ServerRow &) = default;
};

ServerRow makeServerRow(const ServerSummary &summary);

struct ActionRow {
    Action action;
    QString mitigationDescription;
    ActionStatusRecord status; // changedAt is null when the status was never recorded
    bool recorded = false; // the status comes from the directory, not only from the plan

    friend bool operator==(const ActionRow &, const ActionRow &) = default;
};

struct ServerDetails {
    Server server;
    QList<ActionRow> actions;
};

// The summary of one server (its counts of applied, blocked, failed... actions).
Result<ServerSummary> summaryOf(OrgDirectory &directory, const QString &server);
// One server's actions: every action of the accepted catalog with the status it
// has, or would have from the policy when no cycle recorded one yet.
Result<ServerDetails> detailsOf(OrgDirectory &directory, const QString &server);

// What the status bar says about the feed, from the accepted feed and the last attempt.
struct FeedInfo {
    std::optional<FeedState> feed; // raw and canonical bytes left out
    std::optional<FeedAttempt> attempt;
};

} // namespace em::ui

Q_DECLARE_METATYPE(em::ui::ServerRow)
