#pragma once

// How statuses look everywhere in the console: a translated name, a colour
// that reads on light and dark palettes, and an icon drawn in code (so no
// image plugin is needed), the same in every table, the dashboard and legends.

#include <QColor>
#include <QIcon>
#include <QString>

#include "model/actionstatus.h"
#include "model/records.h"

namespace em::ui {

QString statusText(ActionStatus status); // "Applied", "Not applicable", translated
QString statusDescription(ActionStatus status); // one sentence for tooltips
QColor statusColor(ActionStatus status);
QIcon statusIcon(ActionStatus status);

QString eventLevelText(EventLevel level);
QIcon eventLevelIcon(EventLevel level);

// The effective enablement of a server: on, or why not.
enum class Enablement { Enabled, DisabledByOrganization, DisabledOnServer, DisabledBoth, NotApplicableEdge };
QString enablementText(Enablement enablement);
QIcon enablementIcon(Enablement enablement);
Enablement enablementOf(bool orgEnabled, bool serverEnabled, bool edge);

// The application icon: a shield with a check mark (resources/icons/emconsole.svg drawn in code).
QIcon applicationIcon();

} // namespace em::ui
