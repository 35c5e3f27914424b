#include "feedupdate.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include "feed/threadcrypto.h"
#include "model/clock.h"
#include "model/recordtext.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(FeedUpdate)
};

constexpr qint64 maxCrlBytes = 16 * 1024 * 1024;

// The failed attempt and event 1008; the message says what stays in effect.
void recordRefusal(OrgDirectory &dir, const QString &source, const QString &reason)
{
    const QDateTime now = Clock::now();
    dir.recordFeedAttempt(FeedAttempt {now, false, source, reason});
    auto current = dir.acceptedFeed();
    const bool hasFeed = current && current->has_value();
    Event e;
    e.time = now;
    e.eventId = EventError;
    e.level = EventLevel::Error;
    e.message = reason + (reason.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". "))
        + (hasFeed ? Text::tr("The feed accepted at %1 stays in effect.").arg(isoTime((*current)->acceptedAt))
                   : Text::tr("No feed is in effect."));
    dir.addEvent(e);
}
} // namespace

Result<FeedUpdateOutcome> acceptFeedDocument(OrgDirectory &dir, const QByteArray &bytes, const QString &source,
    const Actor &actor, const FeedAcceptOptions &options, FeedVerification *report)
{
    auto org = dir.org();
    if (!org)
        return fail(org.error());
    auto profile = dir.trustProfile(org->trustProfile);
    if (!profile) {
        const QString reason
            = Text::tr("feed from %1 refused: the organization's %2").arg(source, profile.error().message);
        recordRefusal(dir, source, reason);
        return fail(ErrorCode::Verification, reason);
    }
    VerifyOptions verifyOptions = VerifyOptions::fromOrg(*org);
    verifyOptions.crls = options.crls;
    const FeedVerification verification = verifyFeedReport(bytes, *profile, verifyOptions);
    if (report)
        *report = verification;
    return acceptVerifiedFeed(dir, bytes, verification, profile->name, source, actor);
}

Result<FeedUpdateOutcome> acceptVerifiedFeed(OrgDirectory &dir, const QByteArray &bytes,
    const FeedVerification &verification, const QString &profileName, const QString &source, const Actor &actor)
{
    const auto refuse = [&](const QString &reason) -> em::Unexpected<Error> {
        recordRefusal(dir, source, reason);
        return fail(ErrorCode::Verification, reason);
    };
    if (!verification.verified)
        return refuse(Text::tr("feed from %1 refused: %2").arg(source, verification.failure));

    auto current = dir.acceptedFeed();
    if (!current)
        return fail(current.error());
    const QDateTime now = Clock::now();
    QString oldHash;
    if (*current) {
        const FeedState &accepted = **current;
        oldHash = accepted.sha256;
        if (accepted.sha256 == verification.sha256) {
            if (auto r = dir.recordFeedAttempt(FeedAttempt {now, true, source, Text::tr("verified; unchanged")}); !r)
                return fail(r.error());
            return FeedUpdateOutcome {verification, accepted, false};
        }
        if (accepted.signingTime.isValid() && !verification.signingTime.isValid())
            return refuse(Text::tr("feed from %1 refused: it carries no signing time (no timestamp, no issued "
                                   "attribute) while the accepted feed was signed at %2, so it could be a rollback")
                              .arg(source, isoTime(accepted.signingTime)));
        if (accepted.signingTime.isValid() && verification.signingTime == accepted.signingTime)
            return refuse(Text::tr("feed from %1 refused: it differs from the accepted feed but claims the same "
                                   "signing time (%2)")
                              .arg(source, isoTime(accepted.signingTime)));
    }

    FeedState state;
    state.raw = bytes;
    state.canonical = verification.canonical;
    state.sha256 = verification.sha256;
    state.signer = verification.signerSubject;
    state.signingTime = verification.signingTime;
    state.acceptedAt = now;
    state.source = source;
    state.profile = profileName;
    state.timestamped = verification.timestamped;
    // The directory refuses an older signing time inside its transaction.
    if (auto accepted = dir.acceptFeed(state, verification.catalog); !accepted) {
        if (accepted.error().code == ErrorCode::Verification)
            return refuse(Text::tr("feed from %1 refused: %2").arg(source, accepted.error().message));
        recordRefusal(
            dir, source, Text::tr("feed from %1 could not be stored: %2").arg(source, accepted.error().message));
        return fail(accepted.error());
    }
    QString message = Text::tr("verified");
    if (!verification.warnings.isEmpty())
        message += Text::tr("; warnings: %1").arg(verification.warnings.join(QStringLiteral("; ")));
    if (auto r = dir.recordFeedAttempt(FeedAttempt {now, true, source, message}); !r)
        return fail(r.error());
    if (!actor.who.isEmpty()) {
        if (auto r = dir.addAudit(AuditEntry {0, now, actor.who, actor.host, QStringLiteral("feed-accept"),
                QStringLiteral("Feed"), QStringLiteral("SHA256"), oldHash, state.sha256});
            !r)
            return fail(r.error());
    }
    return FeedUpdateOutcome {verification, state, true};
}

