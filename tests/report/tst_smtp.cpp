// Mail through libcurl to a real SMTP server (aiosmtpd) on loopback:
// STARTTLS + AUTH (PLAIN and LOGIN), SMTPS, the received message parsed by
// Python's email package (decoded RFC 2047 subject, both parts, the digest's
// rows); and every failure named with the channel and its cause: server
// down, STARTTLS not offered, wrong password, a stalled server (timeout), a
// CA mismatch, a certificate for another name, a refused recipient, a
// missing password file, cancel. The password never shows in a message.

#include <QFuture>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QtTest>

#include "feed/threadcrypto.h"
#include "report/notify/digestrender.h"
#include "report/notify/mimemessage.h"
#include "report/notify/smtpsender.h"
#include "smtpfixture.h"
#include "testpki.h"

using namespace em;
using smtpfixture::SmtpServer;

namespace {
constexpr char password[] = "s3cr3t:Pass/w0rd";
constexpr char user[] = "emtest";

Digest sampleDigest()
{
    Digest d;
    d.id = QStringLiteral("test-digest");
    d.from = d.to = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
    DigestEntry failed;
    failed.kind = DigestKind::Failed;
    failed.server = QStringLiteral("EX01");
    failed.id = QStringLiteral("M1.1");
    failed.description = QStringLiteral("Block autodiscover PowerShell requests");
    failed.detail = QStringLiteral("cannot write applicationHost.config: access denied");
    failed.since = failed.at = d.to;
    DigestEntry applied = failed;
    applied.kind = DigestKind::Applied;
    applied.server = QStringLiteral("EX02");
    applied.detail = QStringLiteral("added rule 'EEMS M1.1 PowerShell - inbound'");
    d.entries << failed << applied;
    return d;
}
} // namespace

