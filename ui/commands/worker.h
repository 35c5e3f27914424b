#pragma once

// The worker every command runs its directory (or host) work in: a thread of
// the command's own, so the command's end waits for it and an operation that
// itself waits for the global pool (a feed's verification) cannot starve it.
// The work posts steps (a batch of rows, progress, the result), delivered in
// order on the UI thread; it reads the command's cancel flag. Include it in
// command sources only: it brings QtConcurrent.

#include <atomic>
#include <memory>
#include <utility>

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include "commands/command.h"
#include "directory/orgdirectory.h"

namespace em::ui {

// What the work is given: where to post its steps, and whether to stop.
template<typename Step>
class WorkerContext
{
public:
    WorkerContext(QPromise<Step> &promise, std::shared_ptr<std::atomic<bool>> cancel)
        : m_promise(promise), m_cancel(std::move(cancel))
    { }

    void post(Step step) { m_promise.addResult(std::move(step)); }
    [[nodiscard]] bool isCancelled() const { return m_cancel->load() || m_promise.isCanceled(); }
    // For core functions that take a cancel flag (valid while the work runs).
    [[nodiscard]] const std::atomic<bool> *cancelFlag() const { return m_cancel.get(); }

private:
    QPromise<Step> &m_promise;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

// Runs `work(WorkerContext<Step> &)` for COMMAND in a worker thread; each
// step it posts goes to `onStep(const Step &)` and, once it returned, `onDone()`
// runs, both on COMMAND's thread. The work must not touch COMMAND: it gets
// copies of what it needs.
template<typename Step, typename Work, typename OnStep, typename OnDone>
void runInWorker(
    Command *command, const std::shared_ptr<std::atomic<bool>> &cancel, Work work, OnStep onStep, OnDone onDone)
{
    auto *pool = new QThreadPool(command);
    pool->setMaxThreadCount(1);
    auto *watcher = new QFutureWatcher<Step>(command);
    QObject::connect(watcher, &QFutureWatcherBase::resultsReadyAt, command, [watcher, onStep](int begin, int end) {
        for (int i = begin; i < end; ++i)
            onStep(watcher->future().resultAt(i));
    });
    QObject::connect(watcher, &QFutureWatcherBase::finished, command, [watcher, onDone] {
        watcher->deleteLater();
        onDone();
    });
    watcher->setFuture(QtConcurrent::run(pool, [work = std::move(work), cancel](QPromise<Step> &promise) {
        WorkerContext<Step> context(promise, cancel);
        work(context);
    }));
}

// The same for work with one answer: `onResult(const T &)` gets what `work()` returned.
template<typename T, typename Work, typename OnResult>
void runInWorker(Command *command, const std::shared_ptr<std::atomic<bool>> &cancel, Work work, OnResult onResult)
{
    auto answer = std::make_shared<std::optional<T>>();
    runInWorker<T>(
        command, cancel, [work = std::move(work)](WorkerContext<T> &context) { context.post(work()); },
        [answer](const T &result) { *answer = result; },
        [answer, onResult] {
            if (*answer)
                onResult(**answer);
        });
}

// Opens the org directory at PATH on the worker thread's own connection and
// returns `use(directory)`, or the reason it could not be opened.
template<typename Use>
auto onDirectory(const QString &path, Use use) -> decltype(use(std::declval<OrgDirectory &>()))
{
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return fail(opened.error());
    return use(**opened);
}

} // namespace em::ui
