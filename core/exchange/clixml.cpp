#include "clixml.h"

#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace em::clixml {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CliXml)
};

const QLatin1String powerShellNamespace("http://schemas.microsoft.com/powershell/2004/04");

// Elements with a structural meaning: they never stand for a value.
bool isStructural(QStringView tag)
{
    static const QStringList tags = {
        QStringLiteral("Objs"),
        QStringLiteral("TN"),
        QStringLiteral("TNRef"),
        QStringLiteral("T"),
        QStringLiteral("ToString"),
        QStringLiteral("Props"),
        QStringLiteral("LST"),
        QStringLiteral("IE"),
        QStringLiteral("STK"),
        QStringLiteral("QUE"),
        QStringLiteral("DCT"),
        QStringLiteral("En"),
    };
    return tags.contains(tag);
}

Container containerOf(QStringView tag)
{
    if (tag == QLatin1String("LST"))
        return Container::List;
    if (tag == QLatin1String("IE"))
        return Container::Enumerable;
    if (tag == QLatin1String("STK"))
        return Container::Stack;
    if (tag == QLatin1String("QUE"))
        return Container::Queue;
    if (tag == QLatin1String("DCT"))
        return Container::Dictionary;
    return Container::None;
}

// The string types whose text PowerShell writes through its _xHHHH_ encoding.
bool isEncodedString(QStringView tag)
{
    return tag == QLatin1String("S") || tag == QLatin1String("URI") || tag == QLatin1String("XD")
        || tag == QLatin1String("SBK");
}

struct IntegerRange {
    const char *tag;
    qint64 min;
    quint64 max;
};

const IntegerRange integerRanges[] = {
    {"By", 0, 255},
    {"SB", -128, 127},
    {"I16", -32768, 32767},
    {"U16", 0, 65535},
    {"C", 0, 65535}, // a char, written as its UTF-16 code unit
    {"I32", std::numeric_limits<qint32>::min(), std::numeric_limits<qint32>::max()},
    {"U32", 0, std::numeric_limits<quint32>::max()},
    {"I64", std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()},
    {"U64", 0, std::numeric_limits<quint64>::max()},
};

const IntegerRange *integerRange(QStringView tag)
{
    for (const IntegerRange &range : integerRanges) {
        if (tag == QLatin1String(range.tag))
            return &range;
    }
    return nullptr;
}

// XmlConvert's integer forms: optional sign, decimal digits, surrounding white space.
bool integerInRange(const QString &text, const IntegerRange &range)
{
    const QString t = text.trimmed();
    bool ok = false;
    if (t.startsWith(QLatin1Char('-'))) {
        const qint64 v = t.toLongLong(&ok);
        return ok && v >= range.min;
    }
    const quint64 v = (t.startsWith(QLatin1Char('+')) ? t.mid(1) : t).toULongLong(&ok);
    return ok && !t.isEmpty() && v <= range.max;
}

std::optional<double> parseDouble(const QString &text)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("INF"))
        return std::numeric_limits<double>::infinity();
    if (t == QLatin1String("-INF"))
        return -std::numeric_limits<double>::infinity();
    if (t == QLatin1String("NaN"))
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

QDateTime parseDateTime(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = (m.captured(7) + QStringLiteral("000")).left(3);
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), fraction.toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    if (zone.isEmpty())
        return QDateTime(date, time, Qt::LocalTime);
    if (zone == QLatin1String("Z"))
        return QDateTime(date, time, Qt::UTC);
    const int hours = zone.mid(1, 2).toInt();
    const int minutes = zone.mid(4, 2).toInt();
    if (hours > 14 || minutes > 59)
        return {};
    const int offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

