// emctl feed, trust and test-connectivity verbs run as real processes: sign
// (with an RFC 3161 TSA answering through `openssl ts -reply`), verify, interop
// with xmlsec1 in both directions, import, fetch through tinyproxy, show,
// trust profiles, and the connectivity test's lines.

#include <memory>

#include <sys/stat.h>

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "testpki.h"
#include "testserver.h"

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestFeedCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<testserver::Server> m_https;
    std::unique_ptr<testserver::Server> m_tsa;
    std::unique_ptr<testserver::Server> m_wrongTsa; // its tokens' first ESSCertIDv2 names the TSA root
    std::unique_ptr<testserver::Proxy> m_proxy;
    QString m_db;
    QByteArray m_served;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // Runs emctl while this process keeps serving HTTPS, the TSA and tinyproxy;
    // a run that takes longer than `timeoutMs` is killed and reported as exit -1.
    Run emctl(const QStringList &args, int timeoutMs = 90000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EM_DIRECTORY"), m_db);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(EMCTL_PATH), args);
        if (!done.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QByteArray xmlsec(const QStringList &args, QString *error)
    {
        return testpki::run(QStringLiteral("xmlsec1"), args, error);
    }

    bool xmlsecVerifies(const QString &file, QString *error)
    {
        return !xmlsec({QStringLiteral("--verify"), QStringLiteral("--trusted-pem"), m_pki->root.certPath,
                           QStringLiteral("--enabled-key-data"), QStringLiteral("x509"), file},
            error)
                    .isNull();
    }

    QStringList signArgs(const QString &in, const QString &out)
    {
        return {QStringLiteral("feed"), QStringLiteral("sign"), QStringLiteral("--key"), m_pki->signer.keyPath,
            QStringLiteral("--cert"), m_pki->signer.certPath, QStringLiteral("--chain"), m_pki->chainPath, in, out};
    }

    QString writeUnsigned(const QString &name, qint64 issuedHoursAgo)
    {
        const QDateTime issued = QDateTime::currentDateTimeUtc().addSecs(-issuedHoursAgo * 3600);
        const QString file = path(name);
        testpki::writeFile(file, testpki::sampleFeed(issued.toString(Qt::ISODate)));
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = path(QStringLiteral("directory.db"));
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_https = std::make_unique<testserver::Server>(
            [this](const testserver::Request &r) {
                testserver::Response out;
                if (r.target == "/feed.xml")
                    out.body = m_served;
                else if (r.target == "/GetExchangeMitigations")
                    out.body = "<EOCS/>";
                else
                    out.status = 404;
                return out;
            },
            m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        QVERIFY(m_https->start());
        // The TSA answers in the vendor's form: BER with indefinite lengths, an
        // attribute certificate, a non-critical timeStamping EKU, further ESSCertIDv2.
        m_tsa = std::make_unique<testserver::Server>(testserver::tsaHandler(testpki::TsaOptions::vendor(*m_pki)));
        QVERIFY(m_tsa->start());
        testpki::TsaOptions wrongFirstId = testpki::TsaOptions::vendor(*m_pki);
        wrongFirstId.firstId = testpki::TsaOptions::FirstId::OtherCertificate;
        wrongFirstId.other = &m_pki->tsaRoot;
        m_wrongTsa = std::make_unique<testserver::Server>(testserver::tsaHandler(wrongFirstId));
        QVERIFY(m_wrongTsa->start());
        m_proxy = std::make_unique<testserver::Proxy>(m_tmp.path());
        QString error;
        QVERIFY2(m_proxy->start(&error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        if (m_proxy)
            m_proxy->stop();
    }

    void trustProfiles()
    {
        Run r = emctl({QStringLiteral("trust"), QStringLiteral("add-profile"), QStringLiteral("contoso"),
            QStringLiteral("--anchor"), m_pki->root.certPath, QStringLiteral("--tsa-anchor"), m_pki->tsaRoot.certPath,
            QStringLiteral("--signer-subject"), QStringLiteral("CN=EM Test Feed Signing, O=EM Test"),
            QStringLiteral("--eku"), QStringLiteral("1.3.6.1.5.5.7.3.3"), QStringLiteral("--eku"),
            QStringLiteral("1.3.6.1.4.1.55555.7.1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Anchors          : {CN=EM Test Root, O=EM Test (valid until")),
            qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("RequiredEkus     : {1.3.6.1.5.5.7.3.3, 1.3.6.1.4.1.55555.7.1}")));

        r = emctl({QStringLiteral("trust"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Name             : vendor")));
        QVERIFY(r.out.contains(QLatin1String("CN=Microsoft Code Signing PCA 2011, O=Microsoft Corporation, L=Redmond, "
                                             "ST=Washington, C=US (expired 2026-07-08)")));
        QVERIFY(r.out.contains(QLatin1String("Name             : contoso\nInUse            : False")));

        // A leaf is no anchor; an unknown profile cannot be used; nothing changes.
        r = emctl({QStringLiteral("trust"), QStringLiteral("add-profile"), QStringLiteral("bad"),
            QStringLiteral("--anchor"), m_pki->signer.certPath});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(
                     QLatin1String("trust anchors: 'CN=EM Test Feed Signing, O=EM Test' is not a CA certificate")),
            qPrintable(r.err));
        r = emctl({QStringLiteral("trust"), QStringLiteral("add-profile"), QStringLiteral("bad"),
            QStringLiteral("--anchor"), m_pki->root.certPath, QStringLiteral("--eku"), QStringLiteral("codeSigning")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("EKU 'codeSigning' is not a dotted OID")));
        r = emctl({QStringLiteral("trust"), QStringLiteral("use"), QStringLiteral("nosuch")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("trust profile 'nosuch': not found")));

        r = emctl({QStringLiteral("trust"), QStringLiteral("use"), QStringLiteral("contoso")});
        QCOMPARE(r.exitCode, 0);
        r = emctl({QStringLiteral("get-org")});
        QVERIFY(r.out.contains(QLatin1String("TrustProfile         : contoso")));
        r = emctl({QStringLiteral("audit")});
        QVERIFY(r.out.contains(QLatin1String("trust-add-profile")));
        QVERIFY(r.out.contains(
            QLatin1String("Property       : TrustProfile\nOldValue       : vendor\nNewValue       : contoso")));
    }

    void signVerifyAndXmlsecInterop()
    {
        const QString in = writeUnsigned(QStringLiteral("feed.xml"), 3);
        const QString out = path(QStringLiteral("feed.signed.xml"));
        Run r = emctl(signArgs(in, out));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Signed %1 -> %2\n").arg(in, out));
        QString error;
        QVERIFY2(xmlsecVerifies(out, &error), qPrintable(error));

        r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), out});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 13);
        QStringList titles;
        for (const QString &line : lines.mid(0, 12))
            titles << line.section(QLatin1String("  "), 0, 0).trimmed();
        QCOMPARE(titles,
            (QStringList {QStringLiteral("Size"), QStringLiteral("Structure"), QStringLiteral("Algorithms"),
                QStringLiteral("Digest"), QStringLiteral("Signature"), QStringLiteral("Chain"), QStringLiteral("EKU"),
                QStringLiteral("Signer name"), QStringLiteral("Revocation"), QStringLiteral("Timestamp"),
                QStringLiteral("Catalog"), QStringLiteral("Freshness")}));
        QVERIFY(lines.at(3).startsWith(QLatin1String("Digest       pass  sha256 of ")));
        QVERIFY(lines.at(5).startsWith(
            QLatin1String("Chain        pass  'CN=EM Test Feed Signing, O=EM Test' -> 'CN=EM Test "
                          "Signing CA, O=EM Test' -> 'CN=EM Test Root, O=EM Test'")));
        QCOMPARE(lines.at(8).left(18), QStringLiteral("Revocation   warn "));
        QCOMPARE(lines.last(), QStringLiteral("Result: verified"));

        // JSON: one record per check.
        r = emctl({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("feed"), QStringLiteral("verify"),
            out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("\"Check\": \"digest\"")));

        // A tampered copy: exit 1, every check printed, the reason named.
        const QString tampered = path(QStringLiteral("feed.tampered.xml"));
        testpki::writeFile(tampered, testpki::readFile(out).replace("MSExchangeIMAP4", "MSExchangeIMAP5"));
        r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), tampered});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(
            r.out.contains(QLatin1String("Digest       FAIL  the document was changed after signing: the sha256 of its "
                                         "canonical form does not match DigestValue\nSignature    -")));
        QVERIFY(
            r.out.endsWith(QLatin1String("Result: refused: Digest: the document was changed after signing: the sha256 "
                                         "of its canonical form does not match DigestValue\n")));
        QVERIFY(!xmlsecVerifies(tampered, &error));

        // The vendor profile does not trust this signer.
        r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), QStringLiteral("--profile"),
            QStringLiteral("vendor"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains(QLatin1String("Chain        FAIL  signer chain (profile 'vendor'): no trust anchor of the "
                                         "profile issued 'CN=EM Test Signing CA, O=EM Test'")),
            qPrintable(r.out));

        // Refused input for sign: nothing written.
        const QString notFeed = path(QStringLiteral("not-a-feed.xml"));
        testpki::writeFile(notFeed, "<EOCS version=\"1\"><Unknown/></EOCS>");
        r = emctl(signArgs(notFeed, path(QStringLiteral("never.xml"))));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String(
                     "not a valid EOCS feed, nothing signed: catalog line 1: unknown element <Unknown> in <EOCS>")),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("never.xml"))));
    }

    void xmlsecSignedFeedVerifies()
    {
        QByteArray templ = testpki::sampleFeed();
        templ.replace("</EOCS>",
            "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignedInfo>"
            "<CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            "<SignatureMethod Algorithm=\"http://www.w3.org/2001/04/xmldsig-more#rsa-sha256\"/>"
            "<Reference URI=\"\"><Transforms>"
            "<Transform Algorithm=\"http://www.w3.org/2000/09/xmldsig#enveloped-signature\"/>"
            "<Transform Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/></Transforms>"
            "<DigestMethod Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\"/><DigestValue/></Reference>"
            "</SignedInfo><SignatureValue/>"
            "<KeyInfo><KeyValue/><X509Data><X509Certificate/></X509Data></KeyInfo></Signature></EOCS>");
        const QString in = path(QStringLiteral("xmlsec-template.xml"));
        const QString out = path(QStringLiteral("xmlsec-signed.xml"));
        testpki::writeFile(in, templ);
        QString error;
        QVERIFY2(!xmlsec({QStringLiteral("--sign"), QStringLiteral("--privkey-pem"),
                             m_pki->signer.keyPath + QLatin1Char(',') + m_pki->signer.certPath + QLatin1Char(',')
                                 + m_pki->chainPath,
                             QStringLiteral("--output"), out, in},
                     &error)
                      .isNull(),
            qPrintable(error));
        Run r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.endsWith(QLatin1String("Result: verified\n")));
    }

    void timestampedSigning()
    {
        const QString in = writeUnsigned(QStringLiteral("ts.xml"), 0);
        const QString out = path(QStringLiteral("ts.signed.xml"));
        QStringList args = signArgs(in, out);
        args << QStringLiteral("--tsa") << m_tsa->url(QStringLiteral("/tsa"));
        const int before = m_tsa->requestCount();
        Run r = emctl(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out,
            QStringLiteral("Signed %1 -> %2 (timestamped by %3)\n").arg(in, out, m_tsa->url(QStringLiteral("/tsa"))));
        QCOMPARE(m_tsa->requestCount(), before + 1);
        QCOMPARE(m_tsa->requests().last().headers.value("content-type"), QByteArray("application/timestamp-query"));
        const QByteArray doc = testpki::readFile(out);
        QVERIFY(doc.contains("<Object Id=\"ts-countersig\">"));
        // The vendor's form: CounterSignature in its own namespace, the token as the TSA sent it (BER).
        const QByteArray counter = "<CounterSignature xmlns=\"http://schemas.microsoft.com/xmldsig/timestamp/2003\" "
                                   "ts-format=\"cms-timestamp-message\">";
        QVERIFY2(doc.contains(counter), doc.constData());
        const qsizetype tokenStart = doc.indexOf(counter) + counter.size();
        const QByteArray token
            = QByteArray::fromBase64(doc.mid(tokenStart, doc.indexOf("</CounterSignature>") - tokenStart));
        QCOMPARE(token.left(2), QByteArray("\x30\x80", 2));
        QString error;
        QVERIFY2(xmlsecVerifies(out, &error), qPrintable(error)); // the Object does not disturb xmlsec

        r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Timestamp    pass  genTime ")), qPrintable(r.out));
        QVERIFY(
            r.out.contains(QLatin1String("by 'CN=EM Test TSA NC, O=EM Test' (sha256 imprint of the SignatureValue)")));

        // Two years on, every certificate of the signer chain has expired: the
        // timestamped feed still verifies (at genTime), the untimestamped one does not.
        const QString later = QDateTime::currentDateTimeUtc().addDays(730).toString(Qt::ISODate);
        r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), QStringLiteral("--at"), later, out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String(", the timestamp's genTime)")));
        QVERIFY(!r.out.contains(QLatin1String("FAIL")));
        r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), QStringLiteral("--at"), later,
            path(QStringLiteral("feed.signed.xml"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(
            r.out.contains(QLatin1String("Chain        FAIL  signer chain (profile 'contoso'): certificate 'CN=EM Test "
                                         "Feed Signing, O=EM Test' expired on ")));

        // An unreachable TSA: the sign fails, nothing is written.
        args = signArgs(in, path(QStringLiteral("ts-never.xml")));
        args << QStringLiteral("--tsa") << QStringLiteral("http://127.0.0.1:%1/tsa").arg(testserver::freePort());
        r = emctl(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("timestamp authority http://127.0.0.1:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("refused")));
        QVERIFY(!QFile::exists(path(QStringLiteral("ts-never.xml"))));
    }

    void timestampWhoseFirstIdNamesAnotherCertificate()
    {
        // The TSA's answer is added (status, imprint and nonce are right), but
        // verification refuses the token: its first ESSCertIDv2 names the TSA root.
        const QString in = writeUnsigned(QStringLiteral("ts-wrong.xml"), 0);
        const QString out = path(QStringLiteral("ts-wrong.signed.xml"));
        QStringList args = signArgs(in, out);
        args << QStringLiteral("--tsa") << m_wrongTsa->url(QStringLiteral("/tsa"));
        Run r = emctl(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String(
                     "Timestamp    FAIL  timestamp token: the first ESSCertIDv2 of the signing-certificate attribute "
                     "names certificate 'CN=EM Test TSA Root, O=EM Test', not the TSA certificate 'CN=EM Test TSA NC, "
                     "O=EM Test'\n")),
            qPrintable(r.out));
    }

    void specialFilesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args"); // FILE stands for the special file
        QTest::addColumn<QString>("what"); // how the message names it
        QTest::addColumn<int>("exitCode");
        QTest::newRow("feed import") << QStringList {QStringLiteral("feed"), QStringLiteral("import"),
            QStringLiteral("FILE")} << QStringLiteral("feed")
                                     << 1;
        QTest::newRow("feed verify") << QStringList {QStringLiteral("feed"), QStringLiteral("verify"),
            QStringLiteral("FILE")} << QStringLiteral("feed")
                                     << 1;
        QTest::newRow("feed verify --crl") << QStringList {QStringLiteral("feed"), QStringLiteral("verify"),
            QStringLiteral("--crl"), QStringLiteral("FILE"), QStringLiteral("SIGNED")}
                                           << QStringLiteral("CRL") << 1;
        QTest::newRow("feed import --crl") << QStringList {QStringLiteral("feed"), QStringLiteral("import"),
            QStringLiteral("--crl"), QStringLiteral("FILE"), QStringLiteral("SIGNED")}
                                           << QStringLiteral("CRL") << 1;
        QTest::newRow("feed sign IN") << QStringList {QStringLiteral("feed"), QStringLiteral("sign"),
            QStringLiteral("--key"), QStringLiteral("KEY"), QStringLiteral("--cert"), QStringLiteral("CERT"),
            QStringLiteral("FILE"), QStringLiteral("OUT")}
                                      << QStringLiteral("input") << 1;
        QTest::newRow("feed sign --key") << QStringList {QStringLiteral("feed"), QStringLiteral("sign"),
            QStringLiteral("--key"), QStringLiteral("FILE"), QStringLiteral("--cert"), QStringLiteral("CERT"),
            QStringLiteral("UNSIGNED"), QStringLiteral("OUT")}
                                         << QStringLiteral("key") << 1;
        QTest::newRow("feed sign --chain") << QStringList {QStringLiteral("feed"), QStringLiteral("sign"),
            QStringLiteral("--key"), QStringLiteral("KEY"), QStringLiteral("--cert"), QStringLiteral("CERT"),
            QStringLiteral("--chain"), QStringLiteral("FILE"), QStringLiteral("UNSIGNED"), QStringLiteral("OUT")}
                                           << QStringLiteral("chain") << 1;
        QTest::newRow("trust add-profile --anchor")
            << QStringList {QStringLiteral("trust"), QStringLiteral("add-profile"), QStringLiteral("special"),
                   QStringLiteral("--anchor"), QStringLiteral("FILE")}
            << QStringLiteral("anchor") << 1;
        QTest::newRow("feed fetch --tls-ca-file") << QStringList {QStringLiteral("feed"), QStringLiteral("fetch"),
            QStringLiteral("--tls-ca-file"), QStringLiteral("FILE")}
                                                  << QStringLiteral("TLS CA file") << 2;
    }

    void specialFilesAreRefused()
    {
        // Each kind of file that is not a regular one is refused before it is
        // opened, with the file and the cause named; a FIFO must not hang
        // (the run is killed after 20 s, which fails the test), /dev/zero
        // must not exhaust memory.
        QFETCH(QStringList, args);
        QFETCH(QString, what);
        QFETCH(int, exitCode);
        const QString fifo = path(QStringLiteral("feed.fifo"));
        if (!QFile::exists(fifo))
            QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString fifoLink = path(QStringLiteral("fifo-link.xml"));
        if (!QFile::exists(fifoLink))
            QVERIFY(QFile::link(fifo, fifoLink));
        QLocalServer socket;
        QLocalServer::removeServer(path(QStringLiteral("feed.sock")));
        QVERIFY(socket.listen(path(QStringLiteral("feed.sock"))));
        const QString big = path(QStringLiteral("big.xml"));
        QVERIFY(testpki::writeFile(big, QByteArray(4 * 1024 * 1024 + 1, ' ')));
        const QString unsignedFeed = writeUnsigned(QStringLiteral("special-unsigned.xml"), 0);
        const QList<std::pair<QString, QString>> files = {
            {QStringLiteral("/dev/zero"), QStringLiteral("a character device")},
            {fifo, QStringLiteral("a FIFO (named pipe)")},
            {fifoLink, QStringLiteral("a FIFO (named pipe)")}, // a link is followed, to what it names
            {socket.fullServerName(), QStringLiteral("a socket")},
            {m_tmp.path(), QStringLiteral("a directory")},
        };
        for (const auto &[file, type] : files) {
            QStringList run = args;
            run.replaceInStrings(QStringLiteral("FILE"), file);
            run.replaceInStrings(QStringLiteral("UNSIGNED"), unsignedFeed); // before SIGNED, which it contains
            run.replaceInStrings(QStringLiteral("SIGNED"), path(QStringLiteral("feed.signed.xml")));
            run.replaceInStrings(QStringLiteral("KEY"), m_pki->signer.keyPath);
            run.replaceInStrings(QStringLiteral("CERT"), m_pki->signer.certPath);
            run.replaceInStrings(QStringLiteral("OUT"), path(QStringLiteral("special-out.xml")));
            QElapsedTimer timer;
            timer.start();
            const Run r = emctl(run, 20000);
            QVERIFY2(r.exitCode == exitCode,
                qPrintable(file + QStringLiteral(": exit ") + QString::number(r.exitCode) + QStringLiteral(" ") + r.err
                    + r.out));
            QVERIFY2(
                r.err.contains(
                    QStringLiteral("%1 '%2' is %3, not a regular file; refusing to read it").arg(what, file, type)),
                qPrintable(r.err));
            QVERIFY(timer.elapsed() < 15000);
            QVERIFY(!QFile::exists(path(QStringLiteral("special-out.xml"))));
        }
        // Over the limit: the org's MaxFeedBytes (4 MiB) for a feed, 16 MiB for a CRL, 1 MiB for certificates and keys.
        if (what == QLatin1String("feed") || what == QLatin1String("input")) {
            QStringList run = args;
            run.replaceInStrings(QStringLiteral("FILE"), big);
            run.replaceInStrings(QStringLiteral("KEY"), m_pki->signer.keyPath);
            run.replaceInStrings(QStringLiteral("CERT"), m_pki->signer.certPath);
            run.replaceInStrings(QStringLiteral("OUT"), path(QStringLiteral("special-out.xml")));
            const Run r = emctl(run, 20000);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(
                         QStringLiteral("%1 '%2': 4194305 bytes is over the limit of 4194304 bytes").arg(what, big)),
                qPrintable(r.err));
        }
    }

    void fileUrlsOfSpecialFilesAreRefused()
    {
        const QString fifo = path(QStringLiteral("fetch.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString big = path(QStringLiteral("big-fetch.xml"));
        QVERIFY(testpki::writeFile(big, QByteArray(4 * 1024 * 1024 + 1, ' ')));
        const QList<std::pair<QString, QString>> cases = {
            {QStringLiteral("/dev/zero"), QStringLiteral("file '/dev/zero' is a character device, not a regular file")},
            {fifo, QStringLiteral("file '%1' is a FIFO (named pipe), not a regular file").arg(fifo)},
            {big, QStringLiteral("file '%1': 4194305 bytes is over the limit of 4194304 bytes").arg(big)},
        };
        for (const auto &[file, message] : cases) {
            const Run r = emctl({QStringLiteral("feed"), QStringLiteral("fetch"), QStringLiteral("--url"),
                                    QUrl::fromLocalFile(file).toString()},
                20000);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }
    }

    void aLinkToAFeedIsFollowed()
    {
        // A symbolic link named on the command line is followed to the regular file it names.
        const QString link = path(QStringLiteral("link-to-feed.xml"));
        QVERIFY(QFile::link(path(QStringLiteral("feed.signed.xml")), link));
        const Run r = emctl({QStringLiteral("feed"), QStringLiteral("verify"), link});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.endsWith(QLatin1String("Result: verified\n")));
    }

    void importShowAndRefuse()
    {
        Run r = emctl({QStringLiteral("feed"), QStringLiteral("import"), path(QStringLiteral("feed.signed.xml"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.startsWith(
            QStringLiteral("Accepted the feed from %1\n").arg(path(QStringLiteral("feed.signed.xml")))));
        QVERIFY(r.out.contains(QLatin1String("Mitigations: 5, actions: 5\n")));

        r = emctl({QStringLiteral("feed"), QStringLiteral("show")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Signer            : CN=EM Test Feed Signing, O=EM Test\n")));
        QVERIFY(r.out.contains(QLatin1String("Version           : 1.0.4\n")));
        QVERIFY(r.out.contains(
            QLatin1String("Id            : M1.1\nMitigation    : M1\nType          : UrlRewrite\nScope         : "
                          "Site\nTarget        : Default Web Site\n")));

        r = emctl({QStringLiteral("feed"), QStringLiteral("import"), path(QStringLiteral("feed.tampered.xml"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("refused: Digest: the document was changed after signing")));
        r = emctl({QStringLiteral("events"), QStringLiteral("--id"), QStringLiteral("1008")});
        QVERIFY(r.out.contains(QLatin1String("Id               : 1008\nLevelDisplayName : Error")));
        QVERIFY(r.out.contains(QLatin1String("stays in effect.")));
        r = emctl({QStringLiteral("feed"), QStringLiteral("show")});
        QVERIFY(
            r.out.contains(QStringLiteral("Source            : %1\n").arg(path(QStringLiteral("feed.signed.xml")))));
        QVERIFY(r.out.contains(QLatin1String("; last update failed at")));

        // An older feed than the accepted one (signed earlier) is a rollback.
        const QString older = path(QStringLiteral("older.signed.xml"));
        QCOMPARE(emctl(signArgs(writeUnsigned(QStringLiteral("older.xml"), 48), older)).exitCode, 0);
        r = emctl({QStringLiteral("feed"), QStringLiteral("import"), older});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("refused as a possible rollback")), qPrintable(r.err));
    }

    void fetchThroughAServersProxy()
    {
        QCOMPARE(emctl({QStringLiteral("add-server"), QStringLiteral("EX01"), QStringLiteral("--build"),
                           QStringLiteral("15.2.1118.7")})
                     .exitCode,
            0);
        QCOMPARE(emctl({QStringLiteral("set-server"), QStringLiteral("EX01"), QStringLiteral("--internet-web-proxy"),
                           m_proxy->url()})
                     .exitCode,
            0);
        const QString newer = path(QStringLiteral("newer.signed.xml"));
        QCOMPARE(emctl(signArgs(writeUnsigned(QStringLiteral("newer.xml"), 1), newer)).exitCode, 0);
        m_served = testpki::readFile(newer);
        const QString url = m_https->url(QStringLiteral("/feed.xml"));

        // The endpoint's certificate is not trusted by the system.
        Run r = emctl({QStringLiteral("feed"), QStringLiteral("fetch"), QStringLiteral("--url"), url,
            QStringLiteral("--identity"), QStringLiteral("EX01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("TLS: the certificate of 127.0.0.1:")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("issued by 'EM Test Inspection Root'")));

        r = emctl({QStringLiteral("feed"), QStringLiteral("fetch"), QStringLiteral("--url"), url,
            QStringLiteral("--identity"), QStringLiteral("EX01"), QStringLiteral("--tls-ca-file"),
            m_pki->tlsRoot.certPath});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.startsWith(QStringLiteral("Accepted the feed from %1\n").arg(url)));
        QVERIFY(m_proxy->log().contains(QStringLiteral("CONNECT 127.0.0.1:%1").arg(m_https->serverPort()).toUtf8()));
        r = emctl({QStringLiteral("feed"), QStringLiteral("fetch"), QStringLiteral("--url"), url,
            QStringLiteral("--identity"), QStringLiteral("EX01"), QStringLiteral("--tls-ca-file"),
            m_pki->tlsRoot.certPath});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("The feed from %1 is unchanged\n").arg(url)));

        // A 404 is recorded as a failed attempt.
        r = emctl({QStringLiteral("feed"), QStringLiteral("fetch"), QStringLiteral("--url"),
            m_https->url(QStringLiteral("/gone.xml")), QStringLiteral("--tls-ca-file"), m_pki->tlsRoot.certPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QLatin1String("HTTP status 404")));
        r = emctl({QStringLiteral("feed"), QStringLiteral("show")});
        QVERIFY(r.out.contains(QStringLiteral("Source            : %1\n").arg(url)));
    }

    void testConnectivityLines()
    {
        const QString endpoint = m_https->url(QStringLiteral("/GetExchangeMitigations"));
        const QString port = QString::number(m_https->serverPort());
        Run r = emctl({QStringLiteral("test-connectivity"), QStringLiteral("--identity"), QStringLiteral("EX01"),
            QStringLiteral("--url"), endpoint, QStringLiteral("--tls-ca-file"), m_pki->tlsRoot.certPath});
        QCOMPARE(r.exitCode, 0);
        const QStringList expected = {
            QStringLiteral("Result: Success."),
            QStringLiteral("Message: The Mitigation Service endpoint is accessible from this computer."),
            QStringLiteral("Endpoint: %1 (through proxy %2)").arg(endpoint, m_proxy->url()),
            QStringLiteral("DNS: passed: proxy host 127.0.0.1 is 127.0.0.1"),
            QStringLiteral("TCP: passed: connected to proxy 127.0.0.1:%1").arg(m_proxy->port()),
            QStringLiteral("Proxy: passed: tunnel to 127.0.0.1:%1 opened").arg(port),
            QStringLiteral("TLS: passed: TLS 1.3, certificate 'localhost' issued by 'EM Test Inspection Root'"),
            QStringLiteral("HTTP: passed: status 200 OK"),
            QStringLiteral(
                "Warning: the TLS certificate presented for 127.0.0.1 chains to 'EM Test Inspection Root', which "
                "this system does not trust as a public certification authority. A TLS-inspecting proxy may be "
                "in the path; TLS inspection may break feed validation."),
        };
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expected);

        // The server's proxy is down.
        const QString deadProxy = QStringLiteral("http://127.0.0.1:%1").arg(testserver::freePort());
        QCOMPARE(emctl({QStringLiteral("set-server"), QStringLiteral("EX01"), QStringLiteral("--internet-web-proxy"),
                           deadProxy})
                     .exitCode,
            0);
        r = emctl({QStringLiteral("test-connectivity"), QStringLiteral("--identity"), QStringLiteral("EX01"),
            QStringLiteral("--url"), endpoint});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.mid(0, 4),
            (QStringList {QStringLiteral("Result: Failed."),
                QStringLiteral("Message: Unable to connect to the Mitigation Service endpoint from this "
                               "computer. To learn about connectivity requirements, see "
                               "https://aka.ms/HelpConnectivityEEMS."),
                QStringLiteral("Endpoint: %1 (through proxy %2)").arg(endpoint, deadProxy),
                QStringLiteral("Failed step: Proxy")}));
        QCOMPARE(lines.at(6),
            QStringLiteral("Proxy: failed: connection to proxy %1 refused (is the proxy running?)")
                .arg(deadProxy.mid(7)));
        QCOMPARE(
            emctl({QStringLiteral("test-connectivity"), QStringLiteral("--identity"), QStringLiteral("NOPE")}).exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestFeedCli)
#include "tst_feedcli.moc"
