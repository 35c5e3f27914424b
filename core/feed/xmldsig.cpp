#include "xmldsig_p.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include <sys/mman.h>

#include <QCoreApplication>

#include <libxml/c14n.h>
#include <libxml/catalog.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

#include "dsigalgorithms_p.h"

namespace em::feed_detail {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedXml)
};

// ---- Where the tree of a document lives ----
//
// A document's tree is ~100,000 small blocks. Taken from malloc, they cost a
// quarter of the parse, and as much again to give back (plus glibc's
// consolidation of them later). While a document is parsed, libxml2's
// allocations on that thread come from a slab instead: one address range
// bumped forward, given back whole once the document is freed. Blocks freed
// one by one (libxml2 frees as it parses, and xmlFreeDoc walks the tree) are
// recognised by their address and left alone. Everything else libxml2
// allocates (C14N, attribute copies, other threads) is malloc's, as before.
// The slabs are carved from one address range reserved once and never
// unmapped, so that no pointer into it can ever reach free(). Not under the
// sanitizers, which should see every block.
#if defined(__SANITIZE_ADDRESS__)
#define EM_XML_SLABS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define EM_XML_SLABS 0
#endif
#endif
#ifndef EM_XML_SLABS
#define EM_XML_SLABS 1
#endif

class Slabs
{
public:
    struct Slab {
        char *begin = nullptr;
        char *next = nullptr;
        char *end = nullptr;
        char *touched = nullptr; // pages up to here may be resident
        bool overflowed = false; // a block of this parse came from malloc
    };

    static Slabs &instance()
    {
        static Slabs *const slabs = new Slabs; // never destroyed: its range stays reserved
        return *slabs;
    }

    // Whether `p` is on a slab (libxml2 frees through this: kept cheap, no
    // static initialisation check, since the range is set before libxml2
    // is first used).
    static bool contains(const void *p)
    {
        const auto *c = static_cast<const char *>(p);
        return c >= s_base && c < s_end;
    }

    // A free slab, or nothing (then the document's blocks come from malloc).
    Slab *take()
    {
        const std::lock_guard lock(m_mutex);
        if (m_free.empty())
            return nullptr;
        Slab *slab = m_free.back();
        m_free.pop_back();
        return slab;
    }

    void giveBack(Slab *slab)
    {
        if (!slab)
            return;
        slab->touched = std::max(slab->touched, slab->next);
        // Keep the pages a feed of a few MiB needs; return the rest to the system.
        char *keep = slab->begin + keptResident;
        if (slab->touched > keep) {
            madvise(keep, size_t(slab->touched - keep), MADV_DONTNEED);
            slab->touched = keep;
        }
        slab->next = slab->begin;
        slab->overflowed = false;
        const std::lock_guard lock(m_mutex);
        m_free.push_back(slab);
    }

    static void *allocate(Slab *slab, size_t size)
    {
        // A 16-byte header holds the size (for realloc); blocks stay 16-byte aligned.
        const size_t need = (size + 2 * alignment - 1) & ~(alignment - 1);
        if (size > slabSize || size_t(slab->end - slab->next) < need)
            return nullptr;
        char *block = slab->next;
        slab->next += need;
        *reinterpret_cast<size_t *>(block) = size;
        return block + alignment;
    }

    static size_t sizeOf(const void *p)
    {
        return *reinterpret_cast<const size_t *>(static_cast<const char *>(p) - alignment);
    }

private:
    static constexpr size_t alignment = 16;
    static constexpr size_t slabSize = size_t(256) << 20; // a 4 MiB feed's tree is ~40 MiB
    static constexpr size_t keptResident = size_t(24) << 20;

    Slabs()
    {
#if EM_XML_SLABS
        constexpr int slabCount = 8;
        void *base = mmap(
            nullptr, slabSize * slabCount, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (base == MAP_FAILED)
            return;
        // Mapped for the life of the process (the allocator outlives every tree).
        auto *first = static_cast<char *>(base);
        s_base = first;
        s_end = first + slabSize * slabCount;
        m_slabs.resize(slabCount);
        for (int i = 0; i < slabCount; ++i) {
            Slab &slab = m_slabs[size_t(i)];
            slab.begin = slab.next = slab.touched = first + size_t(i) * slabSize;
            slab.end = slab.begin + slabSize;
            m_free.push_back(&slab);
        }
#endif
    }

    static inline const char *s_base = nullptr;
    static inline const char *s_end = nullptr;
    std::vector<Slab> m_slabs;
    std::mutex m_mutex;
    std::vector<Slab *> m_free;
};

thread_local Slabs::Slab *activeSlab = nullptr; // this thread's parse allocates here

void *xmlBlockMalloc(size_t size)
{
    if (activeSlab) {
        if (void *p = Slabs::allocate(activeSlab, size))
            return p;
        activeSlab->overflowed = true;
    }
    return std::malloc(size);
}

void xmlBlockFree(void *p)
{
    if (!Slabs::contains(p))
        std::free(p);
}

void *xmlBlockRealloc(void *p, size_t size)
{
    if (!p || !Slabs::contains(p)) {
        if (p && activeSlab)
            activeSlab->overflowed = true; // a block from malloc, perhaps the tree's
        return p || !activeSlab ? std::realloc(p, size) : xmlBlockMalloc(size);
    }
    void *moved = xmlBlockMalloc(size);
    if (moved)
        std::memcpy(moved, p, std::min(size, Slabs::sizeOf(p)));
    return moved;
}

char *xmlBlockStrdup(const char *text)
{
    const size_t size = std::strlen(text) + 1;
    auto *copy = static_cast<char *>(xmlBlockMalloc(size));
    if (copy)
        std::memcpy(copy, text, size);
    return copy;
}

// Makes this thread's libxml2 allocations come from a slab while it lives.
class SlabScope
{
public:
    explicit SlabScope(Slabs::Slab *slab) : m_previous(activeSlab) { activeSlab = slab; }
    ~SlabScope() { activeSlab = m_previous; }
    SlabScope(const SlabScope &) = delete;
    SlabScope &operator=(const SlabScope &) = delete;

private:
    Slabs::Slab *m_previous;
};

// Frees the tree, then gives its slab back.
struct DocDeleter {
    Slabs::Slab *slab = nullptr;
    void operator()(xmlDoc *doc) const
    {
        xmlFreeDoc(doc);
        Slabs::instance().giveBack(slab);
    }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// Frees a tree that nothing was added to since its parse: when all of its
// blocks are on its slab, the slab is given back whole, without the walk of
// xmlFreeDoc over ~100,000 blocks (5% of a verification's CPU: the tree is
// out of the caches by then). The dictionary's reference is
// dropped, since its mutex is libxml2's own malloc.
void freeParsedTree(DocPtr doc)
{
    Slabs::Slab *slab = doc.get_deleter().slab;
    if (!doc || !slab || slab->overflowed)
        return;
    xmlDoc *tree = doc.release();
    if (tree->dict)
        xmlDictFree(tree->dict);
    Slabs::instance().giveBack(slab);
}

const xmlChar *x(const char *text)
{
    return reinterpret_cast<const xmlChar *>(text);
}

QString str(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

// libxml2 reports through callbacks; keep the last message of this thread for
// our own error text and print nothing.
thread_local QString lastLibxmlError;
thread_local bool sawDoctype = false;
thread_local bool sawEntityDeclaration = false;

void quietError(void *, xmlErrorPtr error)
{
    if (error && error->message)
        lastLibxmlError = QString::fromUtf8(error->message).trimmed();
}

void ensureLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (EM_XML_SLABS) {
            Slabs::instance(); // reserves the range
            xmlMemSetup(xmlBlockFree, xmlBlockMalloc, xmlBlockRealloc, xmlBlockStrdup);
        }
        xmlInitParser();
#ifdef LIBXML_CATALOG_ENABLED
        // No catalogs: a feed resolves nothing, and an oasis-xml-catalog
        // processing instruction must not make libxml2 set up its global
        // catalog (in the middle of a parse, that is, on a slab).
        xmlCatalogSetDefaults(XML_CATA_ALLOW_NONE);
#endif
    });
    xmlSetStructuredErrorFunc(nullptr, quietError); // per thread
}

