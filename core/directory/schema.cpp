#include "schema.h"

namespace em::schema {

// Each entry brings the schema from version (index) to (index + 1). Never edit
// a released step: add a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE org_config (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE servers ("
                           " id INTEGER PRIMARY KEY,"
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
                           " last_result TEXT NOT NULL)"),
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
                           " raw BLOB NOT NULL,"
                           " canonical BLOB NOT NULL,"
                           " sha256 TEXT NOT NULL,"
                           " signer TEXT NOT NULL,"
                           " signing_time TEXT,"
                           " accepted_at TEXT NOT NULL,"
                           " source TEXT NOT NULL,"
                           " profile TEXT NOT NULL,"
                           " timestamped INTEGER NOT NULL)"),
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
                           " id INTEGER PRIMARY KEY,"
                           " time TEXT NOT NULL,"
                           " event_id INTEGER NOT NULL,"
                           " level TEXT NOT NULL,"
                           " server TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_time ON events (time)"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " time TEXT NOT NULL,"
                           " who TEXT NOT NULL,"
                           " host TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " target TEXT NOT NULL,"
                           " property TEXT NOT NULL,"
                           " old_value TEXT NOT NULL,"
                           " new_value TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_time ON audit (time)"),
            // The audit trail is append-only, whatever program opens the file.
            QStringLiteral("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
            QStringLiteral("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"),
        },
        {
            // Actions a new feed no longer carries while a server still has
            // them in place: their definitions, so that they can be rolled back.
            QStringLiteral("CREATE TABLE retired_actions ("
                           " id TEXT PRIMARY KEY,"
                           " mitigation_id TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " scope TEXT NOT NULL,"
                           " target TEXT NOT NULL,"
                           " description TEXT NOT NULL,"
                           " rules TEXT NOT NULL,"
                           " retired_at TEXT NOT NULL)"),
        },
    };
    return steps;
}

} // namespace em::schema
