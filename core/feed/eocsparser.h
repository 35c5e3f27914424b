#pragma once

// The EOCS catalog parser: reads mitigations and actions from the canonical
// octets that the feed signature covers (never from a second parse of the raw
// download). A strict pull parser: no DTD, no entity references, no comments or
// processing instructions, only the element and attribute names of
// docs/feed-format.md, and caps on depth, element count and value lengths.

#include <memory>
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
// line and the element. Canonical octets are read by a reader of the form C14N
// writes; anything else, and every refusal, by QXmlStreamReader.
Result<ParsedCatalog> parseCatalog(const QByteArray &canonical, const CatalogLimits &limits = {});

struct CatalogStreamOptions {
    qsizetype expectedBytes = 0; // about how many octets will come
    // When expectedBytes is at least CatalogLimits::parallelFromBytes, the
    // octets are cut before a top-level <Config>: Balanced, once they are all
    // in, where what the head has not parsed yet is shared evenly (the head
    // is handed octets only as it needs them, so that the rest can still be
    // cut); Share, before the first one from headShare of expectedBytes
    // (tests: a cut at a chosen place).
    enum class Cut { Balanced, Share };
    Cut cut = Cut::Balanced;
    double headShare = 0.5;
    qsizetype blockBytes = 64 * 1024; // octets handed to the head at a time
};

// The catalog parsed while its canonical octets are produced (C14N on another
// thread). What is parsed is exactly what is digested (DESIGN 4.7), and
// parsing before the checks have passed is safe: the octets were already
// parsed by libxml2, and the caller applies the result only once every check
// has passed. The producer hands the octets over as they come (append, then
// finish, or abandon when they will not be complete); the consumer parses the
// head as they arrive (parseHead); the producer, once it has finished, parses
// the tail (parseTail) when the octets were cut before a top-level <Config>
// (as parseInHalves cuts them). result() is what parseCatalog() gives for the
// same octets: the sequential parse stands in whenever the streamed parts do
// not both succeed, so that every refusal and its message are the same.
class CatalogStream
{
public:
    explicit CatalogStream(const CatalogLimits &limits = {}, const CatalogStreamOptions &options = {});
    ~CatalogStream();
    CatalogStream(const CatalogStream &) = delete;
    CatalogStream &operator=(const CatalogStream &) = delete;

    // The producer's thread.
    void append(const char *data, qsizetype size);
    void finish(); // every octet is in
    void abandon(); // the octets will not be complete: the head's parse ends
    void parseTail(); // after finish()
    [[nodiscard]] const QByteArray &octets() const; // every octet, once finish() has returned

    // The consumer's thread.
    void parseHead(); // waits for octets as they come
    void stopHead(); // instead of parseHead(): its result is not needed

    // Once both threads are done.
    Result<ParsedCatalog> result();
    [[nodiscard]] bool stood() const; // after result(): the streamed parts gave it

private:
    struct Private;
    std::unique_ptr<Private> d;
};

namespace eocs_detail {
// The reader of the canonical form alone (tests, fuzzing): the catalog, or a
// refusal whose message means nothing (parseCatalog() then parses with
// QXmlStreamReader) for anything outside the form C14N writes.
Result<ParsedCatalog> parseCanonicalForm(const QByteArray &canonical, const CatalogLimits &limits = {});
// QXmlStreamReader's parse alone, on one thread (tests, fuzzing): what
// parseCatalog() gives whenever the reader of the canonical form does not.
Result<ParsedCatalog> parseWithStreamReader(const QByteArray &canonical, const CatalogLimits &limits = {});
// The two-thread parse on its own (tests): the catalog when the two halves
// parse and stand for the sequential parse, nothing when parseCatalog() falls
// back to the sequential parse.
std::optional<ParsedCatalog> parseInHalves(const QByteArray &canonical, const CatalogLimits &limits);
// The streamed parse on its own (tests, fuzzing): `canonical` appended
// `appendBytes` at a time by another thread; `stood` tells whether the
// streamed parts gave the result.
Result<ParsedCatalog> parseStreamed(const QByteArray &canonical, const CatalogLimits &limits,
    const CatalogStreamOptions &options, qsizetype appendBytes, bool *stood = nullptr);
} // namespace eocs_detail

} // namespace em