void onInternalSubset(void *ctx, const xmlChar *, const xmlChar *, const xmlChar *)
{
    sawDoctype = true;
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
}

void onEntityDecl(void *ctx, const xmlChar *, int, const xmlChar *, const xmlChar *, xmlChar *)
{
    sawEntityDeclaration = true;
    xmlStopParser(static_cast<xmlParserCtxtPtr>(ctx));
}

bool isElement(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE;
}

bool isDsig(const xmlNode *n, const char *name)
{
    return isElement(n) && n->ns && xmlStrEqual(n->ns->href, x(dsigNamespace)) && xmlStrEqual(n->name, x(name));
}

bool isDsigAny(const xmlNode *n)
{
    return isElement(n) && n->ns && xmlStrEqual(n->ns->href, x(dsigNamespace));
}

struct ScannedTree {
    QList<xmlNode *> signatures; // the dsig Signature elements
    QList<xmlNode *> dsigElements; // every element in the dsig namespace
    // Collected by the parse: the first node a feed may not carry, in
    // document order; `walk` when the parse could not tell (the tree is then
    // walked).
    xmlNode *forbidden = nullptr;
    bool walk = false;
};

// While the document is parsed, its dsig elements and the first comment,
// processing instruction or entity reference are noted as libxml2 adds them
// (so the tree needs no walk of its own, which cost 5% of a verification's
// CPU: a 1 MiB document's tree is ~10 MiB, out of the caches, and every
// node's first read missed).
ScannedTree *scanOf(void *ctx)
{
    return static_cast<ScannedTree *>(static_cast<xmlParserCtxtPtr>(ctx)->_private);
}

void noteForbidden(void *ctx, xmlElementType type)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    ScannedTree *scan = scanOf(ctx);
    if (scan->forbidden || scan->walk)
        return;
    // The node libxml2 has just added: the last child of the open element, or of the document.
    const xmlNode *parent = ctxt->node ? ctxt->node : reinterpret_cast<xmlNode *>(ctxt->myDoc);
    xmlNode *added = parent ? parent->last : nullptr;
    if (added && added->type == type)
        scan->forbidden = added;
    else
        scan->walk = true;
}

void onComment(void *ctx, const xmlChar *value)
{
    xmlSAX2Comment(ctx, value);
    noteForbidden(ctx, XML_COMMENT_NODE);
}

void onProcessingInstruction(void *ctx, const xmlChar *target, const xmlChar *data)
{
    xmlSAX2ProcessingInstruction(ctx, target, data);
    noteForbidden(ctx, XML_PI_NODE);
}

void onReference(void *ctx, const xmlChar *name)
{
    xmlSAX2Reference(ctx, name);
    noteForbidden(ctx, XML_ENTITY_REF_NODE);
}

void onStartElement(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri, int namespaceCount,
    const xmlChar **namespaces, int attributeCount, int defaultedCount, const xmlChar **attributes)
{
    auto *ctxt = static_cast<xmlParserCtxtPtr>(ctx);
    const xmlNode *before = ctxt->node;
    xmlSAX2StartElementNs(
        ctx, localname, prefix, uri, namespaceCount, namespaces, attributeCount, defaultedCount, attributes);
    xmlNode *n = ctxt->node;
    if (n == before || !isElement(n)) {
        scanOf(ctx)->walk = true; // no element was added
        return;
    }
    if (isDsigAny(n)) {
        ScannedTree *scan = scanOf(ctx);
        scan->dsigElements << n;
        if (xmlStrEqual(n->name, x("Signature")))
            scan->signatures << n;
    }
}

// Parses untrusted bytes: no network, no DTD (the parser stops at the DOCTYPE
// token, before any declaration is read), no entity expansion. What the tree
// holds for scanTree() is collected into `scan`.
em::Expected<DocPtr, QString> parseHardened(const QByteArray &data, ScannedTree *scan)
{
    ensureLibxml();
    lastLibxmlError.clear();
    sawDoctype = false;
    sawEntityDeclaration = false;
    if (data.isEmpty())
        return em::Unexpected(Text::tr("the document is empty"));
    // The tree (and what the parser frees as it goes) on a slab; its owner
    // gives it back with the tree.
    Slabs::Slab *slab = EM_XML_SLABS ? Slabs::instance().take() : nullptr;
    DocPtr doc(nullptr, DocDeleter {slab});
    struct SlabReturn {
        Slabs::Slab *slab;
        bool ownedByDoc = false;
        ~SlabReturn()
        {
            if (!ownedByDoc)
                Slabs::instance().giveBack(slab);
        }
    } slabReturn {slab};
    const SlabScope scope(slab);
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(data.constData(), int(data.size()));
    if (!ctxt)
        return em::Unexpected(Text::tr("cannot create an XML parser"));
    xmlCtxtUseOptions(ctxt, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT);
    ctxt->sax->internalSubset = onInternalSubset;
    ctxt->sax->externalSubset = onInternalSubset;
    ctxt->sax->entityDecl = onEntityDecl;
    ctxt->sax->serror = quietError;
    ctxt->sax->comment = onComment;
    ctxt->sax->processingInstruction = onProcessingInstruction;
    ctxt->sax->reference = onReference;
    ctxt->sax->startElementNs = onStartElement;
    ctxt->_private = scan;
    xmlParseDocument(ctxt);
    const bool wellFormed = ctxt->wellFormed != 0;
    doc.reset(ctxt->myDoc);
    slabReturn.ownedByDoc = bool(doc);
    ctxt->myDoc = nullptr;
    const int line = ctxt->lastError.line;
    const QString message
        = ctxt->lastError.message ? QString::fromUtf8(ctxt->lastError.message).trimmed() : lastLibxmlError;
    xmlFreeParserCtxt(ctxt);
    // The thread's copy of the last error may point into the slab.
    xmlResetLastError();
    if (sawDoctype || sawEntityDeclaration || (doc && (doc->intSubset || doc->extSubset)))
        return em::Unexpected(
            Text::tr("a DOCTYPE is not allowed (line %1): a feed has no DTD, entities or external references")
                .arg(line));
    if (!wellFormed || !doc)
        return em::Unexpected(Text::tr("not well-formed XML: line %1: %2").arg(line).arg(message));
    return doc;
}

