#pragma once

// The text of an IIS config file as the host edits it: decoded so that the
// bytes round-trip exactly (BOM kept aside), parsed into a tree of elements
// with their character positions in that text, and edited by splicing text
// into it in the file's own line endings and indentation. Nothing here ever
// re-serialises a whole file: every byte outside a splice stays as it was.

#include <QList>
#include <QPair>
#include <QString>

#include "model/error.h"

namespace em::host {

// How deep elements may nest in a config file or in the rules of an action.
// IIS configuration goes about ten levels deep; the parsers refuse anything
// deeper, which also bounds every recursive walk over what they return
// (nodeFromTree, nodeDifference, serializeNode and their users).
inline constexpr int maxElementDepth = 100;

// A config file's bytes, decoded for editing. encode() gives back the exact
// bytes as long as only the text was spliced.
struct ConfigText {
    QByteArray bom; // "\xEF\xBB\xBF" or empty
    QString text; // UTF-8 decoded, without the BOM
    QString newline; // the file's own line ending: "\r\n" or "\n"
    QString indentUnit; // the file's own indentation step: "\t", "  ", "    "...

    // Fails for UTF-16/32 files and bytes that are not valid UTF-8 (they
    // would not round-trip). `what` names the file in messages.
    static Result<ConfigText> decode(const QByteArray &bytes, const QString &what);
    [[nodiscard]] QByteArray encode() const;
};

// One element of a parsed config file. Offsets are QChar indices into the
// decoded text (ConfigText::text, BOM excluded).
struct XmlElement {
    QString name; // qualified name as written
    QList<QPair<QString, QString>> attributes; // in document order, values unescaped
    qsizetype begin = 0; // '<' of the start tag
    qsizetype startTagEnd = 0; // just after the start tag's '>'
    qsizetype endTagBegin = 0; // '<' of the end tag; == startTagEnd when self-closing
    qsizetype end = 0; // just after the end tag's '>'
    bool selfClosing = false;
    int parent = -1;
    QList<int> children;
    QString text; // character data directly inside, concatenated

    [[nodiscard]] QString attribute(QStringView attributeName) const; // empty when absent
    [[nodiscard]] bool hasAttribute(QStringView attributeName) const;
};

// A parsed config file: elements in document order, element 0 is the root.
class XmlTree
{
public:
    // Parses the whole text; refuses DTDs and elements nested deeper than
    // maxElementDepth. The error says line, column and cause.
    static Result<XmlTree> parse(const QString &text);

    [[nodiscard]] const QString &text() const { return m_text; }
    [[nodiscard]] const XmlElement &at(int index) const { return m_elements.at(index); }
    [[nodiscard]] int size() const { return int(m_elements.size()); }
    [[nodiscard]] int root() const { return m_elements.isEmpty() ? -1 : 0; }

    [[nodiscard]] int firstChild(int parent, QStringView name) const; // -1 when none
    [[nodiscard]] QList<int> childrenNamed(int parent, QStringView name) const;

    // The whitespace at the start of the element's line.
    [[nodiscard]] QString lineIndent(int index) const;
    // Whether only whitespace precedes the element on its line.
    [[nodiscard]] bool startsLine(int index) const;
    // Whether only whitespace precedes the end tag on its line.
    [[nodiscard]] bool endTagStartsLine(int index) const;
    // Whether the element holds nothing but whitespace (no child, comment or text).
    [[nodiscard]] bool isBlank(int index) const;
    // 1-based line of an offset, for messages.
    [[nodiscard]] int lineOf(qsizetype offset) const;

private:
    QString m_text;
    QList<XmlElement> m_elements;
};

// A change to a text: replace `length` characters at `position` by `insert`.
struct Splice {
    qsizetype position = 0;
    qsizetype length = 0;
    QString insert;

    void applyTo(QString &text) const { text.replace(position, length, insert); }
};

// A semantic XML element (URL Rewrite rules from a feed, or read back from a
// file): compared by element names, attributes as sets, children in order and
// trimmed text; never by bytes.
struct XmlNode {
    QString name;
    QList<QPair<QString, QString>> attributes; // in document order (serialisation keeps it)
    QList<XmlNode> children;
    QString text; // trimmed

    [[nodiscard]] QString attribute(QStringView attributeName) const;
};

// The element at `index` of the tree as a semantic node.
XmlNode nodeFromTree(const XmlTree &tree, int index);
// Parses a fragment (several top-level elements) into nodes; comments and
// processing instructions are dropped. Refuses DTDs and elements nested
// deeper than maxElementDepth.
Result<QList<XmlNode>> parseFragment(const QString &fragment);
// Empty when equal; otherwise the first difference, in words ("<match>:
// attribute url is '.*' here, 'a.*' in the feed").
QString nodeDifference(const XmlNode &actual, const XmlNode &expected);
// The node as config text starting at `indent` (the first line carries no
// indent; following lines do), one element per line, IIS style (`<a b="c" />`).
QString serializeNode(const XmlNode &node, const QString &indent, const QString &unit, const QString &newline);
QString escapeAttribute(const QString &value);

// Splice builders. Each inserted element goes on its own line as
// newline + indent + element, so that removeElement() is its exact inverse.

// The indentation a new child of `parent` gets: that of its existing children,
// else the parent's plus one unit.
QString childIndent(const XmlTree &tree, int parent, const QString &unit);
// `element` (already serialised at `indent`) as the last child of `parent`.
// The parent must not be self-closing or blank-on-one-line (see expandElement).
Splice insertLastChild(
    const XmlTree &tree, int parent, const QString &element, const QString &indent, const QString &newline);
// `element` right after offset `position` (the end of a start tag or of a sibling).
Splice insertAt(qsizetype position, const QString &element, const QString &indent, const QString &newline);
// `element` just before sibling `before` (before its line when it starts one).
Splice insertBefore(
    const XmlTree &tree, int before, const QString &element, const QString &indent, const QString &newline);
// Removes the element and the newline + indentation that precede it on its line.
Splice removeElement(const XmlTree &tree, int index);
// Replaces the element by `element` (serialised at the element's own indentation).
Splice replaceElement(const XmlTree &tree, int index, const QString &element);
// Whether the parent needs expandElement() before a child can be inserted:
// self-closing (`<rules />`) or blank with its end tag on the start tag's line.
bool needsExpansion(const XmlTree &tree, int parent);
// Rewrites `<rules />` or `<rules></rules>` as a start tag, a line, and the end
// tag on its own line at the element's indentation.
Splice expandElement(const XmlTree &tree, int index, const QString &newline);

// Attributes of a start tag with their positions, for surgical attribute edits.
struct AttributeSpan {
    QString name;
    qsizetype leadBegin = 0; // start of the whitespace before the name
    qsizetype nameBegin = 0;
    qsizetype valueBegin = 0; // after the opening quote
    qsizetype valueEnd = 0; // at the closing quote
};
QList<AttributeSpan> startTagAttributes(const XmlTree &tree, int index);
// Sets attribute `name` to raw (already escaped) `rawValue`: replaces the value
// when present, else appends ` name="value"` after the last attribute.
Splice setAttribute(const XmlTree &tree, int index, const QString &name, const QString &rawValue);
// Removes the attribute and the whitespace before it; empty splice when absent.
Splice removeAttribute(const XmlTree &tree, int index, const QString &name);
// The raw (still escaped) text of an attribute's value; empty when absent.
QString rawAttributeValue(const XmlTree &tree, int index, const QString &name, bool *present = nullptr);

} // namespace em::host
