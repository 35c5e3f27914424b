#include "digestrender.h"

#include <memory>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

namespace em {

namespace {

// The digest speaks the organization's language, not the program's: its
// strings are marked with QT_TRANSLATE_NOOP for lupdate and translated here
// with a translator of that language.
constexpr char textContext[] = "NotificationText";

std::shared_ptr<const QTranslator> translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(language);
    if (it != cache.constEnd())
        return *it;
    auto translator = std::make_shared<QTranslator>();
    std::shared_ptr<const QTranslator> loaded;
    if (translator->load(QStringLiteral(":/i18n/emconsole_%1.qm").arg(language)))
        loaded = translator;
    cache.insert(language, loaded);
    return loaded;
}

class Translation
{
public:
    explicit Translation(const QString &requested)
    {
        language = requested == QLatin1String("fr") ? requested : QStringLiteral("en");
        m_translator = translatorFor(language);
        if (!m_translator && language != QLatin1String("en")) {
            language = QStringLiteral("en");
            m_translator = translatorFor(language);
        }
        locale = QLocale(language);
    }

    QString operator()(const char *source) const
    {
        const QString t = m_translator ? m_translator->translate(textContext, source) : QString();
        return t.isEmpty() ? QString::fromUtf8(source) : t;
    }

    QString operator()(const char *source, int n) const
    {
        QString t = m_translator ? m_translator->translate(textContext, source, nullptr, n) : QString();
        if (t.isEmpty())
            t = QString::fromUtf8(source);
        return t.replace(QLatin1String("%n"), locale.toString(n));
    }

    QString language;
    QLocale locale;

private:
    std::shared_ptr<const QTranslator> m_translator;
};

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                          : QString();
}

QString ageText(const Translation &t, qint64 seconds)
{
    if (seconds >= 2 * 86400)
        return t(QT_TRANSLATE_N_NOOP("NotificationText", "%n day(s)"), int(seconds / 86400));
    return t(QT_TRANSLATE_N_NOOP("NotificationText", "%n hour(s)"), int(seconds / 3600));
}

QString statusText(const Translation &t, ActionStatus status)
{
    switch (status) {
    case ActionStatus::Applied:
        return t(QT_TRANSLATE_NOOP("NotificationText", "Applied"));
    case ActionStatus::Blocked:
        return t(QT_TRANSLATE_NOOP("NotificationText", "Blocked"));
    case ActionStatus::Failed:
        return t(QT_TRANSLATE_NOOP("NotificationText", "Failed"));
    case ActionStatus::NotApplicable:
        return t(QT_TRANSLATE_NOOP("NotificationText", "Not applicable"));
    case ActionStatus::Disabled:
        return t(QT_TRANSLATE_NOOP("NotificationText", "Disabled"));
    case ActionStatus::Pending:
        return t(QT_TRANSLATE_NOOP("NotificationText", "Pending"));
    case ActionStatus::Obsolete:
        return t(QT_TRANSLATE_NOOP("NotificationText", "Obsolete"));
    }
    return {};
}

QString mitigationList(const QList<MitigationSummary> &list)
{
    QStringList parts;
    for (const MitigationSummary &m : list)
        parts << (m.description.isEmpty() ? m.id : QStringLiteral("%1 (%2)").arg(m.id, m.description));
    return parts.join(QStringLiteral("; "));
}

// One entry as every form shows it.
struct Row {
    QString label; // "Failed", "Resolved", ...
    QString color;
    QString server;
    QString id;
    QString description;
    QStringList details; // lines
};

