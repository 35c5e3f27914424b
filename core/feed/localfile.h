#pragma once

// Reading a file an admin names (a feed, a CRL, a certificate, a key): only a
// regular file is read (a symbolic link is followed to one), never more than
// a limit, and nothing can block the reader (a FIFO, a device or a socket is
// refused before it is opened).

#include <QByteArray>
#include <QString>

#include "model/error.h"

namespace em {

// Limits for the files the feed commands read besides the feed itself (whose
// limit is the organization's MaxFeedBytes).
inline constexpr qint64 maxCrlFileBytes = 16 * 1024 * 1024; // as for CRLs fetched from distribution points
inline constexpr qint64 maxPemFileBytes = 1024 * 1024; // certificates, chains, trust anchors, keys

// The whole file at `path`; `what` names it in messages ("feed", "CRL").
// Refuses anything that is not a regular file, and a file over `maxBytes`
// (also one that grows past it while being read); `overLimit` tells the
// latter apart.
Result<QByteArray> readLocalFile(const QString &path, const QString &what, qint64 maxBytes, bool *overLimit = nullptr);

} // namespace em