QString nodeName(const xmlNode *n)
{
    QString name = str(n->name);
    if (n->ns && n->ns->prefix)
        name = str(n->ns->prefix) + QLatin1Char(':') + name;
    return name;
}

bool isWhitespace(const xmlChar *text)
{
    for (const xmlChar *c = text; c && *c; ++c) {
        if (*c != ' ' && *c != '\t' && *c != '\r' && *c != '\n')
            return false;
    }
    return true;
}

// The next node of a pre-order walk over elements and their content.
xmlNode *nextNode(xmlNode *n, xmlNode *stop)
{
    if (isElement(n) && n->children)
        return n->children;
    while (n && n != stop && !n->next)
        n = n->parent;
    return (n && n != stop) ? n->next : nullptr;
}

em::Expected<QList<xmlNode *>, QString> elementChildren(xmlNode *parent)
{
    QList<xmlNode *> list;
    for (xmlNode *c = parent->children; c; c = c->next) {
        if (isElement(c)) {
            list << c;
        } else if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && isWhitespace(c->content)) {
            continue;
        } else {
            return em::Unexpected(
                Text::tr("<%1> (line %2) may only contain elements").arg(nodeName(parent)).arg(xmlGetLineNo(parent)));
        }
    }
    return list;
}

em::Expected<QString, QString> textContent(xmlNode *n)
{
    QString text;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            text += str(c->content);
        else
            return em::Unexpected(
                Text::tr("<%1> (line %2) may only contain text").arg(nodeName(n)).arg(xmlGetLineNo(n)));
    }
    return text;
}

bool hasAttribute(xmlNode *n, const char *name)
{
    return xmlHasNsProp(n, x(name), nullptr) != nullptr;
}

QString attribute(xmlNode *n, const char *name)
{
    xmlChar *value = xmlGetNoNsProp(n, x(name));
    const QString text = str(value);
    xmlFree(value);
    return text;
}

em::Expected<void, QString> checkAttributes(xmlNode *n, std::initializer_list<const char *> allowed)
{
    for (xmlAttr *a = n->properties; a; a = a->next) {
        bool ok = !a->ns;
        if (ok) {
            ok = false;
            for (const char *name : allowed) {
                if (xmlStrEqual(a->name, x(name)))
                    ok = true;
            }
        }
        if (!ok)
            return em::Unexpected(
                Text::tr("attribute '%1' is not allowed on <%2> (line %3)")
                    .arg(a->ns && a->ns->prefix ? str(a->ns->prefix) + QLatin1Char(':') + str(a->name) : str(a->name),
                        nodeName(n))
                    .arg(xmlGetLineNo(n)));
    }
    return {};
}

std::optional<QByteArray> decodeBase64(const QString &text)
{
    QByteArray ascii;
    ascii.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == ' ' || u == '\t' || u == '\r' || u == '\n')
            continue;
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '+'
            || u == '/' || u == '=';
        if (!ok)
            return std::nullopt;
        ascii += char(u);
    }
    auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

em::Expected<QByteArray, QString> base64Element(xmlNode *n)
{
    if (auto a = checkAttributes(n, {"Id"}); !a)
        return em::Unexpected(a.error());
    auto text = textContent(n);
    if (!text)
        return em::Unexpected(text.error());
    auto bytes = decodeBase64(*text);
    if (!bytes)
        return em::Unexpected(Text::tr("<%1> (line %2) is not valid base64").arg(nodeName(n)).arg(xmlGetLineNo(n)));
    return *bytes;
}

// ---- Canonicalization (libxml2 C14N) ----

struct Visibility {
    const xmlNode *subtree = nullptr; // only this subtree, when set
    const xmlNode *excluded = nullptr; // never this subtree (the enveloped Signature)
};

int isVisible(void *data, xmlNodePtr node, xmlNodePtr parent)
{
    const auto *v = static_cast<const Visibility *>(data);
    // Namespace nodes are xmlNs, whose parent libxml2 passes separately.
    const xmlNode *start = (node && node->type == XML_NAMESPACE_DECL) ? parent : node;
    bool inSubtree = v->subtree == nullptr;
    for (const xmlNode *n = start; n; n = n->parent) {
        if (n == v->excluded)
            return 0;
        if (n == v->subtree)
            inSubtree = true;
        if (n->type == XML_DOCUMENT_NODE)
            break;
    }
    return inSubtree ? 1 : 0;
}

int appendToByteArray(void *context, const char *buffer, int len)
{
    static_cast<QByteArray *>(context)->append(buffer, len);
    return len;
}

int writeToSink(void *context, const char *buffer, int len)
{
    (*static_cast<const OctetSink *>(context))(buffer, len);
    return len;
}

int closeNothing(void *)
{
    return 0;
}

// libxml2's C14N walks the whole tree and asks the visibility callback about
// every node, so canonicalizing SignedInfo cost as much as the document, and
// the document paid a walk up to the root per node. While a canonicalization
// runs, this takes out of the tree what cannot be output, and puts it back
// exactly (pointers only: nothing is copied or freed):
// - for a subtree, the siblings of the subtree and of each of its ancestors
//   (what the subtree's output depends on, its ancestors' namespace
//   declarations and xml: attributes, is reached through parent pointers and
//   stays);
// - for an excluded element (the enveloped Signature), that element, so that
//   the rest of the document is output with no callback at all.
class Pruned
{
public:
    Pruned(const Pruned &) = delete;
    Pruned &operator=(const Pruned &) = delete;