namespace {

// Why the text of a known primitive is not valid; empty when it is (or when
// the type is not checked: strings, byte arrays, unknown types).
QString primitiveProblem(const QString &tag, const QString &text)
{
    if (tag == QLatin1String("B")) {
        const QString t = text.trimmed();
        if (t != QLatin1String("true") && t != QLatin1String("false") && t != QLatin1String("1")
            && t != QLatin1String("0"))
            return Text::tr("'%1' is not true or false").arg(text);
    } else if (const IntegerRange *range = integerRange(tag)) {
        if (!integerInRange(text, *range))
            return Text::tr("'%1' is not an integer from %2 to %3").arg(text).arg(range->min).arg(range->max);
    } else if (tag == QLatin1String("Db") || tag == QLatin1String("Sg") || tag == QLatin1String("D")) {
        if (!parseDouble(text))
            return Text::tr("'%1' is not a number").arg(text);
    } else if (tag == QLatin1String("DT")) {
        if (!parseDateTime(text).isValid())
            return Text::tr("'%1' is not a date and time such as 2023-01-05T12:08:37.6177687Z").arg(text);
    } else if (tag == QLatin1String("G")) {
        static const QRegularExpression guid(
            QStringLiteral("^\\s*[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\s*$"));
        if (!guid.match(text).hasMatch())
            return Text::tr("'%1' is not a GUID").arg(text);
    } else if (tag == QLatin1String("Version")) {
        static const QRegularExpression version(QStringLiteral("^\\s*\\d{1,10}(\\.\\d{1,10}){1,3}\\s*$"));
        if (!version.match(text).hasMatch())
            return Text::tr("'%1' is not a version such as 1.2.3.4").arg(text);
    } else if (tag == QLatin1String("TS")) {
        static const QRegularExpression duration(QStringLiteral(
            "^\\s*-?P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?\\s*$"));
        if (!duration.match(text).hasMatch())
            return Text::tr("'%1' is not a duration such as PT1H30M").arg(text);
    }
    return {};
}

// The first byte offset where `bytes` is not UTF-8 (overlong forms,
// surrogates and code points past U+10FFFF included); -1 when it all is.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += length;
    }
    return -1;
}

Position positionIn(QStringView text, qsizetype offset)
{
    const QStringView before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    return {before.count(QLatin1Char('\n')) + 1, offset - lineStart + 1};
}

class Reader
{
public:
    explicit Reader(const Limits &limits) : m_limits(limits) { }
    Result<Document> run(const QByteArray &bytes);

private:
    using Token = QXmlStreamReader::TokenType;

    em::Unexpected<Error> errorAt(const Position &at, const QString &message) const
    {
        return fail(ErrorCode::Format, Text::tr("line %1, column %2: %3").arg(at.line).arg(at.column).arg(message));
    }
    // At the reader's current position (the end of the last token read).
    em::Unexpected<Error> error(const QString &message) const
    {
        return errorAt({m_reader.lineNumber(), m_reader.columnNumber() + 1}, message);
    }

    Result<QString> decode(const QByteArray &bytes);
    Result<Token> next();
    QString tag() const { return m_reader.name().toString(); }
    QString attribute(const char *name) const { return m_reader.attributes().value(QLatin1String(name)).toString(); }
    bool hasAttribute(const char *name) const { return m_reader.attributes().hasAttribute(QLatin1String(name)); }

    Result<void> checkDeclaredEncoding();
    Result<void> readRoot();
    // The current token is the start of a value element; reads it to its end.
    Result<Value> readValue();
    Result<QString> readText();
    Result<void> readEmpty();
    Result<void> readObject(Object &object);
    Result<void> readTypeNames(Object &object);
    Result<void> readProperties(QList<Value> &into, bool memberSet);
    Result<void> readItems(Object &object);
    Result<void> readEntry(Object &object);
    // Calls `onElement` for each child element of the current element, up to
    // its end tag; white space between them is allowed, other text is not.
    template<typename F>
    Result<void> children(F onElement);

    Limits m_limits;
    QXmlStreamReader m_reader;
    Position startOfElement();

