// The digest's rules, driven cycle by cycle with the test clock: an unchanged
// cycle tells nothing; a lasting problem is told when it starts, reminded
// after the period, and told once when it clears; what was pending is merged
// and kept until delivered; the memory survives a JSON round trip.

#include <QJsonDocument>
#include <QtTest>

#include "model/clock.h"
#include "model/mitigation.h"
#include "model/text.h"
#include "report/notify/digest.h"

using namespace em;

namespace {
const QDateTime start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);

NotifyAction action(const QString &id, ActionStatus status, const QString &detail = {}, bool appliedNow = false)
{
    NotifyAction a;
    a.actionId = id;
    a.description = QStringLiteral("Description of %1").arg(id);
    a.status = status;
    a.detail = detail;
    a.appliedNow = appliedNow;
    a.change = appliedNow ? QStringLiteral("added rule 'EEMS %1'").arg(id) : QString();
    a.rollback = QStringLiteral("Remove the rule 'EEMS %1'.").arg(id);
    return a;
}

NotifyServer server(const QString &name, const QList<NotifyAction> &actions)
{
    return {name, QString(), actions};
}

NotifyServer unreachable(const QString &name, const QString &why)
{
    return {name, why, {}};
}

CycleDigestInput cycle(const QList<NotifyServer> &servers, NotifyFeed feed = {})
{
    CycleDigestInput in;
    in.at = Clock::now();
    in.servers = servers;
    in.feed = feed;
    return in;
}

template<typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

QStringList describe(const std::optional<Digest> &d)
{
    QStringList out;
    if (!d)
        return out;
    for (const DigestEntry &e : d->entries)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(digestKindName(e.kind), digestPhaseName(e.phase), e.server, e.id)
                   .trimmed();
    return out;
}

// The steady state of a two-server organization: PING1 applied everywhere.
QList<NotifyServer> healthy()
{
    return {server(QStringLiteral("EX01"), {action(QStringLiteral("PING1"), ActionStatus::Applied)}),
        server(QStringLiteral("EX02"), {action(QStringLiteral("PING1"), ActionStatus::Applied)})};
}
} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private:
    NotifyMemory m_memory;
    NotifyRules m_rules;

    // One cycle at the clock's time: returns the digest, keeps the memory.
    std::optional<Digest> run(const QList<NotifyServer> &servers, const NotifyFeed &feed = {}, bool complete = true)
    {
        CycleDigestInput in = cycle(servers, feed);
        in.complete = complete;
        DigestStep step = computeDigest(m_memory, in, m_rules);
        m_memory = step.memory;
        return step.digest;
    }