Row rowFor(const Translation &t, const DigestEntry &e)
{
    Row r;
    r.color = digestEntryColor(e);
    r.server = e.server;
    r.id = e.id;
    r.description = e.description;
    const bool cleared = e.phase == DigestPhase::Cleared;
    switch (e.kind) {
    case DigestKind::Failed:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Failed"));
        if (!cleared)
            r.details << e.detail;
        break;
    case DigestKind::Unreachable:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Server unreachable"));
        if (!cleared)
            r.details << e.detail;
        break;
    case DigestKind::FeedRefused:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Feed refused"));
        r.description = e.source;
        if (!cleared) {
            r.details << e.detail;
            r.details << t(QT_TRANSLATE_NOOP("NotificationText", "The previous feed stays in effect."));
        }
        break;
    case DigestKind::FeedStale:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Feed too old"));
        r.description = e.source;
        if (!cleared && e.ageSeconds >= 0)
            r.details << t(QT_TRANSLATE_NOOP("NotificationText",
                               "The feed in effect is %1 old; the freshness limit is %2. Check that the feed "
                               "URL is reachable and still published."))
                             .arg(ageText(t, e.ageSeconds), ageText(t, e.maxAgeSeconds));
        break;
    case DigestKind::Obsolete:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Obsolete: roll back"));
        if (!cleared) {
            if (!e.detail.isEmpty())
                r.details << e.detail;
            r.details << (e.rollback.isEmpty()
                    ? t(QT_TRANSLATE_NOOP("NotificationText", "Rollback: the feed gives no rollback text."))
                    : t(QT_TRANSLATE_NOOP("NotificationText", "Rollback: %1")).arg(e.rollback));
        }
        break;
    case DigestKind::Blocked:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Skipped: blocked"));
        r.details << t(QT_TRANSLATE_NOOP("NotificationText", "An admin blocked this action on this server."));
        break;
    case DigestKind::Applied:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Applied"));
        if (!e.detail.isEmpty())
            r.details << e.detail;
        break;
    case DigestKind::FeedAccepted:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "New feed accepted"));
        r.description = e.source;
        r.details
            << t(QT_TRANSLATE_NOOP("NotificationText", "Signed by %1 at %2.")).arg(e.signer, timeText(e.signingTime));
        if (!e.added.isEmpty())
            r.details << t(QT_TRANSLATE_NOOP("NotificationText", "New mitigations: %1")).arg(mitigationList(e.added));
        if (!e.removed.isEmpty())
            r.details
                << t(QT_TRANSLATE_NOOP("NotificationText", "Removed mitigations: %1")).arg(mitigationList(e.removed));
        if (e.added.isEmpty() && e.removed.isEmpty())
            r.details << t(QT_TRANSLATE_NOOP("NotificationText", "Same mitigations as the previous feed."));
        break;
    case DigestKind::Test:
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Test"));
        r.details << t(
            QT_TRANSLATE_NOOP("NotificationText", "This is a test notification sent by %1 at %2: this channel works."))
                         .arg(e.detail, timeText(e.at));
        break;
    }
    if (e.phase == DigestPhase::Reminder)
        r.details << t(QT_TRANSLATE_NOOP("NotificationText", "Reminder: so since %1.")).arg(timeText(e.since));
    if (cleared) {
        r.label = t(QT_TRANSLATE_NOOP("NotificationText", "Resolved"));
        QString what;
        switch (e.kind) {
        case DigestKind::Failed:
        case DigestKind::Obsolete:
        case DigestKind::Blocked: {
            const QString was = e.kind == DigestKind::Failed
                ? t(QT_TRANSLATE_NOOP("NotificationText", "No longer failing"))
                : t(QT_TRANSLATE_NOOP("NotificationText", "No longer obsolete"));
            const auto now = parseStatus(e.detail);
            what = now ? t(QT_TRANSLATE_NOOP("NotificationText", "%1; now %2.")).arg(was, statusText(t, *now))
                       : t(QT_TRANSLATE_NOOP("NotificationText", "%1; the action is no longer in the feed.")).arg(was);
            break;
        }
        case DigestKind::Unreachable:
            what = t(QT_TRANSLATE_NOOP("NotificationText", "The server is reachable again."));
            break;
        case DigestKind::FeedRefused:
            what = t(QT_TRANSLATE_NOOP("NotificationText", "The feed is obtained and verified again."));
            break;
        case DigestKind::FeedStale:
            what = t(QT_TRANSLATE_NOOP("NotificationText", "The feed in effect is within the freshness limit again."));
            break;
        case DigestKind::Applied:
        case DigestKind::FeedAccepted:
        case DigestKind::Test:
            break;
        }
        r.details = QStringList {what};
        r.details << t(QT_TRANSLATE_NOOP("NotificationText", "It started at %1.")).arg(timeText(e.since));
    }
    r.details.removeAll(QString());
    return r;
}