    QString m_text; // the decoded file, for where elements start
    QString m_encoding; // "UTF-8", "UTF-16LE", "UTF-16BE"
    Position m_start; // where the current element starts
    // Element starts only move forward: lines are counted from the last one.
    qsizetype m_cursor = 0;
    qint64 m_cursorLine = 1;
    qsizetype m_cursorLineStart = 0;
    qsizetype m_nextBreak = -2; // the first line break after the cursor; -1: none; -2: not looked for
    int m_depth = 0;
    int m_elements = 0;
    Document m_document;
    QHash<QString, int> m_objectIds; // Obj RefId -> object index
    QHash<QString, QStringList> m_typeNameIds; // TN RefId -> type names
};

Result<QString> Reader::decode(const QByteArray &bytes)
{
    if (bytes.size() > m_limits.maxBytes) {
        const QString limit = m_limits.maxBytes >= 1024 * 1024
            ? Text::tr("%1 MiB").arg(m_limits.maxBytes / (1024 * 1024))
            : Text::tr("%1 bytes").arg(m_limits.maxBytes);
        return fail(ErrorCode::Format, Text::tr("the file is larger than the limit of %1").arg(limit));
    }
    if (bytes.isEmpty() || bytes == "\xEF\xBB\xBF" || bytes == "\xFF\xFE" || bytes == "\xFE\xFF")
        return fail(ErrorCode::Format, Text::tr("the file is empty"));
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))
        || bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return fail(ErrorCode::Format,
            Text::tr("UTF-32 is not supported: export again with Export-Clixml -Encoding UTF8 (or Unicode)"));
    const bool le = bytes.startsWith("\xFF\xFE") || (bytes.size() >= 2 && bytes[0] == '<' && bytes[1] == '\0');
    const bool be = bytes.startsWith("\xFE\xFF") || (bytes.size() >= 2 && bytes[0] == '\0' && bytes[1] == '<');
    if (le || be) {
        m_encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        const qsizetype bom = (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) ? 2 : 0;
        const QByteArrayView body = QByteArrayView(bytes).sliced(bom);
        if (body.size() % 2 != 0)
            return fail(ErrorCode::Format, Text::tr("not valid %1: an odd number of bytes").arg(m_encoding));
        QString text(body.size() / 2, Qt::Uninitialized);
        const auto *p = reinterpret_cast<const unsigned char *>(body.data());
        for (qsizetype i = 0; i < text.size(); ++i)
            text[i] = QChar(le ? char16_t(p[2 * i] | (p[2 * i + 1] << 8)) : char16_t((p[2 * i] << 8) | p[2 * i + 1]));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (c.isSurrogate()) {
                return errorAt(positionIn(text, i),
                    Text::tr("not valid %1: an unpaired surrogate 0x%2")
                        .arg(m_encoding)
                        .arg(c.unicode(), 4, 16, QLatin1Char('0')));
            }
        }
        return text;
    }
    m_encoding = QStringLiteral("UTF-8");
    const qsizetype bom = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QByteArrayView body = QByteArrayView(bytes).sliced(bom);
    const qsizetype bad = firstInvalidUtf8(body);
    if (bad >= 0) {
        const QString before = QString::fromUtf8(body.first(bad));
        return errorAt(positionIn(before, before.size()),
            Text::tr("not valid UTF-8 (byte 0x%1 at offset %2): export with Export-Clixml -Encoding UTF8")
                .arg(uchar(body[bad]), 2, 16, QLatin1Char('0'))
                .arg(bom + bad));
    }
    return QString::fromUtf8(body);
}

