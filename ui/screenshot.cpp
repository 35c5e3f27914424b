#include "screenshot.h"

#include <cstdio>

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>

#include "mainwindow.h"

namespace em::ui {

namespace {
void failWith(const QString &message)
{
    std::fprintf(stderr, "emconsole: %s\n", qPrintable(message));
    QCoreApplication::exit(1);
}
} // namespace

void shootWhenIdle(MainWindow &window, const QString &file)
{
    auto shoot = [&window, file] {
        // One more turn of the event loop so layouts and charts settle.
        QTimer::singleShot(250, &window, [&window, file] {
            const QPixmap pixmap = window.grab();
            if (pixmap.isNull() || !pixmap.save(file, "PNG")) {
                failWith(QCoreApplication::translate("emconsole", "screenshot '%1': cannot be written").arg(file));
                return;
            }
            QCoreApplication::exit(0);
        });
    };
    auto *waiting = new QObject(&window);
    QObject::connect(
        &window, &MainWindow::directoryLoaded, waiting, [&window, waiting, shoot](bool ok, const QString &message) {
            if (!ok) {
                failWith(message);
                return;
            }
            if (!window.isBusy()) {
                delete waiting;
                shoot();
                return;
            }
            QObject::connect(&window, &MainWindow::idle, waiting, [waiting, shoot] {
                waiting->deleteLater();
                shoot();
            });
        });
    QTimer::singleShot(60 * 1000, &window, [] {
        failWith(
            QCoreApplication::translate("emconsole", "screenshot: the org directory was not read within a minute"));
    });
}

} // namespace em::ui
