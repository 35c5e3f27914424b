#include "exchangestate.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeState)
};

using clixml::Document;
using clixml::Object;
using clixml::Position;
using clixml::Value;

// A file of many other objects says so in a few lines.
constexpr qsizetype maxIgnoredListed = 100;
constexpr qsizetype maxTypesNamed = 10;

// Reads the Exchange objects of one parsed file; every error names where.
class Recogniser
{
public:
    Recogniser(const Document &document, const QString &fileName) : m_document(document), m_fileName(fileName) { }
    Result<ExchangeState> run();

private:
    em::Unexpected<Error> errorAt(const Position &at, const QString &message) const
    {
        return fail(ErrorCode::Format,
            Text::tr("%1: line %2, column %3: %4").arg(m_fileName).arg(at.line).arg(at.column).arg(message));
    }

    Result<ExchangeServerState> server(const Object &object);
    Result<ExchangeOrganizationState> organization(const Object &object);

    // A property's scalar text: a primitive's text, an object's ToString (or
    // its wrapped value's text); nothing for Nil or an absent property.
    std::optional<QString> scalar(const Value *value) const;
    Result<std::optional<bool>> boolean(const Object &object, const QString &what, QLatin1String name) const;
    Result<QStringList> list(const Object &object, const QString &what, QLatin1String name) const;
    QString typeOf(const Value &value) const;

    const Document &m_document;
    QString m_fileName;
};

QString Recogniser::typeOf(const Value &value) const
{
    if (!value.isObject())
        return QLatin1Char('<') + value.tag + QLatin1Char('>');
    const Object &object = m_document.object(value);
    return object.typeNames.isEmpty() ? QStringLiteral("<Obj>") : object.typeNames.first();
}

std::optional<QString> Recogniser::scalar(const Value *value) const
{
    if (!value || value->isNil())
        return std::nullopt;
    if (value->isPrimitive())
        return value->text;
    const Object &object = m_document.object(*value);
    if (object.hasToString)
        return object.toString;
    if (object.base)
        return scalar(&*object.base);
    return std::nullopt;
}

Result<std::optional<bool>> Recogniser::boolean(const Object &object, const QString &what, QLatin1String name) const
{
    const Value *value = object.property(name);
    if (!value || value->isNil())
        return std::optional<bool>();
    if (auto b = value->boolean())
        return std::optional<bool>(*b);
    // Through a remote session, some values arrive as strings ("True").
    if (value->isPrimitive() && value->tag == QLatin1String("S")) {
        if (auto b = parseBool(value->text))
            return std::optional<bool>(*b);
    }
    return errorAt(value->position,
        Text::tr("%1: %2 is %3 '%4', not True or False")
            .arg(what, name, typeOf(*value), scalar(value).value_or(QString())));
}

Result<QStringList> Recogniser::list(const Object &object, const QString &what, QLatin1String name) const
{
    const Value *value = object.property(name);
    if (!value || value->isNil())
        return QStringList();
    if (value->isPrimitive())
        return QStringList {value->text};
    const Object &holder = m_document.object(*value);
    if (holder.container == clixml::Container::None || holder.container == clixml::Container::Dictionary)
        return errorAt(value->position, Text::tr("%1: %2 is %3, not a list").arg(what, name, typeOf(*value)));
    QStringList out;
    for (const Value &item : holder.items) {
        auto text = scalar(&item);
        if (!text)
            return errorAt(item.position, Text::tr("%1: %2 holds an empty (Nil) item").arg(what, name));
        out.append(*text);
    }
    return out;
}

