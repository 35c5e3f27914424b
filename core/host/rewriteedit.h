#pragma once

// URL Rewrite actions on one config file's text: which rules an action asks
// for, where they live in the file (system.webServer/rewrite at the top level
// or in a <location path="...">), and the surgical edits that put them in
// place or take them out again.

#include <QMap>

#include "configxml.h"
#include "serverhost.h"

namespace em::host {

enum class RewriteKind { Inbound, Outbound, PreCondition };

struct RewriteItem {
    RewriteKind kind = RewriteKind::Inbound;
    QString name;
    XmlNode node; // <rule> or <preCondition>, as the feed has it
};

// The rules of a UrlRewrite action, validated: every rule and preCondition is
// named "EEMS <action id>" or "EEMS <action id> <anything>".
struct RewriteRules {
    QString actionId;
    QList<RewriteItem> items; // in feed order

    static Result<RewriteRules> fromAction(const Action &action);
    // Whether a rule/preCondition name in a config file belongs to the action.
    [[nodiscard]] bool owns(const QString &name) const;
};

// Where in the file: the top-level system.webServer (empty locationPath), or
// the one in <location path="locationPath">.
struct RewritePlace {
    QString locationPath;
};

// Containers EM Console created in a file, by key ("configuration/system.webServer/
// rewrite/rules"): empty when created from nothing, else the original text of
// an element it had to expand (`<rules />`). Rollback removes or restores them
// once they hold nothing else, so that the file gets its original bytes back.
using ContainerJournal = QMap<QString, QString>;

struct RewriteEdit {
    QString text; // the new text (unchanged when !changed)
    bool changed = false;
    QString summary;
    ContainerJournal journal;
};

ActionProbe probeRewrite(const XmlTree &tree, const RewritePlace &place, const RewriteRules &rules);
// `tree` is config.text parsed (the caller reports parse errors with the
// file's name); `fileName` names the file in the summary.
Result<RewriteEdit> applyRewrite(const ConfigText &config, const XmlTree &tree, const RewritePlace &place,
    const RewriteRules &rules, const ContainerJournal &journal, const QString &fileName);
Result<RewriteEdit> rollbackRewrite(const ConfigText &config, const XmlTree &tree, const RewritePlace &place,
    const RewriteRules &rules, const ContainerJournal &journal, const QString &fileName);

} // namespace em::host