Result<void> recordFeedFailure(OrgDirectory &dir, const QString &source, const QString &reason)
{
    recordRefusal(dir, source, Text::tr("cannot get the feed from %1: %2").arg(source, reason));
    return {};
}

Result<FeedStatus> feedStatus(OrgDirectory &dir)
{
    FeedStatus s;
    auto org = dir.org();
    if (!org)
        return fail(org.error());
    auto feed = dir.acceptedFeed();
    if (!feed)
        return fail(feed.error());
    auto attempt = dir.lastFeedAttempt();
    if (!attempt)
        return fail(attempt.error());
    s.lastAttempt = *attempt;
    const QDateTime now = Clock::now();
    if (*feed) {
        const FeedState &f = **feed;
        s.hasFeed = true;
        s.signer = f.signer;
        s.signingTime = f.signingTime;
        s.acceptedAt = f.acceptedAt;
        s.timestamped = f.timestamped;
        s.source = f.source;
        s.profile = f.profile;
        s.sha256 = f.sha256;
        const QDateTime reference = f.signingTime.isValid() ? f.signingTime : f.acceptedAt;
        s.ageSeconds = reference.isValid() ? std::max<qint64>(0, reference.secsTo(now)) : -1;
        s.stale = s.ageSeconds > qint64(org->freshnessMaxAge.count()) || !f.signingTime.isValid();
        auto catalog = dir.catalog();
        if (!catalog)
            return fail(catalog.error());
        s.mitigations = int(catalog->mitigations.size());
        s.actions = int(catalog->allActions().size());
        const QString age = durationText(std::chrono::seconds(s.ageSeconds / 60 * 60));
        s.summary = f.signingTime.isValid()
            ? Text::tr("Feed verified: signed by %1 at %2 (%3 ago)").arg(f.signer, isoTime(f.signingTime), age)
            : Text::tr("Feed verified: signed by %1, no signing time, accepted at %2")
                  .arg(f.signer, isoTime(f.acceptedAt));
        if (s.ageSeconds > qint64(org->freshnessMaxAge.count()))
            s.summary += Text::tr("; older than %1").arg(durationText(org->freshnessMaxAge));
    } else {
        s.summary = Text::tr("No feed accepted yet");
    }
    if (s.lastAttempt && !s.lastAttempt->ok)
        s.summary += Text::tr("; last update failed at %1: %2").arg(isoTime(s.lastAttempt->at), s.lastAttempt->message);
    return s;
}

// ---- FeedUpdateJob ----

FeedUpdateJob::FeedUpdateJob(OrgDirectory &dir, const Actor &actor, QObject *parent)
    : QObject(parent), m_dir(dir), m_actor(actor), m_fetcher(new FeedFetcher(this)),
      m_result(fail(ErrorCode::Network, Text::tr("no feed update started")))
{
    connect(m_fetcher, &FeedFetcher::finished, this, [this] {
        if (m_fetchingCrl)
            onCrlFetched();
        else
            onFeedFetched();
    });
}

void FeedUpdateJob::start(const FeedUpdateRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_fetchingCrl = false;
    m_request = request;
    m_document = QByteArray();
    m_crls.clear();
    m_crlUrls.clear();
    m_notes.clear();
    m_fetchFailure = FetchFailure::None;
    m_report = {};
    auto org = m_dir.org();
    if (!org) {
        const Error e = org.error();
        QMetaObject::invokeMethod(
            this, [this, e] { finishWith(fail(e)); }, Qt::QueuedConnection);
        return;
    }
    m_org = *org;
    m_url = request.url.isEmpty() ? m_org.feedUrl : request.url;
    FetchRequest fetch;
    fetch.url = m_url;
    fetch.proxy = request.proxy;
    fetch.proxyBypass = request.proxyBypass;
    fetch.maxBytes = m_org.maxFeedBytes;
    fetch.extraCaCertificates = request.extraCaCertificates;
    emit progress(Text::tr("Fetching %1").arg(m_url.toDisplayString()));
    m_fetcher->start(fetch);
}