Result<ExchangeServerState> Recogniser::server(const Object &object)
{
    ExchangeServerState s;
    s.name = scalar(object.property(QLatin1String("Name"))).value_or(object.toString).trimmed();
    if (s.name.isEmpty())
        return errorAt(object.position, Text::tr("an ExchangeServer object has no Name"));
    const QString what = Text::tr("server '%1'").arg(s.name);

    const Value *version = object.property(QLatin1String("AdminDisplayVersion"));
    const auto versionText = scalar(version);
    if (!versionText)
        return errorAt(object.position,
            Text::tr("%1: no AdminDisplayVersion (export every property: "
                     "Get-ExchangeServer | Export-Clixml FILE)")
                .arg(what));
    auto build = Build::parse(*versionText);
    if (!build)
        return errorAt(version->position, Text::tr("%1: AdminDisplayVersion: %2").arg(what, build.error().message));
    s.build = *build;

    const Value *role = object.property(QLatin1String("ServerRole"));
    if (const auto roleText = scalar(role)) {
        s.serverRole = roleText->trimmed();
        bool number = false;
        const qint64 flags = s.serverRole.toLongLong(&number);
        bool edge = number && (flags & 64) != 0; // ServerRole.Edge, when only the number was written
        for (const QString &part : s.serverRole.split(QLatin1Char(',')))
            edge = edge || part.trimmed().compare(QLatin1String("Edge"), Qt::CaseInsensitive) == 0;
        s.role = edge ? ServerRole::EdgeTransport : ServerRole::Mailbox;
    } else {
        auto isEdge = boolean(object, what, QLatin1String("IsEdgeServer"));
        if (!isEdge)
            return fail(isEdge.error());
        if (!*isEdge)
            return errorAt(object.position, Text::tr("%1: no ServerRole").arg(what));
        s.role = **isEdge ? ServerRole::EdgeTransport : ServerRole::Mailbox;
    }

    auto enabled = boolean(object, what, QLatin1String("MitigationsEnabled"));
    if (!enabled)
        return fail(enabled.error());
    s.mitigationsEnabled = *enabled;
    auto dataCollection = boolean(object, what, QLatin1String("DataCollectionEnabled"));
    if (!dataCollection)
        return fail(dataCollection.error());
    s.dataCollectionEnabled = *dataCollection;
    auto applied = list(object, what, QLatin1String("MitigationsApplied"));
    if (!applied)
        return fail(applied.error());
    s.mitigationsApplied = *applied;
    auto blocked = list(object, what, QLatin1String("MitigationsBlocked"));
    if (!blocked)
        return fail(blocked.error());
    s.mitigationsBlocked = *blocked;

    if (const Value *time = object.property(QLatin1String("MitigationsAppliedTime")); time && !time->isNil()) {
        s.mitigationsAppliedTime = time->tag == QLatin1String("DT")
            ? time->dateTime()
            : clixml::parseDateTime(scalar(time).value_or(QString()));
        if (!s.mitigationsAppliedTime.isValid())
            return errorAt(time->position,
                Text::tr("%1: MitigationsAppliedTime is %2 '%3', not a date and time")
                    .arg(what, typeOf(*time), scalar(time).value_or(QString())));
    }
    s.internetWebProxy = scalar(object.property(QLatin1String("InternetWebProxy"))).value_or(QString()).trimmed();
    // "contoso.com/Configuration/Sites/Default-First-Site-Name": the site is the last part.
    const QString site = scalar(object.property(QLatin1String("Site"))).value_or(QString()).trimmed();
    s.site = site.mid(site.lastIndexOf(QLatin1Char('/')) + 1);
    return s;
}

Result<ExchangeOrganizationState> Recogniser::organization(const Object &object)
{
    ExchangeOrganizationState org;
    org.name = scalar(object.property(QLatin1String("Name"))).value_or(object.toString).trimmed();
    auto enabled = boolean(object, Text::tr("the organization configuration"), QLatin1String("MitigationsEnabled"));
    if (!enabled)
        return fail(enabled.error());
    org.mitigationsEnabled = *enabled;
    return org;
}

