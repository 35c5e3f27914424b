#include "statusstyle.h"

#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace em::ui {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(StatusStyle)
};

enum class Glyph { Check, Cross, Bar, Dash, Pause, Clock, Arrow, Exclamation, Info };

// Draws a filled disc (or a ring when `hollow`) with a white glyph, at `size` pixels.
QPixmap drawBadge(const QColor &color, Glyph glyph, int size, bool hollow)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = qMax<qreal>(1.5, s / 9.0);
    const QRectF disc(pen / 2 + 0.5, pen / 2 + 0.5, s - pen - 1, s - pen - 1);
    if (hollow) {
        p.setPen(QPen(color, pen));
        p.setBrush(Qt::NoBrush);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
    }
    p.drawEllipse(disc);
    const QColor ink = hollow ? color : QColor(Qt::white);
    p.setPen(QPen(ink, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    const auto at = [s](qreal x, qreal y) { return QPointF(x * s, y * s); };
    switch (glyph) {
    case Glyph::Check: {
        QPainterPath path(at(0.28, 0.52));
        path.lineTo(at(0.44, 0.68));
        path.lineTo(at(0.73, 0.35));
        p.drawPath(path);
        break;
    }
    case Glyph::Cross:
        p.drawLine(at(0.34, 0.34), at(0.66, 0.66));
        p.drawLine(at(0.66, 0.34), at(0.34, 0.66));
        break;
    case Glyph::Bar:
        p.setPen(QPen(ink, pen * 1.3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(at(0.28, 0.5), at(0.72, 0.5));
        break;
    case Glyph::Dash:
        p.drawLine(at(0.34, 0.5), at(0.66, 0.5));
        break;
    case Glyph::Pause:
        p.drawLine(at(0.40, 0.32), at(0.40, 0.68));
        p.drawLine(at(0.60, 0.32), at(0.60, 0.68));
        break;
    case Glyph::Clock:
        p.drawLine(at(0.5, 0.5), at(0.5, 0.27));
        p.drawLine(at(0.5, 0.5), at(0.68, 0.6));
        break;
    case Glyph::Arrow: {
        p.drawLine(at(0.5, 0.27), at(0.5, 0.72));
        QPainterPath head(at(0.32, 0.55));
        head.lineTo(at(0.5, 0.73));
        head.lineTo(at(0.68, 0.55));
        p.drawPath(head);
        break;
    }
    case Glyph::Exclamation:
        p.drawLine(at(0.5, 0.26), at(0.5, 0.56));
        p.drawPoint(at(0.5, 0.72));
        break;
    case Glyph::Info:
        p.drawPoint(at(0.5, 0.30));
        p.drawLine(at(0.5, 0.46), at(0.5, 0.74));
        break;
    }
    return pixmap;
}

QIcon badge(const QColor &color, Glyph glyph, bool hollow = false)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(drawBadge(color, glyph, size, hollow));
    return icon;
}

// Icons are drawn once per process; a QIcon copy is cheap.
template<typename Key>
const QIcon &cached(QHash<int, QIcon> &cache, Key key, const std::function<QIcon()> &make)
{
    const int k = static_cast<int>(key);
    auto it = cache.find(k);
    if (it == cache.end())
        it = cache.insert(k, make());
    return *it;
}
} // namespace

QString statusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Applied:
        return Text::tr("Applied");
    case ActionStatus::Blocked:
        return Text::tr("Blocked");
    case ActionStatus::Failed:
        return Text::tr("Failed");
    case ActionStatus::NotApplicable:
        return Text::tr("Not applicable");
    case ActionStatus::Disabled:
        return Text::tr("Disabled");
    case ActionStatus::Pending:
        return Text::tr("Pending");
    case ActionStatus::Obsolete:
        return Text::tr("Obsolete");
    }
    return {};
}

QString statusDescription(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Applied:
        return Text::tr("The action is in place on the server.");
    case ActionStatus::Blocked:
        return Text::tr("An administrator blocked this mitigation or action on the server.");
    case ActionStatus::Failed:
        return Text::tr("The action could not be applied; the detail says why.");
    case ActionStatus::NotApplicable:
        return Text::tr("The server's build or role is outside the mitigation's range.");
    case ActionStatus::Disabled:
        return Text::tr("Mitigations are turned off for the organization or this server.");
    case ActionStatus::Pending:
        return Text::tr("Due: the next cycle applies it.");
    case ActionStatus::Obsolete:
        return Text::tr("Still in place but no longer applicable: roll it back.");
    }
    return {};
}

QColor statusColor(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Applied:
        return QColor(0x2e, 0x7d, 0x32); // green
    case ActionStatus::Blocked:
        return QColor(0xc2, 0x6a, 0x00); // amber
    case ActionStatus::Failed:
        return QColor(0xc6, 0x28, 0x28); // red
    case ActionStatus::NotApplicable:
        return QColor(0x75, 0x75, 0x75); // grey
    case ActionStatus::Disabled:
        return QColor(0x54, 0x6e, 0x7a); // blue grey
    case ActionStatus::Pending:
        return QColor(0x15, 0x65, 0xc0); // blue
    case ActionStatus::Obsolete:
        return QColor(0x7b, 0x1f, 0xa2); // purple
    }
    return {};
}

