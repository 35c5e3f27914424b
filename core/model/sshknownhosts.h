#pragma once

// The SSH host keys admins have accepted, as an ssh: host checks them. A
// host key is named by its type and its SHA-256 fingerprint as OpenSSH
// prints it ("SHA256:" + unpadded base64); an endpoint is "host:port" as the
// server's locator names it ("ex01.contoso.com:22"). The org directory keeps
// the accepted keys (so every admin and service node trusts the same ones);
// the host only reads them through this interface, so that the cycle can
// hand its worker threads a snapshot taken on the directory's thread.

#include <memory>
#include <mutex>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "model/error.h"

namespace em {

struct SshHostKey {
    QString type; // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QString fingerprint; // "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"
    QString acceptedBy; // who accepted it (known keys only; for messages)
    QDateTime acceptedAt;
};

class SshKnownHosts
{
public:
    virtual ~SshKnownHosts() = default;
    // The keys accepted for `endpoint`; empty when none. Called from the
    // host's thread.
    virtual Result<QList<SshHostKey>> accepted(const QString &endpoint) const = 0;
};

// Known hosts held in memory (a snapshot of the directory's, or a test's).
// Thread-safe.
class InMemoryKnownHosts final : public SshKnownHosts
{
public:
    // Adds the key, replacing an accepted key of the same type for that endpoint.
    void accept(const QString &endpoint, const SshHostKey &key);
    void forget(const QString &endpoint);
    Result<QList<SshHostKey>> accepted(const QString &endpoint) const override;

private:
    mutable std::mutex m_mutex;
    QHash<QString, QList<SshHostKey>> m_keys;
};

// Whether `text` is a fingerprint as OpenSSH prints it: "SHA256:" and 43
// characters of unpadded base64 (32 bytes).
bool isSshFingerprint(const QString &text);

} // namespace em
