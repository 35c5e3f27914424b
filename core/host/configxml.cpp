#include "configxml.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

bool isBlankChar(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

bool isXmlSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

qsizetype lineStart(const QString &text, qsizetype offset)
{
    return offset <= 0 ? 0 : text.lastIndexOf(QLatin1Char('\n'), offset - 1) + 1;
}

bool onlyBlanksBefore(const QString &text, qsizetype offset)
{
    for (qsizetype i = lineStart(text, offset); i < offset; ++i) {
        if (!isBlankChar(text.at(i)))
            return false;
    }
    return true;
}

// The position of the line break ("\n" or "\r\n") that ends the line before
// the one holding `offset`; -1 on the first line.
qsizetype lineBreakBefore(const QString &text, qsizetype offset)
{
    const qsizetype nl = offset <= 0 ? -1 : text.lastIndexOf(QLatin1Char('\n'), offset - 1);
    if (nl > 0 && text.at(nl - 1) == QLatin1Char('\r'))
        return nl - 1;
    return nl;
}

// The most common positive step between the indentation of consecutive lines.
QString detectIndentUnit(const QString &text)
{
    int tabLines = 0;
    int spaceLines = 0;
    QHash<int, int> steps;
    int previous = -1;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype eol = text.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = text.size();
        qsizetype i = pos;
        while (i < eol && isBlankChar(text.at(i)))
            ++i;
        if (i < eol && text.at(i) == QLatin1Char('<')) {
            const int width = int(i - pos);
            if (width > 0) {
                if (text.at(pos) == QLatin1Char('\t'))
                    ++tabLines;
                else
                    ++spaceLines;
            }
            if (previous >= 0 && width > previous && width - previous <= 8)
                ++steps[width - previous];
            previous = width;
        }
        pos = eol + 1;
    }
    if (tabLines > spaceLines)
        return QStringLiteral("\t");
    int best = 4;
    int bestCount = 0;
    for (auto it = steps.cbegin(); it != steps.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return QString(best, QLatin1Char(' '));
}

QString escapeText(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&amp;");
        else if (c == QLatin1Char('<'))
            out += QLatin1String("&lt;");
        else if (c == QLatin1Char('>'))
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out;
}

QString attributeValue(const QList<QPair<QString, QString>> &attributes, QStringView name, bool *present)
{
    for (const auto &attribute : attributes) {
        if (attribute.first == name) {
            if (present)
                *present = true;
            return attribute.second;
        }
    }
    if (present)
        *present = false;
    return {};
}

QString differenceAt(const XmlNode &actual, const XmlNode &expected, const QString &path)
{
    const QString here
        = path.isEmpty() ? QStringLiteral("<%1>").arg(actual.name) : path + QStringLiteral("/<%1>").arg(actual.name);
    if (actual.name != expected.name)
        return Text::tr("%1: element <%2> here, <%3> in the feed")
            .arg(path.isEmpty() ? here : path, actual.name, expected.name);
    for (const auto &[name, value] : expected.attributes) {
        bool present = false;
        const QString mine = attributeValue(actual.attributes, name, &present);
        if (!present)
            return Text::tr("%1: attribute %2 is missing (feed: '%3')").arg(here, name, value);
        if (mine != value)
            return Text::tr("%1: attribute %2 is '%3' (feed: '%4')").arg(here, name, mine, value);
    }
    for (const auto &[name, value] : actual.attributes) {
        bool present = false;
        attributeValue(expected.attributes, name, &present);
        if (!present)
            return Text::tr("%1: attribute %2='%3' is not in the feed").arg(here, name, value);
    }
    if (actual.text != expected.text)
        return Text::tr("%1: text is '%2' (feed: '%3')").arg(here, actual.text, expected.text);
    const qsizetype common = std::min(actual.children.size(), expected.children.size());
    for (qsizetype i = 0; i < common; ++i) {
        const QString diff = differenceAt(actual.children.at(i), expected.children.at(i), here);
        if (!diff.isEmpty())
            return diff;
    }
    if (actual.children.size() > common)
        return Text::tr("%1: extra element <%2> that is not in the feed").arg(here, actual.children.at(common).name);
    if (expected.children.size() > common)
        return Text::tr("%1: element <%2> of the feed is missing").arg(here, expected.children.at(common).name);
    return {};
}

QString tooDeep(qint64 line)
{
    return Text::tr("line %1: elements nested more than %2 deep; IIS configuration never is")
        .arg(line)
        .arg(maxElementDepth);
}

QString readerError(const QXmlStreamReader &reader, int lineOffset = 0)
{
    return Text::tr("malformed XML at line %1, column %2: %3")
        .arg(reader.lineNumber() + lineOffset)
        .arg(reader.columnNumber())
        .arg(reader.errorString());
}
} // namespace

