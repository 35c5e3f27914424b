// em_ui_screenshots: renders the console's dialogs on a fresh demo
// organization, to look at them and for the docs (not a test). The main
// views come from `emconsole --demo --screenshot`; this drives what that
// cannot: the connectivity test of every server, the verification report of
// the demo's tampered feed, and the rollback confirmation.
//
//   em_ui_screenshots OUTDIR [--language en|fr] [--size 1400x900]
//
// Builds its own demo in a temporary folder (the refused import is recorded
// in that directory, never in the user's demo).

#include <cstdio>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>

#include "engine/demoorg.h"
#include "language.h"
#include "mainwindow.h"
#include "models/actiontablemodel.h"
#include "widgets/connectivitydialog.h"
#include "widgets/feedreportdialog.h"

namespace {

// A tool, not the product: waiting in a local event loop is fine here.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

void settle(int ms = 300)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget *widget, const QString &file)
{
    settle();
    const bool ok = widget->grab().save(file, "PNG");
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

template<typename T>
T *waitForChild(QWidget *parent, const char *name, int timeoutMs)
{
    T *found = nullptr;
    waitUntil(
        [&] {
            found = parent->findChild<T *>(QString::fromLatin1(name));
            return found && found->isVisible();
        },
        timeoutMs);
    return found;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leaves the user's console settings alone
    QStringList args = QCoreApplication::arguments().mid(1);
    QString language = QStringLiteral("en");
    QSize size(1400, 900);
    QString out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--language") && i + 1 < args.size())
            language = args.at(++i);
        else if (args.at(i) == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args.at(++i).split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        } else
            out = args.at(i);
    }
    if (out.isEmpty() || !QDir().mkpath(out)) {
        std::fprintf(stderr, "usage: em_ui_screenshots OUTDIR [--language en|fr] [--size WxH]\n");
        return 2;
    }
    em::i18n::install(language);
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("demo"));
    const auto file = [&](const char *name) {
        return QDir(out).filePath(QStringLiteral("%1-%2.png").arg(QString::fromLatin1(name), language));
    };

    em::ui::MainWindow window;
    window.resize(size);
    window.show();
    window.openDemo(root);
    if (!waitUntil([&] { return window.isLoaded() && !window.isBusy(); }, 120000)) {
        std::fprintf(stderr, "the demo was not ready within two minutes\n");
        return 1;
    }

    // The rollback confirmation of the obsolete rule on the server updated to CU13.
    window.selectServer(QStringLiteral("EX19-MBX02"));
    auto *actions = window.findChild<QTableView *>(QStringLiteral("actionsTableView"));
    waitUntil([&] { return actions->model()->rowCount() > 0 && !window.isBusy(); }, 10000);
    for (int row = 0; row < actions->model()->rowCount(); ++row) {
        if (actions->model()->index(row, 0).data(em::ui::ActionTableModel::ActionIdRole).toString()
            == QLatin1String("M1.1"))
            actions->selectRow(row);
    }
    settle();
    save(&window, file("servers-obsolete"));
    window.findChild<QPushButton *>(QStringLiteral("rollbackButton"))->click();
    if (auto *box = waitForChild<QMessageBox>(&window, "confirmMessageBox", 5000)) {
        save(box, file("rollback-confirm"));
        box->reject();
    }

    // Run now: the failures of the cycle (the read-only site web.config).
    window.findChild<QAction *>(QStringLiteral("runNowAction"))->trigger();
    if (auto *box = waitForChild<QMessageBox>(&window, "cycleFailuresMessageBox", 60000)) {
        save(box, file("cycle-failures"));
        box->accept();
    }
    waitUntil([&] { return !window.isBusy(); }, 60000);
    save(&window, file("after-run"));

    // Roll back the obsolete rule, confirmed; then what was done.
    window.selectServer(QStringLiteral("EX19-MBX02"));
    waitUntil([&] { return actions->model()->rowCount() > 0 && !window.isBusy(); }, 10000);
    for (int row = 0; row < actions->model()->rowCount(); ++row) {
        if (actions->model()->index(row, 0).data(em::ui::ActionTableModel::ActionIdRole).toString()
            == QLatin1String("M1.1"))
            actions->selectRow(row);
    }
    settle();
    window.findChild<QPushButton *>(QStringLiteral("rollbackButton"))->click();
    if (auto *box = waitForChild<QMessageBox>(&window, "confirmMessageBox", 5000)) {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
    }
    if (auto *box = waitForChild<QMessageBox>(&window, "rollbackResultMessageBox", 30000)) {
        save(box, file("rollback-result"));
        box->accept();
    }
    waitUntil([&] { return !window.isBusy(); }, 30000);
    save(&window, file("after-rollback"));

    // Fetch the feed now (the vendor's endpoint, unreachable from a lab).
    window.findChild<QAction *>(QStringLiteral("fetchFeedAction"))->trigger();
    if (auto *box = waitForChild<QMessageBox>(&window, "errorMessageBox", 60000)) {
        save(box, file("fetch-failed"));
        box->accept();
    }
    waitUntil([&] { return !window.isBusy(); }, 30000);
    save(&window, file("after-fetch"));

    // The connectivity test of every server, through each one's proxy.
    window.findChild<QTableView *>(QStringLiteral("serversTableView"))->selectAll();
    settle();
    window.findChild<QAction *>(QStringLiteral("testConnectivityAction"))->trigger();
    auto *connectivity = waitForChild<em::ui::ConnectivityDialog>(&window, "connectivityDialog", 5000);
    if (connectivity) {
        waitUntil([&] { return !window.isBusy(); }, 120000);
        save(connectivity, file("connectivity"));
        connectivity->reject();
    }

    // The verification report of the tampered copy of the demo feed.
    window.importFeedFrom(em::DemoOrganization::tamperedFeedPath(root));
    if (auto *report = waitForChild<em::ui::FeedReportDialog>(&window, "feedReportDialog", 30000)) {
        save(report, file("feed-report"));
        report->reject();
    }
    waitUntil([&] { return !window.isBusy(); }, 30000);
    window.close();
    QThreadPool::globalInstance()->waitForDone();
    return 0;
}
