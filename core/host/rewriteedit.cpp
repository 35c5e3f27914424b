#include "rewriteedit.h"

#include <QCoreApplication>
#include <QSet>

namespace em::host {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerHost)
};

QString kindName(RewriteKind kind)
{
    switch (kind) {
    case RewriteKind::Inbound:
        return Text::tr("rule");
    case RewriteKind::Outbound:
        return Text::tr("outbound rule");
    case RewriteKind::PreCondition:
        return Text::tr("precondition");
    }
    return {};
}

QString itemLabel(RewriteKind kind, const QString &name)
{
    return QStringLiteral("%1 '%2'").arg(kindName(kind), name);
}

QString itemKey(RewriteKind kind, const QString &name)
{
    return QString::number(int(kind)) + QLatin1Char(':') + name.toLower();
}

// The rewrite section of the file and its containers; -1 where absent.
struct Section {
    int anchor = -1; // <configuration> or the <location>
    int webServer = -1;
    int rewrite = -1;
    int rules = -1;
    int outboundRules = -1;
    int preConditions = -1;
    QString anchorKey;

    [[nodiscard]] QString key(const QString &suffix) const { return anchorKey + suffix; }
};

const QString keyWebServer = QStringLiteral("/system.webServer");
const QString keyRewrite = QStringLiteral("/system.webServer/rewrite");
const QString keyRules = QStringLiteral("/system.webServer/rewrite/rules");
const QString keyOutbound = QStringLiteral("/system.webServer/rewrite/outboundRules");
const QString keyPreConditions = QStringLiteral("/system.webServer/rewrite/outboundRules/preConditions");

QString normalizedLocation(QString path)
{
    path = path.trimmed();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path == QLatin1String(".") ? QString() : path;
}

// Finds the section: at the top level, the file's own system.webServer (or the
// one in a path-less <location>, where a rewrite section already lives there:
// IIS refuses a section defined twice for the same path); for a location path,
// the <location> with that path that already has a rewrite section, else the
// first one with that path.
Section resolve(const XmlTree &tree, const RewritePlace &place)
{
    Section s;
    const int root = tree.root();
    auto rewriteOf
        = [&](int anchor) { return tree.firstChild(tree.firstChild(anchor, u"system.webServer"), u"rewrite"); };
    if (place.locationPath.isEmpty()) {
        s.anchor = root;
        s.anchorKey = QStringLiteral("configuration");
        if (rewriteOf(root) < 0) {
            for (int location : tree.childrenNamed(root, u"location")) {
                if (normalizedLocation(tree.at(location).attribute(u"path")).isEmpty() && rewriteOf(location) >= 0) {
                    s.anchor = location;
                    s.anchorKey = QStringLiteral("configuration/location[]");
                    break;
                }
            }
        }
    } else {
        s.anchorKey = QStringLiteral("configuration/location[%1]").arg(place.locationPath);
        const QString wanted = normalizedLocation(place.locationPath);
        QList<int> matches;
        for (int location : tree.childrenNamed(root, u"location")) {
            if (normalizedLocation(tree.at(location).attribute(u"path")).compare(wanted, Qt::CaseInsensitive) == 0)
                matches << location;
        }
        for (int location : matches) {
            if (rewriteOf(location) >= 0) {
                s.anchor = location;
                break;
            }
        }
        if (s.anchor < 0) {
            for (int location : matches) {
                if (tree.firstChild(location, u"system.webServer") >= 0) {
                    s.anchor = location;
                    break;
                }
            }
        }
        if (s.anchor < 0 && !matches.isEmpty())
            s.anchor = matches.first();
    }
    s.webServer = tree.firstChild(s.anchor, u"system.webServer");
    s.rewrite = tree.firstChild(s.webServer, u"rewrite");
    s.rules = tree.firstChild(s.rewrite, u"rules");
    s.outboundRules = tree.firstChild(s.rewrite, u"outboundRules");
    s.preConditions = tree.firstChild(s.outboundRules, u"preConditions");
    return s;
}

struct Found {
    RewriteKind kind;
    QString name;
    int element;
};