Result<ConfigText> ConfigText::decode(const QByteArray &bytes, const QString &what)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(ErrorCode::Format,
            Text::tr("%1: UTF-16 encoded config files are not supported (expected UTF-8)").arg(what));
    ConfigText config;
    QByteArray body = bytes;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        config.bom = bytes.left(3);
        body = bytes.mid(3);
    }
    // Keep a second BOM (U+FEFF) as a character so that the text round-trips.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    config.text = decoder.decode(body);
    if (decoder.hasError() || config.text.toUtf8() != body)
        return fail(ErrorCode::Format, Text::tr("%1: not valid UTF-8").arg(what));

    const qsizetype lf = config.text.count(QLatin1Char('\n'));
    const qsizetype crlf = config.text.count(QLatin1String("\r\n"));
    config.newline = (lf == 0 || crlf * 2 > lf) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    config.indentUnit = detectIndentUnit(config.text);
    return config;
}

QByteArray ConfigText::encode() const
{
    return bom + text.toUtf8();
}

QString XmlElement::attribute(QStringView attributeName) const
{
    return attributeValue(attributes, attributeName, nullptr);
}

bool XmlElement::hasAttribute(QStringView attributeName) const
{
    bool present = false;
    attributeValue(attributes, attributeName, &present);
    return present;
}

QString XmlNode::attribute(QStringView attributeName) const
{
    return attributeValue(attributes, attributeName, nullptr);
}

Result<XmlTree> XmlTree::parse(const QString &text)
{
    XmlTree tree;
    tree.m_text = text;
    QXmlStreamReader reader(text);
    QList<int> stack;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            return fail(ErrorCode::Format,
                Text::tr("line %1: a DOCTYPE is not allowed in an IIS config file").arg(reader.lineNumber()));
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= maxElementDepth)
                return fail(ErrorCode::Format, tooDeep(reader.lineNumber()));
            // characterOffset() is just past the start tag's '>'. A '<' cannot
            // occur inside attribute values, so the last '<' before it opens the tag.
            const qsizetype endOffset = reader.characterOffset();
            XmlElement element;
            element.name = reader.qualifiedName().toString();
            element.begin = text.lastIndexOf(QLatin1Char('<'), endOffset - 1);
            element.startTagEnd = endOffset;
            element.selfClosing = endOffset >= 2 && text.at(endOffset - 2) == QLatin1Char('/');
            if (element.begin < 0 || QStringView(text).mid(element.begin + 1, element.name.size()) != element.name)
                return fail(ErrorCode::Format,
                    Text::tr("line %1: cannot locate the start tag of <%2>")
                        .arg(reader.lineNumber())
                        .arg(element.name));
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                element.attributes.append({attribute.qualifiedName().toString(), attribute.value().toString()});
            element.parent = stack.isEmpty() ? -1 : stack.last();
            const int index = int(tree.m_elements.size());
            if (element.parent >= 0)
                tree.m_elements[element.parent].children.append(index);
            tree.m_elements.append(std::move(element));
            stack.append(index);
            break;
        }
        case QXmlStreamReader::EndElement: {
            const int index = stack.takeLast();
            XmlElement &element = tree.m_elements[index];
            if (element.selfClosing) {
                element.endTagBegin = element.startTagEnd;
                element.end = element.startTagEnd;
            } else {
                element.end = reader.characterOffset();
                element.endTagBegin = text.lastIndexOf(QLatin1Char('<'), element.end - 1);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                tree.m_elements[stack.last()].text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return fail(ErrorCode::Format, readerError(reader));
    if (tree.m_elements.isEmpty())
        return fail(ErrorCode::Format, Text::tr("no root element"));
    return tree;
}

int XmlTree::firstChild(int parent, QStringView name) const
{
    if (parent < 0)
        return -1;
    for (int child : m_elements.at(parent).children) {
        if (m_elements.at(child).name == name)
            return child;
    }
    return -1;
}

QList<int> XmlTree::childrenNamed(int parent, QStringView name) const
{
    QList<int> result;
    if (parent < 0)
        return result;
    for (int child : m_elements.at(parent).children) {
        if (m_elements.at(child).name == name)
            result.append(child);
    }
    return result;
}

QString XmlTree::lineIndent(int index) const
{
    const qsizetype begin = m_elements.at(index).begin;
    const qsizetype start = lineStart(m_text, begin);
    qsizetype i = start;
    while (i < begin && isBlankChar(m_text.at(i)))
        ++i;
    return m_text.mid(start, i - start);
}

bool XmlTree::startsLine(int index) const
{
    return onlyBlanksBefore(m_text, m_elements.at(index).begin);
}

bool XmlTree::endTagStartsLine(int index) const
{
    const XmlElement &element = m_elements.at(index);
    if (element.selfClosing)
        return false;
    return lineStart(m_text, element.endTagBegin) > element.begin && onlyBlanksBefore(m_text, element.endTagBegin);
}

bool XmlTree::isBlank(int index) const
{
    const XmlElement &element = m_elements.at(index);
    if (element.selfClosing)
        return true;
    for (qsizetype i = element.startTagEnd; i < element.endTagBegin; ++i) {
        if (!isXmlSpace(m_text.at(i)))
            return false;
    }
    return true;
}

int XmlTree::lineOf(qsizetype offset) const
{
    return int(QStringView(m_text).left(offset).count(QLatin1Char('\n'))) + 1;
}

XmlNode nodeFromTree(const XmlTree &tree, int index)
{
    const XmlElement &element = tree.at(index);
    XmlNode node;
    node.name = element.name;
    node.attributes = element.attributes;
    node.text = element.text.trimmed();
    for (int child : element.children)
        node.children.append(nodeFromTree(tree, child));
    return node;
}

Result<QList<XmlNode>> parseFragment(const QString &fragment)
{
    QXmlStreamReader reader(QStringLiteral("<fragment>") + fragment + QStringLiteral("</fragment>"));
    QList<XmlNode> stack;
    QList<XmlNode> top;
    bool inWrapper = false;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            return fail(ErrorCode::Format, Text::tr("a DOCTYPE is not allowed in rules"));
        if (token == QXmlStreamReader::StartElement) {
            if (!inWrapper) {
                inWrapper = true;
                continue;
            }
            if (stack.size() >= maxElementDepth)
                return fail(ErrorCode::Format, tooDeep(reader.lineNumber()));
            XmlNode node;
            node.name = reader.qualifiedName().toString();
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                node.attributes.append({attribute.qualifiedName().toString(), attribute.value().toString()});
            stack.append(node);
        } else if (token == QXmlStreamReader::EndElement) {
            if (stack.isEmpty())
                break; // the wrapper
            XmlNode node = stack.takeLast();
            node.text = node.text.trimmed();
            if (stack.isEmpty())
                top.append(node);
            else
                stack.last().children.append(node);
        } else if (token == QXmlStreamReader::Characters) {
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            else if (!reader.isWhitespace())
                return fail(ErrorCode::Format,
                    Text::tr("text '%1' outside of any element").arg(reader.text().toString().trimmed()));
        }
    }
    if (reader.hasError())
        return fail(ErrorCode::Format, readerError(reader));
    return top;
}

