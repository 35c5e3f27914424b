// The digest as people read it: subject, plain text, HTML table with the
// console's colours, webhook JSON; in English and in French whatever language
// the program runs in; untrusted text (error messages, server names) escaped.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "report/notify/digestrender.h"

using namespace em;

namespace {
const QDateTime at = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);

DigestEntry entry(DigestKind kind, DigestPhase phase, const QString &server, const QString &id, const QString &detail)
{
    DigestEntry e;
    e.kind = kind;
    e.phase = phase;
    e.server = server;
    e.id = id;
    e.description = id.isEmpty() ? QString() : QStringLiteral("Block autodiscover PowerShell requests");
    e.detail = detail;
    e.since = at.addDays(-1);
    e.at = at;
    return e;
}

Digest sample()
{
    Digest d;
    d.id = QStringLiteral("20261126T100000Z-1");
    d.from = d.to = at;
    d.entries << entry(DigestKind::Failed, DigestPhase::Started, QStringLiteral("EX01"), QStringLiteral("M1.1"),
        QStringLiteral("cannot write applicationHost.config: <access denied> & more"));
    d.entries << entry(DigestKind::Failed, DigestPhase::Reminder, QStringLiteral("EX03"), QStringLiteral("M1.1"),
        QStringLiteral("file locked"));
    d.entries << entry(DigestKind::Unreachable, DigestPhase::Started, QStringLiteral("EX04"), QString(),
        QStringLiteral("ssh: connection refused"));
    DigestEntry refused = entry(DigestKind::FeedRefused, DigestPhase::Started, QString(), QString(),
        QStringLiteral("signature: digest mismatch"));
    refused.source = QStringLiteral("https://feed.contoso.com/eocs.xml");
    d.entries << refused;
    DigestEntry obsolete
        = entry(DigestKind::Obsolete, DigestPhase::Started, QStringLiteral("EX02"), QStringLiteral("M2.1"), QString());
    obsolete.rollback = QStringLiteral("Remove the rule \"EEMS M2.1 OWA - outbound\".");
    d.entries << obsolete;
    d.entries << entry(
        DigestKind::Blocked, DigestPhase::Started, QStringLiteral("EX02"), QStringLiteral("M3.1"), QString());
    d.entries << entry(DigestKind::Applied, DigestPhase::Started, QStringLiteral("EX02"), QStringLiteral("M1.1"),
        QStringLiteral("added rule 'EEMS M1.1 PowerShell - inbound'"));
    DigestEntry accepted = entry(DigestKind::FeedAccepted, DigestPhase::Started, QString(), QString(), QString());
    accepted.signer = QStringLiteral("CN=EM Test Feed Signing, O=EM Test");
    accepted.signingTime = at.addSecs(-3600);
    accepted.source = QStringLiteral("https://feed.contoso.com/eocs.xml");
    accepted.added = {{QStringLiteral("M5"), QStringLiteral("Disable IMAP4")}};
    d.entries << accepted;
    d.entries << entry(DigestKind::Failed, DigestPhase::Cleared, QStringLiteral("EX05"), QStringLiteral("M1.1"),
        QStringLiteral("Applied"));
    return d;
}
} // namespace