Result<Reader::Token> Reader::next()
{
    while (true) {
        const Token t = m_reader.readNext();
        switch (t) {
        case Token::Invalid:
            if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
                return error(Text::tr("the file ends early (truncated): %1").arg(m_reader.errorString()));
            return error(Text::tr("not well-formed XML: %1").arg(m_reader.errorString()));
        case Token::DTD:
            return error(Text::tr("a DOCTYPE is not allowed"));
        case Token::EntityReference:
            return error(Text::tr("entity reference '&%1;' is not allowed").arg(m_reader.name().toString()));
        case Token::Comment:
        case Token::ProcessingInstruction:
            continue; // as Import-Clixml: ignored
        case Token::StartElement: {
            m_start = startOfElement();
            if (++m_depth > m_limits.maxDepth)
                return errorAt(m_start, Text::tr("elements nested deeper than %1 levels").arg(m_limits.maxDepth));
            if (++m_elements > m_limits.maxElements)
                return errorAt(m_start, Text::tr("more than %1 elements").arg(m_limits.maxElements));
            if (m_reader.namespaceUri() != powerShellNamespace)
                return errorAt(m_start,
                    Text::tr("element <%1> is not in the PowerShell namespace %2")
                        .arg(m_reader.qualifiedName().toString(), powerShellNamespace));
            for (const QXmlStreamAttribute &a : m_reader.attributes()) {
                if (a.value().size() > m_limits.maxTextLength)
                    return errorAt(m_start,
                        Text::tr("attribute '%1' of <%2> is longer than %3 characters")
                            .arg(a.name().toString(), tag())
                            .arg(m_limits.maxTextLength));
            }
            return t;
        }
        case Token::EndElement:
            --m_depth;
            return t;
        default:
            return t;
        }
    }
}

// The start tag just read ends at the reader's offset; it starts at the last
// '<' before (attribute values cannot hold one).
Position Reader::startOfElement()
{
    const qsizetype end = qsizetype(m_reader.characterOffset());
    const qsizetype start = end > 0 ? m_text.lastIndexOf(QLatin1Char('<'), end - 1) : -1;
    if (start < m_cursor)
        return {m_reader.lineNumber(), m_reader.columnNumber() + 1};
    if (m_nextBreak == -2)
        m_nextBreak = m_text.indexOf(QLatin1Char('\n'));
    while (m_nextBreak >= 0 && m_nextBreak < start) {
        ++m_cursorLine;
        m_cursorLineStart = m_nextBreak + 1;
        m_nextBreak = m_text.indexOf(QLatin1Char('\n'), m_nextBreak + 1);
    }
    m_cursor = start;
    return {m_cursorLine, start - m_cursorLineStart + 1};
}

template<typename F>
Result<void> Reader::children(F onElement)
{
    const QString parent = tag();
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        switch (*t) {
        case Token::StartElement:
            if (auto r = onElement(); !r)
                return r;
            break;
        case Token::EndElement:
            return {};
        case Token::Characters:
            if (!m_reader.isWhitespace())
                return error(Text::tr("unexpected text in <%1>").arg(parent));
            break;
        case Token::EndDocument:
            return error(Text::tr("the file ends early (truncated) in <%1>").arg(parent));
        default:
            break;
        }
    }
}

Result<QString> Reader::readText()
{
    const QString element = tag();
    const Position start = m_start;
    QString text;
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::Characters) {
            text += m_reader.text();
            if (text.size() > m_limits.maxTextLength)
                return errorAt(start,
                    Text::tr("text of <%1> is longer than %2 characters").arg(element).arg(m_limits.maxTextLength));
        } else if (*t == Token::EndElement) {
            return text;
        } else if (*t == Token::StartElement) {
            return errorAt(m_start, Text::tr("<%1> may only hold text; found <%2>").arg(element, tag()));
        } else if (*t == Token::EndDocument) {
            return error(Text::tr("the file ends early (truncated) in <%1>").arg(element));
        }
    }
}

Result<void> Reader::readEmpty()
{
    const QString element = tag();
    return children([&]() -> Result<void> { return error(Text::tr("<%1> may not hold <%2>").arg(element, tag())); });
}

Result<void> Reader::checkDeclaredEncoding()
{
    const QString declared = m_reader.documentEncoding().toString();
    if (declared.isEmpty())
        return {};
    const QString upper = declared.toUpper();
    const bool utf16 = m_encoding.startsWith(QLatin1String("UTF-16"));
    const bool agrees = utf16 ? (upper == QLatin1String("UTF-16") || upper == m_encoding)
                              : (upper == QLatin1String("UTF-8") || upper == QLatin1String("UTF8"));
    if (!agrees)
        return error(
            Text::tr("the XML declaration names the encoding '%1', but the file is %2").arg(declared, m_encoding));
    return {};
}

