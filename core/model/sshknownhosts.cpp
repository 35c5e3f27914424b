#include "model/sshknownhosts.h"

#include <QRegularExpression>

namespace em {

void InMemoryKnownHosts::accept(const QString &endpoint, const SshHostKey &key)
{
    const std::lock_guard lock(m_mutex);
    QList<SshHostKey> &keys = m_keys[endpoint.toLower()];
    keys.removeIf([&](const SshHostKey &k) { return k.type == key.type; });
    keys.append(key);
}

void InMemoryKnownHosts::forget(const QString &endpoint)
{
    const std::lock_guard lock(m_mutex);
    m_keys.remove(endpoint.toLower());
}

Result<QList<SshHostKey>> InMemoryKnownHosts::accepted(const QString &endpoint) const
{
    const std::lock_guard lock(m_mutex);
    return m_keys.value(endpoint.toLower());
}

bool isSshFingerprint(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^SHA256:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]$"));
    return pattern.match(text).hasMatch();
}

} // namespace em
