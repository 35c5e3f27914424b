#include "runrequeststore.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "connection.h"
#include "historystore.h"
#include "model/clock.h"
#include "model/text.h"
#include "sqlrow.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};

using sql::Column;

// The flag is one setting of org_config.
constexpr Column settingKey {"key"};
constexpr Column settingValue {"value"};
const QString runRequestedAt = QStringLiteral("RunRequestedAt");
} // namespace

Result<void> RunRequestStore::requestRun(const Actor &actor)
{
    const SqlDialect &d = m_connection.dialect();
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("run-request"));
        const QDateTime now = Clock::now();
        QSqlQuery q = m_connection.query();
        q.prepare(d.upsert(QStringLiteral("org_config"), sql::columnNames({settingKey, settingValue}),
            sql::columnNames({settingKey})));
        sql::bind(q, settingKey, runRequestedAt);
        // org_config holds text: the time as ISO 8601 text on every engine.
        sql::bind(q, settingValue, isoTime(now));
        if (auto r = m_connection.exec(q, Text::tr("requesting a run")); !r)
            return r;
        return m_history.addAudit({0, now, actor.who, actor.host, QStringLiteral("run-now"),
            QStringLiteral("Organization"), runRequestedAt, QString(), isoTime(now)});
    });
}

Result<std::optional<QDateTime>> RunRequestStore::takeRunRequest()
{
    std::optional<QDateTime> requested;
    auto written = m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("run-request"));
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("SELECT %1 FROM org_config WHERE key = :key").arg(settingValue.text()));
        sql::bind(q, settingKey, runRequestedAt);
        if (auto r = m_connection.exec(q, Text::tr("reading the run request")); !r)
            return r;
        if (!q.next())
            return {};
        requested = sql::Row(q, m_connection.dialect()).time(settingValue);
        q.prepare(QStringLiteral("DELETE FROM org_config WHERE key = :key"));
        sql::bind(q, settingKey, runRequestedAt);
        return m_connection.exec(q, Text::tr("clearing the run request"));
    });
    if (!written)
        return fail(written.error());
    return requested;
}

} // namespace em