Result<Document> Reader::run(const QByteArray &bytes)
{
    auto text = decode(bytes);
    if (!text)
        return fail(text.error());
    m_text = *std::move(text);
    m_reader.setNamespaceProcessing(true);
    m_reader.addData(m_text);
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::StartDocument) {
            if (auto r = checkDeclaredEncoding(); !r)
                return fail(r.error());
            continue;
        }
        if (*t == Token::Characters && m_reader.isWhitespace())
            continue;
        if (*t == Token::EndDocument || *t == Token::Characters)
            return error(Text::tr("no <Objs> element: this is not an Export-Clixml file"));
        if (*t == Token::StartElement && tag() == QLatin1String("Objs"))
            break;
        return errorAt(m_start,
            Text::tr("the root element is <%1>, not <Objs>: this is not an Export-Clixml file")
                .arg(m_reader.qualifiedName().toString()));
    }
    if (auto r = readRoot(); !r)
        return fail(r.error());
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::EndDocument)
            break;
        if (*t != Token::Characters || !m_reader.isWhitespace())
            return error(Text::tr("content after </Objs>"));
    }
    return std::move(m_document);
}

Result<void> Reader::readRoot()
{
    return children([&]() -> Result<void> {
        auto value = readValue();
        if (!value)
            return fail(value.error());
        m_document.values.append(*std::move(value));
        return {};
    });
}

Result<Value> Reader::readValue()
{
    Value value;
    value.tag = tag();
    value.position = m_start;
    if (hasAttribute("N"))
        value.name = decodeString(attribute("N"));
    if (isStructural(value.tag) || value.tag == QLatin1String("MS"))
        return errorAt(m_start, Text::tr("<%1> is not a value and is not allowed here").arg(value.tag));
    if (value.tag == QLatin1String("Nil")) {
        if (auto r = readEmpty(); !r)
            return fail(r.error());
        return value;
    }
    if (value.tag == QLatin1String("Ref")) {
        const QString id = attribute("RefId");
        const auto found = m_objectIds.constFind(id);
        if (found == m_objectIds.constEnd())
            return errorAt(m_start, Text::tr("<Ref> names RefId '%1', which no earlier <Obj> has").arg(id));
        value.kind = Kind::Object;
        value.object = *found;
        if (auto r = readEmpty(); !r)
            return fail(r.error());
        return value;
    }
    if (value.tag == QLatin1String("Obj")) {
        value.kind = Kind::Object;
        value.object = int(m_document.objects.size());
        m_document.objects.append(Object()); // filled below; a <Ref> inside may already name it
        if (hasAttribute("RefId")) {
            const QString id = attribute("RefId");
            if (m_objectIds.contains(id))
                return errorAt(m_start, Text::tr("RefId '%1' is given to two objects").arg(id));
            m_objectIds.insert(id, value.object);
        }
        Object object;
        object.position = m_start;
        if (auto r = readObject(object); !r)
            return fail(r.error());
        m_document.objects[value.object] = std::move(object);
        return value;
    }
    // A primitive; unknown types are kept as text.
    value.kind = Kind::Primitive;
    const Position start = m_start;
    auto text = readText();
    if (!text)
        return fail(text.error());
    value.text = isEncodedString(value.tag) ? decodeString(*text) : *std::move(text);
    if (const QString problem = primitiveProblem(value.tag, value.text); !problem.isEmpty())
        return errorAt(start,
            Text::tr("<%1>%2: %3")
                .arg(value.tag, value.name.isEmpty() ? QString() : QStringLiteral(" '%1'").arg(value.name), problem));
    return value;
}

