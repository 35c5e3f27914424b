#include "eocsparser.h"

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QThread>
#include <QXmlStreamReader>

#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(EocsParser)
};

// IIS URL Rewrite configuration elements allowed inside <rules>
// (system.webServer/rewrite: inbound rules, outbound rules, preconditions).
constexpr QLatin1String rulesElements[] = {
    QLatin1String("rule"),
    QLatin1String("match"),
    QLatin1String("conditions"),
    QLatin1String("add"),
    QLatin1String("serverVariables"),
    QLatin1String("set"),
    QLatin1String("action"),
    QLatin1String("outboundRules"),
    QLatin1String("preConditions"),
    QLatin1String("preCondition"),
    QLatin1String("customTags"),
    QLatin1String("tags"),
    QLatin1String("tag"),
    QLatin1String("clear"),
    QLatin1String("remove"),
};

bool isRulesElement(QStringView name)
{
    for (QLatin1String element : rulesElements) {
        if (name == element)
            return true;
    }
    return false;
}

bool validTargetName(const QString &name)
{
    // The names that plainly match need no regular expression (most of the
    // cost of a catalog's actions); anything else is decided by the pattern.
    const auto alnum
        = [](char16_t c) { return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    bool plain = !name.isEmpty() && name.size() <= 256 && alnum(name.front().unicode());
    for (qsizetype i = 1; plain && i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        plain = alnum(c) || c == u' ' || c == u'.' || c == u'_' || c == u'$' || c == u'(' || c == u')' || c == u'-';
    }
    if (plain)
        return true;
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._$()-]{0,255}$"));
    return pattern.match(name).hasMatch();
}

// Build::parse for a Product's min and max: the plain dotted form
// ("15.2.1118.20", the pattern Build::parse tries first, on ASCII digits) is
// read here without its regular expression (a fifth of the parser's own cost
// in a large feed); any other text, and a major version other than 15, goes
// through Build::parse itself, for its result and message.
Result<Build> parseBuild(const QString &text)
{
    constexpr int maxDigits[] = {3, 3, 6, 6};
    int parts[4] = {};
    const QStringView view = QStringView(text).trimmed();
    qsizetype at = 0;
    bool plain = true;
    for (int i = 0; plain && i < 4; ++i) {
        int digits = 0;
        while (at < view.size() && view.at(at) >= u'0' && view.at(at) <= u'9' && digits < maxDigits[i]) {
            parts[i] = parts[i] * 10 + (view.at(at).unicode() - u'0');
            ++digits;
            ++at;
        }
        plain = digits > 0;
        if (plain && i < 3)
            plain = at < view.size() && view.at(at++) == u'.';
    }
    if (plain && at == view.size() && parts[0] == 15)
        return Build(parts[0], parts[1], parts[2], parts[3]);
    return Build::parse(text);
}

// Where a catalog's octets come from while they are being produced.
class OctetSource
{
public:
    virtual ~OctetSource() = default;
    // The next octets, waiting for them; false at the end of the input.
    virtual bool next(QByteArray *octets) = 0;
};

// What the parser reads: a whole catalog, or one half of it for
// parseInHalves() and CatalogStream: the head (the document up to a
// top-level <Config>, closed with </EOCS>) or the tail (the rest, opened
// with a bare <EOCS>, whose version and issued attributes the head reads).
enum class Part { Whole, Head, Tail };

using Token = QXmlStreamReader::TokenType;

// The catalog's tokens as QXmlStreamReader reads them: the reference reader,
// which decides every refusal and its message.
class StreamReader
{
public:
    using Attributes = QXmlStreamAttributes;

    explicit StreamReader(const QByteArray &canonical) : m_text(QString::fromUtf8(canonical))
    {
        // The reader decodes the octets itself (handing it m_text would have
        // Qt encode it back to UTF-8 first); character offsets are the same.
        m_reader.addData(canonical);
        m_reader.setNamespaceProcessing(true);
    }

    // Reads the octets from `source` as they come.
    explicit StreamReader(OctetSource *source)
        : m_source(source), m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom)
    {
        m_reader.setNamespaceProcessing(true);
    }

    Token readNext();
    QXmlStreamReader::Error error() const { return m_reader.error(); }
    QString errorString() const { return m_reader.errorString(); }
    QStringView name() const { return m_reader.name(); }
    QStringView qualifiedName() const { return m_reader.qualifiedName(); }
    QStringView processingInstructionTarget() const { return m_reader.processingInstructionTarget(); }
    QStringView text() const { return m_reader.text(); }
    QStringView documentEncoding() const { return m_reader.documentEncoding(); }
    bool isWhitespace() const { return m_reader.isWhitespace(); }
    bool atEnd() const { return m_reader.atEnd(); }
    qint64 lineNumber() const { return m_reader.lineNumber(); }
    // The element just started is, or declares, a namespace.
    bool usesNamespaces() const
    {
        return !m_reader.namespaceUri().isEmpty() || !m_reader.prefix().isEmpty()
            || !m_reader.namespaceDeclarations().isEmpty();
    }
    // The attributes of the element started last.
    const Attributes &attributes() const { return m_attributes; }
    // Where the reader is, and the text between two such places.
    qint64 offset() const { return m_reader.characterOffset(); }
    QString slice(qint64 from, qint64 to) const { return m_text.mid(from, to - from); }
    bool sliceIs(qint64 at, QLatin1String text) const { return QStringView(m_text).mid(at, text.size()) == text; }

private:
    OctetSource *m_source = nullptr;
    QStringDecoder m_decoder; // streamed octets into m_text
    QString m_text; // the octets read so far, decoded (for the <rules> text)
    QXmlStreamReader m_reader;
    QXmlStreamAttributes m_attributes;
};

// Streamed octets are handed to the reader when it has read all it has: it
// resumes from a premature end once given more (the octets seen in one piece
// or in many give the same tokens, except that text may come as several
// Characters tokens, which every caller joins or checks piece by piece).
Token StreamReader::readNext()
{
    Token t = m_reader.readNext();
    while (m_source && t == Token::Invalid && m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        QByteArray octets;
        if (!m_source->next(&octets))
            break;
        m_text += m_decoder.decode(octets);
        m_reader.addData(octets);
        t = m_reader.readNext();
    }
    if (t == Token::StartElement)
        m_attributes = m_reader.attributes();
    return t;
}