class TestDigestRender : public QObject
{
    Q_OBJECT

private slots:
    void english()
    {
        const RenderedDigest r = renderDigest(sample(), QStringLiteral("en"));
        QCOMPARE(r.language, QStringLiteral("en"));
        QCOMPARE(r.subject,
            QStringLiteral("EM Console: 2 failed, 1 server unreachable, feed refused, 1 to roll back, 1 blocked, "
                           "1 applied, new feed, 1 resolved"));
        // Plain text: sections with their rows, details indented.
        QVERIFY2(r.text.contains(QStringLiteral("FAILED\n- EX01, M1.1 (Block autodiscover PowerShell requests)\n"
                                                "  cannot write applicationHost.config: <access denied> & more\n")),
            qPrintable(r.text));
        QVERIFY2(r.text.contains(QStringLiteral("- EX03, M1.1 (Block autodiscover PowerShell requests)\n  file locked\n"
                                                "  Reminder: so since 2026-11-25 10:00 UTC.\n")),
            qPrintable(r.text));
        QVERIFY(r.text.contains(QStringLiteral("SERVER UNREACHABLE\n- EX04\n  ssh: connection refused\n")));
        QVERIFY(r.text.contains(QStringLiteral("FEED REFUSED\n- https://feed.contoso.com/eocs.xml\n  signature: digest "
                                               "mismatch\n  The previous feed stays in effect.\n")));
        QVERIFY(
            r.text.contains(QStringLiteral("OBSOLETE: ROLL BACK\n- EX02, M2.1 (Block autodiscover PowerShell "
                                           "requests)\n  Rollback: Remove the rule \"EEMS M2.1 OWA - outbound\".\n")));
        QVERIFY(r.text.contains(QStringLiteral("SKIPPED: BLOCKED\n- EX02, M3.1")));
        QVERIFY(
            r.text.contains(QStringLiteral("APPLIED\n- EX02, M1.1 (Block autodiscover PowerShell requests)\n  added "
                                           "rule 'EEMS M1.1 PowerShell - inbound'\n")));
        QVERIFY(
            r.text.contains(QStringLiteral("NEW FEED ACCEPTED\n- https://feed.contoso.com/eocs.xml\n  Signed by CN=EM "
                                           "Test Feed Signing, O=EM Test at 2026-11-26 09:00 UTC.\n  New mitigations: "
                                           "M5 (Disable IMAP4)\n")));
        QVERIFY(
            r.text.contains(QStringLiteral("RESOLVED\n- EX05, M1.1 (Block autodiscover PowerShell requests)\n  No "
                                           "longer failing; now Applied.\n  It started at 2026-11-25 10:00 UTC.\n")));
        // Resolved comes last.
        QVERIFY(r.text.indexOf(QStringLiteral("RESOLVED")) > r.text.indexOf(QStringLiteral("NEW FEED ACCEPTED")));
    }

    void html()
    {
        const RenderedDigest r = renderDigest(sample(), QStringLiteral("en"));
        QVERIFY(r.html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
        // Untrusted text is escaped.
        QVERIFY(
            r.html.contains(QStringLiteral("cannot write applicationHost.config: &lt;access denied&gt; &amp; more")));
        QVERIFY(!r.html.contains(QStringLiteral("<access denied>")));
        // One row per entry, the status cell in the console's colour.
        QCOMPARE(r.html.count(QStringLiteral("<tr><td")), sample().entries.size());
        QVERIFY(r.html.contains(
            QStringLiteral("background:#c62828;color:#ffffff;font-weight:bold;white-space:nowrap;\">Failed</td>")));
        QVERIFY(r.html.contains(
            QStringLiteral("background:#2e7d32;color:#ffffff;font-weight:bold;white-space:nowrap;\">Applied</td>")));
        QVERIFY(r.html.contains(QStringLiteral(
            "background:#7b1fa2;color:#ffffff;font-weight:bold;white-space:nowrap;\">Obsolete: roll back</td>")));
        QVERIFY(r.html.contains(QStringLiteral(
            "background:#c26a00;color:#ffffff;font-weight:bold;white-space:nowrap;\">Skipped: blocked</td>")));
        QVERIFY(r.html.contains(QStringLiteral(
            "background:#1565c0;color:#ffffff;font-weight:bold;white-space:nowrap;\">New feed accepted</td>")));
        QVERIFY(r.html.contains(
            QStringLiteral("<td style=\"padding:6px 8px;border:1px solid #e0e0e0;vertical-align:top;\">EX01</td>")));
    }

    void colors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("phase");
        QTest::addColumn<QString>("color");
        QTest::newRow("failed") << int(DigestKind::Failed) << int(DigestPhase::Started) << "#c62828";
        QTest::newRow("failed reminder") << int(DigestKind::Failed) << int(DigestPhase::Reminder) << "#c62828";
        QTest::newRow("failed cleared") << int(DigestKind::Failed) << int(DigestPhase::Cleared) << "#2e7d32";
        QTest::newRow("unreachable") << int(DigestKind::Unreachable) << int(DigestPhase::Started) << "#c62828";
        QTest::newRow("refused") << int(DigestKind::FeedRefused) << int(DigestPhase::Started) << "#c62828";
        QTest::newRow("stale") << int(DigestKind::FeedStale) << int(DigestPhase::Started) << "#c26a00";
        QTest::newRow("obsolete") << int(DigestKind::Obsolete) << int(DigestPhase::Started) << "#7b1fa2";
        QTest::newRow("blocked") << int(DigestKind::Blocked) << int(DigestPhase::Started) << "#c26a00";
        QTest::newRow("applied") << int(DigestKind::Applied) << int(DigestPhase::Started) << "#2e7d32";
        QTest::newRow("feed") << int(DigestKind::FeedAccepted) << int(DigestPhase::Started) << "#1565c0";
    }

