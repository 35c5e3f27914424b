#pragma once

// Feed update: bytes -> verify with the organization's trust profile -> accept
// into the org directory, or record the failed attempt and event 1008 and keep
// the previous feed in effect. Used by `emctl feed fetch|import`, the engine
// cycle, the service and the console.
//
// FeedUpdateJob does the network part without blocking: fetch the feed through
// a server's proxy, fetch the CRLs its certificates point to (same proxy),
// then accept.

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include "directory/orgdirectory.h"
#include "feed/feedfetcher.h"
#include "feed/feedverify.h"

namespace em {

struct FeedAcceptOptions {
    QList<QByteArray> crls; // CRLs besides the profile's (PEM or DER)
};

struct FeedUpdateOutcome {
    FeedVerification verification;
    FeedState state; // the accepted feed (the one already in effect when unchanged)
    bool changed = false; // false: byte-identical to the accepted feed
};

// Verifies `bytes` and makes them the accepted feed. On any failure (fetch
// aside) records a failed FeedAttempt and event 1008 with the reason; the
// previous feed stays in effect. Audits the change as `actor` when actor.who
// is not empty (an admin's import; the service passes an empty actor).
// `report`, when given, receives the verification report even on failure.
Result<FeedUpdateOutcome> acceptFeedDocument(OrgDirectory &dir, const QByteArray &bytes, const QString &source,
    const Actor &actor, const FeedAcceptOptions &options = {}, FeedVerification *report = nullptr);

// The second half of acceptFeedDocument, for callers that verified elsewhere
// (FeedUpdateJob verifies on a worker thread): anti-rollback, accept, record.
Result<FeedUpdateOutcome> acceptVerifiedFeed(OrgDirectory &dir, const QByteArray &bytes,
    const FeedVerification &verification, const QString &profileName, const QString &source, const Actor &actor);

// Records a feed that could not even be obtained (network, file): the failed
// attempt and event 1008.
Result<void> recordFeedFailure(OrgDirectory &dir, const QString &source, const QString &reason);

// What the status bar and `feed show` say about the feed in effect.
struct FeedStatus {
    bool hasFeed = false;
    QString signer;
    QDateTime signingTime;
    QDateTime acceptedAt;
    qint64 ageSeconds = -1; // since signing (else since acceptance); -1 unknown
    bool stale = false; // older than the organization's FeedMaxAge
    bool timestamped = false;
    QString source;
    QString profile;
    QString sha256;
    int mitigations = 0;
    int actions = 0;
    std::optional<FeedAttempt> lastAttempt;
    QString summary; // one line: "Feed verified: ..." / "No feed accepted" / "... last update refused: ..."
};
Result<FeedStatus> feedStatus(OrgDirectory &dir);

struct FeedUpdateRequest {
    QUrl url; // empty: the organization's feed URL
    QString proxy; // a server's InternetWebProxy
    QStringList proxyBypass;
    QList<QSslCertificate> extraCaCertificates; // TLS roots besides the system's (TLS-inspecting proxies)
    bool fetchCrls = true; // fetch the CDP URLs of the signer chain (through the same proxy)
};

// Fetch (async), verify (worker thread), then accept on the calling thread's
// OrgDirectory. cancel() stops a fetch; a running verification completes.
class FeedUpdateJob final : public QObject
{
    Q_OBJECT

public:
    FeedUpdateJob(OrgDirectory &dir, const Actor &actor, QObject *parent = nullptr);

    void start(const FeedUpdateRequest &request);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const Result<FeedUpdateOutcome> &result() const { return m_result; }
    [[nodiscard]] const FeedVerification &report() const { return m_report; }
    [[nodiscard]] FetchFailure fetchFailure() const { return m_fetchFailure; }
    [[nodiscard]] QStringList notes() const { return m_notes; } // CRLs that could not be fetched
    // What was fetched, for a caller that verifies it again (to show the report in another language).
    [[nodiscard]] const QByteArray &document() const { return m_document; }
    [[nodiscard]] const QList<QByteArray> &crls() const { return m_crls; }

signals:
    void progress(const QString &step);
    void finished();

private:
    void onFeedFetched();
    void fetchNextCrl();
    void onCrlFetched();
    void accept();
    void finishWith(Result<FeedUpdateOutcome> result);

    OrgDirectory &m_dir;
    Actor m_actor;
    FeedUpdateRequest m_request;
    FeedFetcher *m_fetcher = nullptr;
    QFutureWatcher<FeedVerification> *m_watcher = nullptr;
    QString m_profileName;
    bool m_running = false;
    bool m_fetchingCrl = false;
    QUrl m_url;
    QUrl m_crlUrl;
    QByteArray m_document;
    QStringList m_crlUrls;
    QList<QByteArray> m_crls;
    QStringList m_notes;
    OrgConfig m_org;
    FetchFailure m_fetchFailure = FetchFailure::None;
    FeedVerification m_report;
    Result<FeedUpdateOutcome> m_result;
};

} // namespace em