// The catalog's tokens read straight from the octets, for the form C14N
// writes them in, the only form a verified feed's catalog has: UTF-8 with no
// declaration, BOM, DOCTYPE, comment, processing instruction or CDATA;
// ASCII names without a prefix; a tag is "<name", then ` name="value"` per
// attribute, then ">" (or "/>", which the tests' catalogs use); end tags
// "</name>"; text and values escaped with &amp; &lt; &gt; &quot; only, and no
// carriage return, no '>' in text, no tab or line feed in a value (C14N
// writes those as references, which this reader does not take). What
// QXmlStreamReader reads the same way for this form, this reader reads
// roughly ten times faster (QXmlStreamReader spends hundreds of instructions
// per character). Anything else, valid XML or not, is Invalid: the caller
// then parses the octets again with QXmlStreamReader (StreamReader), which
// decides every refusal and its message. So this reader never refuses what
// the other accepts, and where it accepts, the fuzz target and the tests
// check that the catalog is the one QXmlStreamReader gives.
class CanonicalReader
{
public:
    class Attribute
    {
    public:
        QStringView name() const { return m_name; }
        QStringView qualifiedName() const { return m_name; }
        QStringView value() const { return m_value; }
        QStringView namespaceUri() const { return {}; }
        QStringView prefix() const { return {}; }

    private:
        friend class CanonicalReader;
        QString m_name;
        QString m_value;
    };

    class Attributes
    {
    public:
        const Attribute *begin() const { return m_list.data(); }
        const Attribute *end() const { return m_list.data() + m_count; }
        const Attribute *find(QLatin1String name) const
        {
            for (const Attribute &a : *this) {
                if (a.m_name == name)
                    return &a;
            }
            return nullptr;
        }
        QStringView value(QLatin1String name) const
        {
            const Attribute *a = find(name);
            return a ? QStringView(a->m_value) : QStringView();
        }
        bool hasAttribute(QLatin1String name) const { return find(name) != nullptr; }

    private:
        friend class CanonicalReader;
        std::vector<Attribute> m_list; // reused from element to element
        std::size_t m_count = 0;
    };

    explicit CanonicalReader(const QByteArray &canonical) : m_octets(canonical) { }
    explicit CanonicalReader(OctetSource *source) : m_source(source) { }

    Token readNext();
    QXmlStreamReader::Error error() const { return QXmlStreamReader::NotWellFormedError; }
    QString errorString() const { return QStringLiteral("not in the canonical form"); } // never shown: see above
    QStringView name() const { return m_name; }
    QStringView qualifiedName() const { return m_name; }
    QStringView processingInstructionTarget() const { return {}; }
    QStringView text() const { return m_text; }
    QStringView documentEncoding() const { return {}; }
    bool isWhitespace() const { return m_whitespace; }
    bool atEnd() const { return m_state == State::Done; }
    qint64 lineNumber() const { return 0; }
    bool usesNamespaces() const { return false; } // a prefix or an xmlns attribute is Invalid
    const Attributes &attributes() const { return m_attributes; }
    qint64 offset() const { return m_at; }
    QString slice(qint64 from, qint64 to) const { return QString::fromUtf8(m_octets.constData() + from, to - from); }
    bool sliceIs(qint64 at, QLatin1String text) const
    {
        return at >= 0 && at + text.size() <= m_octets.size()
            && std::memcmp(m_octets.constData() + at, text.data(), size_t(text.size())) == 0;
    }

private:
    enum class State { Start, Prolog, Content, Epilog, Done };

    // The octet at `at`, waiting for it when streamed; -1 past the end.
    int at(qsizetype at)
    {
        while (at >= m_octets.size()) {
            if (!more())
                return -1;
        }
        return uchar(m_octets.at(at));
    }
    bool more()
    {
        QByteArray octets;
        if (!m_source || !m_source->next(&octets))
            return false;
        m_octets.append(octets);
        return true;
    }
    Token invalid()
    {
        m_state = State::Done;
        return Token::Invalid;
    }
    qsizetype nameEnd(qsizetype from);
    bool decode(qsizetype *pos, char end, QString *out, bool *whitespace);
    void setName(qsizetype from, qsizetype to);
    Token startTag();
    Token endTag();
    Token characters();

    OctetSource *m_source = nullptr;
    QByteArray m_octets; // every octet read so far
    qsizetype m_at = 0; // the next token starts here
    State m_state = State::Start;
    bool m_pendingEnd = false; // an empty-element tag's end comes next
    std::vector<std::pair<qsizetype, qsizetype>> m_open; // the open elements' names: offset, length
    QString m_name;
    QString m_text;
    bool m_whitespace = false;
    Attributes m_attributes;
};

