// The console's Notifications page (issue 16), offscreen: it shows the
// directory's settings without blocking, "Send test" reaches a real aiosmtpd
// server and an HTTPS webhook receiver from a worker thread while the UI
// thread keeps running (also against a mail server that never answers), bad
// fields are refused before any connection, and the settings dialog stores
// the page's fields in the directory with an audit row.

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "directory/orgdirectory.h"
#include "engine/aftercycle.h"
#include "settings/notificationspage.h"
#include "settingsdialog.h"
#include "smtpfixture.h"
#include "testpki.h"
#include "testserver.h"

using namespace em;
using namespace em::ui;

namespace {
QString S(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestNotificationsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<testpki::Pki> m_pki;
    std::unique_ptr<smtpfixture::SmtpServer> m_smtp;
    std::unique_ptr<testserver::Server> m_hook;
    QString m_db;
    QString m_passwordFile;

    NotificationSettings stored() const
    {
        NotificationSettings s;
        s.mailTo = {S("secops@contoso.com")};
        s.mailFrom = S("em@contoso.com");
        s.smtpUrl = QUrl(m_smtp->url());
        s.smtpUser = S("emtest");
        s.smtpPasswordFile = m_passwordFile;
        s.smtpCaFile = m_pki->tlsRoot.certPath;
        s.webhookUrl = QUrl(m_hook->url(S("/hooks/page/t0ken")));
        s.webhookCaFile = m_pki->tlsRoot.certPath;
        s.language = S("fr");
        s.connectTimeout = std::chrono::seconds(8);
        return s;
    }

    static QLineEdit *edit(QWidget *page, const char *name)
    {
        return page->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

    static QString status(QWidget *page) { return page->findChild<QLabel *>(S("notificationsStatus"))->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_pki = std::make_unique<testpki::Pki>(m_tmp.path());
        QVERIFY2(m_pki->ok(), qPrintable(m_pki->error()));
        m_passwordFile = m_tmp.filePath(S("smtp-password"));
        QVERIFY(testpki::writeFile(m_passwordFile, "page-Pa55\n"));
        smtpfixture::Options o;
        o.certPath = m_pki->tlsServer.certPath;
        o.keyPath = m_pki->tlsServer.keyPath;
        o.user = S("emtest");
        o.passwordFile = m_passwordFile;
        m_smtp = std::make_unique<smtpfixture::SmtpServer>(m_tmp.filePath(S("smtp")), o);
        QString error;
        QVERIFY2(m_smtp->start(&error), qPrintable(error));
        m_hook
            = std::make_unique<testserver::Server>([](const testserver::Request &) { return testserver::Response {}; },
                m_pki->tlsServer.certPem, m_pki->tlsServer.keyPem);
        QVERIFY(m_hook->start());

        m_db = m_tmp.filePath(S("directory.db"));
        auto dir = OrgDirectory::open(m_db);
        QVERIFY(dir);
        auto set = setNotificationSettings(**dir, stored(), Actor {S("fixture"), S("testhost")});
        QVERIFY2(set, set ? "" : qPrintable(set.error().message));
    }

    void cleanupTestCase()
    {
        if (m_smtp)
            m_smtp->stop();
    }

    void showsTheStoredSettings()
    {
        NotificationsPage page(m_db);
        QVERIFY(!page.isLoaded()); // read on a worker thread
        QTRY_VERIFY(page.isLoaded());
        QCOMPARE(edit(&page, "notifyMailEdit")->text(), S("secops@contoso.com"));
        QCOMPARE(edit(&page, "notifyFromEdit")->text(), S("em@contoso.com"));
        QCOMPARE(edit(&page, "smtpUrlEdit")->text(), m_smtp->url());
        QCOMPARE(edit(&page, "smtpPasswordFileEdit")->text(), m_passwordFile);
        QLineEdit *webhook = edit(&page, "notifyWebhookEdit");
        QCOMPARE(webhook->text(), m_hook->url(S("/hooks/page/t0ken")));
        QCOMPARE(webhook->echoMode(), QLineEdit::PasswordEchoOnEdit); // its path is a secret token
        QCOMPARE(page.findChild<QComboBox *>(S("notifyLanguageComboBox"))->currentData().toString(), S("fr"));
        QCOMPARE(page.findChild<QSpinBox *>(S("notifyReminderSpinBox"))->value(), 24);
        QVERIFY(!page.isModified());
        auto s = page.settings();
        QVERIFY(s);
        QCOMPARE(*s, stored()); // the timeouts the page does not show are kept
    }

    void sendTestReachesBothChannels()
    {
        NotificationsPage page(m_db);
        QTRY_VERIFY(page.isLoaded());
        const int mails = m_smtp->messageCount();
        const int hooks = m_hook->requestCount();
        QSignalSpy finished(&page, &NotificationsPage::testFinished);
        auto *button = page.findChild<QPushButton *>(S("sendTestButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled()); // running in the background, the UI thread is free
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(status(&page).contains(QStringLiteral("Test message sent: mail to %1").arg(m_smtp->url())),
            qPrintable(status(&page)));
        QVERIFY(status(&page).contains(
            QStringLiteral("Test message sent: webhook https://127.0.0.1:%1").arg(m_hook->serverPort())));
        QVERIFY(button->isEnabled());
        QCOMPARE(m_smtp->messageCount(), mails + 1);
        const QJsonObject mail = m_smtp->message(mails + 1);
        QVERIFY(mail.value(S("tls")).toBool());
        QCOMPARE(mail.value(S("rcptTos")).toArray(), QJsonArray {S("secops@contoso.com")});
        QCOMPARE(m_hook->requestCount(), hooks + 1);
        const QJsonObject body = QJsonDocument::fromJson(m_hook->requests().last().body).object();
        QCOMPARE(body.value(S("language")).toString(), S("fr")); // the organization's language
        const QJsonObject entry = body.value(S("digest")).toObject().value(S("entries")).toArray().first().toObject();
        QCOMPARE(entry.value(S("kind")).toString(), S("test"));
        QVERIFY2(entry.value(S("detail")).toString().contains(QLatin1String("Send test")),
            qPrintable(entry.value(S("detail")).toString()));
    }

    void badFieldsAreRefusedBeforeAnyConnection()
    {
        NotificationsPage page(m_db);
        QTRY_VERIFY(page.isLoaded());
        const int hooks = m_hook->requestCount();
        edit(&page, "notifyFromEdit")->clear();
        QSignalSpy finished(&page, &NotificationsPage::testFinished);
        page.sendTest();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(status(&page).contains(QLatin1String("no sender address")), qPrintable(status(&page)));
        edit(&page, "notifyFromEdit")->setText(S("em@contoso.com"));
        edit(&page, "notifyWebhookEdit")->setText(S("http://hooks.example.com/secret"));
        page.sendTest();
        QCOMPARE(finished.size(), 2);
        QVERIFY(!status(&page).contains(QLatin1String("secret")));
        QCOMPARE(m_hook->requestCount(), hooks);
    }

    // A mail server that never answers: the UI thread keeps running, the
    // webhook is not held up, and the test ends as a timeout.
    void stalledMailServerNeverBlocksTheUi()
    {
        smtpfixture::StallServer stall;
        QVERIFY(stall.start());
        NotificationsPage page(m_db);
        QTRY_VERIFY(page.isLoaded());
        edit(&page, "smtpUrlEdit")->setText(QStringLiteral("smtp://127.0.0.1:%1").arg(stall.serverPort()));
        const int hooks = m_hook->requestCount();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QSignalSpy finished(&page, &NotificationsPage::testFinished);
        page.sendTest();
        QTRY_COMPARE(m_hook->requestCount(), hooks + 1); // the webhook went out meanwhile
        QVERIFY(finished.isEmpty());
        QTest::qWait(1000);
        QVERIFY2(ticks >= 15, qPrintable(QString::number(ticks))); // the event loop kept turning
        QVERIFY(finished.wait(60000)); // the connect timeout (8 s)
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(status(&page).contains(QStringLiteral("mail to smtp://127.0.0.1:%1: timeout").arg(stall.serverPort())),
            qPrintable(status(&page)));
    }

    void dialogStoresThePageInTheDirectory()
    {
        SettingsDialog dialog(nullptr, m_db);
        auto *tabs = dialog.findChild<QTabWidget *>(S("settingsTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2);
        auto *page = dialog.findChild<NotificationsPage *>(S("notificationsPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isLoaded());
        QLineEdit *to = edit(page, "notifyMailEdit");
        to->setFocus();
        to->selectAll();
        QTest::keyClicks(to, S("secops@contoso.com, exadmins@contoso.com"));
        QVERIFY(page->isModified());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.wait(30000));

        auto dir = OrgDirectory::open(m_db);
        QVERIFY(dir);
        auto now = notificationSettings(**dir);
        QVERIFY(now);
        QCOMPARE(now->mailTo, (QStringList {S("secops@contoso.com"), S("exadmins@contoso.com")}));
        QCOMPARE(now->webhookUrl, stored().webhookUrl);
        auto audit = (*dir)->audit();
        QVERIFY(audit);
        QCOMPARE(audit->last().property, S("NotifyMail"));
        QCOMPARE(audit->last().newValue, S("secops@contoso.com, exadmins@contoso.com"));
    }

    void noDirectoryNoPage()
    {
        SettingsDialog dialog;
        QVERIFY(!dialog.findChild<NotificationsPage *>());
    }
};

QTEST_MAIN(TestNotificationsPage)
#include "tst_notificationspage.moc"
