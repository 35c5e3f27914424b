#pragma once

// A digest as people read it: the mail's subject, plain-text and HTML parts
// (a table with the console's status colours), and the webhook's JSON body
// (a "text" field that Teams and Slack show, plus the structured digest; see
// docs/notifications.md). In English or French, whatever language the program
// itself runs in: the organization's setting decides.

#include <QByteArray>
#include <QString>

#include "report/notify/digest.h"

namespace em {

struct RenderedDigest {
    QString language; // the language used: "en" or "fr"
    QString subject; // "EM Console: 1 failed, 2 applied"
    QString text; // the plain-text part
    QString html; // the HTML part
    QByteArray webhookJson; // the webhook's body
};

// `language` "fr" or "en" (anything else: English). The translations are the
// program's own (:/i18n/emconsole_<language>.qm, built into programs that
// link emtranslations); without them the text is in English.
RenderedDigest renderDigest(const Digest &digest, const QString &language);

// The console's status colours (ui/statusstyle.cpp) as "#rrggbb": red for
// failures, amber for blocked or stale, purple for obsolete, green for applied
// and resolved, blue for news.
QString digestEntryColor(const DigestEntry &entry);

} // namespace em
