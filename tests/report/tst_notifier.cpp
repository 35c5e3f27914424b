// Delivery end to end: a cycle's digest goes by mail (aiosmtpd, STARTTLS +
// AUTH) and by webhook (HTTPS) at once; a failed channel keeps its digest
// pending and gets it, merged with newer news, at the next cycle; a stalled
// mail server neither blocks the caller nor delays the webhook; cancel and
// destruction end what is in progress; a worker thread can deliver and wait.

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QtTest>

#include "language.h"
#include "model/clock.h"
#include "report/notify/notifier.h"
#include "smtpfixture.h"
#include "testpki.h"
#include "testserver.h"

using namespace em;
using smtpfixture::SmtpServer;

namespace {
constexpr char password[] = "n0tifier-Pa55";

NotifyAction failed(const QString &id, const QString &error)
{
    NotifyAction a;
    a.actionId = id;
    a.description = QStringLiteral("Description of %1").arg(id);
    a.status = ActionStatus::Failed;
    a.detail = error;
    return a;
}

NotifyAction applied(const QString &id)
{
    NotifyAction a;
    a.actionId = id;
    a.description = QStringLiteral("Description of %1").arg(id);
    a.status = ActionStatus::Applied;
    a.appliedNow = true;
    a.change = QStringLiteral("added rule 'EEMS %1'").arg(id);
    return a;
}
} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<SmtpServer> m_smtp;
    std::unique_ptr<testserver::Server> m_https;
    QString m_passwordFile;

    NotificationSettings settings() const
    {
        NotificationSettings s;
        s.mailTo = {QStringLiteral("secops@contoso.com")};
        s.mailFrom = QStringLiteral("em@contoso.com");
        s.smtpUrl = QUrl(m_smtp->url());
        s.smtpUser = QStringLiteral("emtest");
        s.smtpPasswordFile = m_passwordFile;
        s.smtpCaFile = m_pki->tlsRoot.certPath;
        s.webhookUrl = QUrl(m_https->url(QStringLiteral("/hook/token")));
        s.webhookCaFile = m_pki->tlsRoot.certPath;
        s.connectTimeout = std::chrono::seconds(10);
        s.timeout = std::chrono::seconds(30);
        return s;
    }

    static DeliveryReport wait(QFuture<DeliveryReport> f)
    {
        if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 120000))
            qWarning("delivery: not finished within 120 s");
        return f.isFinished() && f.resultCount() > 0 ? f.result() : DeliveryReport {};
    }

    static QString describe(const DeliveryReport &r)
    {
        QStringList out;
        for (const ChannelOutcome &c : r.channels)
            out << notifyChannelName(c.channel) + QStringLiteral(": ")
                    + (c.error ? c.error->message : QStringLiteral("ok"));
        return out.join(QStringLiteral("; "));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_passwordFile = m_tmp.filePath(QStringLiteral("smtp-password"));
        QVERIFY(testpki::writeFile(m_passwordFile, QByteArray(password) + "\n"));
        smtpfixture::Options o;
        o.certPath = m_pki->tlsServer.certPath;
        o.keyPath = m_pki->tlsServer.keyPath;
        o.user = QStringLiteral("emtest");
        o.passwordFile = m_passwordFile;
        m_smtp = std::make_unique<SmtpServer>(m_tmp.filePath(QStringLiteral("smtp")), o);
        QString error;
        QVERIFY2(m_smtp->start(&error), qPrintable(error));
        m_https = std::make_unique<testserver::Server>(
            [](const testserver::Request &r) {
                testserver::Response response;
                if (r.target == "/stall")
                    response.silent = true;
                else if (r.target == "/down")
                    response.status = 503;
                return response;
            },
            m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        QVERIFY(m_https->start());
    }

    void cleanup() { Clock::reset(); }

    void cycleDigestOnBothChannelsThenRetry()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC));
        NotificationSettings s = settings();
        // The mail server is misconfigured at first: wrong port.
        s.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(smtpfixture::closedPort()));
        NotificationState state;
        CycleDigestInput in;
        in.at = Clock::now();
        in.servers
            = {{QStringLiteral("EX01"), QString(), {failed(QStringLiteral("M1.1"), QStringLiteral("access denied"))}}};
        CycleNotification step = advanceNotifications(state, in, s.rules(), s.mailEnabled(), s.webhookEnabled());
        state = step.state;
        QVERIFY(step.digest);

        Notifier notifier;
        const int mailsBefore = m_smtp->messageCount();
        const int hooksBefore = m_https->requestCount();
        DeliveryReport report = wait(notifier.deliverPending(s, state));
        QCOMPARE(report.channels.size(), 2);
        QVERIFY(!report.ok());
        QCOMPARE(report.channels.at(0).channel, NotifyChannel::Mail);
        QVERIFY2(report.channels.at(0).error, qPrintable(describe(report)));
        QCOMPARE(report.channels.at(0).error->message,
            QStringLiteral("%1: connection refused (is the mail server running?)").arg(mailChannelText(s.smtpUrl)));
        QCOMPARE(report.channels.at(1).channel, NotifyChannel::Webhook);
        QVERIFY2(!report.channels.at(1).error, qPrintable(describe(report)));
        QCOMPARE(report.errors(), QStringList {report.channels.at(0).error->message});
        for (const ChannelOutcome &c : report.channels) {
            if (!c.error)
                markDelivered(state, c.channel, c.digestId);
        }
        QVERIFY(state.pendingMail); // kept for the next cycle
        QVERIFY(!state.pendingWebhook);
        QCOMPARE(m_https->requestCount(), hooksBefore + 1);
        const QJsonObject hook = QJsonDocument::fromJson(m_https->requests().constLast().body).object();
        QCOMPARE(hook.value(QStringLiteral("digest")).toObject().value(QStringLiteral("entries")).toArray().size(), 1);

        // Stored and read back, as the directory will.
        auto restored = NotificationState::fromJson(state.toJson());
        QVERIFY(restored);
        state = *restored;

        // Next cycle: new news; the mail server is fixed. The mail carries both, the webhook only the new.
        Clock::advance(3600);
        s = settings();
        in.at = Clock::now();
        in.servers.first().actions << applied(QStringLiteral("M2.1"));
        step = advanceNotifications(state, in, s.rules(), s.mailEnabled(), s.webhookEnabled());
        state = step.state;
        report = wait(notifier.deliverPending(s, state));
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        for (const ChannelOutcome &c : report.channels)
            markDelivered(state, c.channel, c.digestId);
        QVERIFY(!state.pendingMail);
        QVERIFY(!state.pendingWebhook);
        QTRY_COMPARE(m_smtp->messageCount(), mailsBefore + 1);
        const QJsonObject mail = m_smtp->message(mailsBefore + 1);
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), QStringLiteral("EM Console: 1 failed, 1 applied"));
        const QString body = mail.value(QStringLiteral("parts"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY2(body.contains(QStringLiteral("Mitigation cycles from 2026-11-26 10:00 UTC to 2026-11-26 11:00 UTC")),
            qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("- EX01, M1.1 (Description of M1.1)")));
        QVERIFY(body.contains(QStringLiteral("- EX01, M2.1 (Description of M2.1)")));
        const QJsonObject hook2 = QJsonDocument::fromJson(m_https->requests().constLast().body).object();
        const QJsonArray entries
            = hook2.value(QStringLiteral("digest")).toObject().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("M2.1"));

        // An unchanged third cycle: nothing pending, nothing sent.
        Clock::advance(3600);
        in.at = Clock::now();
        in.servers.first().actions.last().appliedNow = false;
        step = advanceNotifications(state, in, s.rules(), s.mailEnabled(), s.webhookEnabled());
        QVERIFY(!step.digest);
        report = wait(notifier.deliverPending(s, step.state));
        QVERIFY(report.channels.isEmpty());
    }

    void stalledMailDelaysNothing()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        NotificationSettings mailOnly = settings();
        mailOnly.webhookUrl.clear();
        mailOnly.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort()));
        mailOnly.connectTimeout = std::chrono::seconds(4);
        NotificationSettings hookOnly = settings();
        hookOnly.mailTo.clear();

        Notifier notifier;
        const Digest digest = makeTestDigest(QDateTime::currentDateTimeUtc(), QStringLiteral("tst_notifier"));
        QFuture<DeliveryReport> slow = notifier.deliver(mailOnly, digest);
        // deliver() returned while the mail server says nothing: the caller goes on.
        QVERIFY(!slow.isFinished());
        QFuture<DeliveryReport> fast = notifier.deliver(hookOnly, digest);
        const DeliveryReport hook = wait(fast);
        QVERIFY2(hook.ok(), qPrintable(describe(hook)));
        QVERIFY(!slow.isFinished()); // the webhook did not wait for the stalled mail
        QTRY_COMPARE(stall.connections(), 1);
        const DeliveryReport mail = wait(slow);
        QCOMPARE(mail.channels.size(), 1);
        QVERIFY(mail.channels.first().error);
        QCOMPARE(mail.channels.first().error->message,
            QStringLiteral("mail to smtp://127.0.0.1:%1: timeout: the server did not answer within 4 s")
                .arg(stall.serverPort()));
    }

    void cancelEndsStalledDeliveries()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        NotificationSettings s = settings();
        s.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort()));
        s.webhookUrl = QUrl(m_https->url(QStringLiteral("/stall")));
        s.connectTimeout = std::chrono::seconds(120);
        s.timeout = std::chrono::seconds(120);
        Notifier notifier;
        QFuture<DeliveryReport> f
            = notifier.deliver(s, makeTestDigest(QDateTime::currentDateTimeUtc(), QStringLiteral("t")));
        QTRY_COMPARE(stall.connections(), 1);
        QTest::qWait(300);
        QVERIFY(!f.isFinished());
        notifier.cancel();
        const DeliveryReport r = wait(f);
        QCOMPARE(r.channels.size(), 2);
        for (const ChannelOutcome &c : r.channels) {
            QVERIFY(c.error);
            QCOMPARE(c.error->code, ErrorCode::Cancelled);
            QVERIFY2(c.error->message.endsWith(QLatin1String(": cancelled")), qPrintable(c.error->message));
        }
    }

    void destructionEndsWhatIsInProgress()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        NotificationSettings s = settings();
        s.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort()));
        s.webhookUrl = QUrl(m_https->url(QStringLiteral("/stall")));
        s.connectTimeout = std::chrono::seconds(120);
        s.timeout = std::chrono::seconds(120);
        QFuture<DeliveryReport> f;
        {
            Notifier notifier;
            f = notifier.deliver(s, makeTestDigest(QDateTime::currentDateTimeUtc(), QStringLiteral("t")));
            QTRY_COMPARE(stall.connections(), 1);
        } // returns: the stalled channels were ended, not waited for
        QVERIFY(f.isFinished());
        QCOMPARE(f.result().channels.size(), 2);
    }

    void deliverFromAWorkerThread()
    {
        NotificationSettings s = settings();
        Notifier notifier;
        // The cycle's worker: no event loop of its own, it waits on the future.
        QFuture<DeliveryReport> worker = QtConcurrent::run([&notifier, s] {
            return notifier
                .deliver(s, makeTestDigest(QDateTime::currentDateTimeUtc(), QStringLiteral("worker-thread-delivery")))
                .result();
        });
        const DeliveryReport r = wait(worker);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.channels.size(), 2);
        // This digest reached the webhook once (requests of earlier tests may still arrive meanwhile).
        const QList<testserver::Request> requests = m_https->requests();
        const auto ours = std::count_if(requests.begin(), requests.end(),
            [](const testserver::Request &q) { return q.body.contains("worker-thread-delivery"); });
        QCOMPARE(int(ours), 1);
    }

    void webhookServerError()
    {
        NotificationSettings s = settings();
        s.mailTo.clear();
        s.webhookUrl = QUrl(m_https->url(QStringLiteral("/down")));
        Notifier notifier;
        const DeliveryReport r
            = wait(notifier.deliver(s, makeTestDigest(QDateTime::currentDateTimeUtc(), QStringLiteral("t"))));
        QCOMPARE(r.channels.size(), 1);
        QVERIFY(r.channels.first().error);
        QCOMPARE(r.channels.first().target, QStringLiteral("webhook https://127.0.0.1:%1").arg(m_https->serverPort()));
        QVERIFY2(r.channels.first().error->message.startsWith(
                     QStringLiteral("webhook https://127.0.0.1:%1: HTTP status 503").arg(m_https->serverPort())),
            qPrintable(r.channels.first().error->message));
    }

    void webhookCaFileUnreadable()
    {
        NotificationSettings s = settings();
        s.mailTo.clear();
        s.webhookCaFile = m_tmp.filePath(QStringLiteral("absent.pem"));
        Notifier notifier;
        const DeliveryReport r
            = wait(notifier.deliver(s, makeTestDigest(QDateTime::currentDateTimeUtc(), QStringLiteral("t"))));
        QCOMPARE(r.channels.size(), 1);
        QVERIFY(r.channels.first().error);
        QVERIFY2(r.channels.first().error->message.contains(
                     QStringLiteral("the CA file '%1' cannot be read").arg(s.webhookCaFile)),
            qPrintable(r.channels.first().error->message));
    }

    void messagesForEventsAreEnglish()
    {
        // The console runs in French: what it shows is French, what it records stays English.
        em::i18n::install(QStringLiteral("fr"));
        NotificationSettings s = settings();
        const quint16 port = smtpfixture::closedPort();
        s.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(port));
        s.webhookUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/hook").arg(port));
        const Digest digest = makeTestDigest(QDateTime::currentDateTimeUtc(), QStringLiteral("t"));
        DeliveryReport shown, recorded;
        {
            Notifier notifier(false);
            shown = wait(notifier.deliver(s, digest));
        }
        {
            Notifier notifier(true);
            recorded = wait(notifier.deliver(s, digest));
        }
        em::i18n::install(QStringLiteral("en"));
        QCOMPARE(shown.errors(),
            (QStringList {
                QStringLiteral("courriel via smtp://127.0.0.1:%1 : connexion refusée (le serveur de messagerie est-il "
                               "démarré ?)")
                    .arg(port),
                QStringLiteral("webhook https://127.0.0.1:%1 : connexion refusée").arg(port)}));
        QCOMPARE(recorded.errors(),
            (QStringList {
                QStringLiteral("mail to smtp://127.0.0.1:%1: connection refused (is the mail server running?)")
                    .arg(port),
                QStringLiteral("webhook https://127.0.0.1:%1: connection refused").arg(port)}));
    }

    void settingsValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("recipient") << "mailTo"
                                   << "secops at contoso"
                                   << "mail address 'secops at contoso'";
        QTest::newRow("display name") << "mailTo"
                                      << "Sec Ops <secops@contoso.com>"
                                      << "only ASCII letters";
        QTest::newRow("smtp scheme") << "smtpUrl"
                                     << "http://mail.contoso.com"
                                     << "the scheme must be smtp";
        QTest::newRow("smtp password in url") << "smtpUrl"
                                              << "smtp://u:p@mail.contoso.com"
                                              << "never in the URL";
        QTest::newRow("webhook http") << "webhookUrl"
                                      << "http://hooks.contoso.com/x"
                                      << "only to a loopback address";
        QTest::newRow("webhook ftp") << "webhookUrl"
                                     << "ftp://hooks.contoso.com/x"
                                     << "must be https";
        QTest::newRow("language") << "language"
                                  << "de"
                                  << "expected en or fr";
        QTest::newRow("password without user") << "smtpUser"
                                               << ""
                                               << "an SMTP password file is set but no SMTP user";
    }

    void settingsValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        NotificationSettings s = settings();
        QVERIFY(s.validate());
        if (field == QLatin1String("mailTo"))
            s.mailTo = {value};
        else if (field == QLatin1String("smtpUrl"))
            s.smtpUrl = QUrl(value);
        else if (field == QLatin1String("webhookUrl"))
            s.webhookUrl = QUrl(value);
        else if (field == QLatin1String("language"))
            s.language = value;
        else if (field == QLatin1String("smtpUser"))
            s.smtpUser = value;
        const auto ok = s.validate();
        QVERIFY(!ok);
        QVERIFY2(ok.error().message.contains(message), qPrintable(ok.error().message));
        // The settings round-trip through JSON (how the directory may keep them).
        auto back = NotificationSettings::fromJson(settings().toJson());
        QVERIFY(back);
        QCOMPARE(*back, settings());
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