private slots:
    void init()
    {
        Clock::setFixed(start);
        m_memory = {};
        m_rules = {};
        m_rules.reminderAfter = std::chrono::hours(24);
    }

    void cleanup() { Clock::reset(); }

    void unchangedCycleSendsNothing()
    {
        QVERIFY(!run(healthy()));
        Clock::advance(3600);
        QVERIFY(!run(healthy()));
        QVERIFY(m_memory.conditions.isEmpty());
    }

    void appliedIsToldOnce()
    {
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M1.1"), ActionStatus::Applied, {}, true);
        const auto d = run(servers);
        QCOMPARE(describe(d), QStringList {QStringLiteral("applied started EX01 M1.1")});
        QCOMPARE(d->entries.first().detail, QStringLiteral("added rule 'EEMS M1.1'"));
        QCOMPARE(d->entries.first().description, QStringLiteral("Description of M1.1"));
        QCOMPARE(d->entries.first().at, start);
        // Next hour it is simply in place: nothing to tell.
        Clock::advance(3600);
        servers[0].actions.last().appliedNow = false;
        QVERIFY(!run(servers));
    }

    void failureStartsRemindsAndClears()
    {
        QList<NotifyServer> servers = healthy();
        servers[1].actions << action(QStringLiteral("M1.1"), ActionStatus::Failed, QStringLiteral("access denied"));
        auto d = run(servers);
        QCOMPARE(describe(d), QStringList {QStringLiteral("failed started EX02 M1.1")});
        QCOMPARE(d->entries.first().detail, QStringLiteral("access denied"));
        QCOMPARE(d->entries.first().since, start);

        // The same failure every hour for a day: told once.
        for (int hour = 1; hour < 24; ++hour) {
            Clock::advance(3600);
            const auto d = run(servers);
            QVERIFY2(!d, qPrintable(QStringLiteral("hour %1: %2").arg(hour).arg(describe(d).join(QLatin1Char(';')))));
        }
        // 24 h after it was told: one reminder, with the latest error and the start.
        Clock::advance(3600);
        servers[1].actions.last().detail = QStringLiteral("file locked");
        d = run(servers);
        QCOMPARE(describe(d), QStringList {QStringLiteral("failed reminder EX02 M1.1")});
        QCOMPARE(d->entries.first().detail, QStringLiteral("file locked"));
        QCOMPARE(d->entries.first().since, start);
        Clock::advance(3600);
        QVERIFY(!run(servers));

        // It clears: told once, with the status now.
        Clock::advance(3600);
        servers[1].actions.last() = action(QStringLiteral("M1.1"), ActionStatus::Applied, {}, true);
        d = run(servers);
        QCOMPARE(describe(d),
            (QStringList {QStringLiteral("failed cleared EX02 M1.1"), QStringLiteral("applied started EX02 M1.1")}));
        QCOMPARE(d->entries.first().detail, QStringLiteral("Applied"));
        QCOMPARE(d->entries.first().since, start);
        servers[1].actions.last().appliedNow = false;
        Clock::advance(3600);
        QVERIFY(!run(servers));
        QVERIFY(m_memory.conditions.isEmpty());
    }

    void noReminderWhenPeriodIsZero()
    {
        m_rules.reminderAfter = std::chrono::seconds(0);
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M1.1"), ActionStatus::Failed, QStringLiteral("x"));
        QVERIFY(run(servers));
        Clock::advance(30 * 86400);
        QVERIFY(!run(servers));
    }

    void failingAgainAfterClearingIsNew()
    {
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M1.1"), ActionStatus::Failed, QStringLiteral("x"));
        QVERIFY(run(servers));
        Clock::advance(3600);
        servers[0].actions.last().status = ActionStatus::Applied;
        QCOMPARE(describe(run(servers)), QStringList {QStringLiteral("failed cleared EX01 M1.1")});
        Clock::advance(3600);
        servers[0].actions.last().status = ActionStatus::Failed;
        const auto d = run(servers);
        QCOMPARE(describe(d), QStringList {QStringLiteral("failed started EX01 M1.1")});
        QCOMPARE(d->entries.first().since, start.addSecs(7200));
    }

    void obsoleteCarriesRollbackAndBlockedIsToldOnce()
    {
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(
            QStringLiteral("M2.1"), ActionStatus::Obsolete, QStringLiteral("build outside range"));
        servers[1].actions << action(QStringLiteral("M3.1"), ActionStatus::Blocked);
        auto d = run(servers);
        QCOMPARE(describe(d),
            (QStringList {QStringLiteral("obsolete started EX01 M2.1"), QStringLiteral("blocked started EX02 M3.1")}));
        QCOMPARE(d->entries.first().rollback, QStringLiteral("Remove the rule 'EEMS M2.1'."));
        // A day on: the obsolete action (admins must act) is reminded, the block (their choice) is not.
        Clock::advance(86400);
        QCOMPARE(describe(run(servers)), QStringList {QStringLiteral("obsolete reminder EX01 M2.1")});
        // Unblocked and applied: the applied news, no "cleared" for a block.
        Clock::advance(3600);
        servers[1].actions.last() = action(QStringLiteral("M3.1"), ActionStatus::Applied, {}, true);
        QCOMPARE(describe(run(servers)), QStringList {QStringLiteral("applied started EX02 M3.1")});
        // Rolled back: obsolete cleared (now not applicable).
        Clock::advance(3600);
        servers[0].actions.last() = action(QStringLiteral("M2.1"), ActionStatus::NotApplicable);
        servers[1].actions.last().appliedNow = false;
        const auto cleared = run(servers);
        QCOMPARE(describe(cleared), QStringList {QStringLiteral("obsolete cleared EX01 M2.1")});
        QCOMPARE(cleared->entries.first().detail, QStringLiteral("NotApplicable"));
    }

    void unreachableServer()
    {
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M1.1"), ActionStatus::Failed, QStringLiteral("x"));
        QVERIFY(run(servers));
        Clock::advance(3600);
        // Unreachable: told; what was known of its actions is neither cleared nor repeated.
        QList<NotifyServer> down = healthy();
        down[0] = unreachable(QStringLiteral("EX01"), QStringLiteral("ssh: connection refused"));
        auto d = run(down);
        QCOMPARE(describe(d), QStringList {QStringLiteral("unreachable started EX01")});
        QCOMPARE(d->entries.first().detail, QStringLiteral("ssh: connection refused"));
        QVERIFY(m_memory.conditions.contains(QStringLiteral("failed|EX01|M1.1")));
        Clock::advance(3600);
        QVERIFY(!run(down));
        // Back: reachable again, and the action's failure goes on unchanged (not re-sent).
        Clock::advance(3600);
        QCOMPARE(describe(run(servers)), QStringList {QStringLiteral("unreachable cleared EX01")});
    }

    void partialCycleLeavesOtherServersAlone()
    {
        QList<NotifyServer> servers = healthy();
        servers[1].actions << action(QStringLiteral("M1.1"), ActionStatus::Failed, QStringLiteral("x"));
        QVERIFY(run(servers));
        // `emctl run --identity EX01`: EX02 not taken up, its failure not cleared.
        Clock::advance(3600);
        QVERIFY(!run({healthy().first()}, {}, false));
        QVERIFY(m_memory.conditions.contains(QStringLiteral("failed|EX02|M1.1")));
        // A complete cycle without EX02 (removed from the directory): forgotten silently.
        Clock::advance(3600);
        QVERIFY(!run({healthy().first()}, {}, true));
        QVERIFY(m_memory.conditions.isEmpty());
    }

    void feedAcceptedRefusedStale()
    {
        NotifyFeed feed;
        feed.outcome = NotifyFeed::Outcome::Accepted;
        feed.source = QStringLiteral("https://feed.example/eocs.xml");
        feed.signer = QStringLiteral("CN=EM Test Feed Signing");
        feed.signingTime = start.addSecs(-600);
        Catalog before, after;
        before.mitigations = {{QStringLiteral("PING1"), QStringLiteral("Heartbeat"), {}, {}, {}},
            {QStringLiteral("M3"), QStringLiteral("Old one"), {}, {}, {}}};
        after.mitigations = {{QStringLiteral("PING1"), QStringLiteral("Heartbeat"), {}, {}, {}},
            {QStringLiteral("M5"), QStringLiteral("New one"), {}, {}, {}}};
        setCatalogChange(feed, before, after);
        QCOMPARE(feed.added, (QList<MitigationSummary> {{QStringLiteral("M5"), QStringLiteral("New one")}}));
        QCOMPARE(feed.removed, (QList<MitigationSummary> {{QStringLiteral("M3"), QStringLiteral("Old one")}}));
        auto d = run(healthy(), feed);
        QCOMPARE(describe(d), QStringList {QStringLiteral("feed-accepted started")});
        QCOMPARE(d->entries.first().added.first().id, QStringLiteral("M5"));
        QCOMPARE(d->entries.first().signer, QStringLiteral("CN=EM Test Feed Signing"));

        // Unchanged afterwards: nothing.
        Clock::advance(3600);
        feed.outcome = NotifyFeed::Outcome::Unchanged;
        QVERIFY(!run(healthy(), feed));

        // Refused every hour: told once, reminded after a day, cleared by the next good check.
        feed.outcome = NotifyFeed::Outcome::Refused;
        feed.reason = QStringLiteral("signature: digest mismatch");
        Clock::advance(3600);
        d = run(healthy(), feed);
        QCOMPARE(describe(d), QStringList {QStringLiteral("feed-refused started")});
        QCOMPARE(d->entries.first().detail, QStringLiteral("signature: digest mismatch"));
        Clock::advance(3600);
        QVERIFY(!run(healthy(), feed));
        // A cycle without a feed check (NotChecked) leaves it alone.
        Clock::advance(3600);
        QVERIFY(!run(healthy(), NotifyFeed {}));
        Clock::advance(86400);
        QCOMPARE(describe(run(healthy(), feed)), QStringList {QStringLiteral("feed-refused reminder")});
        Clock::advance(3600);
        feed.outcome = NotifyFeed::Outcome::Unchanged;
        QCOMPARE(describe(run(healthy(), feed)), QStringList {QStringLiteral("feed-refused cleared")});

        // Stale: told once with age and limit, cleared when a fresher feed is in effect.
        feed.stale = true;
        feed.ageSeconds = 9 * 86400;
        feed.maxAge = std::chrono::hours(7 * 24);
        Clock::advance(3600);
        d = run(healthy(), feed);
        QCOMPARE(describe(d), QStringList {QStringLiteral("feed-stale started")});
        QCOMPARE(d->entries.first().ageSeconds, 9 * 86400);
        QCOMPARE(d->entries.first().maxAgeSeconds, 7 * 86400);
        Clock::advance(3600);
        feed.ageSeconds += 3600;
        QVERIFY(!run(healthy(), feed));
        Clock::advance(3600);
        feed.stale = false;
        QCOMPARE(describe(run(healthy(), feed)), QStringList {QStringLiteral("feed-stale cleared")});
    }

    void entriesInSeverityOrder()
    {
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M1.1"), ActionStatus::Applied, {}, true)
                           << action(QStringLiteral("M2.1"), ActionStatus::Failed, QStringLiteral("x"));
        servers[1] = unreachable(QStringLiteral("EX02"), QStringLiteral("down"));
        QCOMPARE(describe(run(servers)),
            (QStringList {QStringLiteral("failed started EX01 M2.1"), QStringLiteral("unreachable started EX02"),
                QStringLiteral("applied started EX01 M1.1")}));
    }

    void memoryRoundTrip()
    {
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M2.1"), ActionStatus::Failed, QStringLiteral("x"));
        servers[1] = unreachable(QStringLiteral("EX02"), QStringLiteral("down"));
        NotificationState state;
        auto step = advanceNotifications(state, cycle(servers), m_rules, true, true);
        QVERIFY(step.digest);
        QVERIFY(step.state.pendingMail);
        QVERIFY(step.state.pendingWebhook);
        const QByteArray json = step.state.toJson();
        auto back = NotificationState::fromJson(json);
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->memory, step.state.memory);
        QCOMPARE(back->pendingMail->id, step.state.pendingMail->id);
        QCOMPARE(back->pendingMail->entries, step.state.pendingMail->entries);
        QCOMPARE(back->toJson(), json);
        // The restored memory behaves the same: the next identical cycle tells nothing.
        Clock::advance(3600);
        QVERIFY(!computeDigest(back->memory, cycle(servers), m_rules).digest);
    }

    void badStateIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << "notification state: not JSON";
        QTest::newRow("format") << QByteArray(R"({"format":"other"})")
                                << "format 'other' is not emconsole-notify-state/1";
        QTest::newRow("kind") << QByteArray(R"({"format":"emconsole-notify-state/1","conditions":[{"kind":"bogus"}]})")
                              << "unknown condition kind 'bogus'";
        QTest::newRow("times") << QByteArray(
            R"({"format":"emconsole-notify-state/1","conditions":[{"kind":"failed","server":"EX01","id":"M1.1"}]})")
                               << "condition 'failed|EX01|M1.1' has no valid times";
        QTest::newRow("pending") << QByteArray(
            R"({"format":"emconsole-notify-state/1","pending":{"mail":{"format":"emconsole-digest/1","id":"x","entries":[{"kind":"applied","phase":"later"}]}}})")
                                 << "pending mail: digest x, entry 1: digest entry: unknown phase 'later'";
    }

    void badStateIsAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto state = NotificationState::fromJson(json);
        QVERIFY(!state);
        QVERIFY2(state.error().message.contains(message), qPrintable(state.error().message));
        QVERIFY(NotificationState::fromJson(QByteArray()).has_value()); // nothing stored yet
    }

    void pendingIsMergedAndSettled()
    {
        NotificationState state;
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M2.1"), ActionStatus::Failed, QStringLiteral("x"));
        auto step = advanceNotifications(state, cycle(servers), m_rules, true, true);
        state = step.state;
        const QString firstId = state.pendingMail->id;
        // Mail failed, webhook delivered.
        markDelivered(state, NotifyChannel::Webhook, firstId);
        QVERIFY(state.pendingMail);
        QVERIFY(!state.pendingWebhook);

        // Next cycle: news joins the mail still pending.
        Clock::advance(3600);
        servers[1].actions << action(QStringLiteral("M1.1"), ActionStatus::Applied, {}, true);
        step = advanceNotifications(state, cycle(servers), m_rules, true, true);
        state = step.state;
        QCOMPARE(describe(step.digest), QStringList {QStringLiteral("applied started EX02 M1.1")});
        QCOMPARE(describe(state.pendingMail),
            (QStringList {QStringLiteral("failed started EX01 M2.1"), QStringLiteral("applied started EX02 M1.1")}));
        QCOMPARE(state.pendingMail->from, start);
        QCOMPARE(state.pendingMail->to, start.addSecs(3600));
        QCOMPARE(describe(state.pendingWebhook), QStringList {QStringLiteral("applied started EX02 M1.1")});

        // Delivering an older version of the pending mail does not drop the newer one.
        markDelivered(state, NotifyChannel::Mail, firstId);
        QVERIFY(state.pendingMail);
        markDelivered(state, NotifyChannel::Mail, state.pendingMail->id);
        QVERIFY(!state.pendingMail);

        // A channel switched off keeps nothing waiting.
        step = advanceNotifications(state, cycle(servers), m_rules, true, false);
        QVERIFY(!step.state.pendingWebhook);
    }

    void mergeReplacesAndCaps()
    {
        Digest older;
        older.id = QStringLiteral("a");
        older.from = older.to = start;
        for (int i = 0; i < 5; ++i) {
            DigestEntry e;
            e.kind = DigestKind::Failed;
            e.server = QStringLiteral("EX0%1").arg(i);
            e.id = QStringLiteral("M1.1");
            e.detail = QStringLiteral("old");
            e.at = start.addSecs(i);
            older.entries << e;
        }
        Digest newer;
        newer.id = QStringLiteral("b");
        newer.from = newer.to = start.addSecs(3600);
        DigestEntry reminder = older.entries.at(0);
        reminder.phase = DigestPhase::Reminder;
        reminder.at = newer.to;
        DigestEntry again = older.entries.at(1);
        again.detail = QStringLiteral("new");
        again.at = newer.to;
        newer.entries << reminder << again;
        Digest merged = mergeDigests(older, newer, 500);
        QCOMPARE(merged.entries.size(), 6); // EX01's entry replaced, EX00's reminder added
        QCOMPARE(merged.count(DigestKind::Failed, DigestPhase::Reminder), 1);
        for (const DigestEntry &e : merged.entries) {
            if (e.server == QLatin1String("EX01"))
                QCOMPARE(e.detail, QStringLiteral("new"));
        }
        QVERIFY(merged.id != older.id && merged.id != newer.id);
        QCOMPARE(merged.from, start);
        QCOMPARE(merged.to, start.addSecs(3600));

        Digest capped = mergeDigests(older, newer, 3);
        QCOMPARE(capped.entries.size(), 3);
        QCOMPARE(capped.omitted, 3);
        // The oldest went: what is left is the newest news.
        for (const DigestEntry &e : capped.entries)
            QVERIFY2(e.at >= start.addSecs(3), qPrintable(isoTime(e.at)));
    }

    void digestJsonRoundTrip()
    {
        QList<NotifyServer> servers = healthy();
        servers[0].actions << action(QStringLiteral("M2.1"), ActionStatus::Obsolete, QStringLiteral("é \"quoted\""));
        NotifyFeed feed;
        feed.outcome = NotifyFeed::Outcome::Accepted;
        feed.signingTime = start;
        feed.added = {{QStringLiteral("M5"), QStringLiteral("New")}};
        auto d = run(servers, feed);
        QVERIFY(d);
        const QJsonObject json = d->toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("emconsole-digest/1"));
        QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("obsolete")).toInt(), 1);
        auto back = Digest::fromJson(json);
        QVERIFY2(back, qPrintable(why(back)));
        QCOMPARE(back->entries, d->entries);
    }

    void testDigest()
    {
        const Digest d = makeTestDigest(start, QStringLiteral("admin on host1"));
        QCOMPARE(d.entries.size(), 1);
        QCOMPARE(d.entries.first().kind, DigestKind::Test);
        QCOMPARE(d.entries.first().detail, QStringLiteral("admin on host1"));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