    static Pruned toSubtree(xmlNode *subtree)
    {
        Pruned p;
        for (xmlNode *n = subtree; n && n->parent && n->parent->type == XML_ELEMENT_NODE; n = n->parent) {
            xmlNode *parent = n->parent;
            p.m_saved.push_back({parent, n, parent->children, parent->last, n->prev, n->next});
            parent->children = n;
            parent->last = n;
            n->prev = nullptr;
            n->next = nullptr;
        }
        return p;
    }

    static Pruned without(xmlNode *excluded)
    {
        Pruned p;
        xmlNode *parent = excluded->parent;
        p.m_saved.push_back({parent, excluded, parent->children, parent->last, excluded->prev, excluded->next});
        if (excluded->prev)
            excluded->prev->next = excluded->next;
        else
            parent->children = excluded->next;
        if (excluded->next)
            excluded->next->prev = excluded->prev;
        else
            parent->last = excluded->prev;
        return p;
    }

    Pruned(Pruned &&other) noexcept : m_saved(std::move(other.m_saved)) { other.m_saved.clear(); }

    ~Pruned()
    {
        // Innermost change last in, first out.
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            it->parent->children = it->children;
            it->parent->last = it->last;
            it->node->prev = it->prev;
            it->node->next = it->next;
            if (it->prev)
                it->prev->next = it->node;
            if (it->next)
                it->next->prev = it->node;
        }
    }

private:
    Pruned() = default;
    struct Saved {
        xmlNode *parent;
        xmlNode *node;
        xmlNode *children;
        xmlNode *last;
        xmlNode *prev;
        xmlNode *next;
    };
    std::vector<Saved> m_saved;
};

// Canonicalizes `doc` (only `subtree`, or without `excluded`) into the IO
// callback's context, as libxml2 flushes its output buffer.
em::Expected<void, QString> canonicalizeWith(xmlDoc *doc, xmlNode *subtree, xmlNode *excluded, const QString &methodUri,
    xmlOutputWriteCallback write, void *context)
{
    xmlOutputBufferPtr buffer = xmlOutputBufferCreateIO(write, closeNothing, context, nullptr);
    if (!buffer)
        return em::Unexpected(Text::tr("cannot create the canonicalization buffer"));
    Visibility visibility {subtree, excluded};
    const int mode = methodUri == QLatin1String(excC14nUri) ? XML_C14N_EXCLUSIVE_1_0 : XML_C14N_1_0;
    lastLibxmlError.clear();
    int rc = -1;
    if (subtree && !excluded) {
        const Pruned pruned = Pruned::toSubtree(subtree);
        rc = xmlC14NExecute(doc, isVisible, &visibility, mode, nullptr, 0, buffer);
    } else if (excluded && !subtree && excluded->parent) {
        const Pruned pruned = Pruned::without(excluded);
        rc = xmlC14NExecute(doc, nullptr, nullptr, mode, nullptr, 0, buffer);
    } else {
        rc = xmlC14NExecute(doc, isVisible, &visibility, mode, nullptr, 0, buffer);
    }
    xmlOutputBufferClose(buffer);
    if (rc < 0)
        return em::Unexpected(Text::tr("canonicalization failed: %1").arg(lastLibxmlError));
    return {};
}

em::Expected<QByteArray, QString> canonicalize(
    xmlDoc *doc, xmlNode *subtree, xmlNode *excluded, const QString &methodUri)
{
    QByteArray out;
    if (auto done = canonicalizeWith(doc, subtree, excluded, methodUri, appendToByteArray, &out); !done)
        return em::Unexpected(done.error());
    return out;
}

// ---- Reading a signed document ----

em::Unexpected<CheckFailure> failed(Check check, const QString &message)
{
    return em::Unexpected(CheckFailure {check, message});
}

xmlNode *lastElementChild(xmlNode *parent)
{
    xmlNode *last = nullptr;
    for (xmlNode *c = parent->children; c; c = c->next) {
        if (isElement(c))
            last = c;
    }
    return last;
}

// What a signed feed may not carry: the refusal of node `n`, if it is such.
em::Expected<void, QString> refuseNode(xmlNode *n)
{
    switch (n->type) {
    case XML_COMMENT_NODE:
        return em::Unexpected(
            Text::tr("comment at line %1: comments are not covered by the signature and are not allowed")
                .arg(xmlGetLineNo(n)));
    case XML_PI_NODE:
        return em::Unexpected(
            Text::tr("processing instruction '%1' at line %2 is not allowed").arg(str(n->name)).arg(xmlGetLineNo(n)));
    case XML_ENTITY_REF_NODE:
    case XML_ENTITY_NODE:
    case XML_ENTITY_DECL:
        return em::Unexpected(Text::tr("entity reference at line %1 is not allowed").arg(xmlGetLineNo(n)));
    case XML_DTD_NODE:
    case XML_DOCUMENT_TYPE_NODE:
        return em::Unexpected(Text::tr("a DOCTYPE is not allowed"));
    case XML_XINCLUDE_START:
    case XML_XINCLUDE_END:
        return em::Unexpected(Text::tr("XInclude is not allowed"));
    default:
        return {};
    }
}

// Checks the whole tree for what a signed feed may not carry and collects the
// elements of the dsig namespace: from what the parse collected, or in one
// walk when it could not tell.
em::Expected<ScannedTree, QString> scanTree(xmlDoc *doc, ScannedTree collected)
{
    if (!collected.walk) {
        if (collected.forbidden) {
            if (auto refused = refuseNode(collected.forbidden); !refused)
                return em::Unexpected(refused.error());
        }
        return collected;
    }
    ScannedTree tree;
    for (xmlNode *n = doc->children; n; n = nextNode(n, reinterpret_cast<xmlNode *>(doc))) {
        if (auto refused = refuseNode(n); !refused)
            return em::Unexpected(refused.error());
        if (isDsigAny(n)) {
            tree.dsigElements << n;
            if (xmlStrEqual(n->name, x("Signature")))
                tree.signatures << n;
        }
    }
    return tree;
}

em::Expected<xmlNode *, QString> checkRoot(xmlDoc *doc)
{
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root || !xmlStrEqual(root->name, x("EOCS")) || root->ns)
        return em::Unexpected(Text::tr("the root element is <%1>; expected <EOCS> without a namespace")
                                  .arg(root ? nodeName(root) : QString()));
    return root;
}