bool isNameStart(int c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isNameChar(int c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// Where the ASCII name at `from` ends; `from` when there is none.
qsizetype CanonicalReader::nameEnd(qsizetype from)
{
    if (!isNameStart(at(from)))
        return from;
    qsizetype to = from + 1;
    while (isNameChar(at(to)))
        ++to;
    return to;
}

void CanonicalReader::setName(qsizetype from, qsizetype to)
{
    m_name.resize(to - from);
    QChar *out = m_name.data();
    for (qsizetype i = from; i < to; ++i)
        *out++ = QLatin1Char(m_octets.at(i));
}

// Decodes text (up to '<', `end` 0) or an attribute value (up to '"') from
// *pos into *out; false for anything outside the canonical form. *pos ends
// on the terminating octet.
bool CanonicalReader::decode(qsizetype *pos, char end, QString *out, bool *whitespace)
{
    out->resize(0);
    bool space = true;
    qsizetype p = *pos;
    while (true) {
        // A run of printable ASCII with nothing to decode, appended at once.
        const auto plain = [end](int c) {
            return c >= 0x20 && c <= 0x7e && c != '<' && c != '&' && c != end && (end != 0 || c != '>');
        };
        const char *data = m_octets.constData();
        qsizetype run = p;
        while (run < m_octets.size() && plain(data[run])) {
            space = space && data[run] == ' ';
            ++run;
        }
        if (run > p)
            out->append(QLatin1StringView(data + p, run - p));
        p = run;
        const int c = at(p); // more octets, when streamed and these are all read
        if (c < 0 || c == (end ? uchar(end) : '<'))
            break;
        if (plain(c))
            continue;
        if (c == '&') {
            static constexpr struct {
                QByteArrayView name;
                char16_t unit;
            } references[] = {{"&amp;", u'&'}, {"&lt;", u'<'}, {"&gt;", u'>'}, {"&quot;", u'"'}};
            bool known = false;
            for (const auto &r : references) {
                // Every octet of the reference, waiting for it when streamed.
                qsizetype i = 0;
                while (i < r.name.size() && at(p + i) == uchar(r.name.at(i)))
                    ++i;
                if (i == r.name.size()) {
                    out->append(QChar(r.unit));
                    p += i;
                    known = true;
                    break;
                }
            }
            if (!known)
                return false;
            space = false;
            continue;
        }
        if (c == '\n' || c == '\t') {
            if (end)
                return false; // a value's tab and line feed are written as references
            out->append(QChar(char16_t(c)));
            ++p;
            continue;
        }
        if (c < 0x80)
            return false; // other controls, carriage return, DEL, '>' in text
        // UTF-8: the shortest form of a character XML allows.
        int length = 0;
        char32_t u = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            u = char32_t(c & 0x1f);
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            u = char32_t(c & 0x0f);
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            u = char32_t(c & 0x07);
        } else {
            return false;
        }
        for (int i = 1; i < length; ++i) {
            const int next = at(p + i);
            if (next < 0x80 || next > 0xbf)
                return false;
            u = (u << 6) | char32_t(next & 0x3f);
        }
        const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
        if (u < least[length] || u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff) || u == 0xfffe || u == 0xffff)
            return false;
        if (u >= 0x7f && u <= 0x9f)
            return false; // controls that XML 1.0 allows but discourages: left to QXmlStreamReader
        if (u >= 0x10000) {
            out->append(QChar(QChar::highSurrogate(u)));
            out->append(QChar(QChar::lowSurrogate(u)));
        } else {
            out->append(QChar(char16_t(u)));
        }
        space = false;
        p += length;
    }
    *pos = p;
    if (whitespace)
        *whitespace = space;
    return true;
}

Token CanonicalReader::readNext()
{
    switch (m_state) {
    case State::Done:
        return Token::Invalid;
    case State::Start:
        m_state = State::Prolog;
        return Token::StartDocument;
    default:
        break;
    }
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_open.pop_back();
        if (m_open.empty())
            m_state = State::Epilog;
        return Token::EndElement; // the name is the start tag's, still set
    }
    const int c = at(m_at);
    if (c < 0) {
        if (m_state != State::Epilog)
            return invalid();
        m_state = State::Done;
        return Token::EndDocument;
    }
    if (c != '<')
        return characters();
    if (at(m_at + 1) == '/')
        return endTag();
    if (m_state == State::Epilog)
        return invalid(); // a second root
    return startTag();
}

Token CanonicalReader::startTag()
{
    qsizetype p = m_at + 1;
    const qsizetype nameTo = nameEnd(p);
    if (nameTo == p || at(nameTo) == ':')
        return invalid();
    setName(p, nameTo);
    m_open.emplace_back(p, nameTo - p);
    p = nameTo;
    m_attributes.m_count = 0;
    while (true) {
        int c = at(p);
        if (c == '>') {
            ++p;
            break;
        }
        if (c == '/' && at(p + 1) == '>') {
            p += 2;
            m_pendingEnd = true;
            break;
        }
        if (c != ' ')
            return invalid();
        const qsizetype attrFrom = p + 1;
        const qsizetype attrTo = nameEnd(attrFrom);
        if (attrTo == attrFrom || at(attrTo) != '=' || at(attrTo + 1) != '"')
            return invalid();
        const QLatin1StringView attrName(m_octets.constData() + attrFrom, attrTo - attrFrom);
        if (attrName == QLatin1StringView("xmlns") || m_attributes.hasAttribute(attrName))
            return invalid(); // a namespace declaration; an attribute twice
        if (m_attributes.m_count == m_attributes.m_list.size())
            m_attributes.m_list.emplace_back();
        Attribute &a = m_attributes.m_list[m_attributes.m_count++];
        a.m_name = attrName;
        p = attrTo + 2;
        if (!decode(&p, '"', &a.m_value, nullptr) || at(p) != '"')
            return invalid();
        ++p;
    }
    m_at = p;
    if (m_state == State::Prolog)
        m_state = State::Content;
    return Token::StartElement;
}

Token CanonicalReader::endTag()
{
    const qsizetype from = m_at + 2;
    const qsizetype to = nameEnd(from);
    if (m_open.empty() || at(to) != '>')
        return invalid();
    const auto [openAt, openSize] = m_open.back();
    if (to - from != openSize
        || std::memcmp(m_octets.constData() + from, m_octets.constData() + openAt, size_t(openSize)))
        return invalid();
    setName(from, to);
    m_open.pop_back();
    m_at = to + 1;
    if (m_open.empty())
        m_state = State::Epilog;
    return Token::EndElement;
}

Token CanonicalReader::characters()
{
    qsizetype p = m_at;
    if (!decode(&p, 0, &m_text, &m_whitespace))
        return invalid();
    // Outside the root only whitespace, and the text in it ends with a tag.
    if (m_state == State::Content ? at(p) != '<' : !m_whitespace)
        return invalid();
    m_at = p;
    return Token::Characters;
}

template<typename Reader>
class Parser
{
public:
    Parser(const QByteArray &canonical, const CatalogLimits &limits, Part part = Part::Whole)
        : m_reader(canonical), m_limits(limits), m_part(part)
    { }

