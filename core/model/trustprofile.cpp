#include "trustprofile.h"

#include <QFile>

namespace em {

namespace {
QByteArray resource(const char *path)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("trust anchor resource missing: %s", path);
    return file.readAll();
}
} // namespace

TrustProfile TrustProfile::vendor()
{
    TrustProfile p;
    p.name = QStringLiteral("vendor");
    p.anchorsPem = resource(":/em/trust/microsoft-root-ca-2011.pem");
    p.intermediatesPem = resource(":/em/trust/microsoft-code-signing-pca-2011.pem");
    p.tsaAnchorsPem = resource(":/em/trust/microsoft-root-ca-2010.pem");
    p.signerSubject = QStringLiteral("CN=Microsoft Exchange XML Signing, O=Microsoft Corporation");
    p.requiredEkus = {QStringLiteral("1.3.6.1.5.5.7.3.3"), QStringLiteral("1.3.6.1.4.1.311.76.57.1.11")};
    p.builtin = true;
    return p;
}

} // namespace em