// An algorithm problem is reported as such only once the structure is known
// to be sound, so the report never says "structure: pass" too early.
void noteAlgorithm(SignedDocument &out, const QString &problem)
{
    if (out.algorithmProblem.isEmpty())
        out.algorithmProblem = problem;
}

em::Expected<QString, CheckFailure> algorithmOf(xmlNode *n, SignedDocument &out)
{
    if (auto a = checkAttributes(n, {"Algorithm"}); !a)
        return failed(Check::Structure, a.error());
    if (!hasAttribute(n, "Algorithm"))
        return failed(
            Check::Structure, Text::tr("<%1> (line %2) has no Algorithm").arg(nodeName(n)).arg(xmlGetLineNo(n)));
    auto children = elementChildren(n);
    if (!children)
        return failed(Check::Structure, children.error());
    if (!children->isEmpty())
        noteAlgorithm(out,
            Text::tr("<%1> (line %2) has parameters (<%3>); none are supported")
                .arg(nodeName(n))
                .arg(xmlGetLineNo(n))
                .arg(nodeName(children->first())));
    return attribute(n, "Algorithm");
}

QString sha1Hint(const QString &uri)
{
    return uri.contains(QLatin1String("sha1"), Qt::CaseInsensitive) ? Text::tr(" (SHA-1 is refused)") : QString();
}

em::Expected<void, CheckFailure> readSignedInfo(xmlNode *signedInfo, SignedDocument &out)
{
    if (auto a = checkAttributes(signedInfo, {"Id"}); !a)
        return failed(Check::Structure, a.error());
    auto children = elementChildren(signedInfo);
    if (!children)
        return failed(Check::Structure, children.error());
    int references = 0;
    for (xmlNode *c : *children) {
        if (isDsig(c, "Reference"))
            ++references;
    }
    if (references != 1)
        return failed(
            Check::Structure, Text::tr("SignedInfo has %1 Reference elements; exactly one is allowed").arg(references));
    if (children->size() != 3 || !isDsig(children->at(0), "CanonicalizationMethod")
        || !isDsig(children->at(1), "SignatureMethod") || !isDsig(children->at(2), "Reference")) {
        QStringList names;
        for (xmlNode *c : *children)
            names << nodeName(c);
        return failed(Check::Structure,
            Text::tr("SignedInfo must hold CanonicalizationMethod, SignatureMethod and one Reference; found "
                     "%1")
                .arg(names.join(QStringLiteral(", "))));
    }
    auto c14n = algorithmOf(children->at(0), out);
    if (!c14n)
        return em::Unexpected(c14n.error());
    if (!isCanonicalizationUri(*c14n))
        noteAlgorithm(out,
            Text::tr("CanonicalizationMethod '%1' is not allowed (C14N 1.0 or exclusive C14N, "
                     "without comments)")
                .arg(*c14n));
    out.canonicalizationUri = *c14n;
    auto method = algorithmOf(children->at(1), out);
    if (!method)
        return em::Unexpected(method.error());
    if (!findSignatureAlgorithm(*method))
        noteAlgorithm(out,
            Text::tr("SignatureMethod '%1' is not allowed%2 (rsa-sha256, rsa-sha384, rsa-sha512, "
                     "ecdsa-sha256, ecdsa-sha384)")
                .arg(*method, sha1Hint(*method)));
    out.signatureMethodUri = *method;

    xmlNode *reference = children->at(2);
    if (auto a = checkAttributes(reference, {"URI", "Id", "Type"}); !a)
        return failed(Check::Structure, a.error());
    if (!hasAttribute(reference, "URI"))
        return failed(Check::Structure,
            Text::tr("the Reference has no URI attribute; only URI=\"\" (the whole document) is accepted"));
    const QString uri = attribute(reference, "URI");
    if (!uri.isEmpty())
        return failed(Check::Structure,
            Text::tr("Reference URI '%1' is not allowed; only URI=\"\" (the whole document) is accepted").arg(uri));
    auto refChildren = elementChildren(reference);
    if (!refChildren)
        return failed(Check::Structure, refChildren.error());
    if (refChildren->size() != 3 || !isDsig(refChildren->at(0), "Transforms")
        || !isDsig(refChildren->at(1), "DigestMethod") || !isDsig(refChildren->at(2), "DigestValue"))
        return failed(Check::Structure, Text::tr("the Reference must hold Transforms, DigestMethod and DigestValue"));
    if (auto a = checkAttributes(refChildren->at(0), {}); !a)
        return failed(Check::Structure, a.error());
    auto transforms = elementChildren(refChildren->at(0));
    if (!transforms)
        return failed(Check::Structure, transforms.error());
    QStringList uris;
    for (xmlNode *t : *transforms) {
        if (!isDsig(t, "Transform"))
            return failed(
                Check::Structure, Text::tr("Transforms may only hold Transform elements; found <%1>").arg(nodeName(t)));
        auto algorithm = algorithmOf(t, out);
        if (!algorithm)
            return em::Unexpected(algorithm.error());
        uris << *algorithm;
    }
    if (uris.size() != 2 || uris.at(0) != QLatin1String(envelopedUri) || !isCanonicalizationUri(uris.at(1)))
        noteAlgorithm(out,
            Text::tr("the Reference transforms must be exactly enveloped-signature then C14N 1.0 "
                     "(or exclusive C14N); found: %1")
                .arg(uris.isEmpty() ? Text::tr("none") : uris.join(QStringLiteral(", "))));
    else
        out.referenceC14nUri = uris.at(1);
    auto digestMethod = algorithmOf(refChildren->at(1), out);
    if (!digestMethod)
        return em::Unexpected(digestMethod.error());
    const DigestAlgorithm *digest = findDigestAlgorithm(*digestMethod);
    if (!digest)
        noteAlgorithm(out,
            Text::tr("DigestMethod '%1' is not allowed%2 (sha256, sha384, sha512)")
                .arg(*digestMethod, sha1Hint(*digestMethod)));
    out.digestMethodUri = *digestMethod;
    auto digestValue = base64Element(refChildren->at(2));
    if (!digestValue)
        return failed(Check::Structure, digestValue.error());
    if (digest && digestValue->size() != digest->size)
        return failed(Check::Structure,
            Text::tr("DigestValue is %1 bytes; %2 has %3")
                .arg(digestValue->size())
                .arg(QLatin1String(digest->name))
                .arg(digest->size));
    out.digestValue = *digestValue;
    return {};
}