Result<ExchangeState> Recogniser::run()
{
    ExchangeState state;
    QHash<QString, qint64> serverLines; // lower-case name -> line
    QSet<int> seen; // objects already read (a top-level <Ref> repeats one)
    std::optional<qint64> organizationLine;
    QStringList otherTypes; // the first few, for the message
    QSet<QString> otherTypeSet;
    qsizetype ignoredCount = 0;
    for (const Value &value : m_document.values) {
        if (value.isObject() && seen.contains(value.object))
            continue;
        if (value.isObject())
            seen.insert(value.object);
        const Object *object = value.isObject() ? &m_document.object(value) : nullptr;
        if (object && object->isA(exchangeServerType)) {
            auto server = this->server(*object);
            if (!server)
                return fail(server.error());
            const QString key = server->name.toLower();
            if (serverLines.contains(key))
                return errorAt(object->position,
                    Text::tr("server '%1' appears twice (first at line %2)")
                        .arg(server->name)
                        .arg(serverLines.value(key)));
            serverLines.insert(key, object->position.line);
            state.servers.append(*std::move(server));
        } else if (object && object->isA(organizationConfigType)) {
            if (organizationLine)
                return errorAt(object->position,
                    Text::tr("a second organization configuration (the first is at line %1)").arg(*organizationLine));
            organizationLine = object->position.line;
            auto org = organization(*object);
            if (!org)
                return fail(org.error());
            state.organization = *std::move(org);
        } else {
            const QString type = typeOf(value);
            if (++ignoredCount <= maxIgnoredListed)
                state.ignored.append(Text::tr("line %1: %2").arg(value.position.line).arg(type));
            if (!otherTypeSet.contains(type)) {
                otherTypeSet.insert(type);
                if (otherTypes.size() < maxTypesNamed)
                    otherTypes.append(type);
            }
        }
    }
    if (ignoredCount > maxIgnoredListed)
        state.ignored.append(Text::tr("and %n more", nullptr, int(ignoredCount - maxIgnoredListed)));
    if (state.isEmpty()) {
        QString found
            = otherTypes.isEmpty() ? Text::tr("the file holds no object") : otherTypes.join(QStringLiteral(", "));
        if (otherTypeSet.size() > otherTypes.size())
            found = Text::tr("%1 and %n other types", nullptr, int(otherTypeSet.size() - otherTypes.size())).arg(found);
        return fail(ErrorCode::Format,
            Text::tr("%1: no Get-ExchangeServer or Get-OrganizationConfig object (found: %2)").arg(m_fileName, found));
    }
    return state;
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

Result<std::optional<bool>> optionalBoolFrom(const QJsonValue &value, const QString &key)
{
    if (value.isNull() || value.isUndefined())
        return std::optional<bool>();
    if (!value.isBool())
        return fail(ErrorCode::Format, Text::tr("Exchange state: '%1' is not true, false or null").arg(key));
    return std::optional<bool>(value.toBool());
}

Result<QString> stringFrom(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return fail(ErrorCode::Format, Text::tr("Exchange state: '%1' is not a string").arg(key));
    return value.toString();
}

Result<QStringList> listFrom(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return fail(ErrorCode::Format, Text::tr("Exchange state: '%1' is not a list").arg(key));
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return fail(
                ErrorCode::Format, Text::tr("Exchange state: '%1' holds an item that is not a string").arg(key));
        out.append(item.toString());
    }
    return out;
}

