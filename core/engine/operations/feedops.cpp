// Feed operations: import a file, fetch from the network. Both end the same
// way: the outcome of the acceptance, the report in the program's language,
// and every server re-planned for a new feed.

#include "opsupport.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include "directory/orgdirectory.h"
#include "feed/localfile.h"
#include "model/recordtext.h"
#include "model/text.h"

namespace em::ops {

using detail::Text;

namespace {
const QString feedTarget = QStringLiteral("Feed");

// What was verified, said as emctl has always said it.
QStringList acceptedLines(const FeedUpdateOutcome &accepted, const QString &source)
{
    const FeedVerification &v = accepted.verification;
    QStringList lines;
    lines << (accepted.changed ? Text::tr("Accepted the feed from %1").arg(source)
                               : Text::tr("The feed from %1 is unchanged").arg(source));
    lines << Text::tr("Signer: %1").arg(v.signerSubject);
    lines << Text::tr("Signing time: %1")
                 .arg(v.signingTime.isValid() ? isoTime(v.signingTime)
                             + (v.timestamped ? Text::tr(" (RFC 3161 timestamp)") : Text::tr(" (issued attribute)"))
                                              : Text::tr("none"));
    lines << Text::tr("Mitigations: %1, actions: %2")
                 .arg(v.catalog.mitigations.size())
                 .arg(v.catalog.allActions().size());
    return lines;
}

// The feed in effect, without its bytes (the console shows who signed it and when).
void readFeedInEffect(OrgDirectory &directory, FeedOutcome &outcome)
{
    auto current = directory.acceptedFeed();
    if (current && *current) {
        FeedState state = **current;
        state.raw.clear();
        state.canonical.clear();
        outcome.inEffect = state;
    }
}

// The end both operations share, once the document was (or could not be) accepted.
void finish(OrgDirectory &directory, FeedOutcome &outcome, const Result<FeedUpdateOutcome> &accepted,
    const FeedVerification &recorded, const QByteArray &document, const QList<QByteArray> &crls, Context &context)
{
    if (!accepted) {
        // The reasons were recorded in English; the admin reads the checks in
        // the program's language: the same verification again.
        Error error = accepted.error();
        if (!recorded.checks.isEmpty()) {
            FeedVerification shown = recorded;
            auto org = directory.org();
            auto profile = org ? directory.trustProfile(org->trustProfile) : Result<TrustProfile>(fail(org.error()));
            if (org && profile) {
                VerifyOptions options = VerifyOptions::fromOrg(*org);
                options.crls = crls;
                shown = verifyFeedReport(document, *profile, options);
            }
            if (!shown.verified && !recorded.verified)
                error.message = Text::tr("feed from %1 refused: %2").arg(outcome.source, shown.failure);
            outcome.verification = shown;
        }
        outcome.refuse(outcome.source, error);
        readFeedInEffect(directory, outcome);
        return;
    }
    outcome.accepted = true;
    outcome.feedChanged = accepted->changed;
    outcome.verification = accepted->verification;
    outcome.messages << acceptedLines(*accepted, outcome.source);
    for (const QString &warning : accepted->verification.warnings)
        outcome.warnings << warning;
    readFeedInEffect(directory, outcome);
    if (accepted->changed) {
        outcome.changed << feedTarget;
        // What the new feed means shows at once, in both front ends.
        outcome.replanned
            = detail::replanAll(directory, outcome, context, Text::tr("Updating the statuses of the servers"));
    }
}
} // namespace

FeedOutcome importFeed(OrgDirectory &directory, const QString &file, const FeedAcceptOptions &options, Context &context)
{
    FeedOutcome outcome;
    outcome.source = QFileInfo(file).absoluteFilePath();
    auto org = directory.org();
    if (!org) {
        outcome.refuse(outcome.source, org.error());
        return outcome;
    }
    context.report(0, 0, Text::tr("Verifying %1").arg(outcome.source));
    // A regular file only (a FIFO or a device would hang the read), capped.
    Result<QByteArray> document = fail(ErrorCode::Io, QString());
    {
        const RecordTextScope recordText;
        document = readLocalFile(outcome.source, Text::tr("feed"), org->maxFeedBytes);
        if (!document)
            recordFeedFailure(directory, outcome.source, document.error().message);
    }
    if (!document) {
        const auto shown = readLocalFile(outcome.source, Text::tr("feed"), org->maxFeedBytes);
        outcome.refuse(outcome.source, shown ? document.error() : shown.error());
        readFeedInEffect(directory, outcome);
        return outcome;
    }
    FeedVerification verification;
    Result<FeedUpdateOutcome> accepted = fail(ErrorCode::Verification, QString());
    {
        const RecordTextScope recordText;
        accepted = acceptFeedDocument(directory, *document, outcome.source, context.actor, options, &verification);
    }
    finish(directory, outcome, accepted, verification, *document, options.crls, context);
    return outcome;
}

FeedOutcome fetchFeed(OrgDirectory &directory, const FeedUpdateRequest &request, Context &context)
{
    FeedOutcome outcome;
    auto org = directory.org();
    if (!org) {
        outcome.refuse(QString(), org.error());
        return outcome;
    }
    const QUrl url = request.url.isEmpty() ? org->feedUrl : request.url;
    outcome.source = url.isLocalFile() ? url.toLocalFile() : url.toDisplayString();

    FeedUpdateJob job(directory, context.actor);
    QEventLoop loop;
    QObject::connect(&job, &FeedUpdateJob::finished, &loop, &QEventLoop::quit);
    QObject::connect(
        &job, &FeedUpdateJob::progress, &loop, [&context](const QString &step) { context.report(0, 0, step); });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &job, [&] {
        if (context.isCancelled())
            job.cancel();
    });
    {
        // What the job records (attempt, event 1008) is English.
        const RecordTextScope recordText;
        job.start(request);
        if (job.isRunning()) {
            cancelPoll.start(50);
            loop.exec();
        }
    }
    for (const QString &note : job.notes())
        outcome.warnings << note;
    const Result<FeedUpdateOutcome> &result = job.result();
    if (!result && result.error().code == ErrorCode::Cancelled) {
        outcome.cancelled = true;
        outcome.messages << Text::tr("Fetching the feed was cancelled; the feed in effect is unchanged.");
        readFeedInEffect(directory, outcome);
        return outcome;
    }
    if (!result && job.report().checks.isEmpty()) {
        QString reason = result.error().message;
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        outcome.refuse(outcome.source,
            Error(result.error().code,
                Text::tr("Cannot get the feed from %1: %2. The feed in effect is unchanged.")
                    .arg(outcome.source, reason)));
        readFeedInEffect(directory, outcome);
        return outcome;
    }
    finish(directory, outcome, result, job.report(), job.document(), job.crls(), context);
    return outcome;
}

} // namespace em::ops