em::Expected<QList<QByteArray>, QString> readX509Data(xmlNode *data)
{
    if (auto a = checkAttributes(data, {}); !a)
        return em::Unexpected(a.error());
    auto children = elementChildren(data);
    if (!children)
        return em::Unexpected(children.error());
    QList<QByteArray> certs;
    for (xmlNode *c : *children) {
        if (!isDsig(c, "X509Certificate"))
            return em::Unexpected(Text::tr("<%1> in X509Data (line %2) is not supported; only X509Certificate")
                                      .arg(nodeName(c))
                                      .arg(xmlGetLineNo(c)));
        auto der = base64Element(c);
        if (!der)
            return em::Unexpected(der.error());
        certs << *der;
    }
    if (certs.isEmpty())
        return em::Unexpected(Text::tr("X509Data (line %1) holds no certificate").arg(xmlGetLineNo(data)));
    return certs;
}

em::Expected<void, CheckFailure> readKeyInfo(xmlNode *keyInfo, SignedDocument &out)
{
    if (auto a = checkAttributes(keyInfo, {"Id"}); !a)
        return failed(Check::Structure, a.error());
    auto children = elementChildren(keyInfo);
    if (!children)
        return failed(Check::Structure, children.error());
    for (xmlNode *c : *children) {
        if (isDsig(c, "X509Data")) {
            auto certs = readX509Data(c);
            if (!certs)
                return failed(Check::Structure, certs.error());
            out.certificates += *certs;
        } else if (isDsig(c, "KeyValue") && !out.hasRsaKeyValue) {
            auto value = elementChildren(c);
            if (!value)
                return failed(Check::Structure, value.error());
            if (value->size() != 1 || !isDsig(value->first(), "RSAKeyValue"))
                return failed(
                    Check::Structure, Text::tr("KeyValue (line %1) must hold one RSAKeyValue").arg(xmlGetLineNo(c)));
            auto parts = elementChildren(value->first());
            if (!parts)
                return failed(Check::Structure, parts.error());
            if (parts->size() != 2 || !isDsig(parts->at(0), "Modulus") || !isDsig(parts->at(1), "Exponent"))
                return failed(Check::Structure, Text::tr("RSAKeyValue must hold Modulus and Exponent"));
            auto modulus = base64Element(parts->at(0));
            auto exponent = base64Element(parts->at(1));
            if (!modulus || !exponent)
                return failed(Check::Structure, !modulus ? modulus.error() : exponent.error());
            out.hasRsaKeyValue = true;
            out.rsaModulus = *modulus;
            out.rsaExponent = *exponent;
        } else {
            return failed(Check::Structure,
                Text::tr("<%1> in KeyInfo (line %2) is not supported; only one KeyValue and X509Data")
                    .arg(nodeName(c))
                    .arg(xmlGetLineNo(c)));
        }
    }
    if (out.certificates.isEmpty())
        return failed(Check::Structure, Text::tr("KeyInfo carries no X509Certificate: the signer is unknown"));
    return {};
}

em::Expected<void, CheckFailure> readObject(xmlNode *object, SignedDocument &out)
{
    if (auto a = checkAttributes(object, {"Id"}); !a)
        return failed(Check::Structure, a.error());
    if (attribute(object, "Id") != QLatin1String(timestampObjectId))
        return failed(Check::Structure,
            Text::tr("Object '%1' (line %2) is not supported; only Object Id=\"%3\"")
                .arg(attribute(object, "Id"))
                .arg(xmlGetLineNo(object))
                .arg(QLatin1String(timestampObjectId)));
    auto children = elementChildren(object);
    if (!children)
        return failed(Check::Structure, children.error());
    int counterSignatures = 0;
    for (xmlNode *c : *children) {
        if (isDsig(c, "X509Data")) {
            auto certs = readX509Data(c);
            if (!certs)
                return failed(Check::Structure, certs.error());
            out.timestampCertificates += *certs;
        } else if (isElement(c) && xmlStrEqual(c->name, x("CounterSignature"))) {
            // The vendor's element is in its own namespace, inside the XML-DSig Object.
            const QString ns = c->ns ? str(c->ns->href) : QString();
            if (ns != QLatin1String(timestampNamespace))
                return failed(Check::Structure,
                    Text::tr("CounterSignature (line %1) is in namespace '%2'; expected '%3'")
                        .arg(xmlGetLineNo(c))
                        .arg(ns.isEmpty() ? Text::tr("(none)") : ns, QLatin1String(timestampNamespace)));
            ++counterSignatures;
            if (auto a = checkAttributes(c, {"ts-format"}); !a)
                return failed(Check::Structure, a.error());
            const QString format = attribute(c, "ts-format");
            if (format != QLatin1String(timestampFormat))
                noteAlgorithm(
                    out, Text::tr("CounterSignature format '%1' is not supported (cms-timestamp-message)").arg(format));
            auto text = textContent(c);
            auto token = text ? decodeBase64(*text) : std::nullopt;
            if (!token)
                return failed(
                    Check::Structure, Text::tr("CounterSignature (line %1) is not valid base64").arg(xmlGetLineNo(c)));
            out.timestampToken = *token;
        } else {
            return failed(Check::Structure,
                Text::tr("<%1> in the timestamp Object (line %2) is not supported")
                    .arg(nodeName(c))
                    .arg(xmlGetLineNo(c)));
        }
    }
    if (counterSignatures != 1)
        return failed(Check::Structure,
            Text::tr("the timestamp Object holds %1 CounterSignature elements; expected one").arg(counterSignatures));
    out.hasTimestamp = true;
    return {};
}
} // namespace

struct SignedDocumentReader::Tree {
    DocPtr doc;
    xmlNode *signature = nullptr;
};

SignedDocumentReader::SignedDocumentReader() = default;

SignedDocumentReader::~SignedDocumentReader()
{
    release();
}