    // Reads the octets from `source` as they come.
    Parser(OctetSource *source, const CatalogLimits &limits, Part part)
        : m_reader(source), m_limits(limits), m_part(part)
    { }

    Result<ParsedCatalog> run();
    int elements() const { return m_elements; }
    const QSet<QString> &ids() const { return m_ids; }

private:
    em::Unexpected<Error> error(const QString &message) const
    {
        return fail(ErrorCode::Format, Text::tr("catalog line %1: %2").arg(m_reader.lineNumber()).arg(message));
    }

    Result<Token> next();
    Result<void> attributes(std::initializer_list<const char *> allowed);
    // The attributes of the element just started.
    QString attr(const char *name) const { return m_reader.attributes().value(QLatin1String(name)).toString(); }
    bool hasAttr(const char *name) const { return m_reader.attributes().hasAttribute(QLatin1String(name)); }
    // Calls `onElement(name)` for each child element of the current element,
    // `parent` (which consumes it up to its end tag); whitespace between
    // children is allowed.
    template<typename OnElement>
    Result<void> children(QLatin1String parent, OnElement &&onElement);
    Result<QString> readText(QLatin1String element);

    Result<void> readRootAttributes();
    Result<void> parseConfig();
    Result<void> parseApplicability(Mitigation &m);
    Result<void> parseActionList(Mitigation &m);
    Result<void> parseAction(Mitigation &m);
    Result<void> parseRules(Action &a);
    Result<void> checkAction(const Action &a, bool hasValue);

    Reader m_reader;
    CatalogLimits m_limits;
    Part m_part;
    int m_depth = 0;
    int m_elements = 0;
    ParsedCatalog m_result;
    QSet<QString> m_ids;
};

template<typename Reader>
Result<Token> Parser<Reader>::next()
{
    const Token t = m_reader.readNext();
    switch (t) {
    case Token::Invalid:
        return error(Text::tr("not well-formed: %1").arg(m_reader.errorString()));
    case Token::DTD:
        return error(Text::tr("a DOCTYPE is not allowed"));
    case Token::EntityReference:
        return error(Text::tr("entity reference '&%1;' is not allowed").arg(m_reader.name().toString()));
    case Token::Comment:
        return error(Text::tr("comments are not allowed"));
    case Token::ProcessingInstruction:
        return error(Text::tr("processing instruction '%1' is not allowed")
                         .arg(m_reader.processingInstructionTarget().toString()));
    case Token::StartElement: {
        if (++m_depth > m_limits.maxDepth)
            return error(Text::tr("elements nested deeper than %1 levels").arg(m_limits.maxDepth));
        if (++m_elements > m_limits.maxElements)
            return error(Text::tr("more than %1 elements").arg(m_limits.maxElements));
        if (m_reader.usesNamespaces())
            return error(Text::tr("namespaces are not used in EOCS feeds (element <%1>)")
                             .arg(m_reader.qualifiedName().toString()));
        for (const auto &a : m_reader.attributes()) {
            if (!a.namespaceUri().isEmpty() || !a.prefix().isEmpty())
                return error(Text::tr("attribute '%1' on <%2> is not allowed")
                                 .arg(a.qualifiedName().toString(), m_reader.name().toString()));
            if (a.value().size() > m_limits.maxAttributeLength)
                return error(Text::tr("attribute '%1' on <%2> is longer than %3 characters")
                                 .arg(a.name().toString(), m_reader.name().toString())
                                 .arg(m_limits.maxAttributeLength));
        }
        break;
    }
    case Token::EndElement:
        --m_depth;
        break;
    default:
        break;
    }
    return t;
}

template<typename Reader>
Result<void> Parser<Reader>::attributes(std::initializer_list<const char *> allowed)
{
    for (const auto &a : m_reader.attributes()) {
        bool known = false;
        for (const char *name : allowed)
            known = known || a.name() == QLatin1String(name);
        if (!known)
            return error(
                Text::tr("unknown attribute '%1' on <%2>").arg(a.name().toString(), m_reader.name().toString()));
    }
    return {};
}

template<typename Reader>
template<typename OnElement>
Result<void> Parser<Reader>::children(QLatin1String parent, OnElement &&onElement)
{
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        switch (*t) {
        case Token::StartElement:
            if (auto r = onElement(m_reader.name()); !r)
                return r;
            break;
        case Token::EndElement:
            return {};
        case Token::Characters:
            if (!m_reader.isWhitespace())
                return error(Text::tr("unexpected text in <%1>").arg(parent));
            break;
        case Token::EndDocument:
            return error(Text::tr("unexpected end of document in <%1>").arg(parent));
        default:
            break;
        }
    }
}

template<typename Reader>
Result<QString> Parser<Reader>::readText(QLatin1String element)
{
    QString text;
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::Characters) {
            text += m_reader.text();
            if (text.size() > m_limits.maxTextLength)
                return error(
                    Text::tr("text of <%1> is longer than %2 characters").arg(element).arg(m_limits.maxTextLength));
        } else if (*t == Token::EndElement) {
            return text;
        } else if (*t == Token::StartElement) {
            return error(Text::tr("<%1> may only contain text; found <%2>").arg(element, m_reader.name().toString()));
        } else if (*t == Token::EndDocument) {
            return error(Text::tr("unexpected end of document in <%1>").arg(element));
        }
    }
}

template<typename Reader>
Result<ParsedCatalog> Parser<Reader>::run()
{
    // The root element.
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::StartDocument) {
            // The octets are read as UTF-8 (C14N output, which has no XML
            // declaration); a declaration may not make the reader decode them
            // otherwise than the text the rules are cut from.
            const auto encoding = m_reader.documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) != 0)
                return error(Text::tr("encoding '%1' is not allowed; the catalog is UTF-8").arg(encoding.toString()));
            continue;
        }
        if (*t == Token::Characters && m_reader.isWhitespace())
            continue;
        if (*t != Token::StartElement || m_reader.name() != QLatin1String("EOCS"))
            return error(Text::tr("the root element must be <EOCS>"));
        break;
    }
    if (m_part == Part::Tail) {
        if (auto r = attributes({}); !r)
            return fail(r.error());
    } else if (auto r = readRootAttributes(); !r) {
        return fail(r.error());
    }
    auto r = children(QLatin1String("EOCS"), [this](QStringView name) -> Result<void> {
        if (name != QLatin1String("Config"))
            return error(Text::tr("unknown element <%1> in <EOCS>").arg(name));
        return parseConfig();
    });
    if (!r)
        return fail(r.error());
    while (!m_reader.atEnd()) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::EndDocument)
            break;
        if (*t != Token::Characters || !m_reader.isWhitespace())
            return error(Text::tr("content after </EOCS>"));
    }
    if (m_result.catalog.mitigations.isEmpty())
        return error(Text::tr("the feed holds no <Config>"));
    return m_result;
}

