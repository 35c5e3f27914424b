// Benchmark (a program, not a test): the console on a generated directory of
// 10,000 servers and 300,000 action statuses.
//
// 1. From process start: emconsole is launched (offscreen) with
//    EM_TRACE_TIMINGS=1 and prints CLOCK_MONOTONIC marks; the time from just
//    before the fork to the end of the servers table's first paint after the
//    whole directory was read is the startup time. Peak memory: VmHWM of the
//    running emconsole, read from /proc/PID/status a second after that paint.
// 2. In this process, the real MainWindow (found by objectName): each key
//    typed in the servers filter, timed from the key event to the end of the
//    servers table's next paint; a click on a server row, timed to the end of
//    the first paint of the actions table holding that server's actions.
//    Peak memory of this process too.
//
// Usage: bench_console [--directory LOCATOR] [--launches N] [--work DIR]
// (LOCATOR: an SQLite file or a postgresql:// URI; without --directory, an
// SQLite directory is generated first)

#include <cstdio>
#include <ctime>

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "benchcommon.h"
#include "mainwindow.h"
#include "models/actiontablemodel.h"

using namespace em;

namespace {
qint64 monotonicNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return qint64(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

// Records when paints of a widget end (the paint is delivered from the filter).
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    qint64 lastPaintEndNs = 0;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_widget || event->type() != QEvent::Paint || m_inside)
            return false;
        m_inside = true;
        QCoreApplication::sendEvent(watched, event);
        m_inside = false;
        lastPaintEndNs = monotonicNs();
        ++paints;
        return true;
    }

private:
    QWidget *m_widget;
    bool m_inside = false;
};

// After a key in the filter: the end of the table's next paint, or, when the
// rows shown did not change (no repaint within 300 ms), the moment the key's
// events were all handled.
qint64 keyHandled(PaintWatch &watch, int paintsBefore)
{
    QCoreApplication::processEvents();
    const qint64 handled = monotonicNs();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 300) {
        if (watch.paints > paintsBefore)
            return watch.lastPaintEndNs;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return watch.paints > paintsBefore ? watch.lastPaintEndNs : handled;
}

// Processes events until `done` holds after a paint, or `timeoutMs` passes.
bool waitForPaint(PaintWatch &watch, int paintsBefore, const std::function<bool()> &done, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (watch.paints > paintsBefore && done())
            return true;
    }
    return false;
}

struct Launch {
    double startupMs = -1;
    double sinceStartMs = -1;
    double peakMiB = 0;
};

