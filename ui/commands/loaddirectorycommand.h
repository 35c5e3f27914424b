#pragma once

// Reads the org directory in a worker thread and hands it over in pieces: the
// header (organization, feed state, catalog), then the servers in batches of
// `batchSize` (so thousands of rows appear while the rest is read), then the
// newest events and audit entries. Used for the first load and for refreshes;
// with a parent widget (the first read of a directory) a failure is shown in
// a dialog too.

#include <optional>

#include <QFlags>
#include <QList>
#include <QSet>

#include "commands/command.h"
#include "consoledata.h"

namespace em::ui {

struct LoadChunk {
    enum Kind { Header, Servers, History, Failure };
    Kind kind = Header;
    // Header
    OrgConfig org;
    FeedInfo feed;
    Catalog catalog;
    // Servers
    QList<ServerRow> servers;
    int serverTotal = 0;
    // History (oldest first)
    QList<Event> events;
    QList<AuditEntry> audit;
    // Failure
    QString error;
};

class LoadDirectoryCommand final : public Command
{
    Q_OBJECT

public:
    enum Part { Header = 0x1, Servers = 0x2, History = 0x4, Everything = Header | Servers | History };
    Q_DECLARE_FLAGS(Parts, Part)

    static constexpr int batchSize = 500;
    static constexpr int historyLimit = 2000; // newest events and audit entries read per refresh

    LoadDirectoryCommand(const QString &path, Parts parts, QObject *parent = nullptr);
    ~LoadDirectoryCommand() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Parts parts() const { return m_parts; }

signals:
    void headerLoaded(const em::OrgConfig &org, const em::ui::FeedInfo &feed, const em::Catalog &catalog);
    void serversLoaded(const QList<em::ui::ServerRow> &batch);
    void historyLoaded(const QList<em::Event> &events, const QList<em::AuditEntry> &audit);
    // Every server was read: rows of servers not seen since start are gone.
    void serversComplete(const QSet<QString> &names);

protected:
    void doStart() override;
    void showResult(const CommandResult &result) override;

private:
    void deliver(const LoadChunk &chunk);
    void done();

    QString m_path;
    Parts m_parts;
    QSet<QString> m_seen; // lower-case names
    QString m_error;
    int m_loaded = 0;
};

} // namespace em::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(em::ui::LoadDirectoryCommand::Parts)