template<typename Reader>
Result<void> Parser<Reader>::readRootAttributes()
{
    if (auto r = attributes({"version", "issued"}); !r)
        return r;
    m_result.catalog.version = attr("version");
    if (m_result.catalog.version.isEmpty())
        return error(Text::tr("<EOCS> has no version attribute"));
    if (hasAttr("issued")) {
        const QString issued = attr("issued");
        const QDateTime time = QDateTime::fromString(issued, Qt::ISODate);
        const bool hasZone = issued.endsWith(QLatin1Char('Z')) || issued.contains(QLatin1Char('+'))
            || issued.lastIndexOf(QLatin1Char('-')) > issued.indexOf(QLatin1Char('T'));
        if (!time.isValid() || !hasZone)
            return error(
                Text::tr("issued '%1' is not an ISO 8601 time with a zone, such as 2026-11-20T10:00:00Z").arg(issued));
        m_result.issued = time.toUTC();
    }
    return {};
}

template<typename Reader>
Result<void> Parser<Reader>::parseConfig()
{
    if (auto r = attributes({"id", "desc"}); !r)
        return r;
    Mitigation m;
    m.id = attr("id");
    m.description = attr("desc");
    if (!isValidMitigationId(m.id) || m.id.contains(QLatin1Char('.')))
        return error(Text::tr("Config id '%1' is not a mitigation ID such as M1 or PING1").arg(m.id));
    if (m_ids.contains(m.id.toLower()))
        return error(Text::tr("Config id '%1' appears twice").arg(m.id));
    m_ids.insert(m.id.toLower());
    bool applicability = false, rollback = false, actionList = false;
    auto r = children(QLatin1String("Config"), [&](QStringView name) -> Result<void> {
        if (name == QLatin1String("Applicability") && !applicability) {
            applicability = true;
            return parseApplicability(m);
        }
        if (name == QLatin1String("Rollback") && !rollback) {
            rollback = true;
            if (auto a = attributes({}); !a)
                return a;
            auto text = readText(QLatin1String("Rollback"));
            if (!text)
                return fail(text.error());
            m.rollback = text->trimmed();
            return {};
        }
        if (name == QLatin1String("ActionList") && !actionList) {
            actionList = true;
            return parseActionList(m);
        }
        if (name == QLatin1String("Applicability") || name == QLatin1String("Rollback")
            || name == QLatin1String("ActionList"))
            return error(Text::tr("<%1> appears twice in Config '%2'").arg(name, m.id));
        return error(Text::tr("unknown element <%1> in Config '%2'").arg(name, m.id));
    });
    if (!r)
        return r;
    if (m.actions.isEmpty())
        return error(Text::tr("Config '%1' has no actions (<ActionList> with at least one <Action>)").arg(m.id));
    m_result.catalog.mitigations.append(std::move(m));
    return {};
}

template<typename Reader>
Result<void> Parser<Reader>::parseApplicability(Mitigation &m)
{
    if (auto r = attributes({}); !r)
        return r;
    auto r = children(QLatin1String("Applicability"), [&](QStringView name) -> Result<void> {
        if (name != QLatin1String("Product"))
            return error(Text::tr("unknown element <%1> in <Applicability> of '%2'").arg(name, m.id));
        if (auto a = attributes({"name", "min", "max"}); !a)
            return a;
        ProductRange range;
        range.product = productFromKey(attr("name"));
        if (range.product == Product::Unknown)
            return error(Text::tr("unknown product '%1' in '%2' (Exchange2016, Exchange2019, ExchangeSE)")
                             .arg(attr("name"), m.id));
        auto min = parseBuild(attr("min"));
        auto max = parseBuild(attr("max"));
        if (!min || !max)
            return error(Text::tr("Product '%1' of '%2': %3")
                             .arg(attr("name"), m.id, !min ? min.error().message : max.error().message));
        if (*max < *min)
            return error(Text::tr("Product '%1' of '%2': max %3 is below min %4")
                             .arg(attr("name"), m.id, max->toString(), min->toString()));
        range.min = *min;
        range.max = *max;
        m.applicability.append(range);
        return children(QLatin1String("Product"), [&](QStringView child) -> Result<void> {
            return error(Text::tr("<Product> may not contain <%1>").arg(child));
        });
    });
    if (!r)
        return r;
    if (m.applicability.isEmpty())
        return error(Text::tr("<Applicability> of '%1' names no product").arg(m.id));
    return {};
}

template<typename Reader>
Result<void> Parser<Reader>::parseActionList(Mitigation &m)
{
    if (auto r = attributes({}); !r)
        return r;
    return children(QLatin1String("ActionList"), [&](QStringView name) -> Result<void> {
        if (name != QLatin1String("Action"))
            return error(Text::tr("unknown element <%1> in <ActionList> of '%2'").arg(name, m.id));
        return parseAction(m);
    });
}

