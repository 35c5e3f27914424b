// Notifications end to end through emctl (issue 16): `emctl set-org
// --notify-mail ... --smtp-url ... --notify-webhook ...`, then `emctl run`
// against a lab organization (two servers with dir: hosts laid out from the
// real Exchange IIS files) with real peers on loopback: an aiosmtpd server
// with STARTTLS and AUTH (tests/report/smtpserver.py) receiving the digest,
// which the test parses, and an HTTPS webhook receiver checking the JSON. A
// refused mail server gives event 1008 and the digest comes at the next run;
// a stalled one ends as a timeout without holding up the webhook; SIGTERM
// ends a service stuck on it.

#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "smtpfixture.h"
#include "testpki.h"
#include "testserver.h"
#include "uifixture.h"

using smtpfixture::SmtpServer;

namespace {
constexpr char password[] = "wire-Pa55-16";

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

QString S(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestNotifyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<SmtpServer> m_smtp;
    std::unique_ptr<testserver::Server> m_hook;
    QString m_db;
    QString m_lab;
    QString m_passwordFile;
    QElapsedTimer m_clock;
    QList<qint64> m_hookTimes; // m_clock's time of each webhook request

    // Runs emctl while this process serves the webhook (its event loop keeps running).
    Run emctl(const QStringList &args, int timeoutMs = 120000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("EM_DIRECTORY"), m_db);
        env.insert(S("LC_ALL"), S("C"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        QElapsedTimer timer;
        timer.start();
        p.start(S(EMCTL_PATH), args);
        if (!done.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()),
            timer.elapsed()};
    }

    QJsonObject hookBody(int n) const // 1-based
    {
        return QJsonDocument::fromJson(m_hook->requests().at(n - 1).body).object();
    }

    QStringList mailSettings(const QString &smtpUrl) const
    {
        return {S("set-org"), S("--notify-mail"), S("secops@contoso.com,exadmins@contoso.com"), S("--notify-from"),
            S("em@contoso.com"), S("--smtp-url"), smtpUrl, S("--smtp-user"), S("emtest"), S("--smtp-password-file"),
            m_passwordFile, S("--smtp-ca-file"), m_pki->tlsRoot.certPath};
    }

    // The 1008 events' messages, oldest first.
    QStringList notificationEvents()
    {
        const Run r = emctl({S("events"), S("--id"), S("1008"), S("--format"), S("json")});
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QString message = v.toObject().value(S("Message")).toString();
            if (message.startsWith(QLatin1String("Notification")))
                out << message;
        }
        return out;
    }