em::Expected<void, CheckFailure> SignedDocumentReader::read(const QByteArray &document, qint64 maxBytes)
{
    release();
    m_out = {};
    if (document.size() > maxBytes)
        return failed(Check::Size,
            Text::tr("the document is %1 bytes; the limit is %2 bytes").arg(document.size()).arg(maxBytes));
    ScannedTree collected;
    auto doc = parseHardened(document, &collected);
    if (!doc)
        return failed(Check::Structure, doc.error());
    auto root = checkRoot(doc->get());
    if (!root)
        return failed(Check::Structure, root.error());
    auto tree = scanTree(doc->get(), std::move(collected));
    if (!tree)
        return failed(Check::Structure, tree.error());
    const QList<xmlNode *> *signatures = &tree->signatures;
    if (signatures->isEmpty())
        return failed(Check::Structure,
            Text::tr("no XML Signature (http://www.w3.org/2000/09/xmldsig#) found: the document is not signed"));
    if (signatures->size() > 1)
        return failed(
            Check::Structure, Text::tr("found %1 Signature elements; exactly one is allowed").arg(signatures->size()));
    xmlNode *signature = signatures->first();
    if (signature->parent != *root)
        return failed(Check::Structure,
            Text::tr("the Signature (line %1) is inside <%2>; it must be a child of the "
                     "root EOCS element")
                .arg(xmlGetLineNo(signature))
                .arg(nodeName(signature->parent)));
    if (lastElementChild(*root) != signature)
        return failed(Check::Structure,
            Text::tr("the Signature (line %1) is not the last child element of EOCS").arg(xmlGetLineNo(signature)));

    SignedDocument &out = m_out;
    if (auto a = checkAttributes(signature, {"Id"}); !a)
        return failed(Check::Structure, a.error());
    auto children = elementChildren(signature);
    if (!children)
        return failed(Check::Structure, children.error());
    if (children->size() < 3 || !isDsig(children->at(0), "SignedInfo") || !isDsig(children->at(1), "SignatureValue")
        || !isDsig(children->at(2), "KeyInfo")) {
        QStringList names;
        for (xmlNode *c : *children)
            names << nodeName(c);
        return failed(Check::Structure,
            Text::tr("the Signature must hold SignedInfo, SignatureValue, KeyInfo and "
                     "optionally the timestamp Object; found %1")
                .arg(names.join(QStringLiteral(", "))));
    }
    for (qsizetype i = 3; i < children->size(); ++i) {
        if (!isDsig(children->at(i), "Object") || i > 3)
            return failed(Check::Structure,
                Text::tr("<%1> (line %2) is not allowed in the Signature")
                    .arg(nodeName(children->at(i)))
                    .arg(xmlGetLineNo(children->at(i))));
    }
    if (auto r = readSignedInfo(children->at(0), out); !r)
        return em::Unexpected(r.error());
    auto signatureValue = base64Element(children->at(1));
    if (!signatureValue)
        return failed(Check::Structure, signatureValue.error());
    out.signatureValue = *signatureValue;
    if (auto r = readKeyInfo(children->at(2), out); !r)
        return em::Unexpected(r.error());
    if (children->size() == 4) {
        if (auto r = readObject(children->at(3), out); !r)
            return em::Unexpected(r.error());
    }
    // Anything else in the dsig namespace outside the Signature is suspicious.
    for (xmlNode *n : std::as_const(tree->dsigElements)) {
        if (n != signature) {
            bool inside = false;
            for (xmlNode *p = n->parent; p; p = p->parent)
                inside = inside || p == signature;
            if (!inside)
                return failed(Check::Structure,
                    Text::tr("XML Signature element <%1> outside the Signature (line %2)")
                        .arg(nodeName(n))
                        .arg(xmlGetLineNo(n)));
        }
    }

    if (!out.algorithmProblem.isEmpty())
        return failed(Check::Algorithms, out.algorithmProblem);
    auto signedInfo = canonicalize(doc->get(), children->at(0), nullptr, out.canonicalizationUri);
    if (!signedInfo)
        return failed(Check::Signature, signedInfo.error());
    out.canonicalSignedInfo = *signedInfo;
    m_tree = std::make_unique<Tree>();
    m_tree->doc = std::move(*doc);
    m_tree->signature = signature;
    return {};
}

em::Expected<void, CheckFailure> SignedDocumentReader::canonicalizeDocument(const OctetSink &sink)
{
    Q_ASSERT(m_tree); // after a successful read(), before release()
    if (!m_tree)
        return failed(Check::Digest, Text::tr("cannot create the canonicalization buffer"));
    auto done = canonicalizeWith(m_tree->doc.get(), nullptr, m_tree->signature, m_out.referenceC14nUri, writeToSink,
        const_cast<void *>(static_cast<const void *>(&sink)));
    if (!done)
        return failed(Check::Digest, done.error());
    return {};
}

void SignedDocumentReader::release()
{
    // The reader adds nothing to the tree (C14N and Pruned only move pointers, and put them back).
    if (m_tree)
        freeParsedTree(std::move(m_tree->doc));
    m_tree.reset();
}

em::Expected<SignedDocument, CheckFailure> readSignedDocument(const QByteArray &document, qint64 maxBytes)
{
    SignedDocumentReader reader;
    if (auto read = reader.read(document, maxBytes); !read)
        return em::Unexpected(read.error());
    QByteArray canonical;
    if (auto done
        = reader.canonicalizeDocument([&](const char *data, qsizetype size) { canonical.append(data, size); });
        !done)
        return em::Unexpected(done.error());
    SignedDocument out = reader.document();
    out.canonicalDocument = canonical;
    return out;
}

// ---- Signing ----

namespace {
QByteArray indent(int depth)
{
    return QByteArray("\n") + QByteArray(depth * 2, ' ');
}

xmlNode *addElement(xmlNode *parent, xmlNs *ns, const char *name, int depth)
{
    xmlAddChild(parent, xmlNewText(x(indent(depth).constData())));
    return xmlNewChild(parent, ns, x(name), nullptr);
}

void closeElement(xmlNode *element, int depth)
{
    xmlAddChild(element, xmlNewText(x(indent(depth).constData())));
}

void setText(xmlNode *element, const QByteArray &text)
{
    xmlNodeAddContentLen(element, x(text.constData()), int(text.size()));
}

void addCertificates(xmlNode *parent, xmlNs *ns, const QList<QByteArray> &certificates, int depth)
{
    xmlNode *data = addElement(parent, ns, "X509Data", depth);
    for (const QByteArray &der : certificates)
        setText(addElement(data, ns, "X509Certificate", depth + 1), der.toBase64());
    closeElement(data, depth);
}

Result<QByteArray> serialize(xmlDoc *doc)
{
    xmlChar *mem = nullptr;
    int size = 0;
    xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
    if (!mem)
        return fail(ErrorCode::Format, Text::tr("cannot write the signed document"));
    QByteArray out(reinterpret_cast<const char *>(mem), size);
    xmlFree(mem);
    return out;
}

Result<std::pair<DocPtr, xmlNode *>> parseUnsigned(const QByteArray &document, qint64 maxBytes)
{
    if (document.size() > maxBytes)
        return fail(ErrorCode::Format,
            Text::tr("the document is %1 bytes; the limit is %2 bytes").arg(document.size()).arg(maxBytes));
    ScannedTree collected;
    auto doc = parseHardened(document, &collected);
    if (!doc)
        return fail(ErrorCode::Format, doc.error());
    auto root = checkRoot(doc->get());
    if (!root)
        return fail(ErrorCode::Format, root.error());
    auto signatures = scanTree(doc->get(), std::move(collected));
    if (!signatures)
        return fail(ErrorCode::Format, signatures.error());
    return std::pair {std::move(*doc), *root};
}
} // namespace