template<typename Reader>
Result<void> Parser<Reader>::parseAction(Mitigation &m)
{
    if (auto r = attributes({"id", "type", "scope", "target", "desc"}); !r)
        return r;
    Action a;
    a.mitigationId = m.id;
    a.id = hasAttr("id") ? attr("id") : m.id;
    auto type = parseActionType(attr("type"));
    if (!type)
        return error(Text::tr("action '%1': %2").arg(a.id, type.error().message));
    a.type = *type;
    auto scope = parseActionScope(attr("scope"));
    if (!scope)
        return error(Text::tr("action '%1': %2").arg(a.id, scope.error().message));
    a.scope = *scope;
    a.target = attr("target");
    a.description = attr("desc");
    if (hasAttr("id")
        && (!isValidMitigationId(a.id) || !a.id.contains(QLatin1Char('.'))
            || mitigationIdOf(a.id).compare(m.id, Qt::CaseInsensitive) != 0))
        return error(Text::tr("action id '%1' must be '%2.<number>'").arg(a.id, m.id));
    if (m_ids.contains(a.id.toLower()) && a.id.compare(m.id, Qt::CaseInsensitive) != 0)
        return error(Text::tr("action id '%1' appears twice").arg(a.id));
    for (const Action &other : m.actions) {
        if (other.id.compare(a.id, Qt::CaseInsensitive) == 0)
            return error(
                Text::tr("action id '%1' appears twice (an action without id takes its Config's id)").arg(a.id));
    }
    m_ids.insert(a.id.toLower());
    bool value = false, rules = false;
    auto r = children(QLatin1String("Action"), [&](QStringView name) -> Result<void> {
        if (name == QLatin1String("Value") && !value) {
            value = true;
            if (auto at = attributes({}); !at)
                return at;
            auto text = readText(QLatin1String("Value"));
            return text ? Result<void>() : fail(text.error());
        }
        if (name == QLatin1String("rules") && !rules) {
            rules = true;
            if (auto at = attributes({}); !at)
                return at;
            return parseRules(a);
        }
        return error(Text::tr("unexpected element <%1> in action '%2'").arg(name, a.id));
    });
    if (!r)
        return r;
    if (auto c = checkAction(a, value); !c)
        return c;
    m.actions.append(std::move(a));
    return {};
}

template<typename Reader>
Result<void> Parser<Reader>::checkAction(const Action &a, bool hasValue)
{
    const QString type = actionTypeName(a.type);
    if (hasValue && a.type != ActionType::DoNothing)
        return error(Text::tr("action '%1': <Value> belongs to DoNothing actions only").arg(a.id));
    if (!a.rulesXml.isNull() && a.type != ActionType::UrlRewrite)
        return error(Text::tr("action '%1': <rules> belongs to UrlRewrite actions only").arg(a.id));
    switch (a.type) {
    case ActionType::DoNothing:
        if (a.scope != ActionScope::Server || !a.target.isEmpty())
            return error(Text::tr("action '%1': DoNothing has scope Server and no target").arg(a.id));
        break;
    case ActionType::DisableService:
    case ActionType::DisableAppPool:
        if (a.scope != ActionScope::Server)
            return error(Text::tr("action '%1': %2 has scope Server").arg(a.id, type));
        if (!validTargetName(a.target))
            return error(
                Text::tr("action '%1': %2 needs a target (the %3 name); '%4' is not valid")
                    .arg(a.id, type, a.type == ActionType::DisableService ? Text::tr("service") : Text::tr("app pool"),
                        a.target));
        break;
    case ActionType::UrlRewrite:
        if (a.rulesXml.isNull())
            return error(Text::tr("action '%1': UrlRewrite needs <rules>").arg(a.id));
        // Server scope: applicationHost.config, globally, or in <location path="target">
        // for a site or "site/vdir" target.
        if (a.scope == ActionScope::Server && !a.target.isEmpty()) {
            const qsizetype slash = a.target.indexOf(QLatin1Char('/'));
            const bool valid = slash < 0
                ? validTargetName(a.target)
                : slash > 0 && slash < a.target.size() - 1 && validTargetName(a.target.left(slash))
                    && validTargetName(a.target.mid(slash + 1).remove(QLatin1Char('/')));
            if (!valid)
                return error(Text::tr("action '%1': a Server-scoped UrlRewrite target is a location path such as "
                                      "'Default Web Site' or 'Default Web Site/owa'; '%2' is not valid")
                                 .arg(a.id, a.target));
        }
        if (a.scope == ActionScope::Site && (!validTargetName(a.target) || a.target.contains(QLatin1Char('/'))))
            return error(Text::tr("action '%1': scope Site needs the site name as target, e.g. Default Web Site; "
                                  "'%2' is not valid")
                             .arg(a.id, a.target));
        if (a.scope == ActionScope::VDir) {
            const qsizetype slash = a.target.indexOf(QLatin1Char('/'));
            if (slash <= 0 || slash == a.target.size() - 1 || !validTargetName(a.target.left(slash)))
                return error(Text::tr("action '%1': scope VDir needs 'Site/vdir' as target, e.g. Default Web Site/owa; "
                                      "'%2' is not valid")
                                 .arg(a.id, a.target));
        }
        break;
    }
    return {};
}

template<typename Reader>
Result<void> Parser<Reader>::parseRules(Action &a)
{
    // The content between <rules> and </rules>, exactly as signed (C14N text).
    const qint64 start = m_reader.offset();
    const int rulesDepth = m_depth;
    int ruleCount = 0;
    const QString prefix = QStringLiteral("EEMS ") + a.id;
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::StartElement) {
            const QStringView name = m_reader.name();
            if (!isRulesElement(name))
                return error(Text::tr("action '%1': <%2> is not an IIS URL Rewrite element").arg(a.id, name));
            if (name == QLatin1String("rule") || name == QLatin1String("preCondition")) {
                const QString ruleName = attr("name");
                const bool ok = ruleName.startsWith(prefix)
                    && (ruleName.size() == prefix.size() || ruleName.at(prefix.size()) == QLatin1Char(' '));
                if (!ok)
                    return error(
                        Text::tr("action '%1': %2 name '%3' must start with '%4'").arg(a.id, name, ruleName, prefix));
                if (name == QLatin1String("rule"))
                    ++ruleCount;
            }
        } else if (*t == Token::EndElement) {
            if (m_depth < rulesDepth) {
                constexpr QLatin1String endTag("</rules>");
                const qint64 end = m_reader.offset() - endTag.size();
                if (end < start || !m_reader.sliceIs(end, endTag))
                    return error(Text::tr("action '%1': cannot delimit <rules>").arg(a.id));
                a.rulesXml = m_reader.slice(start, end);
                if (ruleCount == 0)
                    return error(Text::tr("action '%1': <rules> holds no <rule>").arg(a.id));
                return {};
            }
        } else if (*t == Token::Characters) {
            if (!m_reader.isWhitespace())
                return error(Text::tr("action '%1': unexpected text in <rules>").arg(a.id));
        } else if (*t == Token::EndDocument) {
            return error(Text::tr("unexpected end of document in <rules>"));
        }
    }
}

