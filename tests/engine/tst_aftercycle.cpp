// notifyAfterCycle and the notification settings in the directory (issue 16):
// settings checked, stored and audited without secrets (the webhook's token,
// the SMTP password); a cycle report read as the digest reads it; nothing
// remembered while no channel is set; a corrupt state named; a webhook that
// answers 503 gives event 1008 and gets the kept digest at the next cycle,
// and an unchanged cycle after that sends nothing (a real HTTPS receiver).

#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QtTest>

#include "directory/notificationstore.h"
#include "directory/orgdirectory.h"
#include "engine/aftercycle.h"
#include "engine/cycle.h"
#include "feed/threadcrypto.h"
#include "testpki.h"
#include "testserver.h"

using namespace em;

namespace {
const Actor admin {QStringLiteral("alice"), QStringLiteral("admin-ws")};

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

Catalog catalog()
{
    Action a;
    a.id = S("M1.1");
    a.mitigationId = S("M1");
    a.type = ActionType::UrlRewrite;
    a.description = S("Block autodiscover PowerShell requests");
    Mitigation m;
    m.id = S("M1");
    m.description = S("Mitigation of CVE-2022-41040");
    m.rollback = S("Remove the rule by hand.");
    m.actions = {a};
    Catalog c;
    c.mitigations = {m};
    return c;
}

ActionOutcome outcome(const QString &server, ActionStatus status, const QString &change, const QString &detail = {})
{
    ActionOutcome o;
    o.status.server = server;
    o.status.actionId = S("M1.1");
    o.status.status = status;
    if (!detail.isEmpty())
        o.status.detail = StatusDetail::text(detail);
    o.change = change;
    return o;
}

CycleReport failingCycle()
{
    ServerOutcome ex01;
    ex01.server = S("EX01");
    ex01.actions = {outcome(S("EX01"), ActionStatus::Failed, {}, S("cannot write web.config: access denied"))};
    CycleReport report;
    report.servers = {ex01};
    return report;
}
} // namespace

