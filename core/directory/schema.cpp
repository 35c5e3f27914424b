#include "schema.h"

#include "sqldialect.h"

namespace em::schema {

namespace {
// Version 1: the first release.
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
                       " build_key INTEGER NOT NULL,"
                       " role TEXT NOT NULL,"
                       " mitigations_enabled INTEGER NOT NULL,"
                       " data_collection_enabled INTEGER NOT NULL,"
                       " internet_web_proxy TEXT NOT NULL,"
                       " proxy_bypass TEXT NOT NULL,"
                       " host TEXT NOT NULL,"
                       " applied_time TEXT,"
                       " last_check TEXT,"
                       " last_result TEXT NOT NULL)")
            .arg(d.autoIdColumn()),
        QStringLiteral("CREATE TABLE server_blocked ("
                       " server_id INTEGER NOT NULL REFERENCES servers(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " entry TEXT NOT NULL,"
                       " PRIMARY KEY (server_id, position))"),
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
                       " signing_time TEXT,"
                       " accepted_at TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " profile TEXT NOT NULL,"
                       " timestamped INTEGER NOT NULL)")
            .arg(d.blobType()),
        QStringLiteral("CREATE TABLE feed_attempt ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " at TEXT NOT NULL,"
                       " ok INTEGER NOT NULL,"
                       " source TEXT NOT NULL,"
                       " message TEXT NOT NULL)"),
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
                       " server_id INTEGER NOT NULL REFERENCES servers(id) ON DELETE CASCADE,"
                       " action_id TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL,"
                       " applied_at TEXT,"
                       " PRIMARY KEY (server_id, action_id))"),
        QStringLiteral("CREATE TABLE events ("
                       " %1,"
                       " time TEXT NOT NULL,"
                       " event_id INTEGER NOT NULL,"
                       " level TEXT NOT NULL,"
                       " server TEXT NOT NULL,"
                       " message TEXT NOT NULL)")
            .arg(d.autoIdColumn()),
        QStringLiteral("CREATE INDEX events_time ON events (time)"),
        QStringLiteral("CREATE TABLE audit ("
                       " %1,"
                       " time TEXT NOT NULL,"
                       " who TEXT NOT NULL,"
                       " host TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " target TEXT NOT NULL,"
                       " property TEXT NOT NULL,"
                       " old_value TEXT NOT NULL,"
                       " new_value TEXT NOT NULL)")
            .arg(d.autoIdColumn()),
        QStringLiteral("CREATE INDEX audit_time ON audit (time)"),
    };
    // The audit trail is append-only, whatever program opens the database.
    step << d.appendOnly(QStringLiteral("audit"), QStringLiteral("the audit trail is append-only"));
    return step;
}

// Version 2: actions a new feed no longer carries while a server still has
// them in place keep their definitions, so that they can be rolled back.
QStringList retiredActions(const SqlDialect &)
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
                       " retired_at TEXT NOT NULL)"),
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

// Version 4: the cycle's journal. Before a cycle touches a server's host it
// records which actions it may change; recording the outcome removes the row.
// A row left behind names changes that may be in place unrecorded (the
// outcome could not be written, or the process ended), for the next cycle to
// find and record.
QStringList cycleJournal(const SqlDialect &)
{
    return {
        QStringLiteral("CREATE TABLE cycle_journal ("
                       " server_id INTEGER PRIMARY KEY REFERENCES servers(id) ON DELETE CASCADE,"
                       " started_at TEXT NOT NULL,"
                       " actions TEXT NOT NULL)"),
    };
}
} // namespace

// Never edit a released step: add a new one (and raise currentVersion).
QList<QStringList> migrations(const SqlDialect &dialect)
{
    return {firstRelease(dialect), retiredActions(dialect), codedStatusDetails(dialect), cycleJournal(dialect)};
}

} // namespace em::schema