QIcon statusIcon(ActionStatus status)
{
    static QHash<int, QIcon> cache;
    return cached(cache, status, [status] {
        const QColor c = statusColor(status);
        switch (status) {
        case ActionStatus::Applied:
            return badge(c, Glyph::Check);
        case ActionStatus::Blocked:
            return badge(c, Glyph::Bar);
        case ActionStatus::Failed:
            return badge(c, Glyph::Cross);
        case ActionStatus::NotApplicable:
            return badge(c, Glyph::Dash, true);
        case ActionStatus::Disabled:
            return badge(c, Glyph::Pause);
        case ActionStatus::Pending:
            return badge(c, Glyph::Clock, true);
        case ActionStatus::Obsolete:
            return badge(c, Glyph::Arrow);
        }
        return QIcon();
    });
}

QString eventLevelText(EventLevel level)
{
    switch (level) {
    case EventLevel::Information:
        return Text::tr("Information");
    case EventLevel::Warning:
        return Text::tr("Warning");
    case EventLevel::Error:
        return Text::tr("Error");
    }
    return {};
}

QIcon eventLevelIcon(EventLevel level)
{
    static QHash<int, QIcon> cache;
    return cached(cache, level, [level] {
        switch (level) {
        case EventLevel::Information:
            return badge(QColor(0x15, 0x65, 0xc0), Glyph::Info);
        case EventLevel::Warning:
            return badge(QColor(0xc2, 0x6a, 0x00), Glyph::Exclamation);
        case EventLevel::Error:
            return badge(QColor(0xc6, 0x28, 0x28), Glyph::Cross);
        }
        return QIcon();
    });
}

Enablement enablementOf(bool orgEnabled, bool serverEnabled, bool edge)
{
    if (edge)
        return Enablement::NotApplicableEdge;
    if (!orgEnabled && !serverEnabled)
        return Enablement::DisabledBoth;
    if (!orgEnabled)
        return Enablement::DisabledByOrganization;
    if (!serverEnabled)
        return Enablement::DisabledOnServer;
    return Enablement::Enabled;
}

QString enablementText(Enablement enablement)
{
    switch (enablement) {
    case Enablement::Enabled:
        return Text::tr("Enabled");
    case Enablement::DisabledByOrganization:
        return Text::tr("Disabled (organization)");
    case Enablement::DisabledOnServer:
        return Text::tr("Disabled (server)");
    case Enablement::DisabledBoth:
        return Text::tr("Disabled (organization and server)");
    case Enablement::NotApplicableEdge:
        return Text::tr("Not applicable (Edge Transport)");
    }
    return {};
}

QIcon enablementIcon(Enablement enablement)
{
    switch (enablement) {
    case Enablement::Enabled:
        return statusIcon(ActionStatus::Applied);
    case Enablement::NotApplicableEdge:
        return statusIcon(ActionStatus::NotApplicable);
    case Enablement::DisabledByOrganization:
    case Enablement::DisabledOnServer:
    case Enablement::DisabledBoth:
        return statusIcon(ActionStatus::Disabled);
    }
    return {};
}

QIcon applicationIcon()
{
    static const QIcon icon = [] {
        QIcon result;
        for (int size : {16, 24, 32, 48, 64, 128, 256}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 64.0, size / 64.0);
            // The same shapes as resources/icons/emconsole.svg (a 64x64 view box).
            QPainterPath shield(QPointF(32, 4));
            shield.cubicTo(QPointF(40, 9), QPointF(48, 11), QPointF(56, 11));
            shield.lineTo(QPointF(56, 30));
            shield.cubicTo(QPointF(56, 45), QPointF(46, 55), QPointF(32, 61));
            shield.cubicTo(QPointF(18, 55), QPointF(8, 45), QPointF(8, 30));
            shield.lineTo(QPointF(8, 11));
            shield.cubicTo(QPointF(16, 11), QPointF(24, 9), QPointF(32, 4));
            shield.closeSubpath();
            QLinearGradient fill(QPointF(0, 4), QPointF(0, 61));
            fill.setColorAt(0, QColor(0x1e, 0x88, 0xe5));
            fill.setColorAt(1, QColor(0x0d, 0x47, 0xa1));
            p.setPen(QPen(QColor(0x0a, 0x36, 0x7a), 2));
            p.setBrush(fill);
            p.drawPath(shield);
            QPainterPath check(QPointF(20, 33));
            check.lineTo(QPointF(29, 42));
            check.lineTo(QPointF(45, 23));
            p.setPen(QPen(Qt::white, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(check);
            p.end();
            result.addPixmap(pixmap);
        }
        return result;
    }();
    return icon;
}

} // namespace em::ui