class TestAfterCycle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<OrgDirectory> m_dir;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<testserver::Server> m_hook;
    int m_status = 200;

    NotificationSettings webhookOnly(const QString &path = S("/hooks/T1/B2/s3cr3t")) const
    {
        NotificationSettings s;
        s.webhookUrl = QUrl(m_hook->url(path));
        s.webhookCaFile = m_pki->tlsRoot.certPath;
        s.connectTimeout = std::chrono::seconds(10);
        s.timeout = std::chrono::seconds(20);
        return s;
    }

    // Delivery waits: it runs on a worker (its own connection) while this
    // thread's event loop serves the webhook.
    Result<AfterCycleNotification> notifyInWorker(const CycleReport &report)
    {
        const QString path = m_dir->path();
        QFuture<Result<AfterCycleNotification>> f
            = QtConcurrent::run([path, report]() -> Result<AfterCycleNotification> {
                  const ThreadCryptoRelease releaseCrypto; // a pool thread (HTTPS to the webhook)
                  auto dir = OrgDirectory::open(path);
                  if (!dir)
                      return fail(dir.error());
                  return notifyAfterCycle(**dir, report, {}, true);
              });
        if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 120000))
            return fail(ErrorCode::Cancelled, S("notifyAfterCycle did not return within 120 s"));
        return f.result();
    }

    QList<AuditEntry> auditRows()
    {
        auto rows = m_dir->audit();
        return rows ? *rows : QList<AuditEntry> {};
    }

    QStringList events1008()
    {
        EventFilter filter;
        filter.eventId = EventError;
        auto events = m_dir->events(filter);
        QStringList out;
        if (events) {
            for (const Event &e : *events)
                out << e.message;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_hook = std::make_unique<testserver::Server>(
            [this](const testserver::Request &) {
                testserver::Response r;
                r.status = m_status;
                if (m_status != 200)
                    r.reason = "Service Unavailable";
                return r;
            },
            m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        QVERIFY(m_hook->start());
    }

    void init()
    {
        static int n = 0;
        auto dir = OrgDirectory::open(m_tmp.filePath(QStringLiteral("org%1.db").arg(++n)));
        QVERIFY2(dir, dir ? "" : qPrintable(dir.error().message));
        m_dir = std::move(*dir);
        QVERIFY(
            m_dir->acceptFeed(FeedState {"<EOCS/>", "<EOCS/>", S("00"), S("CN=Test"), QDateTime::currentDateTimeUtc(),
                                  QDateTime::currentDateTimeUtc(), S("test"), S("vendor"), false},
                catalog()));
        m_status = 200;
    }

    void settingsStoredAndAuditedWithoutSecrets()
    {
        auto defaults = notificationSettings(*m_dir);
        QVERIFY(defaults);
        QVERIFY(!defaults->mailEnabled() && !defaults->webhookEnabled());

        NotificationSettings s = webhookOnly();
        s.mailTo = {S("secops@contoso.com")};
        s.smtpUrl = QUrl(S("smtp://mail.contoso.com:587"));
        s.smtpUser = S("em-notify");
        s.smtpPasswordFile = S("/etc/emconsole/smtp-password");
        // Invalid as a whole (no sender): refused, nothing stored, nothing audited.
        auto refused = setNotificationSettings(*m_dir, s, admin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, S("mail recipients are set but no sender address (From)"));
        QCOMPARE(*notificationSettings(*m_dir), NotificationSettings {});
        const qsizetype before = auditRows().size();

        s.mailFrom = S("em@contoso.com");
        QVERIFY(setNotificationSettings(*m_dir, s, admin));
        QCOMPARE(*notificationSettings(*m_dir), s);
        QList<AuditEntry> rows = auditRows().mid(before);
        QStringList properties;
        for (const AuditEntry &e : rows) {
            properties << e.property;
            QCOMPARE(e.action, S("set-org"));
            QCOMPARE(e.who, S("alice"));
            QVERIFY2(!e.newValue.contains(QLatin1String("s3cr3t")), qPrintable(e.newValue));
        }
        QCOMPARE(properties,
            (QStringList {S("NotifyMail"), S("NotifyFrom"), S("SmtpUrl"), S("SmtpUser"), S("SmtpPasswordFile"),
                S("NotifyWebhook"), S("NotifyWebhookCaFile"), S("NotifyConnectTimeout"), S("NotifyTimeout")}));
        QCOMPARE(rows.at(5).newValue, QStringLiteral("https://127.0.0.1:%1/…").arg(m_hook->serverPort()));

        // The same settings again: no audit row.
        QVERIFY(setNotificationSettings(*m_dir, s, admin));
        QCOMPARE(auditRows().size(), before + rows.size());
        // A new token at the same host: audited as such, never the token.
        s.webhookUrl = QUrl(m_hook->url(S("/hooks/T1/B2/n3w-s3cr3t")));
        QVERIFY(setNotificationSettings(*m_dir, s, admin));
        const AuditEntry last = auditRows().last();
        QCOMPARE(last.property, S("NotifyWebhook"));
        QCOMPARE(last.newValue, QStringLiteral("https://127.0.0.1:%1/… (new token)").arg(m_hook->serverPort()));
        QVERIFY(!last.oldValue.contains(QLatin1String("s3cr3t")));
    }

    void reportReadAsTheDigestReadsIt()
    {
        ServerOutcome ex01;
        ex01.server = S("EX01");
        ex01.actions = {outcome(S("EX01"), ActionStatus::Applied, S("added rule 'EEMS M1.1'"))};
        ServerOutcome ex02;
        ex02.server = S("EX02");
        ex02.actions = {outcome(S("EX02"), ActionStatus::Applied, {})}; // already in place: no news
        ServerOutcome ex03;
        ex03.server = S("EX03");
        ex03.actions = {outcome(S("EX03"), ActionStatus::Obsolete, {}, S("build 15.2.1544.4 is outside the range"))};
        ServerOutcome ex04;
        ex04.server = S("EX04");
        ex04.error = S("no host: register one with set-server --host");
        CycleReport report;
        report.servers = {ex01, ex02, ex03, ex04};
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const CycleDigestInput in = cycleDigestInput(report, catalog(), {}, true, at);
        QCOMPARE(in.at, at);
        QVERIFY(in.complete);
        QCOMPARE(in.servers.size(), 4);
        const NotifyAction &applied = in.servers.at(0).actions.first();
        QVERIFY(applied.appliedNow);
        QCOMPARE(applied.description, S("Block autodiscover PowerShell requests"));
        QCOMPARE(applied.change, S("added rule 'EEMS M1.1'"));
        QVERIFY(!in.servers.at(1).actions.first().appliedNow);
        QCOMPARE(in.servers.at(2).actions.first().rollback, S("Remove the rule by hand."));
        QCOMPARE(in.servers.at(2).actions.first().detail, S("build 15.2.1544.4 is outside the range"));
        QCOMPARE(in.servers.at(3).unreachable, S("no host: register one with set-server --host"));
        report.cancelled = true;
        QVERIFY(!cycleDigestInput(report, catalog(), {}, true, at).complete);
        QVERIFY(!cycleDigestInput(failingCycle(), catalog(), {}, false, at).complete);
    }

    void nothingSetNothingRemembered()
    {
        auto notified = notifyAfterCycle(*m_dir, failingCycle(), {}, true);
        QVERIFY(notified);
        QVERIFY(!notified->configured);
        QVERIFY(!notified->digest);
        QCOMPARE(NotificationStore(m_dir->connection()).state().value(), QByteArray());
    }

    void corruptStateIsNamed()
    {
        QVERIFY(setNotificationSettings(*m_dir, webhookOnly(), admin));
        QVERIFY(NotificationStore(m_dir->connection()).setState("{not json"));
        const int hooks = m_hook->requestCount();
        auto notified = notifyAfterCycle(*m_dir, failingCycle(), {}, true);
        QVERIFY(!notified);
        QVERIFY2(notified.error().message.startsWith(QLatin1String("notification state in the directory: ")),
            qPrintable(notified.error().message));
        QCOMPARE(m_hook->requestCount(), hooks); // nothing sent from a state it cannot read
        QVERIFY(!notificationState(*m_dir));
    }

    void failedWebhookIsRetriedThenQuiet()
    {
        QVERIFY(setNotificationSettings(*m_dir, webhookOnly(), admin));
        const int hooks = m_hook->requestCount();
        m_status = 503;
        auto first = notifyInWorker(failingCycle());
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QVERIFY(first->configured);
        QVERIFY(first->digest);
        QCOMPARE(first->delivery.channels.size(), 1);
        QVERIFY(first->delivery.channels.first().error);
        QCOMPARE(m_hook->requestCount(), hooks + 1);
        const QStringList events = events1008();
        QCOMPARE(events.size(), 1);
        QVERIFY2(events.first().startsWith(QStringLiteral("Notification could not be delivered: webhook "
                                                          "https://127.0.0.1:%1: HTTP status 503")
                                               .arg(m_hook->serverPort())),
            qPrintable(events.first()));
        QVERIFY(!events.first().contains(QLatin1String("s3cr3t")));
        auto state = notificationState(*m_dir);
        QVERIFY(state && state->pendingWebhook);
        QVERIFY(!state->pendingMail); // mail is not set

        // The same cycle again: nothing new, but the kept digest goes out.
        m_status = 200;
        auto second = notifyInWorker(failingCycle());
        QVERIFY(second);
        QVERIFY(!second->digest);
        QCOMPARE(second->delivery.channels.size(), 1);
        QVERIFY(!second->delivery.channels.first().error);
        QCOMPARE(m_hook->requestCount(), hooks + 2);
        QVERIFY(m_hook->requests().last().body.contains("cannot write web.config: access denied"));
        state = notificationState(*m_dir);
        QVERIFY(state && !state->pendingWebhook);

        // And again: nothing at all.
        auto third = notifyInWorker(failingCycle());
        QVERIFY(third);
        QVERIFY(third->delivery.channels.isEmpty());
        QCOMPARE(m_hook->requestCount(), hooks + 2);
        QCOMPARE(events1008().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAfterCycle)
#include "tst_aftercycle.moc"