QString subjectOf(const Translation &t, const Digest &d)
{
    const QString product = QStringLiteral("EM Console");
    if (d.count(DigestKind::Test) > 0)
        return t(QT_TRANSLATE_NOOP("NotificationText", "%1: test notification")).arg(product);
    QStringList parts;
    const auto open
        = [&d](DigestKind k) { return d.count(k, DigestPhase::Started) + d.count(k, DigestPhase::Reminder); };
    if (int n = open(DigestKind::Failed))
        parts << t(QT_TRANSLATE_N_NOOP("NotificationText", "%n failed"), n);
    if (int n = open(DigestKind::Unreachable))
        parts << t(QT_TRANSLATE_N_NOOP("NotificationText", "%n server(s) unreachable"), n);
    if (open(DigestKind::FeedRefused))
        parts << t(QT_TRANSLATE_NOOP("NotificationText", "feed refused"));
    if (open(DigestKind::FeedStale))
        parts << t(QT_TRANSLATE_NOOP("NotificationText", "feed too old"));
    if (int n = open(DigestKind::Obsolete))
        parts << t(QT_TRANSLATE_N_NOOP("NotificationText", "%n to roll back"), n);
    if (int n = open(DigestKind::Blocked))
        parts << t(QT_TRANSLATE_N_NOOP("NotificationText", "%n blocked"), n);
    if (int n = d.count(DigestKind::Applied))
        parts << t(QT_TRANSLATE_N_NOOP("NotificationText", "%n applied"), n);
    if (d.count(DigestKind::FeedAccepted))
        parts << t(QT_TRANSLATE_NOOP("NotificationText", "new feed"));
    int resolved = 0;
    for (const DigestEntry &e : d.entries)
        resolved += e.phase == DigestPhase::Cleared ? 1 : 0;
    if (resolved)
        parts << t(QT_TRANSLATE_N_NOOP("NotificationText", "%n resolved"), resolved);
    return t(QT_TRANSLATE_NOOP("NotificationText", "%1: %2")).arg(product, parts.join(QStringLiteral(", ")));
}

QString periodText(const Translation &t, const Digest &d)
{
    if (!d.from.isValid() || d.from == d.to)
        return t(QT_TRANSLATE_NOOP("NotificationText", "Mitigation cycle of %1.")).arg(timeText(d.to));
    return t(QT_TRANSLATE_NOOP("NotificationText", "Mitigation cycles from %1 to %2 (earlier delivery failed)."))
        .arg(timeText(d.from), timeText(d.to));
}

QString footerText(const Translation &t)
{
    return t(QT_TRANSLATE_NOOP("NotificationText",
        "Sent by EM Console after a mitigation cycle that changed something. A lasting problem is told when it "
        "starts, as a reminder while it lasts, and when it is resolved."));
}

QString omittedText(const Translation &t, int omitted)
{
    return t(QT_TRANSLATE_N_NOOP("NotificationText", "%n older entry(ies) left out: see the events in the console."),
        omitted);
}

// "EX01, M1.1 (Block autodiscover PowerShell requests)"
QString rowTitle(const Row &r)
{
    QStringList head;
    if (!r.server.isEmpty())
        head << r.server;
    if (!r.id.isEmpty())
        head << r.id;
    QString title = head.join(QStringLiteral(", "));
    if (!r.description.isEmpty())
        title += title.isEmpty() ? r.description : QStringLiteral(" (%1)").arg(r.description);
    return title;
}