// The action's elements in the section, in document order.
QList<Found> findOwned(const XmlTree &tree, const Section &s, const RewriteRules &rules)
{
    QList<Found> found;
    auto scan = [&](int container, QStringView elementName, RewriteKind kind) {
        for (int child : tree.childrenNamed(container, elementName)) {
            const QString name = tree.at(child).attribute(u"name");
            if (rules.owns(name))
                found.append({kind, name, child});
        }
    };
    scan(s.rules, u"rule", RewriteKind::Inbound);
    scan(s.outboundRules, u"rule", RewriteKind::Outbound);
    scan(s.preConditions, u"preCondition", RewriteKind::PreCondition);
    std::sort(found.begin(), found.end(),
        [&](const Found &a, const Found &b) { return tree.at(a.element).begin < tree.at(b.element).begin; });
    return found;
}

QList<int> occurrences(const QList<Found> &found, const RewriteItem &item)
{
    QList<int> result;
    for (const Found &f : found) {
        if (f.kind == item.kind && f.name.compare(item.name, Qt::CaseInsensitive) == 0)
            result << f.element;
    }
    return result;
}

bool inFeed(const RewriteRules &rules, const Found &f)
{
    for (const RewriteItem &item : rules.items) {
        if (item.kind == f.kind && item.name.compare(f.name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// What differs between the file and the feed, one phrase per item; empty when in place.
QStringList differences(const XmlTree &tree, const QList<Found> &found, const RewriteRules &rules)
{
    QStringList diffs;
    for (const RewriteItem &item : rules.items) {
        const QList<int> at = occurrences(found, item);
        if (at.isEmpty()) {
            diffs << Text::tr("%1 is missing").arg(itemLabel(item.kind, item.name));
            continue;
        }
        if (at.size() > 1)
            diffs << Text::tr("%1 appears %2 times").arg(itemLabel(item.kind, item.name)).arg(at.size());
        const QString diff = nodeDifference(nodeFromTree(tree, at.first()), item.node);
        if (!diff.isEmpty())
            diffs << Text::tr("%1 differs: %2").arg(itemLabel(item.kind, item.name), diff);
    }
    for (const Found &f : found) {
        if (!inFeed(rules, f))
            diffs << Text::tr("%1 is not in the feed").arg(itemLabel(f.kind, f.name));
    }
    return diffs;
}

int containerOf(const Section &s, RewriteKind kind)
{
    switch (kind) {
    case RewriteKind::Inbound:
        return s.rules;
    case RewriteKind::Outbound:
        return s.outboundRules;
    case RewriteKind::PreCondition:
        return s.preConditions;
    }
    return -1;
}

// Where a new rule goes when none of its action's rules is there to stand
// beside: first in the collection (after a leading <clear/> or <remove/>), so
// that no existing rule with stopProcessing runs before a mitigation.
qsizetype frontOfCollection(const XmlTree &tree, int container)
{
    qsizetype position = tree.at(container).startTagEnd;
    for (int child : tree.at(container).children) {
        const QString &name = tree.at(child).name;
        if (name != QLatin1String("clear") && name != QLatin1String("remove"))
            break;
        position = tree.at(child).end;
    }
    return position;
}

// One step of putting the rules in place: the next splice, or nothing when done.
struct Step {
    Splice splice;
    QString summary; // what this step did, for the apply summary
    QString journalKey; // a container created or expanded
    QString journalOriginal;
    bool done = false;
};

// Makes sure the container `name` exists under `parent` with its end tag on a
// line of its own (so children can be inserted): creates it, or expands
// `<name />`, or expands the parent when the parent is `<parent />`.
Step containerStep(const XmlTree &tree, int parent, const QString &parentKey, int existing, const QString &name,
    const QString &key, const ConfigText &config)
{
    Step step;
    auto expand = [&](int element, const QString &journalKey) {
        step.splice = expandElement(tree, element, config.newline);
        step.journalKey = journalKey;
        step.journalOriginal = tree.text().mid(tree.at(element).begin, tree.at(element).end - tree.at(element).begin);
        step.done = true;
    };
    if (existing >= 0) {
        if (needsExpansion(tree, existing))
            expand(existing, key);
        return step;
    }
    if (needsExpansion(tree, parent)) {
        expand(parent, parentKey);
        return step;
    }
    const QString indent = childIndent(tree, parent, config.indentUnit);
    const QString element
        = QStringLiteral("<%1>").arg(name) + config.newline + indent + QStringLiteral("</%1>").arg(name);
    step.splice = insertLastChild(tree, parent, element, indent, config.newline);
    step.journalKey = key;
    step.done = true;
    return step;
}

bool hasMixedContent(const XmlNode &node, QString *where)
{
    if (!node.children.isEmpty() && !node.text.isEmpty()) {
        *where = node.name;
        return true;
    }
    for (const XmlNode &child : node.children) {
        if (hasMixedContent(child, where))
            return true;
    }
    return false;
}

} // namespace

Result<RewriteRules> RewriteRules::fromAction(const Action &action)
{
    RewriteRules rules;
    rules.actionId = action.id;
    if (action.id.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("UrlRewrite action without an id"));
    const QString what = Text::tr("action %1").arg(action.id);
    if (action.rulesXml.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("%1: UrlRewrite action without rules").arg(what));
    auto parsed = parseFragment(action.rulesXml);
    if (!parsed)
        return fail(ErrorCode::Format, Text::tr("%1: rules: %2").arg(what, parsed.error().message));
    QList<XmlNode> top = *parsed;
    if (top.size() == 1 && top.first().name == QLatin1String("rules") && top.first().attributes.isEmpty())
        top = top.first().children; // the <rules> wrapper itself was given

    const QString prefix = QStringLiteral("EEMS ") + action.id;
    QSet<QString> seen;
    QSet<QString> preConditionNames;
    auto add = [&](RewriteKind kind, const XmlNode &node) -> Result<void> {
        const QString name = node.attribute(u"name");
        if (name.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: a <%2> without a name; rules must be named '%3 ...'").arg(what, node.name, prefix));
        if (!rules.owns(name) || !name.startsWith(prefix))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: %2 name '%3' must start with '%4'").arg(what, kindName(kind), name, prefix));
        if (seen.contains(itemKey(kind, name)))
            return fail(
                ErrorCode::InvalidArgument, Text::tr("%1: %2 '%3' is defined twice").arg(what, kindName(kind), name));
        seen.insert(itemKey(kind, name));
        if (kind == RewriteKind::PreCondition)
            preConditionNames.insert(name.toLower());
        rules.items.append({kind, name, node});
        return {};
    };
    for (const XmlNode &node : top) {
        if (node.name == QLatin1String("rule")) {
            if (auto ok = add(RewriteKind::Inbound, node); !ok)
                return fail(ok.error());
        } else if (node.name == QLatin1String("outboundRules")) {
            for (const XmlNode &child : node.children) {
                if (child.name == QLatin1String("rule")) {
                    if (auto ok = add(RewriteKind::Outbound, child); !ok)
                        return fail(ok.error());
                } else if (child.name == QLatin1String("preConditions")) {
                    for (const XmlNode &pre : child.children) {
                        if (pre.name != QLatin1String("preCondition"))
                            return fail(ErrorCode::InvalidArgument,
                                Text::tr("%1: <%2> is not supported in <preConditions>; expected <preCondition>")
                                    .arg(what, pre.name));
                        if (auto ok = add(RewriteKind::PreCondition, pre); !ok)
                            return fail(ok.error());
                    }
                } else {
                    return fail(ErrorCode::InvalidArgument,
                        Text::tr("%1: <%2> is not supported in <outboundRules>; expected <rule> or <preConditions>")
                            .arg(what, child.name));
                }
            }
        } else {
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: <%2> is not supported in UrlRewrite rules; expected <rule> or <outboundRules>")
                    .arg(what, node.name));
        }
    }
    if (rules.items.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("%1: UrlRewrite action without rules").arg(what));
    for (const RewriteItem &item : std::as_const(rules.items)) {
        QString where;
        if (hasMixedContent(item.node, &where))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: %2 '%3': <%4> holds both text and elements, which IIS configuration does not use")
                    .arg(what, kindName(item.kind), item.name, where));
    }
    for (const RewriteItem &item : std::as_const(rules.items)) {
        const QString pre = item.node.attribute(u"preCondition");
        if (item.kind == RewriteKind::Outbound && rules.owns(pre) && !preConditionNames.contains(pre.toLower()))
            return fail(ErrorCode::InvalidArgument,
                Text::tr("%1: outbound rule '%2' uses precondition '%3', which the action does not define")
                    .arg(what, item.name, pre));
    }
    return rules;
}

bool RewriteRules::owns(const QString &name) const
{
    const QString prefix = QStringLiteral("EEMS ") + actionId;
    if (!name.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    return name.size() == prefix.size() || name.at(prefix.size()).isSpace();
}

ActionProbe probeRewrite(const XmlTree &tree, const RewritePlace &place, const RewriteRules &rules)
{
    const Section s = resolve(tree, place);
    const QList<Found> found = findOwned(tree, s, rules);
    if (found.isEmpty())
        return {ActionState::Absent, {}};
    const QStringList diffs = differences(tree, found, rules);
    if (diffs.isEmpty())
        return {ActionState::InPlace, {}};
    return {ActionState::Differs, diffs.join(QStringLiteral("; "))};
}

Result<RewriteEdit> applyRewrite(const ConfigText &config, const XmlTree &original, const RewritePlace &place,
    const RewriteRules &rules, const ContainerJournal &journal, const QString &fileName)
{
    RewriteEdit edit;
    edit.text = config.text;
    edit.journal = journal;
    QStringList added, replaced, removed;
    QSet<QString> replacedKeys;
    // One splice per step, then the text is parsed again: each step sees the
    // file exactly as it will be written.
    XmlTree current = original;
    for (int guard = 0; guard < 1000; ++guard) {
        if (guard > 0) {
            auto parsed = XmlTree::parse(edit.text);
            if (!parsed)
                return fail(ErrorCode::Apply,
                    Text::tr("%1: editing produced malformed XML (%2); nothing was written")
                        .arg(fileName, parsed.error().message));
            current = std::move(*parsed);
        }
        const XmlTree &tree = current;
        if (tree.at(tree.root()).name != QLatin1String("configuration"))
            return fail(ErrorCode::Format,
                Text::tr("%1: the root element is <%2>, expected <configuration>")
                    .arg(fileName, tree.at(tree.root()).name));
        const Section s = resolve(tree, place);
        const QList<Found> found = findOwned(tree, s, rules);

        // 1. Elements carrying the action's name that the feed does not have
        //    (or extra copies): remove, last first.
        std::optional<Splice> next;
        QSet<QString> seen;
        for (const Found &f : found) {
            const QString key = itemKey(f.kind, f.name);
            if (!inFeed(rules, f) || seen.contains(key)) {
                next = removeElement(tree, f.element);
                removed << (inFeed(rules, f) ? Text::tr("a second copy of %1").arg(itemLabel(f.kind, f.name))
                                             : itemLabel(f.kind, f.name));
            }
            seen.insert(key);
        }
        if (next) {
            next->applyTo(edit.text);
            continue;
        }

        // 2. Elements that differ from the feed: replace in place.
        bool stepped = false;
        for (const RewriteItem &item : rules.items) {
            const QList<int> at = occurrences(found, item);
            if (at.isEmpty())
                continue;
            const QString diff = nodeDifference(nodeFromTree(tree, at.first()), item.node);
            if (diff.isEmpty())
                continue;
            if (replacedKeys.contains(itemKey(item.kind, item.name)))
                return fail(ErrorCode::Apply,
                    Text::tr("%1: %2 does not read back as the feed has it (%3); nothing was written")
                        .arg(fileName, itemLabel(item.kind, item.name), diff));
            replacedKeys.insert(itemKey(item.kind, item.name));
            const int element = at.first();
            const QString indent = tree.startsLine(element)
                ? tree.lineIndent(element)
                : childIndent(tree, tree.at(element).parent, config.indentUnit);
            replaceElement(tree, element, serializeNode(item.node, indent, config.indentUnit, config.newline))
                .applyTo(edit.text);
            replaced << Text::tr("%1 (%2)").arg(itemLabel(item.kind, item.name), diff);
            stepped = true;
            break;
        }
        if (stepped)
            continue;

        // 3. Missing elements: create their containers, then insert.
        const RewriteItem *missing = nullptr;
        for (const RewriteItem &item : rules.items) {
            if (occurrences(found, item).isEmpty()) {
                missing = &item;
                break;
            }
        }
        if (!missing)
            break;

        if (s.anchor < 0) {
            // A <location path="..."> of our own, last in <configuration>.
            const int root = tree.root();
            const QString indent = childIndent(tree, root, config.indentUnit);
            if (needsExpansion(tree, root)) {
                const XmlElement &r = tree.at(root);
                edit.journal.insert(QStringLiteral("configuration"), edit.text.mid(r.begin, r.end - r.begin));
                expandElement(tree, root, config.newline).applyTo(edit.text);
                continue;
            }
            const QString element = QStringLiteral("<location path=\"%1\">").arg(escapeAttribute(place.locationPath))
                + config.newline + indent + QStringLiteral("</location>");
            insertLastChild(tree, root, element, indent, config.newline).applyTo(edit.text);
            edit.journal.insert(s.anchorKey, QString());
            continue;
        }
        Step step = containerStep(
            tree, s.anchor, s.anchorKey, s.webServer, QStringLiteral("system.webServer"), s.key(keyWebServer), config);
        if (!step.done)
            step = containerStep(tree, s.webServer, s.key(keyWebServer), s.rewrite, QStringLiteral("rewrite"),
                s.key(keyRewrite), config);
        if (!step.done) {
            if (missing->kind == RewriteKind::Inbound)
                step = containerStep(
                    tree, s.rewrite, s.key(keyRewrite), s.rules, QStringLiteral("rules"), s.key(keyRules), config);
            else
                step = containerStep(tree, s.rewrite, s.key(keyRewrite), s.outboundRules,
                    QStringLiteral("outboundRules"), s.key(keyOutbound), config);
        }
        if (!step.done && missing->kind == RewriteKind::PreCondition)
            step = containerStep(tree, s.outboundRules, s.key(keyOutbound), s.preConditions,
                QStringLiteral("preConditions"), s.key(keyPreConditions), config);
        if (step.done) {
            step.splice.applyTo(edit.text);
            if (!step.journalKey.isEmpty() && !edit.journal.contains(step.journalKey))
                edit.journal.insert(step.journalKey, step.journalOriginal);
            continue;
        }

        const int container = containerOf(s, missing->kind);
        Q_ASSERT(container >= 0);
        const QString indent = childIndent(tree, container, config.indentUnit);
        const QString element = serializeNode(missing->node, indent, config.indentUnit, config.newline);
        // Beside the action's other elements in feed order, else at the default place.
        std::optional<Splice> splice;
        const qsizetype index = missing - rules.items.constData();
        for (qsizetype i = index - 1; i >= 0 && !splice; --i) {
            const RewriteItem &other = rules.items.at(i);
            if (other.kind != missing->kind)
                continue;
            const QList<int> at = occurrences(found, other);
            if (!at.isEmpty())
                splice = insertAt(tree.at(at.first()).end, element, indent, config.newline);
        }
        for (qsizetype i = index + 1; i < rules.items.size() && !splice; ++i) {
            const RewriteItem &other = rules.items.at(i);
            if (other.kind != missing->kind)
                continue;
            const QList<int> at = occurrences(found, other);
            if (!at.isEmpty())
                splice = insertBefore(tree, at.first(), element, indent, config.newline);
        }
        if (!splice) {
            if (missing->kind == RewriteKind::PreCondition)
                splice = insertLastChild(tree, container, element, indent, config.newline);
            else
                splice = insertAt(frontOfCollection(tree, container), element, indent, config.newline);
        }
        splice->applyTo(edit.text);
        added << itemLabel(missing->kind, missing->name);
    }

    // Forget containers that are gone (an admin removed them). `current` is
    // the text as it stands: the loop ends right after parsing it.
    {
        const Section s = resolve(current, place);
        const QMap<QString, int> present = {{s.anchorKey, s.anchor}, {s.key(keyWebServer), s.webServer},
            {s.key(keyRewrite), s.rewrite}, {s.key(keyRules), s.rules}, {s.key(keyOutbound), s.outboundRules},
            {s.key(keyPreConditions), s.preConditions}};
        for (auto it = edit.journal.begin(); it != edit.journal.end();) {
            const bool here = it.key() == s.anchorKey || it.key().startsWith(s.anchorKey + keyWebServer);
            if (here && present.value(it.key(), -1) < 0)
                it = edit.journal.erase(it);
            else
                ++it;
        }
    }

    edit.changed = edit.text != config.text;
    QStringList parts;
    if (!added.isEmpty())
        parts << Text::tr("added %1").arg(added.join(QStringLiteral(", ")));
    if (!replaced.isEmpty())
        parts << Text::tr("replaced %1").arg(replaced.join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        parts << Text::tr("removed %1 (not in the feed)").arg(removed.join(QStringLiteral(", ")));
    if (edit.changed)
        edit.summary = Text::tr("%1 in %2").arg(parts.join(QStringLiteral("; ")), fileName);
    else
        edit.summary = Text::tr("action %1 already in place in %2").arg(rules.actionId, fileName);
    return edit;
}

Result<RewriteEdit> rollbackRewrite(const ConfigText &config, const XmlTree &original, const RewritePlace &place,
    const RewriteRules &rules, const ContainerJournal &journal, const QString &fileName)
{
    RewriteEdit edit;
    edit.text = config.text;
    edit.journal = journal;
    QStringList removed;
    XmlTree current = original;
    for (int guard = 0; guard < 1000; ++guard) {
        if (guard > 0) {
            auto parsed = XmlTree::parse(edit.text);
            if (!parsed)
                return fail(ErrorCode::Apply,
                    Text::tr("%1: editing produced malformed XML (%2); nothing was written")
                        .arg(fileName, parsed.error().message));
            current = std::move(*parsed);
        }
        const XmlTree &tree = current;
        const Section s = resolve(tree, place);
        const QList<Found> found = findOwned(tree, s, rules);
        if (!found.isEmpty()) {
            removeElement(tree, found.last().element).applyTo(edit.text);
            removed.prepend(itemLabel(found.last().kind, found.last().name));
            continue;
        }
        // Containers we created or expanded, innermost first, once they hold nothing else.
        QList<QPair<QString, int>> levels = {{s.key(keyPreConditions), s.preConditions},
            {s.key(keyOutbound), s.outboundRules}, {s.key(keyRules), s.rules}, {s.key(keyRewrite), s.rewrite},
            {s.key(keyWebServer), s.webServer}, {s.anchorKey, s.anchor}};
        if (s.anchorKey != QLatin1String("configuration"))
            levels.append({QStringLiteral("configuration"), tree.root()});
        bool stepped = false;
        for (const auto &[key, element] : levels) {
            if (element < 0 || !edit.journal.contains(key) || !tree.isBlank(element))
                continue;
            const QString original = edit.journal.value(key);
            if (original.isEmpty()) {
                removeElement(tree, element).applyTo(edit.text);
            } else {
                // Collapse back to `<rules />` unless the admin changed its attributes meanwhile.
                auto originalNode = parseFragment(original);
                if (!originalNode || originalNode->size() != 1
                    || !nodeDifference(nodeFromTree(tree, element), originalNode->first()).isEmpty()) {
                    edit.journal.remove(key);
                    continue;
                }
                replaceElement(tree, element, original).applyTo(edit.text);
            }
            edit.journal.remove(key);
            stepped = true;
            break;
        }
        if (!stepped)
            break;
    }
    edit.changed = edit.text != config.text;
    if (!removed.isEmpty())
        edit.summary = Text::tr("removed %1 from %2").arg(removed.join(QStringLiteral(", ")), fileName);
    else if (edit.changed)
        edit.summary = Text::tr("removed the empty URL Rewrite sections EM Console had added to %1").arg(fileName);
    else
        edit.summary = Text::tr("nothing of action %1 in %2").arg(rules.actionId, fileName);
    return edit;
}

} // namespace em::host