constexpr QByteArrayView configTag("<Config");

// Whether a top-level cut can be made before the <Config at `at`: the tag's
// name ends there (one more octet is needed to know; false without it).
bool isConfigTag(const QByteArray &canonical, qsizetype at)
{
    const qsizetype after = at + configTag.size();
    return at > 0 && after < canonical.size() && QByteArrayView(" \t\r\n/>").contains(canonical.at(after));
}

// Where a large catalog is cut in two: the start of the first <Config> tag
// after the middle; -1 when there is none.
qsizetype splitPoint(const QByteArray &canonical)
{
    for (qsizetype at = canonical.indexOf(configTag, canonical.size() / 2); at > 0;
         at = canonical.indexOf(configTag, at + 1)) {
        if (isConfigTag(canonical, at))
            return at;
    }
    return -1;
}

} // namespace

// The catalog parsed as two halves at once, or nothing when that cannot stand
// for the sequential parse. The head is the document up to a top-level
// <Config> followed by </EOCS>, the tail <EOCS> followed by the rest. Both
// parse only if the cut is between two top-level elements: anywhere else (in a
// tag, a comment, a CDATA section, a nested element, a DOCTYPE, after the
// root) the head is not well-formed. Then each half reads exactly the tokens
// the sequential parse reads there, and what spans the halves is checked
// here: the element count, and IDs seen in both (which the sequential parse
// refuses). Any failure gives way to the sequential parse, so that the error
// message, with its line, is the one it gives.
std::optional<ParsedCatalog> eocs_detail::parseInHalves(const QByteArray &canonical, const CatalogLimits &limits)
{
    const qsizetype split = splitPoint(canonical);
    if (split <= 0)
        return std::nullopt;
    std::optional<Parser<StreamReader>> tailParser;
    std::optional<Result<ParsedCatalog>> tailResult;
    std::thread worker;
    try {
        worker = std::thread([&] {
            tailParser.emplace(QByteArrayLiteral("<EOCS>") + canonical.mid(split), limits, Part::Tail);
            tailResult = tailParser->run();
        });
    } catch (const std::system_error &) {
        return std::nullopt; // no thread to be had: parse sequentially
    }
    Parser<StreamReader> headParser(canonical.left(split) + QByteArrayLiteral("</EOCS>"), limits, Part::Head);
    auto headResult = headParser.run();
    worker.join();
    if (!headResult || !tailResult || !*tailResult)
        return std::nullopt;
    if (headParser.elements() + tailParser->elements() - 1 > limits.maxElements
        || headParser.ids().intersects(tailParser->ids()))
        return std::nullopt;
    ParsedCatalog merged = std::move(*headResult);
    merged.catalog.mitigations.append((*tailResult)->catalog.mitigations);
    return merged;
}

// ---- The catalog parsed while it is produced ----

struct CatalogStream::Private final : OctetSource {
    CatalogLimits limits;
    bool balanced = false; // the cut is chosen by finish()
    bool mayCut = false;
    qsizetype target = -1; // a fixed cut: the head ends at the first top-level <Config> from here
    qsizetype blockBytes = 0;

    // The producer's, and after finish() parseTail()'s and result()'s.
    QByteArray octets;
    qsizetype handedOver = 0; // octets[0, handedOver) are the head's
    qsizetype scanFrom = 0; // no cut starts in [target, scanFrom)
    qsizetype split = -1;
    bool headClosed = false;
    bool finished = false;

    std::mutex mutex;
    std::condition_variable more;
    std::deque<QByteArray> queue; // for the head, in order
    qsizetype queuedBytes = 0;
    bool headEnd = false; // nothing more comes after the queue
    bool abandoned = false;
    bool headStopped = false; // the head's parse is over or will not happen

    std::optional<Result<ParsedCatalog>> head;
    std::optional<Result<ParsedCatalog>> tail;
    bool headExact = false; // the head's parse ended with its last octet
    int headElements = 0;
    int tailElements = 0;
    QSet<QString> headIds;
    QSet<QString> tailIds;
    bool stood = false;

    bool next(QByteArray *out) override
    {
        std::unique_lock lock(mutex);
        more.wait(lock, [this] { return !queue.empty() || headEnd || abandoned; });
        if (abandoned || queue.empty())
            return false;
        *out = std::move(queue.front());
        queue.pop_front();
        queuedBytes -= out->size();
        return true;
    }

    void handOver(qsizetype end, bool close)
    {
        QByteArray block = end > handedOver ? octets.mid(handedOver, end - handedOver) : QByteArray();
        handedOver = std::max(handedOver, end);
        headClosed = close;
        {
            const std::lock_guard lock(mutex);
            if (headStopped)
                return;
            queuedBytes += block.size();
            if (!block.isEmpty())
                queue.push_back(std::move(block));
            if (close) {
                if (split >= 0)
                    queue.push_back(QByteArrayLiteral("</EOCS>"));
                headEnd = true;
            }
        }
        more.notify_one();
    }

    qsizetype queued()
    {
        const std::lock_guard lock(mutex);
        return queuedBytes;
    }

    // Looks for the cut in the octets from scanFrom; true once it is found.
    bool findCut()
    {
        while (true) {
            const qsizetype at = octets.indexOf(configTag, scanFrom);
            if (at < 0) {
                scanFrom = std::max(scanFrom, octets.size() - configTag.size() + 1);
                return false;
            }
            if (at + configTag.size() >= octets.size()) {
                scanFrom = at; // the next octet decides
                return false;
            }
            if (isConfigTag(octets, at)) {
                split = at;
                return true;
            }
            scanFrom = at + 1;
        }
    }
};

