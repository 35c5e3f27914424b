#pragma once

// The EOCS catalog parser: reads mitigations and actions from the canonical
// octets that the feed signature covers (never from a second parse of the raw
// download). A strict pull parser: no DTD, no entity references, no comments or
// processing instructions, only the element and attribute names of
// docs/feed-format.md, and caps on depth, element count and value lengths.

#include <optional>

#include <QByteArray>
#include <QDateTime>

#include "model/mitigation.h"

namespace em {

struct CatalogLimits {
    int maxDepth = 32;
    int maxElements = 50000;
    int maxAttributeLength = 8192;
    int maxTextLength = 65536;
    // A catalog of at least this many bytes is parsed as two halves on two
    // threads (split before a top-level <Config>), with the single sequential
    // parse as the fallback whenever the halves do not both succeed; the
    // result, and every error message, is that of the sequential parse.
    qsizetype parallelFromBytes = 256 * 1024;
};

struct ParsedCatalog {
    Catalog catalog;
    QDateTime issued; // the EOCS issued attribute; null when absent
};

// `canonical` is UTF-8 (C14N output). Errors are ErrorCode::Format and name the
// line and the element.
Result<ParsedCatalog> parseCatalog(const QByteArray &canonical, const CatalogLimits &limits = {});

namespace eocs_detail {
// The two-thread parse on its own (tests): the catalog when the two halves
// parse and stand for the sequential parse, nothing when parseCatalog() falls
// back to the sequential parse.
std::optional<ParsedCatalog> parseInHalves(const QByteArray &canonical, const CatalogLimits &limits);
} // namespace eocs_detail

} // namespace em