QString plainText(const Translation &t, const Digest &d, const QString &subject, const QList<Row> &rows)
{
    QString out = subject + QLatin1Char('\n') + periodText(t, d) + QStringLiteral("\n\n");
    QString section;
    for (const Row &r : rows) {
        if (r.label != section) {
            if (!section.isEmpty())
                out += QLatin1Char('\n');
            section = r.label;
            out += r.label.toUpper() + QLatin1Char('\n');
        }
        const QString title = rowTitle(r);
        out += QStringLiteral("- ") + (title.isEmpty() ? r.details.value(0) : title) + QLatin1Char('\n');
        for (qsizetype i = title.isEmpty() ? 1 : 0; i < r.details.size(); ++i)
            out += QStringLiteral("  ") + QString(r.details.at(i)).replace(QLatin1Char('\n'), QStringLiteral("\n  "))
                + QLatin1Char('\n');
    }
    if (d.omitted > 0)
        out += QLatin1Char('\n') + omittedText(t, d.omitted) + QLatin1Char('\n');
    out += QStringLiteral("\n-- \n") + footerText(t) + QLatin1Char('\n');
    return out;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString htmlText(const Translation &t, const Digest &d, const QString &subject, const QList<Row> &rows)
{
    const QString cell = QStringLiteral("padding:6px 8px;border:1px solid #e0e0e0;vertical-align:top;");
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>\n")
               .arg(t.language, escaped(subject));
    out += QStringLiteral("<body style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#212121;\">\n");
    out += QStringLiteral("<h2 style=\"font-size:18px;margin:0 0 4px 0;\">%1</h2>\n").arg(escaped(subject));
    out += QStringLiteral("<p style=\"margin:0 0 12px 0;color:#616161;\">%1</p>\n").arg(escaped(periodText(t, d)));
    out += QStringLiteral("<table style=\"border-collapse:collapse;\">\n<tr>");
    for (const char *h : {QT_TRANSLATE_NOOP("NotificationText", "Status"),
             QT_TRANSLATE_NOOP("NotificationText", "Server"), QT_TRANSLATE_NOOP("NotificationText", "ID"),
             QT_TRANSLATE_NOOP("NotificationText", "Description"), QT_TRANSLATE_NOOP("NotificationText", "Detail")})
        out += QStringLiteral("<th style=\"%1background:#f5f5f5;text-align:left;\">%2</th>").arg(cell, escaped(t(h)));
    out += QStringLiteral("</tr>\n");
    for (const Row &r : rows) {
        out += QStringLiteral(
            "<tr><td style=\"%1background:%2;color:#ffffff;font-weight:bold;white-space:nowrap;\">%3</td>")
                   .arg(cell, r.color, escaped(r.label));
        out += QStringLiteral("<td style=\"%1\">%2</td><td style=\"%1\">%3</td><td style=\"%1\">%4</td>")
                   .arg(cell, escaped(r.server), escaped(r.id), escaped(r.description));
        out += QStringLiteral("<td style=\"%1\">%2</td></tr>\n").arg(cell, escaped(r.details.join(QLatin1Char('\n'))));
    }
    out += QStringLiteral("</table>\n");
    if (d.omitted > 0)
        out += QStringLiteral("<p>%1</p>\n").arg(escaped(omittedText(t, d.omitted)));
    out += QStringLiteral("<p style=\"margin-top:16px;color:#757575;font-size:12px;\">%1</p>\n")
               .arg(escaped(footerText(t)));
    out += QStringLiteral("</body></html>\n");
    return out;
}

// Slack wants &, < and > escaped in "text" (they start its links and mentions).
QString slackEscaped(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

QString webhookText(const Translation &t, const Digest &d, const QString &subject, const QList<Row> &rows)
{
    QString out = subject + QStringLiteral("\n\n");
    for (const Row &r : rows) {
        const QString title = rowTitle(r);
        QStringList parts;
        if (!title.isEmpty())
            parts << title;
        parts << r.details;
        out += QStringLiteral("- ") + r.label + QStringLiteral(": ") + parts.join(QStringLiteral(" — "))
            + QLatin1Char('\n');
    }
    if (d.omitted > 0)
        out += omittedText(t, d.omitted) + QLatin1Char('\n');
    return slackEscaped(out.trimmed());
}
} // namespace

QString digestEntryColor(const DigestEntry &entry)
{
    // ui/statusstyle.cpp statusColor(): Applied, Blocked, Failed, Obsolete, Pending.
    const QString green = QStringLiteral("#2e7d32"), amber = QStringLiteral("#c26a00"), red = QStringLiteral("#c62828"),
                  purple = QStringLiteral("#7b1fa2"), blue = QStringLiteral("#1565c0");
    if (entry.phase == DigestPhase::Cleared)
        return green;
    switch (entry.kind) {
    case DigestKind::Failed:
    case DigestKind::Unreachable:
    case DigestKind::FeedRefused:
        return red;
    case DigestKind::FeedStale:
    case DigestKind::Blocked:
        return amber;
    case DigestKind::Obsolete:
        return purple;
    case DigestKind::Applied:
        return green;
    case DigestKind::FeedAccepted:
    case DigestKind::Test:
        return blue;
    }
    return blue;
}

RenderedDigest renderDigest(const Digest &digest, const QString &language)
{
    const Translation t(language);
    QList<Row> rows;
    QList<DigestEntry> resolved;
    for (const DigestEntry &e : digest.entries) {
        if (e.phase == DigestPhase::Cleared)
            resolved << e; // the good news last
        else
            rows << rowFor(t, e);
    }
    for (const DigestEntry &e : resolved)
        rows << rowFor(t, e);

    RenderedDigest out;
    out.language = t.language;
    out.subject = subjectOf(t, digest);
    out.text = plainText(t, digest, out.subject, rows);
    out.html = htmlText(t, digest, out.subject, rows);
    QJsonObject body;
    body.insert(QStringLiteral("text"), webhookText(t, digest, out.subject, rows));
    body.insert(QStringLiteral("title"), out.subject);
    body.insert(QStringLiteral("summary"), out.subject);
    body.insert(QStringLiteral("language"), t.language);
    body.insert(QStringLiteral("digest"), digest.toJson());
    out.webhookJson = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return out;
}

} // namespace em
