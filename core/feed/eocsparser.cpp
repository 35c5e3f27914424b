#include "eocsparser.h"

#include <functional>
#include <optional>
#include <system_error>
#include <thread>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
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
const QStringList rulesElements = {
    QStringLiteral("rule"),
    QStringLiteral("match"),
    QStringLiteral("conditions"),
    QStringLiteral("add"),
    QStringLiteral("serverVariables"),
    QStringLiteral("set"),
    QStringLiteral("action"),
    QStringLiteral("outboundRules"),
    QStringLiteral("preConditions"),
    QStringLiteral("preCondition"),
    QStringLiteral("customTags"),
    QStringLiteral("tags"),
    QStringLiteral("tag"),
    QStringLiteral("clear"),
    QStringLiteral("remove"),
};

bool validTargetName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._$()-]{0,255}$"));
    return pattern.match(name).hasMatch();
}

class Parser
{
public:
    // What the parser reads: a whole catalog, or one half of it for
    // parseInHalves(): the head (the document up to a top-level <Config>,
    // closed with </EOCS>) or the tail (the rest, opened with a bare <EOCS>,
    // whose version and issued attributes the head reads).
    enum class Part { Whole, Head, Tail };

    Parser(const QByteArray &canonical, const CatalogLimits &limits, Part part = Part::Whole)
        : m_text(QString::fromUtf8(canonical)), m_limits(limits), m_part(part)
    {
        // The reader decodes the octets itself (handing it m_text would have
        // Qt encode it back to UTF-8 first); character offsets are the same.
        m_reader.addData(canonical);
        m_reader.setNamespaceProcessing(true);
    }

    Result<ParsedCatalog> run();
    int elements() const { return m_elements; }
    const QSet<QString> &ids() const { return m_ids; }

private:
    using Token = QXmlStreamReader::TokenType;

    em::Unexpected<Error> error(const QString &message) const
    {
        return fail(ErrorCode::Format, Text::tr("catalog line %1: %2").arg(m_reader.lineNumber()).arg(message));
    }

    Result<Token> next();
    Result<void> attributes(std::initializer_list<const char *> allowed);
    QString attr(const char *name) const { return m_reader.attributes().value(QLatin1String(name)).toString(); }
    bool hasAttr(const char *name) const { return m_reader.attributes().hasAttribute(QLatin1String(name)); }
    // Calls `onElement` for each child element of the current element (which
    // consumes it up to its end tag); whitespace between children is allowed.
    Result<void> children(const std::function<Result<void>(const QString &)> &onElement);
    Result<QString> readText();

    Result<void> readRootAttributes();
    Result<void> parseConfig();
    Result<void> parseApplicability(Mitigation &m);
    Result<void> parseActionList(Mitigation &m);
    Result<void> parseAction(Mitigation &m);
    Result<void> parseRules(Action &a);
    Result<void> checkAction(const Action &a, bool hasValue);

    QString m_text;
    QXmlStreamReader m_reader;
    CatalogLimits m_limits;
    Part m_part;
    int m_depth = 0;
    int m_elements = 0;
    ParsedCatalog m_result;
    QSet<QString> m_ids;
};

