#include "timingtrace.h"

#include <chrono>
#include <cstdio>

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>

#ifdef Q_OS_LINUX
#include <ctime>

#include <unistd.h>
#endif

#include "mainwindow.h"

namespace em::ui {

namespace {
struct Clocks {
    long long monoNs = 0;
    double sinceStartMs = -1;
};

#ifdef Q_OS_LINUX
Clocks readClocks()
{
    timespec mono {}, boot {};
    clock_gettime(CLOCK_MONOTONIC, &mono);
    clock_gettime(CLOCK_BOOTTIME, &boot);
    Clocks clocks;
    clocks.monoNs = static_cast<long long>(mono.tv_sec) * 1000000000LL + mono.tv_nsec;
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        // Field 22 (the start time in clock ticks since boot), counted after
        // the ")" that ends the command name.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 19) {
            const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
            clocks.sinceStartMs = double(boot.tv_sec) * 1000.0 + double(boot.tv_nsec) / 1e6 - startMs;
        }
    }
    return clocks;
}
#else
Clocks readClocks()
{
    Clocks clocks;
    clocks.monoNs
        = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
              .count();
    return clocks;
}
#endif
} // namespace

bool TimingTrace::enabled()
{
    return qEnvironmentVariableIntValue("EM_TRACE_TIMINGS") == 1;
}

void TimingTrace::mark(const char *name)
{
    const Clocks clocks = readClocks();
    std::fprintf(stderr, "em-trace %s mono_ns=%lld since_start_ms=%.0f\n", name, clocks.monoNs, clocks.sinceStartMs);
    std::fflush(stderr);
}

TimingTrace::TimingTrace(MainWindow &window) : QObject(&window)
{
    if (auto *view = window.findChild<QAbstractItemView *>(QStringLiteral("serversTableView")))
        m_viewport = view->viewport();
    if (m_viewport)
        m_viewport->installEventFilter(this);
    connect(&window, &MainWindow::directoryLoaded, this, [this](bool ok) {
        m_armed = ok;
        if (m_viewport)
            m_viewport->update();
    });
}

bool TimingTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_armed || m_painting || watched != m_viewport || event->type() != QEvent::Paint)
        return false;
    // Deliver the paint now, then mark its end.
    m_painting = true;
    QCoreApplication::sendEvent(watched, event);
    m_painting = false;
    m_armed = false;
    mark("servers-painted");
    return true;
}

} // namespace em::ui