void FeedUpdateJob::cancel()
{
    if (m_running)
        m_fetcher->cancel();
}

void FeedUpdateJob::onFeedFetched()
{
    const Result<FetchResult> &fetched = m_fetcher->result();
    const QString source = m_url.isLocalFile() ? m_url.toLocalFile() : m_url.toDisplayString();
    if (!fetched) {
        m_fetchFailure = m_fetcher->failure();
        if (m_fetchFailure != FetchFailure::Cancelled)
            recordFeedFailure(m_dir, source, fetched.error().message);
        return finishWith(fail(fetched.error().code == ErrorCode::Network && m_fetchFailure == FetchFailure::Cancelled
                ? Error(ErrorCode::Cancelled, fetched.error().message)
                : fetched.error()));
    }
    m_document = fetched->body;
    if (m_request.fetchCrls) {
        auto profile = m_dir.trustProfile(m_org.trustProfile);
        if (profile)
            m_crlUrls = feedCrlUrls(m_document, *profile, m_org.maxFeedBytes);
    }
    fetchNextCrl();
}

void FeedUpdateJob::fetchNextCrl()
{
    if (m_crlUrls.isEmpty())
        return accept();
    const QUrl url(m_crlUrls.takeFirst());
    emit progress(Text::tr("Fetching CRL %1").arg(url.toDisplayString()));
    FetchRequest fetch;
    fetch.url = url;
    fetch.proxy = m_request.proxy;
    fetch.proxyBypass = m_request.proxyBypass;
    fetch.maxBytes = maxCrlBytes;
    fetch.totalTimeout = std::chrono::milliseconds(60000);
    fetch.extraCaCertificates = m_request.extraCaCertificates;
    fetch.allowedSchemes = {QStringLiteral("http"), QStringLiteral("https")};
    m_fetchingCrl = true;
    m_crlUrl = url;
    m_fetcher->start(fetch);
}

void FeedUpdateJob::onCrlFetched()
{
    const Result<FetchResult> &fetched = m_fetcher->result();
    if (fetched)
        m_crls << fetched->body;
    else if (m_fetcher->failure() == FetchFailure::Cancelled)
        return finishWith(fail(ErrorCode::Cancelled, fetched.error().message));
    else
        m_notes << Text::tr("CRL %1: %2").arg(m_crlUrl.toDisplayString(), fetched.error().message);
    fetchNextCrl();
}

void FeedUpdateJob::accept()
{
    emit progress(Text::tr("Verifying"));
    const QString source = m_url.isLocalFile() ? m_url.toLocalFile() : m_url.toDisplayString();
    auto profile = m_dir.trustProfile(m_org.trustProfile);
    if (!profile) {
        const QString reason
            = Text::tr("feed from %1 refused: the organization's %2").arg(source, profile.error().message);
        recordRefusal(m_dir, source, reason);
        return finishWith(fail(ErrorCode::Verification, reason));
    }
    VerifyOptions options = VerifyOptions::fromOrg(m_org);
    options.crls = m_crls;
    // Verification is CPU work: off the calling (possibly UI) thread. The
    // directory is written back on this thread, which owns its connection.
    const QByteArray document = m_document;
    const TrustProfile trust = *profile;
    m_profileName = trust.name;
    m_watcher = new QFutureWatcher<FeedVerification>(this);
    connect(m_watcher, &QFutureWatcher<FeedVerification>::finished, this, [this, source] {
        m_report = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        finishWith(acceptVerifiedFeed(m_dir, m_document, m_report, m_profileName, source, m_actor));
    });
    // The report is recorded (the refusal's reason): in English when the
    // caller records in English (model/recordtext.h), on the worker too.
    const bool recording = RecordTextScope::active();
    m_watcher->setFuture(QtConcurrent::run([document, trust, options, recording] {
        const ThreadCryptoRelease releaseCrypto; // a pool thread
        std::optional<RecordTextScope> recordText;
        if (recording)
            recordText.emplace();
        return verifyFeedReport(document, trust, options);
    }));
}

void FeedUpdateJob::finishWith(Result<FeedUpdateOutcome> result)
{
    m_result = std::move(result);
    m_running = false;
    emit finished();
}

} // namespace em
