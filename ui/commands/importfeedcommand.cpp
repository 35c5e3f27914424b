#include "importfeedcommand.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "engine/feedupdate.h"
#include "engine/planner.h"
#include "feedstatus.h"
#include "language.h"
#include "model/recordtext.h"

namespace em::ui {

namespace detail {

FeedUpdateReport reportOf(
    const FeedUpdateOutcome *outcome, const FeedVerification &verification, const QString &source, const QString &error)
{
    FeedUpdateReport report;
    report.source = source;
    report.error = error;
    if (!verification.checks.isEmpty())
        report.verification = verification;
    if (outcome) {
        report.accepted = true;
        report.changed = outcome->changed;
        report.signer = outcome->state.signer;
        report.signingTime = outcome->state.signingTime;
        report.timestamped = outcome->state.timestamped;
        report.mitigations = int(outcome->verification.catalog.mitigations.size());
        report.actions = int(outcome->verification.catalog.allActions().size());
        report.warnings = outcome->verification.warnings;
    }
    return report;
}

void replanAll(OrgDirectory &directory, FeedUpdateReport &report, const std::function<bool()> &cancelled,
    const std::function<void(const ServerRow &, int, int)> &row)
{
    auto servers = directory.servers();
    if (!servers)
        return; // the next cycle records the statuses; the feed is accepted either way
    const int total = int(servers->size());
    for (int i = 0; i < total; ++i) {
        if (cancelled())
            return;
        const QString name = servers->at(i).name;
        if (!refreshPlannedStatuses(directory, name))
            continue;
        ++report.replanned;
        if (auto summary = summaryOf(directory, name))
            row(makeServerRow(*summary), i + 1, total);
    }
}

} // namespace detail

namespace {
// Runs in a worker thread, on its own directory connection.
void importFeed(QPromise<FeedStep> &promise, const QString &path, const QString &file, bool translateReport)
{
    const auto finishWith = [&promise](const FeedUpdateReport &report) {
        FeedStep step;
        step.report = report;
        promise.addResult(std::move(step));
    };
    auto opened = OrgDirectory::open(path);
    if (!opened)
        return finishWith(detail::reportOf(nullptr, {}, file, opened.error().message));
    OrgDirectory &directory = **opened;
    auto org = directory.org();
    if (!org)
        return finishWith(detail::reportOf(nullptr, {}, file, org.error().message));

    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        const QString reason = ImportFeedCommand::tr("feed file '%1': %2").arg(file, input.errorString());
        {
            const RecordTextScope recordText;
            recordFeedFailure(directory, file, input.errorString());
        }
        return finishWith(detail::reportOf(nullptr, {}, file, reason));
    }
    // One byte over the limit is enough for the verifier to refuse the size.
    const QByteArray bytes = input.read(org->maxFeedBytes + 1);
    input.close();

    // What is recorded in the directory stays English whatever the console's language.
    FeedVerification verification;
    Result<FeedUpdateOutcome> outcome = fail(ErrorCode::Verification, QString());
    {
        const RecordTextScope recordText;
        outcome = acceptFeedDocument(directory, bytes, file, Actor::current(), {}, &verification);
    }
    if (!outcome) {
        // The report the admin reads, in the console's language: the same checks again.
        if (translateReport && !verification.checks.isEmpty()) {
            if (auto profile = directory.trustProfile(org->trustProfile))
                verification = verifyFeedReport(bytes, *profile, VerifyOptions::fromOrg(*org));
        }
        return finishWith(detail::reportOf(nullptr, verification, file, outcome.error().message));
    }
    FeedUpdateReport report = detail::reportOf(&*outcome, verification, file, QString());
    if (outcome->changed) {
        detail::replanAll(
            directory, report, [&promise] { return promise.isCanceled(); },
            [&promise](const ServerRow &row, int done, int total) {
                FeedStep step;
                step.kind = FeedStep::Row;
                step.row = row;
                promise.addResult(std::move(step));
                promise.setProgressRange(0, total);
                promise.setProgressValue(done);
            });
    }
    finishWith(report);
}
} // namespace

QString feedUpdateText(const FeedUpdateReport &r)
{
    const QString source = QDir::toNativeSeparators(r.source);
    if (!r.accepted)
        return feedRefusalText(r);
    if (!r.changed)
        return ImportFeedCommand::tr("The feed from %1 is the one already in effect.").arg(source);
    QString text
        = ImportFeedCommand::tr("Feed accepted from %1: signed by %2 on %3; %n mitigation(s).", nullptr, r.mitigations)
              .arg(source, commonName(r.signer),
                  r.signingTime.isValid() ? QLocale().toString(r.signingTime.toLocalTime(), QLocale::ShortFormat)
                                          : ImportFeedCommand::tr("an unknown time"));
    if (!r.warnings.isEmpty())
        text += QLatin1Char(' ') + ImportFeedCommand::tr("Warnings: %1").arg(r.warnings.join(QStringLiteral("; ")));
    return text;
}

QString feedRefusalText(const FeedUpdateReport &r)
{
    if (r.verification && !r.verification->verified && !r.verification->failure.isEmpty())
        return ImportFeedCommand::tr("The feed from %1 was refused: %2")
            .arg(QDir::toNativeSeparators(r.source), r.verification->failure);
    return r.error;
}

ImportFeedCommand::ImportFeedCommand(const QString &path, const QString &file, QObject *parent)
    : Command(parent), m_path(path), m_file(file)
{ }

ImportFeedCommand::~ImportFeedCommand()
{
    if (m_watcher)
        m_watcher->future().cancel(); // stops re-planning; the feed decision is already recorded
}

QString ImportFeedCommand::title() const
{
    return tr("Importing the feed %1").arg(QDir::toNativeSeparators(m_file));
}

void ImportFeedCommand::doStart()
{
    m_watcher = new QFutureWatcher<FeedStep>(this);
    connect(m_watcher, &QFutureWatcherBase::resultsReadyAt, this, &ImportFeedCommand::deliver);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int done) {
        emit progress(done, m_watcher->progressMaximum(),
            tr("Updating the statuses of %1 of %2 servers").arg(done).arg(m_watcher->progressMaximum()));
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportFeedCommand::done);
    m_watcher->setFuture(QtConcurrent::run(importFeed, m_path, m_file, i18n::current() != QLatin1String("en")));
    emit progress(0, 0, title());
}

void ImportFeedCommand::deliver(int begin, int end)
{
    for (int i = begin; i < end; ++i) {
        const FeedStep step = m_watcher->future().resultAt(i);
        if (step.kind == FeedStep::Row) {
            if (step.row)
                emit serverChanged(*step.row);
            continue;
        }
        m_report = step.report;
        m_reported = true;
    }
}

void ImportFeedCommand::done()
{
    if (!m_reported) {
        finish(CommandResult::failure(tr("The import of %1 stopped before it was verified.").arg(m_file)));
        return;
    }
    if (!m_report.accepted)
        finish(CommandResult::failure(feedUpdateText(m_report)));
    else
        finish(CommandResult::success(feedUpdateText(m_report), !m_report.warnings.isEmpty()));
}

} // namespace em::ui
