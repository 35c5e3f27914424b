#include "fuzzcommon.h"

#include <cstdio>
#include <cstdlib>

#include <QFile>

namespace emfuzz {

void check(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz property broken: %s\n", what);
    std::abort();
}

QByteArray dataFile(const QString &name)
{
    QFile file(QStringLiteral(EM_FUZZ_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "fuzz: cannot read %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
        std::abort();
    }
    return file.readAll();
}

const em::TrustProfile &labProfile()
{
    static const em::TrustProfile profile = [] {
        em::TrustProfile p;
        p.name = QStringLiteral("fuzz-lab");
        p.anchorsPem = dataFile(QStringLiteral("root.pem"));
        p.tsaAnchorsPem = dataFile(QStringLiteral("tsa-root.pem"));
        p.signerSubject = QStringLiteral("CN=EM Fuzz Feed Signing, O=EM Fuzz");
        p.requiredEkus = {QStringLiteral("1.3.6.1.5.5.7.3.3")};
        return p;
    }();
    return profile;
}

} // namespace emfuzz