Result<void> Reader::readObject(Object &object)
{
    bool typeNames = false, toString = false, props = false, memberSet = false;
    return children([&]() -> Result<void> {
        const QString element = tag();
        const Position at = m_start;
        auto twice = [&](bool &seen) -> Result<void> {
            if (seen)
                return errorAt(at, Text::tr("<Obj> holds <%1> twice").arg(element));
            seen = true;
            return {};
        };
        if (element == QLatin1String("TN") || element == QLatin1String("TNRef")) {
            if (auto r = twice(typeNames); !r)
                return r;
            return readTypeNames(object);
        }
        if (element == QLatin1String("ToString")) {
            if (auto r = twice(toString); !r)
                return r;
            auto text = readText();
            if (!text)
                return fail(text.error());
            object.toString = decodeString(*text);
            object.hasToString = true;
            return {};
        }
        if (element == QLatin1String("Props")) {
            if (auto r = twice(props); !r)
                return r;
            return readProperties(object.properties, false);
        }
        if (element == QLatin1String("MS")) {
            if (auto r = twice(memberSet); !r)
                return r;
            return readProperties(object.memberSet, true);
        }
        if (object.base || object.container != Container::None)
            return errorAt(at, Text::tr("<Obj> holds a second value <%1>").arg(element));
        if (const Container c = containerOf(element); c != Container::None) {
            object.container = c;
            return c == Container::Dictionary ? children([&] { return readEntry(object); }) : readItems(object);
        }
        auto value = readValue();
        if (!value)
            return fail(value.error());
        object.base = *std::move(value);
        return {};
    });
}

Result<void> Reader::readTypeNames(Object &object)
{
    const QString id = attribute("RefId");
    const bool hasId = hasAttribute("RefId");
    if (tag() == QLatin1String("TNRef")) {
        const auto found = m_typeNameIds.constFind(id);
        if (found == m_typeNameIds.constEnd())
            return errorAt(m_start, Text::tr("<TNRef> names RefId '%1', which no earlier <TN> has").arg(id));
        object.typeNames = *found;
        return readEmpty();
    }
    if (hasId && m_typeNameIds.contains(id))
        return errorAt(m_start, Text::tr("RefId '%1' is given to two type name lists (<TN>)").arg(id));
    auto r = children([&]() -> Result<void> {
        if (tag() != QLatin1String("T"))
            return errorAt(m_start, Text::tr("<TN> may only hold <T>; found <%1>").arg(tag()));
        auto text = readText();
        if (!text)
            return fail(text.error());
        if (!text->isEmpty())
            object.typeNames.append(decodeString(*text));
        return {};
    });
    if (!r)
        return r;
    if (hasId)
        m_typeNameIds.insert(id, object.typeNames);
    return {};
}

Result<void> Reader::readProperties(QList<Value> &into, bool memberSet)
{
    const QString element = tag();
    return children([&]() -> Result<void> {
        if (!hasAttribute("N"))
            return errorAt(m_start, Text::tr("<%1> in <%2> has no property name (N attribute)").arg(tag(), element));
        if (memberSet && tag() == QLatin1String("MS")) {
            // A nested member set: an object holding only that member set.
            Value set;
            set.kind = Kind::Object;
            set.tag = tag();
            set.name = decodeString(attribute("N"));
            set.position = m_start;
            set.object = int(m_document.objects.size());
            m_document.objects.append(Object());
            Object object;
            object.position = m_start;
            if (auto r = readProperties(object.memberSet, true); !r)
                return r;
            m_document.objects[set.object] = std::move(object);
            into.append(set);
            return {};
        }
        auto value = readValue();
        if (!value)
            return fail(value.error());
        into.append(*std::move(value));
        return {};
    });
}

Result<void> Reader::readItems(Object &object)
{
    return children([&]() -> Result<void> {
        auto value = readValue();
        if (!value)
            return fail(value.error());
        object.items.append(*std::move(value));
        return {};
    });
}