Result<EnvelopedResult> signEnveloped(const QByteArray &document, qint64 maxBytes, const SignatureMaterial &material)
{
    auto parsed = parseUnsigned(document, maxBytes);
    if (!parsed)
        return fail(parsed.error());
    xmlDoc *doc = parsed->first.get();
    xmlNode *root = parsed->second;
    for (xmlNode *n = root->children; n; n = nextNode(n, root)) {
        if (isDsigAny(n))
            return fail(ErrorCode::Format,
                Text::tr("the document is already signed (<%1> at line %2); sign the "
                         "unsigned document")
                    .arg(nodeName(n))
                    .arg(xmlGetLineNo(n)));
    }

    // Insert the Signature after the last element, before the closing whitespace.
    xmlNode *signature = xmlNewNode(nullptr, x("Signature"));
    xmlNs *ns = xmlNewNs(signature, x(dsigNamespace), nullptr);
    xmlSetNs(signature, ns);
    // (libxml2 merges adjacent text nodes, so the indentation is set on the
    // existing trailing whitespace rather than inserted next to it.)
    xmlNode *last = root->last;
    if (last && last->type == XML_TEXT_NODE && isWhitespace(last->content)) {
        xmlNodeSetContent(last, x(indent(1).constData()));
        xmlAddNextSibling(last, signature);
    } else {
        xmlAddChild(root, xmlNewText(x(indent(1).constData())));
        xmlAddChild(root, signature);
    }
    xmlAddNextSibling(signature, xmlNewText(x("\n")));

    xmlNode *signedInfo = addElement(signature, ns, "SignedInfo", 2);
    xmlNewProp(addElement(signedInfo, ns, "CanonicalizationMethod", 3), x("Algorithm"), x(c14n10Uri));
    xmlNewProp(addElement(signedInfo, ns, "SignatureMethod", 3), x("Algorithm"), x(rsaSha256Uri));
    xmlNode *reference = addElement(signedInfo, ns, "Reference", 3);
    xmlNewProp(reference, x("URI"), x(""));
    xmlNode *transforms = addElement(reference, ns, "Transforms", 4);
    xmlNewProp(addElement(transforms, ns, "Transform", 5), x("Algorithm"), x(envelopedUri));
    xmlNewProp(addElement(transforms, ns, "Transform", 5), x("Algorithm"), x(c14n10Uri));
    closeElement(transforms, 4);
    xmlNewProp(addElement(reference, ns, "DigestMethod", 4), x("Algorithm"), x(sha256Uri));
    xmlNode *digestValue = addElement(reference, ns, "DigestValue", 4);
    closeElement(reference, 3);
    closeElement(signedInfo, 2);
    xmlNode *signatureValue = addElement(signature, ns, "SignatureValue", 2);
    xmlNode *keyInfo = addElement(signature, ns, "KeyInfo", 2);
    xmlNode *keyValue = addElement(keyInfo, ns, "KeyValue", 3);
    xmlNode *rsaKeyValue = addElement(keyValue, ns, "RSAKeyValue", 4);
    setText(addElement(rsaKeyValue, ns, "Modulus", 5), material.rsaModulus.toBase64());
    setText(addElement(rsaKeyValue, ns, "Exponent", 5), material.rsaExponent.toBase64());
    closeElement(rsaKeyValue, 4);
    closeElement(keyValue, 3);
    addCertificates(keyInfo, ns, material.certificates, 3);
    closeElement(keyInfo, 2);
    closeElement(signature, 1);

    EnvelopedResult result;
    auto canonical = canonicalize(doc, nullptr, signature, QLatin1String(c14n10Uri));
    if (!canonical)
        return fail(ErrorCode::Format, canonical.error());
    result.canonicalDocument = *canonical;
    auto digest = material.sha256(*canonical);
    if (!digest)
        return fail(digest.error());
    setText(digestValue, digest->toBase64());
    auto canonicalSignedInfo = canonicalize(doc, signedInfo, nullptr, QLatin1String(c14n10Uri));
    if (!canonicalSignedInfo)
        return fail(ErrorCode::Format, canonicalSignedInfo.error());
    auto sig = material.sign(*canonicalSignedInfo);
    if (!sig)
        return fail(sig.error());
    setText(signatureValue, sig->toBase64());
    result.signatureValue = *sig;
    auto bytes = serialize(doc);
    if (!bytes)
        return fail(bytes.error());
    result.document = *bytes;
    return result;
}

Result<QByteArray> addTimestampObject(const QByteArray &signedDocument, qint64 maxBytes, const QByteArray &tokenDer,
    const QList<QByteArray> &certificatesDer)
{
    auto parsed = parseUnsigned(signedDocument, maxBytes);
    if (!parsed)
        return fail(parsed.error());
    xmlNode *signature = lastElementChild(parsed->second);
    if (!isDsig(signature, "Signature"))
        return fail(ErrorCode::Format, Text::tr("the document has no enveloped Signature to timestamp"));
    for (xmlNode *c = signature->children; c; c = c->next) {
        if (isDsig(c, "Object"))
            return fail(ErrorCode::Format, Text::tr("the Signature already carries an Object"));
    }
    xmlNs *ns = signature->ns;
    xmlNode *closing = signature->last;
    if (closing && closing->type == XML_TEXT_NODE && isWhitespace(closing->content)) {
        xmlUnlinkNode(closing);
        xmlFreeNode(closing);
    }
    xmlNode *object = addElement(signature, ns, "Object", 2);
    xmlNewProp(object, x("Id"), x(timestampObjectId));
    if (!certificatesDer.isEmpty())
        addCertificates(object, ns, certificatesDer, 3);
    // The vendor's form: CounterSignature in its own namespace, declared on it.
    xmlNode *counter = addElement(object, nullptr, "CounterSignature", 3);
    xmlNewProp(counter, x("ts-format"), x(timestampFormat));
    xmlSetNs(counter, xmlNewNs(counter, x(timestampNamespace), nullptr));
    setText(counter, tokenDer.toBase64());
    closeElement(object, 2);
    closeElement(signature, 1);
    return serialize(parsed->first.get());
}

} // namespace em::feed_detail