QJsonArray jsonList(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

const ExchangeServerState *ExchangeState::server(QStringView name) const
{
    for (const ExchangeServerState &s : servers) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

void ExchangeState::merge(const ExchangeState &later)
{
    for (const ExchangeServerState &s : later.servers) {
        auto it = std::find_if(servers.begin(), servers.end(),
            [&](const ExchangeServerState &mine) { return mine.name.compare(s.name, Qt::CaseInsensitive) == 0; });
        if (it != servers.end())
            *it = s;
        else
            servers.append(s);
    }
    if (later.organization)
        organization = later.organization;
    ignored.append(later.ignored);
}

Result<ExchangeState> parseExchangeExport(
    const QByteArray &bytes, const QString &fileName, const clixml::Limits &limits)
{
    auto document = clixml::parse(bytes, limits);
    if (!document)
        return fail(document.error().wrapped(fileName));
    return Recogniser(*document, fileName).run();
}

QByteArray exchangeStateToJson(const ExchangeState &state)
{
    QJsonArray servers;
    for (const ExchangeServerState &s : state.servers) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), s.name);
        o.insert(QStringLiteral("build"), s.build.toString());
        o.insert(QStringLiteral("role"), roleName(s.role));
        o.insert(QStringLiteral("serverRole"), s.serverRole);
        o.insert(QStringLiteral("mitigationsEnabled"), optionalBool(s.mitigationsEnabled));
        o.insert(QStringLiteral("mitigationsApplied"), jsonList(s.mitigationsApplied));
        o.insert(QStringLiteral("mitigationsBlocked"), jsonList(s.mitigationsBlocked));
        o.insert(QStringLiteral("mitigationsAppliedTime"),
            s.mitigationsAppliedTime.isValid()
                ? QJsonValue(s.mitigationsAppliedTime.toUTC().toString(Qt::ISODateWithMs))
                : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("dataCollectionEnabled"), optionalBool(s.dataCollectionEnabled));
        o.insert(QStringLiteral("internetWebProxy"), s.internetWebProxy);
        o.insert(QStringLiteral("site"), s.site);
        servers.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), 1);
    root.insert(QStringLiteral("servers"), servers);
    if (state.organization) {
        QJsonObject org;
        org.insert(QStringLiteral("name"), state.organization->name);
        org.insert(QStringLiteral("mitigationsEnabled"), optionalBool(state.organization->mitigationsEnabled));
        root.insert(QStringLiteral("organization"), org);
    } else {
        root.insert(QStringLiteral("organization"), QJsonValue(QJsonValue::Null));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<ExchangeState> exchangeStateFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject())
        return fail(
            ErrorCode::Format, Text::tr("Exchange state: not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toInt() != 1)
        return fail(ErrorCode::Format,
            Text::tr("Exchange state: unknown format %1")
                .arg(root.value(QStringLiteral("format")).toVariant().toString()));
    ExchangeState state;
    if (!root.value(QStringLiteral("servers")).isArray())
        return fail(ErrorCode::Format, Text::tr("Exchange state: 'servers' is not a list"));
    for (const QJsonValue &item : root.value(QStringLiteral("servers")).toArray()) {
        if (!item.isObject())
            return fail(ErrorCode::Format, Text::tr("Exchange state: a server is not a JSON object"));
        const QJsonObject o = item.toObject();
        ExchangeServerState s;
        auto name = stringFrom(o, QStringLiteral("name"));
        if (!name || name->isEmpty())
            return fail(ErrorCode::Format, Text::tr("Exchange state: a server has no name"));
        s.name = *name;
        auto build = Build::parse(o.value(QStringLiteral("build")).toString());
        if (!build)
            return fail(build.error().wrapped(Text::tr("Exchange state: server '%1'").arg(s.name)));
        s.build = *build;
        auto role = parseRole(o.value(QStringLiteral("role")).toString());
        if (!role)
            return fail(role.error().wrapped(Text::tr("Exchange state: server '%1'").arg(s.name)));
        s.role = *role;
        auto serverRole = stringFrom(o, QStringLiteral("serverRole"));
        auto enabled
            = optionalBoolFrom(o.value(QStringLiteral("mitigationsEnabled")), QStringLiteral("mitigationsEnabled"));
        auto dataCollection = optionalBoolFrom(
            o.value(QStringLiteral("dataCollectionEnabled")), QStringLiteral("dataCollectionEnabled"));
        auto applied = listFrom(o, QStringLiteral("mitigationsApplied"));
        auto blocked = listFrom(o, QStringLiteral("mitigationsBlocked"));
        auto proxy = stringFrom(o, QStringLiteral("internetWebProxy"));
        auto site = stringFrom(o, QStringLiteral("site"));
        for (const Error *e : {serverRole ? nullptr : &serverRole.error(), enabled ? nullptr : &enabled.error(),
                 dataCollection ? nullptr : &dataCollection.error(), applied ? nullptr : &applied.error(),
                 blocked ? nullptr : &blocked.error(), proxy ? nullptr : &proxy.error(),
                 site ? nullptr : &site.error()}) {
            if (e)
                return fail(*e);
        }
        s.serverRole = *serverRole;
        s.mitigationsEnabled = *enabled;
        s.dataCollectionEnabled = *dataCollection;
        s.mitigationsApplied = *applied;
        s.mitigationsBlocked = *blocked;
        s.internetWebProxy = *proxy;
        s.site = *site;
        const QJsonValue time = o.value(QStringLiteral("mitigationsAppliedTime"));
        if (!time.isNull() && !time.isUndefined()) {
            s.mitigationsAppliedTime = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
            if (!s.mitigationsAppliedTime.isValid())
                return fail(ErrorCode::Format,
                    Text::tr("Exchange state: server '%1': mitigationsAppliedTime is not a time").arg(s.name));
        }
        if (state.server(s.name))
            return fail(ErrorCode::Format, Text::tr("Exchange state: server '%1' appears twice").arg(s.name));
        state.servers.append(s);
    }
    const QJsonValue org = root.value(QStringLiteral("organization"));
    if (org.isObject()) {
        ExchangeOrganizationState o;
        auto name = stringFrom(org.toObject(), QStringLiteral("name"));
        if (!name)
            return fail(name.error());
        o.name = *name;
        auto enabled = optionalBoolFrom(org.toObject().value(QStringLiteral("mitigationsEnabled")),
            QStringLiteral("organization.mitigationsEnabled"));
        if (!enabled)
            return fail(enabled.error());
        o.mitigationsEnabled = *enabled;
        state.organization = o;
    } else if (!org.isNull() && !org.isUndefined()) {
        return fail(ErrorCode::Format, Text::tr("Exchange state: 'organization' is not a JSON object"));
    }
    return state;
}

Server importedServer(const ExchangeServerState &state, Server existing)
{
    existing.name = state.name;
    existing.build = state.build;
    existing.role = state.role;
    if (state.mitigationsEnabled) {
        // Only builds with the EM service report these.
        existing.mitigationsEnabled = *state.mitigationsEnabled;
        existing.mitigationsBlocked = state.mitigationsBlocked;
        existing.mitigationsApplied = state.mitigationsApplied;
        existing.mitigationsAppliedTime = state.mitigationsAppliedTime;
    }
    if (state.dataCollectionEnabled)
        existing.dataCollectionEnabled = *state.dataCollectionEnabled;
    existing.internetWebProxy = state.internetWebProxy;
    return existing;
}

} // namespace em