Result<void> Reader::readEntry(Object &object)
{
    if (tag() != QLatin1String("En"))
        return errorAt(m_start, Text::tr("<DCT> may only hold <En>; found <%1>").arg(tag()));
    const Position at = m_start;
    std::optional<Value> key, value;
    auto r = children([&]() -> Result<void> {
        auto v = readValue();
        if (!v)
            return fail(v.error());
        if (v->name == QLatin1String("Key") && !key)
            key = *v;
        else if (v->name == QLatin1String("Value") && !value)
            value = *v;
        else
            return errorAt(
                v->position, Text::tr("<En> holds <%1 N=\"%2\">; expected one Key and one Value").arg(v->tag, v->name));
        return {};
    });
    if (!r)
        return r;
    if (!key || !value)
        return errorAt(at, Text::tr("<En> needs a Key and a Value"));
    object.entries.append({*std::move(key), *std::move(value)});
    return {};
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// The value of `digits` hex digits at `from` followed by '_'; -1 when not so.
qint64 hexRun(QStringView text, qsizetype from, int digits)
{
    if (from + digits >= text.size() || text.at(from + digits) != QLatin1Char('_'))
        return -1;
    qint64 v = 0;
    for (int i = 0; i < digits; ++i) {
        const int h = hexValue(text.at(from + i));
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}
} // namespace

QString decodeString(QStringView text)
{
    if (!text.contains(QLatin1Char('_')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('_') && i + 1 < text.size()
            && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X'))) {
            // As XmlConvert.DecodeName: _xHHHH_ first, then _xHHHHHHHH_.
            if (const qint64 unit = hexRun(text, i + 2, 4); unit >= 0) {
                out.append(QChar(char16_t(unit)));
                i += 6;
                continue;
            }
            if (const qint64 cp = hexRun(text, i + 2, 8); cp >= 0 && cp <= 0x10FFFF) {
                const char32_t ucs4 = char32_t(cp);
                out.append(QString::fromUcs4(&ucs4, 1));
                i += 10;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

std::optional<bool> Value::boolean() const
{
    if (kind != Kind::Primitive || tag != QLatin1String("B"))
        return std::nullopt;
    const QString t = text.trimmed();
    return t == QLatin1String("true") || t == QLatin1String("1");
}

std::optional<qint64> Value::integer() const
{
    if (kind != Kind::Primitive || !integerRange(tag))
        return std::nullopt;
    bool ok = false;
    const QString t = text.trimmed();
    const qint64 v = (t.startsWith(QLatin1Char('+')) ? t.mid(1) : t).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<double> Value::number() const
{
    if (kind != Kind::Primitive)
        return std::nullopt;
    if (tag == QLatin1String("Db") || tag == QLatin1String("Sg") || tag == QLatin1String("D"))
        return parseDouble(text);
    if (integerRange(tag)) {
        bool ok = false;
        const QString t = text.trimmed();
        const double v = (t.startsWith(QLatin1Char('+')) ? t.mid(1) : t).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    return std::nullopt;
}

QDateTime Value::dateTime() const
{
    if (kind != Kind::Primitive || tag != QLatin1String("DT"))
        return {};
    return parseDateTime(text);
}

namespace {
template<typename Name>
const Value *findProperty(const Object &object, Name name)
{
    for (const QList<Value> *list : {&object.properties, &object.memberSet}) {
        for (const Value &v : *list) {
            if (v.name.compare(name, Qt::CaseInsensitive) == 0)
                return &v;
        }
    }
    return nullptr;
}

template<typename Name>
bool hasTypeName(const Object &object, Name typeName)
{
    for (const QString &t : object.typeNames) {
        QStringView name(t);
        while (true) {
            if (name.startsWith(QLatin1String("Deserialized.")))
                name = name.mid(13);
            else if (name.startsWith(QLatin1String("Selected.")))
                name = name.mid(9);
            else
                break;
        }
        if (name == typeName)
            return true;
    }
    return false;
}
} // namespace

const Value *Object::property(QStringView name) const
{
    return findProperty(*this, name);
}

const Value *Object::property(QLatin1String name) const
{
    return findProperty(*this, name);
}

bool Object::isA(QStringView typeName) const
{
    return hasTypeName(*this, typeName);
}

bool Object::isA(QLatin1String typeName) const
{
    return hasTypeName(*this, typeName);
}

Result<Document> parse(const QByteArray &bytes, const Limits &limits)
{
    return Reader(limits).run(bytes);
}

} // namespace em::clixml