    static QStringList entryKeys(const QJsonObject &body)
    {
        QStringList out;
        for (const QJsonValue &v : body.value(S("digest")).toObject().value(S("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            out << QStringList {e.value(S("kind")).toString(), e.value(S("phase")).toString(),
                e.value(S("server")).toString(), e.value(S("id")).toString()}
                       .join(QLatin1Char('|'));
        }
        return out;
    }

    static QString mailText(const QJsonObject &mail)
    {
        for (const QJsonValue &v : mail.value(S("parts")).toArray()) {
            if (v.toObject().value(S("contentType")).toString() == QLatin1String("text/plain"))
                return v.toObject().value(S("content")).toString();
        }
        return {};
    }

    static QString mailHtml(const QJsonObject &mail)
    {
        for (const QJsonValue &v : mail.value(S("parts")).toArray()) {
            if (v.toObject().value(S("contentType")).toString() == QLatin1String("text/html"))
                return v.toObject().value(S("content")).toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_clock.start();
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_passwordFile = m_tmp.filePath(S("smtp-password"));
        QVERIFY(testpki::writeFile(m_passwordFile, QByteArray(password) + "\n"));
        smtpfixture::Options o;
        o.certPath = m_pki->tlsServer.certPath;
        o.keyPath = m_pki->tlsServer.keyPath;
        o.user = S("emtest");
        o.passwordFile = m_passwordFile;
        m_smtp = std::make_unique<SmtpServer>(m_tmp.filePath(S("smtp")), o);
        QString error;
        QVERIFY2(m_smtp->start(&error), qPrintable(error));
        m_hook = std::make_unique<testserver::Server>(
            [this](const testserver::Request &) {
                m_hookTimes << m_clock.elapsed();
                return testserver::Response {};
            },
            m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        QVERIFY(m_hook->start());

        m_db = m_tmp.filePath(S("directory.db"));
        m_lab = m_tmp.filePath(S("lab"));
        auto lab = em::test::UiFixture::buildLab(m_db, m_lab);
        QVERIFY2(lab, lab ? "" : qPrintable(lab.error().message));
    }

    void cleanupTestCase()
    {
        if (m_smtp)
            m_smtp->stop();
    }

    // Settings: checked before anything is stored, shown and audited without secrets.
    void setOrgAndGetOrg()
    {
        // Nothing half-written: bad input changes nothing.
        Run r = emctl({S("set-org"), S("--interval"), S("2h"), S("--notify-mail"), S("secops@contoso.com"),
            S("--smtp-url"), m_smtp->url()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QLatin1String("mail recipients are set but no sender address (From)")), qPrintable(r.err));
        r = emctl({S("set-org"), S("--notify-webhook"), S("http://hooks.example.com/T1/B2/secret")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.contains(QLatin1String("secret")), qPrintable(r.err));
        r = emctl({S("set-org"), S("--smtp-url"), S("smtp://user:hunter2@mail.contoso.com")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(QLatin1String("hunter2")));
        r = emctl({S("get-org")});
        QVERIFY2(r.out.contains(QLatin1String("CheckInterval        : 1h\n")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("NotifyMail           : \n")));

        QStringList args = mailSettings(m_smtp->url());
        args << S("--notify-webhook") << m_hook->url(S("/hooks/T0001/B0002/s3cr3t-t0ken"))
             << S("--notify-webhook-ca-file") << m_pki->tlsRoot.certPath;
        r = emctl(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        r = emctl({S("get-org")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("NotifyMail           : secops@contoso.com, exadmins@contoso.com\n")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("NotifyFrom           : em@contoso.com\n")));
        QVERIFY(r.out.contains(QStringLiteral("SmtpUrl              : %1\n").arg(m_smtp->url())));
        QVERIFY(r.out.contains(QLatin1String("SmtpUser             : emtest\n")));
        QVERIFY(r.out.contains(QStringLiteral("SmtpPasswordFile     : %1\n").arg(m_passwordFile)));
        QVERIFY(r.out.contains(
            QStringLiteral("NotifyWebhook        : https://127.0.0.1:%1/…\n").arg(m_hook->serverPort())));
        QVERIFY(!r.out.contains(QLatin1String("s3cr3t")));
        QVERIFY(!r.out.contains(QLatin1String(password)));

        r = emctl({S("audit")});
        QVERIFY(r.out.contains(QLatin1String("Property       : NotifyMail\nOldValue       : \nNewValue       : "
                                             "secops@contoso.com, exadmins@contoso.com")));
        QVERIFY(r.out.contains(QLatin1String("Property       : SmtpPasswordFile")));
        QVERIFY(!r.out.contains(QLatin1String("s3cr3t")));
        QVERIFY(!r.out.contains(QLatin1String(password)));
        QVERIFY(!r.out.contains(QLatin1String("Property       : CheckInterval"))); // the refused change left nothing
    }

    void notifyTest()
    {
        const int mails = m_smtp->messageCount();
        const int hooks = m_hook->requestCount();
        const Run r = emctl({S("notify"), S("test")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QStringLiteral("Test message sent: mail to %1\n").arg(m_smtp->url())), qPrintable(r.err));
        QVERIFY(r.out.contains(
            QStringLiteral("Test message sent: webhook https://127.0.0.1:%1\n").arg(m_hook->serverPort())));
        QCOMPARE(m_smtp->messageCount(), mails + 1);
        const QJsonObject mail = m_smtp->message(mails + 1);
        QVERIFY(mail.value(S("tls")).toBool());
        QCOMPARE(mail.value(S("authLogin")).toString(), S("emtest"));
        QCOMPARE(mail.value(S("rcptTos")).toArray().size(), 2);
        QVERIFY2(mailText(mail).contains(QLatin1String("emctl notify test")), qPrintable(mailText(mail)));
        QTRY_COMPARE(m_hook->requestCount(), hooks + 1);
        QCOMPARE(m_hook->requests().last().target, QByteArray("/hooks/T0001/B0002/s3cr3t-t0ken"));
        QCOMPARE(entryKeys(hookBody(hooks + 1)), QStringList {S("test|started||")});
        QVERIFY(notificationEvents().isEmpty()); // a test records nothing
    }

    // The first run applies M1 on LAB-A: one digest by mail and webhook; the
    // same cycle again sends nothing.
    void runSendsTheDigestOnce()
    {
        const int mails = m_smtp->messageCount();
        const int hooks = m_hook->requestCount();
        Run r = emctl({S("run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.out.contains(QStringLiteral("Notification sent: mail to %1\n").arg(m_smtp->url())), qPrintable(r.out));
        QCOMPARE(m_smtp->messageCount(), mails + 1);
        const QJsonObject mail = m_smtp->message(mails + 1);
        const QString subject = mail.value(S("subject")).toString();
        QVERIFY2(subject.startsWith(QLatin1String("EM Console: ")) && subject.contains(QLatin1String("applied")),
            qPrintable(subject));
        const QString text = mailText(mail);
        QVERIFY2(text.contains(QLatin1String("- LAB-A, M1.1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("- LAB-B, M2.1")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("- LAB-B, M1.1")), qPrintable(text)); // not applicable: nothing to say
        QVERIFY(mailHtml(mail).contains(QLatin1String("<table")));

        QTRY_COMPARE(m_hook->requestCount(), hooks + 1);
        const QJsonObject body = hookBody(hooks + 1);
        QCOMPARE(body.value(S("title")).toString(), subject);
        const QStringList keys = entryKeys(body);
        QVERIFY2(keys.contains(S("applied|started|LAB-A|M1.1")), qPrintable(keys.join(QLatin1Char(' '))));
        QVERIFY2(keys.contains(S("applied|started|LAB-B|M2.1")), qPrintable(keys.join(QLatin1Char(' '))));
        for (const QString &key : keys)
            QVERIFY2(key.startsWith(QLatin1String("applied|started|")) && !key.endsWith(QLatin1String("LAB-B|M1.1")),
                qPrintable(key));

        r = emctl({S("run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QLatin1String("Notification")), qPrintable(r.out));
        QTest::qWait(200);
        QCOMPARE(m_smtp->messageCount(), mails + 1);
        QCOMPARE(m_hook->requestCount(), hooks + 1);
    }

    // The mail server refuses: event 1008 naming it, the webhook still gets
    // the digest; at the next run the mail gets it and the webhook nothing new.
    void refusedMailIsRetriedNextRun()
    {
        const quint16 closed = smtpfixture::closedPort();
        const QString closedUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(closed);
        QCOMPARE(emctl({S("set-org"), S("--smtp-url"), closedUrl}).exitCode, 0);
        // LAB-B's system drive goes away: its actions fail.
        QVERIFY(QDir(m_lab).rename(S("LAB-B"), S("LAB-B.away")));
        const int mails = m_smtp->messageCount();
        const int hooks = m_hook->requestCount();
        Run r = emctl({S("run")});
        QVERIFY2(
            r.err.contains(QStringLiteral("notification not delivered, kept for the next cycle: mail to %1: connection "
                                          "refused")
                               .arg(closedUrl)),
            qPrintable(r.err));
        QTRY_COMPARE(m_hook->requestCount(), hooks + 1);
        QCOMPARE(entryKeys(hookBody(hooks + 1)),
            (QStringList {S("failed|started|LAB-B|M2.1"), S("failed|started|LAB-B|M3.1")}));
        QCOMPARE(m_smtp->messageCount(), mails);
        const QStringList events = notificationEvents();
        QCOMPARE(events.size(), 1);
        QVERIFY2(
            events.first().startsWith(
                QStringLiteral("Notification could not be delivered: mail to %1: connection refused").arg(closedUrl)),
            qPrintable(events.first()));
        QVERIFY(events.first().endsWith(QLatin1String("The digest is kept and sent again at the next cycle.")));

        QCOMPARE(emctl({S("set-org"), S("--smtp-url"), m_smtp->url()}).exitCode, 0);
        r = emctl({S("run")}); // LAB-B still away: nothing new, but the kept digest goes out
        QVERIFY2(r.out.contains(QStringLiteral("Notification sent: mail to %1\n").arg(m_smtp->url())),
            qPrintable(r.out + r.err));
        QCOMPARE(m_smtp->messageCount(), mails + 1);
        const QString text = mailText(m_smtp->message(mails + 1));
        QVERIFY2(text.contains(QLatin1String("LAB-B")), qPrintable(text));
        QTest::qWait(200);
        QCOMPARE(m_hook->requestCount(), hooks + 1); // the webhook had it already
        QCOMPARE(notificationEvents().size(), 1);
    }

    // A mail server that accepts and never answers: the run ends at the
    // connect timeout, the webhook is not held up by it, event 1008 says timeout.
    void stalledMailServerHoldsUpNothing()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        const QString stallUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort());
        QCOMPARE(emctl({S("set-org"), S("--smtp-url"), stallUrl, S("--notify-connect-timeout"), S("3s"),
                           S("--notify-timeout"), S("20s")})
                     .exitCode,
            0);
        QVERIFY(QDir(m_lab).rename(S("LAB-B.away"), S("LAB-B"))); // back: the condition clears
        const int hooks = m_hook->requestCount();
        const qint64 start = m_clock.elapsed();
        const Run r = emctl({S("run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("mail to %1: timeout").arg(stallUrl)), qPrintable(r.err));
        QCOMPARE(stall.connections(), 1);
        QCOMPARE(m_hook->requestCount(), hooks + 1);
        QCOMPARE(entryKeys(hookBody(hooks + 1)),
            (QStringList {S("failed|cleared|LAB-B|M2.1"), S("failed|cleared|LAB-B|M3.1")}));
        // The webhook went out at once, not after the mail server's timeout.
        const qint64 hookAfter = m_hookTimes.last() - start;
        QVERIFY2(hookAfter + 2500 < r.elapsedMs,
            qPrintable(QStringLiteral("webhook after %1 ms, run %2 ms").arg(hookAfter).arg(r.elapsedMs)));
        QVERIFY2(r.elapsedMs < 15000, qPrintable(QString::number(r.elapsedMs))); // the connect timeout, not more
        QCOMPARE(notificationEvents().size(), 2);
        QVERIFY(notificationEvents().last().contains(QStringLiteral("mail to %1: timeout").arg(stallUrl)));
    }

    // The service stuck on a stalled mail server stops on SIGTERM at once.
    void serviceStopsWhileMailStalls()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        const QString stallUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort());
        QCOMPARE(emctl({S("set-org"), S("--smtp-url"), stallUrl, S("--notify-connect-timeout"), S("60s"),
                           S("--notify-timeout"), S("120s"), S("--feed-url"),
                           QUrl::fromLocalFile(m_tmp.filePath(S("no-feed.xml"))).toString()})
                     .exitCode,
            0);
        const int hooks = m_hook->requestCount();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("EM_DIRECTORY"), m_db);
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(S(EMCTL_PATH), {S("service"), S("--once")});
        QVERIFY(p.waitForStarted());
        // The feed is refused (news: a digest), the mail server stalls.
        QTRY_VERIFY_WITH_TIMEOUT(stall.connections() == 1, 60000);
        // The webhook is not held up by it: it tells of the refused feed meanwhile.
        QTRY_COMPARE_WITH_TIMEOUT(m_hook->requestCount(), hooks + 1, 30000);
        QCOMPARE(entryKeys(hookBody(hooks + 1)), QStringList {S("feed-refused|started||")});
        QTest::qWait(500); // the webhook's answer reaches the service
        QElapsedTimer stopping;
        stopping.start();
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(done.wait(20000));
        QVERIFY2(stopping.elapsed() < 10000, qPrintable(QString::number(stopping.elapsed())));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("mail to %1: cancelled").arg(stallUrl)), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("notification sent: webhook")), qPrintable(out));
        // What was not delivered is still pending: event 1008 for the cancelled mail.
        const QStringList events = notificationEvents();
        QVERIFY2(events.last().contains(QStringLiteral("mail to %1: cancelled").arg(stallUrl)),
            qPrintable(events.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestNotifyCli)
#include "tst_notifycli.moc"
