#pragma once

// The one line the status bar says about the feed: who signed the accepted
// feed, when, how old it is and that it was verified, or why there is none;
// with a level for its colour and the details for a tooltip.

#include <QDateTime>
#include <QString>

#include "consoledata.h"

namespace em::ui {

struct FeedStatus {
    enum Level { Ok, Warning, Error, None };
    Level level = None;
    QString text;
    QString toolTip;
};

FeedStatus feedStatus(const FeedInfo &info, const OrgConfig &org, const QDateTime &now);

// "CN=Microsoft Exchange XML Signing, O=Microsoft Corporation" -> "Microsoft Exchange XML Signing".
QString commonName(const QString &subject);
// "12 min", "5 h", "3 d" (translated).
QString ageText(qint64 seconds);

} // namespace em::ui