QString nodeDifference(const XmlNode &actual, const XmlNode &expected)
{
    return differenceAt(actual, expected, {});
}

QString escapeAttribute(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\t':
            out += QLatin1String("&#x9;");
            break;
        case '\n':
            out += QLatin1String("&#xA;");
            break;
        case '\r':
            out += QLatin1String("&#xD;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString serializeNode(const XmlNode &node, const QString &indent, const QString &unit, const QString &newline)
{
    QString out = QLatin1Char('<') + node.name;
    for (const auto &[name, value] : node.attributes)
        out += QStringLiteral(" %1=\"%2\"").arg(name, escapeAttribute(value));
    if (node.children.isEmpty()) {
        if (node.text.isEmpty())
            return out + QStringLiteral(" />");
        return out + QLatin1Char('>') + escapeText(node.text) + QStringLiteral("</") + node.name + QLatin1Char('>');
    }
    out += QLatin1Char('>');
    const QString inner = indent + unit;
    for (const XmlNode &child : node.children)
        out += newline + inner + serializeNode(child, inner, unit, newline);
    out += newline + indent + QStringLiteral("</") + node.name + QLatin1Char('>');
    return out;
}

QString childIndent(const XmlTree &tree, int parent, const QString &unit)
{
    for (int child : tree.at(parent).children) {
        if (tree.startsLine(child))
            return tree.lineIndent(child);
    }
    return tree.lineIndent(parent) + unit;
}

Splice insertLastChild(
    const XmlTree &tree, int parent, const QString &element, const QString &indent, const QString &newline)
{
    const XmlElement &p = tree.at(parent);
    qsizetype position = p.endTagBegin;
    if (tree.endTagStartsLine(parent)) {
        const qsizetype lineBreak = lineBreakBefore(tree.text(), p.endTagBegin);
        if (lineBreak >= p.startTagEnd)
            position = lineBreak;
    }
    return insertAt(position, element, indent, newline);
}

Splice insertAt(qsizetype position, const QString &element, const QString &indent, const QString &newline)
{
    return {position, 0, newline + indent + element};
}

Splice insertBefore(
    const XmlTree &tree, int before, const QString &element, const QString &indent, const QString &newline)
{
    const XmlElement &sibling = tree.at(before);
    const XmlElement &parent = tree.at(sibling.parent);
    qsizetype position = parent.startTagEnd;
    for (int child : parent.children) {
        if (child == before)
            break;
        position = tree.at(child).end;
    }
    return insertAt(position, element, indent, newline);
}

Splice removeElement(const XmlTree &tree, int index)
{
    const QString &text = tree.text();
    const XmlElement &element = tree.at(index);
    qsizetype start = element.begin;
    qsizetype s = start;
    while (s > 0 && isBlankChar(text.at(s - 1)))
        --s;
    if (s > 0 && text.at(s - 1) == QLatin1Char('\n')) {
        --s;
        if (s > 0 && text.at(s - 1) == QLatin1Char('\r'))
            --s;
        start = s;
    }
    return {start, element.end - start, {}};
}

Splice replaceElement(const XmlTree &tree, int index, const QString &element)
{
    const XmlElement &e = tree.at(index);
    return {e.begin, e.end - e.begin, element};
}

bool needsExpansion(const XmlTree &tree, int parent)
{
    return tree.at(parent).selfClosing || (tree.isBlank(parent) && !tree.endTagStartsLine(parent));
}

Splice expandElement(const XmlTree &tree, int index, const QString &newline)
{
    const XmlElement &e = tree.at(index);
    QString startTag = tree.text().mid(e.begin, e.startTagEnd - e.begin);
    if (e.selfClosing) {
        startTag.chop(2); // "/>"
        while (!startTag.isEmpty() && isXmlSpace(startTag.back()))
            startTag.chop(1);
        startTag += QLatin1Char('>');
    }
    return {e.begin, e.end - e.begin,
        startTag + newline + tree.lineIndent(index) + QStringLiteral("</") + e.name + QLatin1Char('>')};
}

QList<AttributeSpan> startTagAttributes(const XmlTree &tree, int index)
{
    const QString &text = tree.text();
    const XmlElement &e = tree.at(index);
    QList<AttributeSpan> spans;
    qsizetype p = e.begin + 1 + e.name.size();
    while (p < e.startTagEnd) {
        AttributeSpan span;
        span.leadBegin = p;
        while (p < e.startTagEnd && isXmlSpace(text.at(p)))
            ++p;
        if (p >= e.startTagEnd || text.at(p) == QLatin1Char('/') || text.at(p) == QLatin1Char('>'))
            break;
        span.nameBegin = p;
        while (p < e.startTagEnd && !isXmlSpace(text.at(p)) && text.at(p) != QLatin1Char('='))
            ++p;
        span.name = text.mid(span.nameBegin, p - span.nameBegin);
        while (p < e.startTagEnd && text.at(p) != QLatin1Char('"') && text.at(p) != QLatin1Char('\''))
            ++p;
        if (p >= e.startTagEnd)
            break;
        const QChar quote = text.at(p);
        span.valueBegin = p + 1;
        span.valueEnd = text.indexOf(quote, span.valueBegin);
        if (span.valueEnd < 0 || span.valueEnd >= e.startTagEnd)
            break;
        p = span.valueEnd + 1;
        spans.append(span);
    }
    return spans;
}

Splice setAttribute(const XmlTree &tree, int index, const QString &name, const QString &rawValue)
{
    const QList<AttributeSpan> spans = startTagAttributes(tree, index);
    for (const AttributeSpan &span : spans) {
        if (span.name == name)
            return {span.valueBegin, span.valueEnd - span.valueBegin, rawValue};
    }
    const XmlElement &e = tree.at(index);
    const qsizetype position = spans.isEmpty() ? e.begin + 1 + e.name.size() : spans.last().valueEnd + 1;
    return {position, 0, QStringLiteral(" %1=\"%2\"").arg(name, rawValue)};
}

Splice removeAttribute(const XmlTree &tree, int index, const QString &name)
{
    for (const AttributeSpan &span : startTagAttributes(tree, index)) {
        if (span.name == name)
            return {span.leadBegin, span.valueEnd + 1 - span.leadBegin, {}};
    }
    return {0, 0, {}};
}

QString rawAttributeValue(const XmlTree &tree, int index, const QString &name, bool *present)
{
    for (const AttributeSpan &span : startTagAttributes(tree, index)) {
        if (span.name == name) {
            if (present)
                *present = true;
            return tree.text().mid(span.valueBegin, span.valueEnd - span.valueBegin);
        }
    }
    if (present)
        *present = false;
    return {};
}

} // namespace em::host