class TestSmtp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    testpki::Cert m_otherName;
    QString m_passwordFile;
    std::unique_ptr<SmtpServer> m_starttls, m_loginOnly, m_smtps, m_plain, m_wrongName, m_noAuthOffered;
    QStringList m_messages; // every error message seen, checked for the password at the end

    SmtpOptions options(const SmtpServer &server) const
    {
        SmtpOptions o;
        o.url = QUrl(server.url());
        o.user = QString::fromLatin1(user);
        o.passwordFile = m_passwordFile;
        o.caFile = m_pki->tlsRoot.certPath;
        o.connectTimeout = std::chrono::milliseconds(10000);
        o.totalTimeout = std::chrono::milliseconds(30000);
        return o;
    }

    static QByteArray message(const QString &subject = QStringLiteral("EM Console: 1 failed"))
    {
        MailMessage m;
        m.fromAddress = QStringLiteral("em@contoso.com");
        m.fromName = QStringLiteral("EM Console");
        m.to = {QStringLiteral("secops@contoso.com")};
        m.subject = subject;
        m.text = QStringLiteral("text\n");
        m.html = QStringLiteral("<p>html</p>\n");
        return buildMimeMessage(m);
    }

    // Sends on a worker thread while this thread's loop runs (the stall
    // server accepts on it), as Notifier does.
    SmtpResult send(const SmtpOptions &o, const QStringList &to = {QStringLiteral("secops@contoso.com")},
        const QByteArray &mime = message(), const std::atomic<bool> *cancel = nullptr)
    {
        QFuture<SmtpResult> f = QtConcurrent::run([=] {
            const ThreadCryptoRelease releaseCrypto; // a pool thread; libcurl's TLS is OpenSSL, as in Notifier
            return sendMail(o, QStringLiteral("em@contoso.com"), to, mime, cancel);
        });
        if (!QTest::qWaitFor([&f] { return f.isFinished(); }, 120000))
            return {SmtpFailure::Protocol, Error(ErrorCode::Network, QStringLiteral("the test gave up waiting"))};
        const SmtpResult r = f.result();
        if (!r.ok())
            m_messages << r.error.message;
        return r;
    }

    static QString text(const SmtpResult &r) { return r.ok() ? QStringLiteral("(sent)") : r.error.message; }

    std::unique_ptr<SmtpServer> startServer(const QString &name, smtpfixture::Options o)
    {
        auto server = std::make_unique<SmtpServer>(m_tmp.filePath(name), std::move(o));
        QString error;
        if (!server->start(&error))
            qFatal("%s", qPrintable(name + QStringLiteral(": ") + error));
        return server;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_otherName = m_pki->issue(QStringLiteral("mail-other"),
            {QStringLiteral("mail.other.test"), {}, false, 0, -1, 365, QStringLiteral("critical,digitalSignature"),
                QStringLiteral("serverAuth"), QStringLiteral("DNS:mail.other.test")},
            &m_pki->tlsRoot);
        m_passwordFile = m_tmp.filePath(QStringLiteral("smtp-password"));
        QVERIFY(testpki::writeFile(m_passwordFile, QByteArray(password) + "\n"));

        smtpfixture::Options tls;
        tls.certPath = m_pki->tlsServer.certPath;
        tls.keyPath = m_pki->tlsServer.keyPath;
        tls.user = QString::fromLatin1(user);
        tls.passwordFile = m_passwordFile;
        tls.rejectRecipients = {QStringLiteral("nobody@contoso.com")};
        m_starttls = startServer(QStringLiteral("starttls"), tls);
        smtpfixture::Options login = tls;
        login.mechanisms = QStringLiteral("LOGIN");
        m_loginOnly = startServer(QStringLiteral("login"), login);
        smtpfixture::Options smtps = tls;
        smtps.implicitTls = true;
        m_smtps = startServer(QStringLiteral("smtps"), smtps);
        m_plain = startServer(QStringLiteral("plain"), {}); // no TLS, no AUTH: STARTTLS not offered
        smtpfixture::Options wrongName = tls;
        wrongName.certPath = m_otherName.certPath;
        wrongName.keyPath = m_otherName.keyPath;
        m_wrongName = startServer(QStringLiteral("wrongname"), wrongName);
        smtpfixture::Options hidden = smtps;
        hidden.hideAuth = true;
        m_noAuthOffered = startServer(QStringLiteral("noauth"), hidden);
    }

    void cleanupTestCase()
    {
        // The secret is in no error message of the whole run.
        for (const QString &m : std::as_const(m_messages))
            QVERIFY2(!m.contains(QLatin1String(password)), qPrintable(m));
        QVERIFY(!m_messages.isEmpty());
    }

    void starttlsAuthAndParsedMessage()
    {
        const Digest digest = sampleDigest();
        const RenderedDigest rendered = renderDigest(digest, QStringLiteral("en"));
        MailMessage m;
        m.fromAddress = QStringLiteral("em@contoso.com");
        m.fromName = QStringLiteral("EM Console");
        m.to = {QStringLiteral("secops@contoso.com"), QStringLiteral("exadmins@contoso.com")};
        m.subject = QStringLiteral("Résumé — ") + rendered.subject; // RFC 2047 at work
        m.text = rendered.text;
        m.html = rendered.html;
        m.date = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 5), Qt::UTC);
        const int before = m_starttls->messageCount();
        const SmtpResult r = send(options(*m_starttls), m.to, buildMimeMessage(m));
        QVERIFY2(r.ok(), qPrintable(text(r)));
        QTRY_COMPARE(m_starttls->messageCount(), before + 1);

        const QJsonObject got = m_starttls->message(before + 1);
        QCOMPARE(got.value(QStringLiteral("tls")).toBool(), true); // STARTTLS really happened
        QCOMPARE(got.value(QStringLiteral("authLogin")).toString(), QString::fromLatin1(user));
        QCOMPARE(got.value(QStringLiteral("authMechanism")).toString(), QStringLiteral("PLAIN"));
        QCOMPARE(got.value(QStringLiteral("mailFrom")).toString(), QStringLiteral("em@contoso.com"));
        QCOMPARE(got.value(QStringLiteral("rcptTos")).toArray().toVariantList(),
            (QVariantList {QStringLiteral("secops@contoso.com"), QStringLiteral("exadmins@contoso.com")}));
        // The RFC 2047 subject as Python decodes it.
        QCOMPARE(got.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(got.value(QStringLiteral("from")).toString(), QStringLiteral("EM Console <em@contoso.com>"));
        QCOMPARE(got.value(QStringLiteral("date")).toString(), QStringLiteral("Thu, 26 Nov 2026 10:00:05 +0000"));
        QVERIFY(got.value(QStringLiteral("messageId")).toString().endsWith(QLatin1String("@contoso.com>")));
        QCOMPARE(got.value(QStringLiteral("contentType")).toString(), QStringLiteral("multipart/alternative"));
        QCOMPARE(got.value(QStringLiteral("defects")).toArray().size(), 0);
        const QJsonArray parts = got.value(QStringLiteral("parts")).toArray();
        QCOMPARE(parts.size(), 2);
        const QJsonObject plain = parts.at(0).toObject();
        const QJsonObject html = parts.at(1).toObject();
        QCOMPARE(plain.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(plain.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(plain.value(QStringLiteral("transferEncoding")).toString(), QStringLiteral("quoted-printable"));
        QCOMPARE(html.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/html"));
        const auto lf = [](QString s) { return s.replace(QLatin1String("\r\n"), QLatin1String("\n")); };
        // Both parts arrive exactly as rendered.
        QCOMPARE(lf(plain.value(QStringLiteral("content")).toString()), rendered.text);
        QCOMPARE(lf(html.value(QStringLiteral("content")).toString()), rendered.html);
        // The digest's rows.
        const QString body = plain.value(QStringLiteral("content")).toString();
        QVERIFY2(
            body.contains(QStringLiteral("- EX01, M1.1 (Block autodiscover PowerShell requests)")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("cannot write applicationHost.config: access denied")));
        QVERIFY(body.contains(QStringLiteral("- EX02, M1.1")));
        const QString table = html.value(QStringLiteral("content")).toString();
        QVERIFY(table.contains(QStringLiteral("background:#c62828")));
        QVERIFY(table.contains(QStringLiteral(">EX02</td>")));
        // On the wire: encoded words and quoted-printable, 7-bit.
        const QByteArray raw = m_starttls->rawMessage(before + 1);
        QVERIFY(raw.contains("\r\nSubject: =?UTF-8?B?"));
        for (char c : raw)
            QVERIFY(uchar(c) < 128);
    }

    void authLogin()
    {
        const int before = m_loginOnly->messageCount();
        const SmtpResult r = send(options(*m_loginOnly));
        QVERIFY2(r.ok(), qPrintable(text(r)));
        QTRY_COMPARE(m_loginOnly->messageCount(), before + 1);
        QCOMPARE(m_loginOnly->message(before + 1).value(QStringLiteral("authMechanism")).toString(),
            QStringLiteral("LOGIN"));
    }

    void smtps()
    {
        const int before = m_smtps->messageCount();
        const SmtpResult r = send(options(*m_smtps));
        QVERIFY2(r.ok(), qPrintable(text(r)));
        QTRY_COMPARE(m_smtps->messageCount(), before + 1);
        QCOMPARE(m_smtps->message(before + 1).value(QStringLiteral("tls")).toBool(), true);
        QCOMPARE(m_smtps->message(before + 1).value(QStringLiteral("authLogin")).toString(), QString::fromLatin1(user));
    }

    void serverDown()
    {
        SmtpOptions o = options(*m_starttls);
        const quint16 port = smtpfixture::closedPort();
        o.url = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(port));
        const SmtpResult r = send(o);
        QCOMPARE(r.failure, SmtpFailure::Refused);
        QCOMPARE(r.error.message,
            QStringLiteral("mail to smtp://127.0.0.1:%1: connection refused (is the mail server running?)").arg(port));
    }

    void starttlsNotOffered()
    {
        SmtpOptions o = options(*m_plain);
        o.user.clear();
        const SmtpResult r = send(o);
        QCOMPARE(r.failure, SmtpFailure::StartTls);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("mail to %1: STARTTLS refused").arg(m_plain->url())),
            qPrintable(r.error.message));
        // Nothing went in clear.
        QCOMPARE(m_plain->messageCount(), 0);
    }

    void wrongPassword()
    {
        const QString wrong = m_tmp.filePath(QStringLiteral("wrong-password"));
        QVERIFY(testpki::writeFile(wrong, "not-the-password\n"));
        SmtpOptions o = options(*m_starttls);
        o.passwordFile = wrong;
        const int before = m_starttls->messageCount();
        const SmtpResult r = send(o);
        QCOMPARE(r.failure, SmtpFailure::Authentication);
        QVERIFY2(r.error.message.startsWith(
                     QStringLiteral("mail to %1: authentication failed for user 'emtest'").arg(m_starttls->url())),
            qPrintable(r.error.message));
        QVERIFY(!r.error.message.contains(QLatin1String("not-the-password")));
        QCOMPARE(m_starttls->messageCount(), before);
    }

    void stalledServerTimesOut()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        SmtpOptions o = options(*m_starttls);
        o.url = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort()));
        o.connectTimeout = std::chrono::milliseconds(2000);
        o.totalTimeout = std::chrono::milliseconds(20000);
        QElapsedTimer timer;
        timer.start();
        const SmtpResult r = send(o);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(r.failure, SmtpFailure::Timeout);
        QCOMPARE(r.error.message,
            QStringLiteral("mail to smtp://127.0.0.1:%1: timeout: the server did not answer within 2 s")
                .arg(stall.serverPort()));
        QCOMPARE(stall.connections(), 1); // it did accept the connection
        // Ended by the 2 s connect timeout, not by the 20 s total one (a bound, not a speed claim).
        QVERIFY2(elapsed >= 1900 && elapsed < 15000, qPrintable(QString::number(elapsed)));
    }

    void cancelStopsAStalledSend()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        SmtpOptions o = options(*m_starttls);
        o.url = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort()));
        o.connectTimeout = std::chrono::milliseconds(60000);
        o.totalTimeout = std::chrono::milliseconds(60000);
        std::atomic<bool> cancel {false};
        QTimer::singleShot(500, this, [&cancel] { cancel = true; });
        QElapsedTimer timer;
        timer.start();
        const SmtpResult r = send(o, {QStringLiteral("secops@contoso.com")}, message(), &cancel);
        QCOMPARE(r.failure, SmtpFailure::Cancelled);
        QCOMPARE(r.error.code, ErrorCode::Cancelled);
        QCOMPARE(r.error.message, QStringLiteral("mail to smtp://127.0.0.1:%1: cancelled").arg(stall.serverPort()));
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }

    void caMismatch()
    {
        SmtpOptions o = options(*m_starttls);
        o.caFile = m_pki->root.certPath; // a CA that did not issue the server's certificate
        const SmtpResult r = send(o);
        QCOMPARE(r.failure, SmtpFailure::TlsVerification);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("mail to %1: TLS verification failed: the server's "
                                                           "certificate is not issued by the CA file '%2'")
                                                .arg(m_starttls->url(), m_pki->root.certPath)),
            qPrintable(r.error.message));
    }

    void systemStoreDoesNotTrustTestCa()
    {
        SmtpOptions o = options(*m_starttls);
        o.caFile.clear();
        const SmtpResult r = send(o);
        QCOMPARE(r.failure, SmtpFailure::TlsVerification);
        QVERIFY2(r.error.message.contains(QStringLiteral("not trusted by this system's CA store")),
            qPrintable(r.error.message));
    }

    void certificateForAnotherName()
    {
        const SmtpResult r = send(options(*m_wrongName));
        QCOMPARE(r.failure, SmtpFailure::TlsVerification);
        QVERIFY2(r.error.message.contains(QStringLiteral("not for 127.0.0.1")), qPrintable(r.error.message));
        QCOMPARE(m_wrongName->messageCount(), 0);
    }

    void authenticationRequiredButNotOffered()
    {
        // curl goes on without AUTH when the server offers none; the server then answers 530.
        const SmtpResult r = send(options(*m_noAuthOffered));
        QCOMPARE(r.failure, SmtpFailure::Authentication);
        QCOMPARE(r.error.message,
            QStringLiteral("mail to %1: the server requires authentication but offered no AUTH method curl can use "
                           "(SMTP 530)")
                .arg(m_noAuthOffered->url()));
        SmtpOptions anonymous = options(*m_noAuthOffered);
        anonymous.user.clear();
        const SmtpResult r2 = send(anonymous);
        QCOMPARE(r2.failure, SmtpFailure::Authentication);
        QCOMPARE(r2.error.message,
            QStringLiteral("mail to %1: the server requires authentication (SMTP 530): set an SMTP user and password "
                           "file")
                .arg(m_noAuthOffered->url()));
        QCOMPARE(m_noAuthOffered->messageCount(), 0);
    }

    void recipientRefused()
    {
        const int before = m_starttls->messageCount();
        const SmtpResult r
            = send(options(*m_starttls), {QStringLiteral("secops@contoso.com"), QStringLiteral("nobody@contoso.com")});
        QCOMPARE(r.failure, SmtpFailure::Recipient);
        QCOMPARE(r.error.message,
            QStringLiteral("mail to %1: a recipient was refused (SMTP 550); recipients: secops@contoso.com, "
                           "nobody@contoso.com")
                .arg(m_starttls->url()));
        QCOMPARE(m_starttls->messageCount(), before);
    }

    void passwordFileProblems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "absent" << QByteArray() << "the SMTP password file '%1' cannot be read";
        QTest::newRow("empty") << "empty" << QByteArray("\n") << "the SMTP password file '%1' is empty";
        QTest::newRow("large") << "large" << QByteArray(5000, 'x')
                               << "the SMTP password file '%1' is larger than 4096 bytes";
    }

    void passwordFileProblems()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_tmp.filePath(file);
        if (!content.isNull())
            QVERIFY(testpki::writeFile(path, content));
        SmtpOptions o = options(*m_starttls);
        o.passwordFile = path;
        const SmtpResult r = send(o);
        QCOMPARE(r.failure, SmtpFailure::InvalidRequest);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("mail to %1: ").arg(m_starttls->url()) + expected.arg(path)),
            qPrintable(r.error.message));
    }

    void credentialsDirectory()
    {
        // systemd's LoadCredential=smtp-password:... : no file given, the credential is used.
        QTemporaryDir credentials;
        QVERIFY(
            testpki::writeFile(credentials.filePath(QStringLiteral("smtp-password")), QByteArray(password) + "\r\n"));
        qputenv("CREDENTIALS_DIRECTORY", QFile::encodeName(credentials.path()));
        SmtpOptions o = options(*m_starttls);
        o.passwordFile.clear();
        const SmtpResult r = send(o);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QVERIFY2(r.ok(), qPrintable(text(r)));
        o.passwordFile.clear();
        const SmtpResult none = send(o);
        QCOMPARE(none.failure, SmtpFailure::InvalidRequest);
        QVERIFY2(none.error.message.contains(QStringLiteral("no password file for SMTP user 'emtest'")),
            qPrintable(none.error.message));
    }
};

QTEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"