Result<Parser::Token> Parser::next()
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
        if (!m_reader.namespaceUri().isEmpty() || !m_reader.prefix().isEmpty()
            || !m_reader.namespaceDeclarations().isEmpty())
            return error(Text::tr("namespaces are not used in EOCS feeds (element <%1>)")
                             .arg(m_reader.qualifiedName().toString()));
        for (const QXmlStreamAttribute &a : m_reader.attributes()) {
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

Result<void> Parser::attributes(std::initializer_list<const char *> allowed)
{
    for (const QXmlStreamAttribute &a : m_reader.attributes()) {
        bool known = false;
        for (const char *name : allowed)
            known = known || a.name() == QLatin1String(name);
        if (!known)
            return error(
                Text::tr("unknown attribute '%1' on <%2>").arg(a.name().toString(), m_reader.name().toString()));
    }
    return {};
}

Result<void> Parser::children(const std::function<Result<void>(const QString &)> &onElement)
{
    const QString parent = m_reader.name().toString();
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        switch (*t) {
        case Token::StartElement:
            if (auto r = onElement(m_reader.name().toString()); !r)
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

Result<QString> Parser::readText()
{
    const QString element = m_reader.name().toString();
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

Result<ParsedCatalog> Parser::run()
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
    auto r = children([this](const QString &name) -> Result<void> {
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

Result<void> Parser::readRootAttributes()
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

Result<void> Parser::parseConfig()
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
    auto r = children([&](const QString &name) -> Result<void> {
        if (name == QLatin1String("Applicability") && !applicability) {
            applicability = true;
            return parseApplicability(m);
        }
        if (name == QLatin1String("Rollback") && !rollback) {
            rollback = true;
            if (auto a = attributes({}); !a)
                return a;
            auto text = readText();
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
    m_result.catalog.mitigations.append(m);
    return {};
}

Result<void> Parser::parseApplicability(Mitigation &m)
{
    if (auto r = attributes({}); !r)
        return r;
    auto r = children([&](const QString &name) -> Result<void> {
        if (name != QLatin1String("Product"))
            return error(Text::tr("unknown element <%1> in <Applicability> of '%2'").arg(name, m.id));
        if (auto a = attributes({"name", "min", "max"}); !a)
            return a;
        ProductRange range;
        range.product = productFromKey(attr("name"));
        if (range.product == Product::Unknown)
            return error(Text::tr("unknown product '%1' in '%2' (Exchange2016, Exchange2019, ExchangeSE)")
                             .arg(attr("name"), m.id));
        auto min = Build::parse(attr("min"));
        auto max = Build::parse(attr("max"));
        if (!min || !max)
            return error(Text::tr("Product '%1' of '%2': %3")
                             .arg(attr("name"), m.id, !min ? min.error().message : max.error().message));
        if (*max < *min)
            return error(Text::tr("Product '%1' of '%2': max %3 is below min %4")
                             .arg(attr("name"), m.id, max->toString(), min->toString()));
        range.min = *min;
        range.max = *max;
        m.applicability.append(range);
        return children([&](const QString &child) -> Result<void> {
            return error(Text::tr("<Product> may not contain <%1>").arg(child));
        });
    });
    if (!r)
        return r;
    if (m.applicability.isEmpty())
        return error(Text::tr("<Applicability> of '%1' names no product").arg(m.id));
    return {};
}

Result<void> Parser::parseActionList(Mitigation &m)
{
    if (auto r = attributes({}); !r)
        return r;
    return children([&](const QString &name) -> Result<void> {
        if (name != QLatin1String("Action"))
            return error(Text::tr("unknown element <%1> in <ActionList> of '%2'").arg(name, m.id));
        return parseAction(m);
    });
}

Result<void> Parser::parseAction(Mitigation &m)
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
    auto r = children([&](const QString &name) -> Result<void> {
        if (name == QLatin1String("Value") && !value) {
            value = true;
            if (auto at = attributes({}); !at)
                return at;
            auto text = readText();
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
    m.actions.append(a);
    return {};
}

Result<void> Parser::checkAction(const Action &a, bool hasValue)
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

Result<void> Parser::parseRules(Action &a)
{
    // The content between <rules> and </rules>, exactly as signed (C14N text).
    const qint64 start = m_reader.characterOffset();
    const int rulesDepth = m_depth;
    int ruleCount = 0;
    const QString prefix = QStringLiteral("EEMS ") + a.id;
    while (true) {
        auto t = next();
        if (!t)
            return fail(t.error());
        if (*t == Token::StartElement) {
            const QString name = m_reader.name().toString();
            if (!rulesElements.contains(name))
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
                const qint64 end = m_reader.characterOffset() - qint64(QStringLiteral("</rules>").size());
                if (end < start || m_text.mid(end, 8) != QLatin1String("</rules>"))
                    return error(Text::tr("action '%1': cannot delimit <rules>").arg(a.id));
                a.rulesXml = m_text.mid(start, end - start);
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

// Where a large catalog is cut in two: the start of the first <Config> tag
// after the middle; -1 when there is none.
qsizetype splitPoint(const QByteArray &canonical)
{
    static const QByteArray tag("<Config");
    for (qsizetype at = canonical.indexOf(tag, canonical.size() / 2); at > 0; at = canonical.indexOf(tag, at + 1)) {
        const qsizetype after = at + tag.size();
        if (after < canonical.size() && QByteArrayView(" \t\r\n/>").contains(canonical.at(after)))
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
    std::optional<Parser> tailParser;
    std::optional<Result<ParsedCatalog>> tailResult;
    std::thread worker;
    try {
        worker = std::thread([&] {
            tailParser.emplace(QByteArrayLiteral("<EOCS>") + canonical.mid(split), limits, Parser::Part::Tail);
            tailResult = tailParser->run();
        });
    } catch (const std::system_error &) {
        return std::nullopt; // no thread to be had: parse sequentially
    }
    Parser headParser(canonical.left(split) + QByteArrayLiteral("</EOCS>"), limits, Parser::Part::Head);
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

Result<ParsedCatalog> parseCatalog(const QByteArray &canonical, const CatalogLimits &limits)
{
    if (canonical.size() >= limits.parallelFromBytes && QThread::idealThreadCount() > 1) {
        if (auto halves = eocs_detail::parseInHalves(canonical, limits))
            return *std::move(halves);
    }
    return Parser(canonical, limits).run();
}

} // namespace em