Launch launchConsole(const QString &emconsole, const QString &directory, const QString &configHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EM_TRACE_TIMINGS"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    p.setProcessEnvironment(env);
    Launch result;
    const qint64 forkNs = monotonicNs();
    p.start(emconsole, {QStringLiteral("--directory"), directory});
    QByteArray err;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        p.waitForReadyRead(50);
        err += p.readAllStandardError();
        const qsizetype at = err.indexOf("em-trace servers-painted mono_ns=");
        if (at >= 0 && err.indexOf('\n', at) > 0) {
            const QByteArray line = err.mid(at, err.indexOf('\n', at) - at);
            const qint64 ns = line.mid(line.indexOf("mono_ns=") + 8).split(' ').first().toLongLong();
            result.startupMs = double(ns - forkNs) / 1e6;
            result.sinceStartMs = line.mid(line.indexOf("since_start_ms=") + 15).toDouble();
            break;
        }
    }
    QTest::qWait(1000); // let it settle; peak memory is what it reached
    result.peakMiB = bench::peakMemoryMiB(p.processId());
    p.kill();
    p.waitForFinished(5000);
    return result;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString directory;
    QString work;
    int launches = 7;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--directory"))
            directory = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--launches"))
            launches = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--work"))
            work = args.at(i + 1);
    }
    QTemporaryDir tmp((work.isEmpty() ? QDir::tempPath() : work) + QStringLiteral("/bench_console-XXXXXX"));
    std::printf("# bench_console: %s\n", qPrintable(bench::machineDescription()));
    if (directory.isEmpty()) {
        directory = tmp.filePath(QStringLiteral("large.db"));
        bench::LargeDirectoryOptions options;
        if (auto built = bench::buildLargeDirectory(directory, options); !built) {
            std::fprintf(stderr, "bench_console: %s\n", qPrintable(built.error().message));
            return 1;
        }
        std::printf("generated %s: %d servers, %d action statuses\n", qPrintable(directory), options.servers,
            options.servers * options.actionsPerServer);
    }

    const QByteArray engine = bench::engineOf(directory).toUtf8();
    std::printf("engine %s: %s\n", engine.constData(), qPrintable(directory));

    // 1. emconsole as a process.
    QList<double> startup, sinceStart, peaks;
    for (int i = 0; i < launches; ++i) {
        const Launch l
            = launchConsole(QStringLiteral(EMCONSOLE_PATH), directory, tmp.filePath(QStringLiteral("config")));
        if (l.startupMs < 0) {
            std::fprintf(stderr, "bench_console: emconsole printed no servers-painted mark\n");
            return 1;
        }
        startup << l.startupMs;
        sinceStart << l.sinceStartMs;
        peaks << l.peakMiB;
        std::printf("launch %d: servers table painted %.0f ms after fork (%.0f ms by /proc/self/stat), VmHWM %.1f "
                    "MiB\n",
            i + 1, l.startupMs, l.sinceStartMs, l.peakMiB);
    }

    // 2. The real MainWindow in this process.
    ui::MainWindow window;
    window.resize(1320, 860);
    window.show();
    QSignalSpy loaded(&window, &ui::MainWindow::directoryLoaded);
    QElapsedTimer clock;
    clock.start();
    window.openDirectory(directory);
    if (!loaded.wait(30000) || !loaded.first().first().toBool()) {
        std::fprintf(stderr, "bench_console: the directory was not loaded\n");
        return 1;
    }
    const double inProcessLoadMs = double(clock.nsecsElapsed()) / 1e6;
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("serverFilterLineEdit"));
    auto *servers = window.findChild<QTableView *>(QStringLiteral("serversTableView"));
    auto *actions = window.findChild<QTableView *>(QStringLiteral("actionsTableView"));
    if (!filter || !servers || !actions) {
        std::fprintf(stderr, "bench_console: widgets not found by objectName\n");
        return 1;
    }
    while (window.isBusy())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QTest::qWait(200);
    PaintWatch serverPaints(servers->viewport());
    PaintWatch actionPaints(actions->viewport());
    const int total = servers->model()->rowCount();

    QList<double> typing;
    QStringList typed;
    QStringList keys;
    int repainted = 0;
    for (const QString &text : {QStringLiteral("AMS"), QStringLiteral("MBX0012"), QStringLiteral("Failed")}) {
        for (const QChar c : text) {
            const int before = serverPaints.paints;
            const qint64 t0 = monotonicNs();
            QTest::keyClick(filter, c.toLatin1());
            const qint64 t1 = keyHandled(serverPaints, before);
            repainted += serverPaints.paints > before;
            typing << double(t1 - t0) / 1e6;
            typed << QStringLiteral("'%1' %2 rows").arg(filter->text()).arg(servers->model()->rowCount());
            keys << QStringLiteral("'%1' %2 ms").arg(filter->text()).arg(typing.last(), 0, 'f', 1);
        }
        for (qsizetype k = 0; k < text.size(); ++k) {
            const int before = serverPaints.paints;
            const qint64 t0 = monotonicNs();
            QTest::keyClick(filter, Qt::Key_Backspace);
            const qint64 t1 = keyHandled(serverPaints, before);
            repainted += serverPaints.paints > before;
            typing << double(t1 - t0) / 1e6;
            keys << QStringLiteral("back to '%1' %2 ms").arg(filter->text()).arg(typing.last(), 0, 'f', 1);
        }
    }
    if (servers->model()->rowCount() != total) {
        std::fprintf(stderr, "bench_console: the filter did not come back to all rows\n");
        return 1;
    }

    auto *actionProxy = qobject_cast<QSortFilterProxyModel *>(actions->model());
    auto *actionModel
        = qobject_cast<ui::ActionTableModel *>(actionProxy ? actionProxy->sourceModel() : actions->model());
    if (!actionModel) {
        std::fprintf(stderr, "bench_console: the actions table has no ActionTableModel\n");
        return 1;
    }
    QList<double> selecting;
    const int rowHeight = servers->verticalHeader()->defaultSectionSize();
    const int visibleRows = std::max(2, servers->viewport()->height() / std::max(1, rowHeight) - 1);
    for (int k = 0; k < 15; ++k) {
        const int row = (k * 7 + 3) % visibleRows;
        const QModelIndex index = servers->model()->index(row, 0);
        const QString name = index.data().toString();
        if (name.compare(actionModel->server(), Qt::CaseInsensitive) == 0)
            continue;
        const int before = actionPaints.paints;
        const qint64 t0 = monotonicNs();
        QTest::mouseClick(servers->viewport(), Qt::LeftButton, {}, servers->visualRect(index).center());
        if (!waitForPaint(actionPaints, before, [&] {
                return actionModel->server().compare(name, Qt::CaseInsensitive) == 0 && actionModel->rowCount() > 0
                    && actionPaints.lastPaintEndNs > 0;
            })) {
            std::fprintf(stderr, "bench_console: the actions of %s were not shown\n", qPrintable(name));
            return 1;
        }
        selecting << double(actionPaints.lastPaintEndNs - t0) / 1e6;
        QTest::qWait(50);
    }

    std::printf("filter keys: %s\n", qPrintable(keys.join(QStringLiteral(", "))));
    const auto st = bench::statsOf(startup);
    std::printf("in-process: openDirectory to directoryLoaded %.0f ms, %d rows; typed %s\n", inProcessLoadMs, total,
        qPrintable(typed.join(QStringLiteral(", "))));
    std::printf("RESULT %s console-startup ms %s (target < 1000; /proc/self/stat: %s)\n", engine.constData(),
        qPrintable(bench::statsText(st, QStringLiteral("ms"), 0)),
        qPrintable(bench::statsText(bench::statsOf(sinceStart), QStringLiteral("ms"), 0)));
    std::printf("RESULT %s console-filter-key ms %s (target < 50; %d of %lld keys changed the rows shown)\n",
        engine.constData(), qPrintable(bench::statsText(bench::statsOf(typing), QStringLiteral("ms"), 1)), repainted,
        static_cast<long long>(typing.size()));
    std::printf("RESULT %s console-select ms %s (target < 50)\n", engine.constData(),
        qPrintable(bench::statsText(bench::statsOf(selecting), QStringLiteral("ms"), 1)));
    std::printf("RESULT %s console-peak-memory MiB emconsole %s; this process (window, typing, selecting) %.1f MiB "
                "(target < 300)\n",
        engine.constData(), qPrintable(bench::statsText(bench::statsOf(peaks), QStringLiteral("MiB"), 1)),
        bench::peakMemoryMiB());
    std::printf("# load average at the end: %s\n", qPrintable(bench::loadAverage()));
    return 0;
}
