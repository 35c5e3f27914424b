#pragma once

// EM_TRACE_TIMINGS=1 (for tests/benchmarks/bench_console): the console prints
// "em-trace MARK mono_ns=N since_start_ms=M" on stderr at "main" (entering
// main), "window-shown" and "servers-painted" (the servers table's first paint
// after the directory was read completely). mono_ns is the monotonic clock
// (CLOCK_MONOTONIC on Linux), which a launching harness compares with its own
// clock at fork; since_start_ms is measured from the process start time, on
// Linux only (/proc/self/stat, 10 ms steps), -1 elsewhere.

#include <QObject>

class QWidget;

namespace em::ui {

class MainWindow;

class TimingTrace final : public QObject
{
    Q_OBJECT

public:
    [[nodiscard]] static bool enabled();
    static void mark(const char *name);

    // Marks the end of the servers table's first paint once the directory is read.
    explicit TimingTrace(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_viewport = nullptr;
    bool m_armed = false;
    bool m_painting = false;
};

} // namespace em::ui
