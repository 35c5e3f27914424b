#include "schema.h"

#include "sqldialect.h"

namespace em::schema {

namespace {
// Version 1: the first release. The types the dialect writes (the key
// column, blobs, booleans and times) are what the first release wrote on
// SQLite; PostgreSQL gets its native ones.
QStringList firstRelease(const SqlDialect &d)
{
    QStringList step = {
        QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
        QStringLiteral("CREATE TABLE org_config (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE servers ("
                       " %1,"
                       " name TEXT NOT NULL,"
                       " name_key TEXT NOT NULL UNIQUE,"
                       " build TEXT NOT NULL,"
                       " build_key %4 NOT NULL,"
                       " role TEXT NOT NULL,"
                       " mitigations_enabled %2 NOT NULL,"
                       " data_collection_enabled %2 NOT NULL,"
                       " internet_web_proxy TEXT NOT NULL,"
                       " proxy_bypass TEXT NOT NULL,"
                       " host TEXT NOT NULL,"
                       " applied_time %3,"
                       " last_check %3,"
                       " last_result TEXT NOT NULL)")
            .arg(d.autoIdColumn(), d.boolType(), d.timeType(), d.bigIntType()),
        QStringLiteral("CREATE TABLE server_blocked ("
                       " server_id %1 NOT NULL REFERENCES servers(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " entry TEXT NOT NULL,"
                       " PRIMARY KEY (server_id, position))")
            .arg(d.bigIntType()),
        QStringLiteral("CREATE TABLE trust_profiles ("
                       " name TEXT PRIMARY KEY,"
                       " anchors_pem TEXT NOT NULL,"
                       " tsa_anchors_pem TEXT NOT NULL,"
                       " intermediates_pem TEXT NOT NULL,"
                       " signer_subject TEXT NOT NULL,"
                       " ekus TEXT NOT NULL,"
                       " crls_pem TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE feed_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " raw %1 NOT NULL,"
                       " canonical %1 NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " signer TEXT NOT NULL,"
                       " signing_time %3,"
                       " accepted_at %3 NOT NULL,"
                       " source TEXT NOT NULL,"
                       " profile TEXT NOT NULL,"
                       " timestamped %2 NOT NULL)")
            .arg(d.blobType(), d.boolType(), d.timeType()),
        QStringLiteral("CREATE TABLE feed_attempt ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " at %2 NOT NULL,"
                       " ok %1 NOT NULL,"
                       " source TEXT NOT NULL,"
                       " message TEXT NOT NULL)")
            .arg(d.boolType(), d.timeType()),
        QStringLiteral("CREATE TABLE catalog_mitigations ("
                       " id TEXT PRIMARY KEY,"
                       " position INTEGER NOT NULL,"
                       " description TEXT NOT NULL,"
                       " rollback TEXT NOT NULL,"
                       " applicability TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE catalog_actions ("
                       " id TEXT PRIMARY KEY,"
                       " mitigation_id TEXT NOT NULL REFERENCES catalog_mitigations(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " type TEXT NOT NULL,"
                       " scope TEXT NOT NULL,"
                       " target TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " rules TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE action_status ("
                       " server_id %2 NOT NULL REFERENCES servers(id) ON DELETE CASCADE,"
                       " action_id TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " changed_at %1 NOT NULL,"
                       " applied_at %1,"
                       " PRIMARY KEY (server_id, action_id))")
            .arg(d.timeType(), d.bigIntType()),
        QStringLiteral("CREATE TABLE events ("
                       " %1,"
                       " time %2 NOT NULL,"
                       " event_id INTEGER NOT NULL,"
                       " level TEXT NOT NULL,"
                       " server TEXT NOT NULL,"
                       " message TEXT NOT NULL)")
            .arg(d.autoIdColumn(), d.timeType()),
        QStringLiteral("CREATE INDEX events_time ON events (time)"),
        QStringLiteral("CREATE TABLE audit ("
                       " %1,"
                       " time %2 NOT NULL,"
                       " who TEXT NOT NULL,"
                       " host TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " target TEXT NOT NULL,"
                       " property TEXT NOT NULL,"
                       " old_value TEXT NOT NULL,"
                       " new_value TEXT NOT NULL)")
            .arg(d.autoIdColumn(), d.timeType()),
        QStringLiteral("CREATE INDEX audit_time ON audit (time)"),
    };
    // The audit trail is append-only, whatever program opens the database.
    step << d.appendOnly(QStringLiteral("audit"), QStringLiteral("the audit trail is append-only"));
    return step;
}

// Version 2: actions a new feed no longer carries while a server still has
// them in place keep their definitions, so that they can be rolled back.
QStringList retiredActions(const SqlDialect &d)
{
    return {
        QStringLiteral("CREATE TABLE retired_actions ("
                       " id TEXT PRIMARY KEY,"
                       " mitigation_id TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " scope TEXT NOT NULL,"
                       " target TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " rules TEXT NOT NULL,"
                       " retired_at %1 NOT NULL)")
            .arg(d.timeType()),
    };
}

// Version 3: a status's detail is a code and its arguments, rendered when
// shown (StatusDetail), instead of English text. The free-text details
// written before are kept as the code "text".
QStringList codedStatusDetails(const SqlDialect &)
{
    return {
        QStringLiteral("ALTER TABLE action_status ADD COLUMN detail_code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE action_status ADD COLUMN detail_args TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE action_status SET detail_code = 'text', detail_args = detail WHERE detail <> ''"),
        QStringLiteral("ALTER TABLE action_status DROP COLUMN detail"),
    };
}

// Version 4: the last Exchange import (emctl exchange import, the console's
// "Import from Exchange..."): the organization's state as Exchange reported
// it, kept to write the commands that bring it to the directory's settings.
QStringList exchangeImport(const SqlDialect &)
{
    return {
        QStringLiteral("CREATE TABLE exchange_import ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " state TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " files TEXT NOT NULL)"),
    };
}

// Version 5: several service nodes share one directory. A server may belong
// to a site (a node may serve one site); a node claims a server's cycle
// through a lease row with an expiry, so that two nodes never work on one
// server at once and the servers of a node that died are taken over when
// its leases expire; each server says which node served it last, and when.
QStringList serviceNodes(const SqlDialect &d)
{
    return {
        QStringLiteral("ALTER TABLE servers ADD COLUMN site TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE servers ADD COLUMN served_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE servers ADD COLUMN served_at %1").arg(d.timeType()),
        QStringLiteral("CREATE TABLE server_leases ("
                       " server_id %2 PRIMARY KEY REFERENCES servers(id) ON DELETE CASCADE,"
                       " node TEXT NOT NULL,"
                       " claimed_at %1 NOT NULL,"
                       " expires_at %1 NOT NULL)")
            .arg(d.timeType(), d.bigIntType()),
    };
}

// Version 6: the organization's notification settings and what was already
// notified (DESIGN section 8, "Notifications"): one row, two JSON documents
// (NotificationSettings::toJson, NotificationState::toJson). Never a secret:
// the SMTP password stays in its file.
QStringList notificationSettings(const SqlDialect &)
{
    return {
        QStringLiteral("CREATE TABLE notifications ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " settings TEXT NOT NULL,"
                       " state TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO notifications (id, settings, state) VALUES (1, '', '')"),
    };
}

// Version 7: the SSH host keys admins accepted for ssh: servers (one row
// per endpoint "host:port" and key type).
QStringList sshKnownHosts(const SqlDialect &)
{
    return {
        QStringLiteral("CREATE TABLE ssh_known_hosts ("
                       " endpoint TEXT NOT NULL,"
                       " key_type TEXT NOT NULL,"
                       " fingerprint TEXT NOT NULL,"
                       " accepted_by TEXT NOT NULL,"
                       " accepted_at TEXT NOT NULL,"
                       " PRIMARY KEY (endpoint, key_type))"),
    };
}

// Version 8: the cycle's journal. Before a cycle touches a server's host it
// records which actions it may change; recording the outcome removes the row.
// A row left behind names changes that may be in place unrecorded (the
// outcome could not be written, or the process ended), for the next cycle to
// find and record.
QStringList cycleJournal(const SqlDialect &d)
{
    return {
        QStringLiteral("CREATE TABLE cycle_journal ("
                       " server_id %1 PRIMARY KEY REFERENCES servers(id) ON DELETE CASCADE,"
                       " started_at TEXT NOT NULL,"
                       " actions TEXT NOT NULL)")
            .arg(d.bigIntType()),
    };
}
} // namespace

// Never edit a released step: add a new one (and raise currentVersion).
QList<QStringList> migrations(const SqlDialect &dialect)
{
    return {firstRelease(dialect), retiredActions(dialect), codedStatusDetails(dialect), exchangeImport(dialect),
        serviceNodes(dialect), notificationSettings(dialect), sshKnownHosts(dialect), cycleJournal(dialect)};
}

QStringList seededTables()
{
    return {QStringLiteral("notifications")};
}

} // namespace em::schema
