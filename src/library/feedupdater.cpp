#include "feedupdater.h"

#include "conferenceidentity.h"

#include "feed/feedreader.h"
#include "network/feedaddress.h"
#include "network/feedfetcher.h"
#include "refreshpolicy.h"
#include "domain/clock.h"

namespace Attend {

namespace {
// The timer is re-armed at least this often: a monotonic timer stops while the machine sleeps.
constexpr qint64 maxTimerStepMs = 5 * 60 * 1000;
} // namespace

FeedUpdater::FeedUpdater(Subscription subscription, const QString &cacheRoot, QNetworkAccessManager *network, Clock *clock,
                         QObject *parent)
    : QObject(parent)
    , m_subscription(std::move(subscription))
    , m_cache(cacheRoot + QLatin1Char('/') + m_subscription.id)
    , m_info(m_cache.info())
    , m_network(network)
    , m_clock(clock)
    , m_fetcher(new FeedFetcher(network, this))
    , m_jitter(randomJitterFactor())
{
    m_info.url = m_subscription.url;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FeedUpdater::onTimer);
    connect(m_fetcher, &FeedFetcher::finished, this, &FeedUpdater::finishFetch);
    connect(m_fetcher, &FeedFetcher::progress, this, [this](qint64 received, qint64 total) {
        m_received = received;
        m_total = total;
        Q_EMIT statusChanged();
    });
}

FeedUpdater::~FeedUpdater() = default;

void FeedUpdater::setInterval(std::chrono::seconds interval)
{
    m_interval = interval;
    if (m_running && !m_busy)
        scheduleNext();
}

ParseResult FeedUpdater::readCopy() const
{
    return m_cache.readConference(redactedAddress(m_subscription.url));
}

bool FeedUpdater::adoptDownload(const QByteArray &body, const FetchResult &result, QString *error, const Conference *conference)
{
    CachedFeedInfo info;
    info.url = m_subscription.url;
    info.recordDownloaded(result, m_clock->now());
    if (!m_cache.storeCopy(body, info, error, conference))
        return false;
    m_info = info;
    return true;
}

void FeedUpdater::start()
{
    m_running = true;
    if (!m_cache.hasCopy()) {
        // Nothing to show yet: try at once, whatever the last attempt was; then by the policy.
        m_nextRefresh = m_clock->now();
        QTimer::singleShot(0, this, [this] {
            if (m_running && !m_busy)
                fetch();
        });
        return;
    }
    scheduleNext();
}

void FeedUpdater::stop()
{
    m_running = false;
    m_timer.stop();
    m_fetcher->abort();
    m_busy = false;
}

void FeedUpdater::refreshNow()
{
    if (m_busy)
        return;
    if (m_info.retryAfter.isValid() && m_info.retryAfter > m_clock->now()) {
        Q_EMIT statusChanged(); // the status already says until when the server asked us to wait
        return;
    }
    fetch();
}

void FeedUpdater::scheduleNext()
{
    if (!m_running)
        return;
    m_nextRefresh = nextRefreshAt(m_info, m_interval, m_jitter);
    const QDateTime now = m_clock->now();
    if (!m_nextRefresh.isValid() || m_nextRefresh <= now) {
        m_nextRefresh = now;
        QTimer::singleShot(0, this, &FeedUpdater::onTimer); // after the caller has connected its slots
        return;
    }
    m_timer.start(std::chrono::milliseconds(std::clamp<qint64>(now.msecsTo(m_nextRefresh), 1000, maxTimerStepMs)));
    Q_EMIT statusChanged();
}

void FeedUpdater::onTimer()
{
    if (!m_running || m_busy)
        return;
    const QDateTime due = nextRefreshAt(m_info, m_interval, m_jitter);
    if (due.isValid() && due > m_clock->now()) {
        scheduleNext(); // woke early (the timer's step is capped): not yet
        return;
    }
    fetch();
}

void FeedUpdater::fetch()
{
    m_timer.stop();
    m_jitter = randomJitterFactor(); // a new draw for every round
    if (m_subscription.url.isLocalFile()) {
        finishFetch(FeedFetcher::readLocalFile(m_subscription.url.toLocalFile()));
        return;
    }
    FetchRequest request;
    request.url = m_subscription.url;
    if (m_cache.hasCopy())
        request.validators = m_info.validators; // conditional only when there is a copy to fall back on
    request.credentials = m_credentials;
    m_busy = true;
    m_received = 0;
    m_total = -1;
    Q_EMIT statusChanged();
    m_fetcher->fetch(request);
}

void FeedUpdater::finishFetch(const FetchResult &result)
{
    m_busy = false;
    const QDateTime now = m_clock->now();
    switch (result.outcome) {
    case FetchResult::Outcome::Failed:
        recordFailure(result.problem, result.message, &result);
        return;
    case FetchResult::Outcome::NotModified:
        m_info.recordNotModified(result, now);
        m_cache.storeInfo(m_info);
        scheduleNext();
        Q_EMIT statusChanged();
        return;
    case FetchResult::Outcome::Downloaded:
        break;
    }

    // Only a copy that parses may replace the one that works.
    ParseResult parsed = FeedReader::readData(result.body, redactedAddress(m_subscription.url));
    if (!parsed.ok) {
        recordFailure(FetchResult::Problem::None, parsed.error.toString(), &result);
        return;
    }
    // A conference's copy may only be replaced by the same conference: a feed that now claims
    // another id would file its sessions over another conference's bookmarks.
    if (!m_subscription.conferenceId.isEmpty()
        && !isFiledAs(m_subscription.conferenceId, conferenceIdFor(parsed.conference), m_subscription.url)) {
        recordFailure(FetchResult::Problem::None, claimsAnotherConferenceText(parsed.conference.title), &result);
        return;
    }
    CachedFeedInfo info = m_info;
    info.recordDownloaded(result, now);
    QString error;
    if (!m_cache.storeCopy(result.body, info, &error, &parsed.conference)) {
        // The agenda is still good to show; the next start will download it again.
        recordFailure(FetchResult::Problem::None, tr("could not keep the downloaded copy: %1").arg(error));
        Q_EMIT updated(parsed.conference);
        return;
    }
    m_info = info;
    scheduleNext();
    Q_EMIT statusChanged();
    Q_EMIT updated(parsed.conference);
}

void FeedUpdater::recordFailure(FetchResult::Problem problem, const QString &message, const FetchResult *result)
{
    m_busy = false;
    m_info.recordFailure(message, problem, result ? result->retryAfter : QDateTime(), m_clock->now());
    m_cache.storeInfo(m_info);
    scheduleNext();
    Q_EMIT statusChanged();
    Q_EMIT failed(problem, message);
}

} // namespace Attend
