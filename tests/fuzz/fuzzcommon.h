#pragma once

// What the fuzz targets share: a property check that aborts (so libFuzzer and
// the replay test both report the input), and the fixed data of the targets.

#include <QByteArray>
#include <QString>

#include "model/trustprofile.h"

namespace emfuzz {

// Aborts with `what` when `condition` is false: a broken property is a crash.
void check(bool condition, const char *what);

// A file of tests/fuzz/data/ (the committed lab PKI of the feed seeds).
QByteArray dataFile(const QString &name);

// The fixed lab trust profile the feed seeds were signed for.
const em::TrustProfile &labProfile();

} // namespace emfuzz