CatalogStream::CatalogStream(const CatalogLimits &limits, const CatalogStreamOptions &options)
    : d(std::make_unique<Private>())
{
    d->limits = limits;
    d->blockBytes = std::max<qsizetype>(1, options.blockBytes);
    d->balanced = options.cut == CatalogStreamOptions::Cut::Balanced;
    d->mayCut = options.expectedBytes >= limits.parallelFromBytes;
    if (d->mayCut && !d->balanced)
        d->target = std::max<qsizetype>(0, qsizetype(double(options.expectedBytes) * options.headShare));
    d->scanFrom = std::max<qsizetype>(d->target, 0);
    d->octets.reserve(options.expectedBytes + options.expectedBytes / 8);
}

CatalogStream::~CatalogStream() = default;

void CatalogStream::append(const char *data, qsizetype size)
{
    if (size <= 0)
        return;
    d->octets.append(data, size);
    if (d->headClosed)
        return;
    if (d->balanced && d->mayCut) {
        // The head gets octets only as it needs them (two blocks ahead), so
        // that the rest can still be cut where both threads end together.
        while (d->octets.size() - d->handedOver >= d->blockBytes && d->queued() < 2 * d->blockBytes)
            d->handOver(d->handedOver + d->blockBytes, false);
        return;
    }
    if (d->target >= 0 && d->octets.size() > d->target && d->findCut()) {
        d->handOver(d->split, true);
        return;
    }
    // While a cut may come, the head gets no octet at or after where it could start.
    const qsizetype safe = d->target < 0 ? d->octets.size() : std::min(d->octets.size(), d->scanFrom);
    if (safe - d->handedOver >= d->blockBytes)
        d->handOver(safe, false);
}

void CatalogStream::finish()
{
    d->finished = true;
    if (d->headClosed)
        return;
    if (d->balanced && d->mayCut) {
        // What the head has not parsed yet (its queue, and what it has not
        // been handed) is shared: the cut is at the first top-level <Config>
        // after the middle of it.
        const qsizetype rest = d->octets.size() - d->handedOver;
        d->scanFrom = d->handedOver + std::max<qsizetype>(0, (rest - d->queued()) / 2);
        if (d->findCut()) {
            d->handOver(d->split, true);
            return;
        }
    }
    d->handOver(d->octets.size(), true);
}

void CatalogStream::abandon()
{
    {
        const std::lock_guard lock(d->mutex);
        d->abandoned = true;
    }
    d->more.notify_all();
}

const QByteArray &CatalogStream::octets() const
{
    return d->octets;
}

void CatalogStream::parseHead()
{
    Parser<CanonicalReader> parser(d.get(), d->limits, Part::Head);
    d->head = parser.run();
    d->headElements = parser.elements();
    if (*d->head) {
        // The reader ends a document where its octets end after the root
        // element; the sequential parse would have read on.
        QByteArray rest;
        d->headExact = true;
        while (d->headExact && d->next(&rest))
            d->headExact = rest.isEmpty();
        d->headIds = parser.ids();
    }
    stopHead();
}

void CatalogStream::stopHead()
{
    const std::lock_guard lock(d->mutex);
    d->headStopped = true;
    d->queue.clear();
}

void CatalogStream::parseTail()
{
    {
        const std::lock_guard lock(d->mutex);
        if (d->split < 0 || d->abandoned || (d->headStopped && !(d->head && *d->head)))
            return;
    }
    Parser<CanonicalReader> parser(QByteArrayLiteral("<EOCS>") + d->octets.mid(d->split), d->limits, Part::Tail);
    d->tail = parser.run();
    d->tailElements = parser.elements();
    d->tailIds = parser.ids();
}

Result<ParsedCatalog> CatalogStream::result()
{
    d->stood = d->finished && d->head && *d->head && d->headExact;
    if (d->stood && d->split >= 0)
        d->stood = d->tail && *d->tail && d->headElements + d->tailElements - 1 <= d->limits.maxElements
            && !d->headIds.intersects(d->tailIds);
    if (!d->stood)
        return Parser<StreamReader>(d->octets, d->limits).run();
    ParsedCatalog merged = std::move(**d->head);
    if (d->split >= 0)
        merged.catalog.mitigations.append(std::move((*d->tail)->catalog.mitigations));
    d->head.reset();
    d->tail.reset();
    return merged;
}

bool CatalogStream::stood() const
{
    return d->stood;
}

Result<ParsedCatalog> eocs_detail::parseStreamed(const QByteArray &canonical, const CatalogLimits &limits,
    const CatalogStreamOptions &options, qsizetype appendBytes, bool *stood)
{
    CatalogStream stream(limits, options);
    std::thread producer([&] {
        for (qsizetype at = 0; at < canonical.size(); at += appendBytes)
            stream.append(canonical.constData() + at, std::min(appendBytes, canonical.size() - at));
        stream.finish();
        stream.parseTail();
    });
    stream.parseHead();
    producer.join();
    auto result = stream.result();
    if (stood)
        *stood = stream.stood();
    return result;
}

Result<ParsedCatalog> eocs_detail::parseCanonicalForm(const QByteArray &canonical, const CatalogLimits &limits)
{
    return Parser<CanonicalReader>(canonical, limits).run();
}

Result<ParsedCatalog> eocs_detail::parseWithStreamReader(const QByteArray &canonical, const CatalogLimits &limits)
{
    return Parser<StreamReader>(canonical, limits).run();
}

// The canonical form's reader first; whenever it does not give the catalog,
// QXmlStreamReader's parse, which decides.
Result<ParsedCatalog> parseCatalog(const QByteArray &canonical, const CatalogLimits &limits)
{
    if (auto fast = eocs_detail::parseCanonicalForm(canonical, limits))
        return fast;
    if (canonical.size() >= limits.parallelFromBytes && QThread::idealThreadCount() > 1) {
        if (auto halves = eocs_detail::parseInHalves(canonical, limits))
            return *std::move(halves);
    }
    return Parser<StreamReader>(canonical, limits).run();
}

} // namespace em
