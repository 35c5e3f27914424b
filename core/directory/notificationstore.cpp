#include "notificationstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include "connection.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};
} // namespace

Result<QByteArray> NotificationStore::column(const char *name)
{
    QSqlQuery q = m_connection.query();
    q.prepare(QStringLiteral("SELECT %1 FROM notifications WHERE id = 1").arg(QLatin1String(name)));
    if (auto r = m_connection.exec(q, Text::tr("reading the notification settings")); !r)
        return fail(r.error());
    if (!q.next())
        return QByteArray();
    return q.value(0).toString().toUtf8();
}

Result<void> NotificationStore::setColumn(const char *name, const QByteArray &json)
{
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("notifications"));
        QSqlQuery q = m_connection.query();
        q.prepare(QStringLiteral("UPDATE notifications SET %1 = :value WHERE id = 1").arg(QLatin1String(name)));
        q.bindValue(QStringLiteral(":value"), QString::fromUtf8(json));
        return m_connection.exec(q, Text::tr("writing the notification settings"));
    });
}

Result<QByteArray> NotificationStore::settings()
{
    return column("settings");
}

Result<QByteArray> NotificationStore::state()
{
    return column("state");
}

Result<void> NotificationStore::setSettings(const QByteArray &json)
{
    return setColumn("settings", json);
}

Result<void> NotificationStore::setState(const QByteArray &json)
{
    return setColumn("state", json);
}

Result<void> NotificationStore::updateState(const std::function<Result<QByteArray>(const QByteArray &)> &change)
{
    return m_connection.write([&]() -> Result<void> {
        m_connection.noteChange(QStringLiteral("notifications"));
        auto stored = state();
        if (!stored)
            return fail(stored.error());
        auto changed = change(*stored);
        if (!changed)
            return fail(changed.error());
        return setState(*changed);
    });
}

} // namespace em