    void colors()
    {
        QFETCH(int, kind);
        QFETCH(int, phase);
        QFETCH(QString, color);
        DigestEntry e;
        e.kind = DigestKind(kind);
        e.phase = DigestPhase(phase);
        QCOMPARE(digestEntryColor(e), color);
    }

    void french()
    {
        // The program runs in English (no translator installed); the organization reads French.
        const RenderedDigest r = renderDigest(sample(), QStringLiteral("fr"));
        QCOMPARE(r.language, QStringLiteral("fr"));
        QVERIFY2(r.subject.startsWith(QStringLiteral("EM Console : 2 en échec")), qPrintable(r.subject));
        QVERIFY2(r.text.contains(QStringLiteral("ÉCHEC\n- EX01, M1.1")), qPrintable(r.text));
        QVERIFY2(r.text.contains(QStringLiteral("Retour arrière : Remove the rule")), qPrintable(r.text));
        QVERIFY(r.html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\">")));
        QVERIFY2(r.html.contains(QStringLiteral(">Serveur</th>")), qPrintable(r.html));
        QVERIFY(!r.text.contains(QStringLiteral("Reminder")));
        QVERIFY(!r.text.contains(QStringLiteral("The previous feed")));
        QVERIFY(!r.text.contains(QStringLiteral("Sent by")));
        const QJsonObject json = QJsonDocument::fromJson(r.webhookJson).object();
        QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(json.value(QStringLiteral("title")).toString(), r.subject);
    }

    void unknownLanguageIsEnglish()
    {
        QCOMPARE(renderDigest(sample(), QStringLiteral("de")).language, QStringLiteral("en"));
    }

    void webhookJson()
    {
        const Digest d = sample();
        const RenderedDigest r = renderDigest(d, QStringLiteral("en"));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.webhookJson, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString text = json.value(QStringLiteral("text")).toString();
        QVERIFY(text.startsWith(r.subject
            + QStringLiteral("\n\n- Failed: EX01, M1.1 (Block autodiscover PowerShell "
                             "requests) — cannot write applicationHost.config: "
                             "&lt;access denied&gt; &amp; more\n")));
        QCOMPARE(json.value(QStringLiteral("title")).toString(), r.subject);
        QCOMPARE(json.value(QStringLiteral("summary")).toString(), r.subject);
        const QJsonObject digest = json.value(QStringLiteral("digest")).toObject();
        QCOMPARE(digest.value(QStringLiteral("format")).toString(), QStringLiteral("emconsole-digest/1"));
        QCOMPARE(digest.value(QStringLiteral("id")).toString(), d.id);
        QCOMPARE(digest.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-26T10:00:00Z"));
        const QJsonObject counts = digest.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("failed")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("applied")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("cleared")).toInt(), 1);
        const QJsonArray entries = digest.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), d.entries.size());
        const QJsonObject first = entries.first().toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("failed"));
        QCOMPARE(first.value(QStringLiteral("phase")).toString(), QStringLiteral("started"));
        QCOMPARE(first.value(QStringLiteral("server")).toString(), QStringLiteral("EX01"));
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("M1.1"));
        QCOMPARE(first.value(QStringLiteral("detail")).toString(),
            QStringLiteral("cannot write applicationHost.config: <access denied> & more"));
        auto back = Digest::fromJson(digest);
        QVERIFY(back);
        QCOMPARE(back->entries, d.entries);
    }

    void testMessage()
    {
        const RenderedDigest r
            = renderDigest(makeTestDigest(at, QStringLiteral("root on emhost")), QStringLiteral("en"));
        QCOMPARE(r.subject, QStringLiteral("EM Console: test notification"));
        QVERIFY2(r.text.contains(QStringLiteral("- This is a test notification sent by root on emhost at 2026-11-26 "
                                                "10:00 UTC: this channel works.")),
            qPrintable(r.text));
    }

    void mergedDigestSaysSo()
    {
        Digest d = sample();
        d.from = at.addSecs(-7200);
        d.omitted = 3;
        const RenderedDigest r = renderDigest(d, QStringLiteral("en"));
        QVERIFY(r.text.contains(QStringLiteral("Mitigation cycles from 2026-11-26 08:00 UTC to 2026-11-26 10:00 UTC "
                                               "(earlier delivery failed).")));
        QVERIFY2(r.text.contains(QStringLiteral("3 older entries left out: see the events in the console.")),
            qPrintable(r.text));
    }
};

QTEST_GUILESS_MAIN(TestDigestRender)
#include "tst_digestrender.moc"
