#pragma once

#include "feed/parseresult.h"
#include "feedcache.h"
#include "network/fetchtypes.h"
#include "subscription.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace Attend {

class Clock;
class FeedFetcher;

/**
 * Keeps one followed feed fresh: reads its last good copy, asks the server again when the refresh
 * policy says so (a conditional GET), and replaces the copy only with one that parsed. Every
 * attempt, good or bad, is written to the copy's info, so the status survives a restart.
 */
class FeedUpdater : public QObject
{
    Q_OBJECT

public:
    FeedUpdater(Subscription subscription, const QString &cacheRoot, QNetworkAccessManager *network, Clock *clock,
                QObject *parent = nullptr);
    ~FeedUpdater() override;

    const Subscription &subscription() const { return m_subscription; }
    void setSubscription(const Subscription &subscription) { m_subscription = subscription; }
    void setCredentials(const FeedCredentials &credentials) { m_credentials = credentials; }
    void setInterval(std::chrono::seconds interval);
    std::chrono::seconds interval() const { return m_interval; }

    const FeedCache &cache() const { return m_cache; }
    CachedFeedInfo info() const { return m_info; }
    /** The last good copy, parsed; a failure when there is none or it no longer parses. */
    ParseResult readCopy() const;
    /** Keeps this download as the last good copy (the add dialog already fetched and parsed it). */
    bool adoptDownload(const QByteArray &body, const FetchResult &result, QString *error = nullptr, const Conference *conference = nullptr);

    /** Arms the refresh timer; refreshes at once when the copy is missing or stale. */
    void start();
    void stop();
    /** The person asked: ask the server now, unless it asked us to wait (Retry-After). */
    void refreshNow();

    bool isBusy() const { return m_busy; }
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesTotal() const { return m_total; }
    QDateTime nextRefresh() const { return m_nextRefresh; }

Q_SIGNALS:
    /** A new good copy was stored; its conference, parsed. */
    void updated(const Attend::Conference &conference);
    /** An attempt failed; the copy (if any) is untouched. */
    void failed(const Attend::FetchResult::Problem problem, const QString &message);
    /** Busy, progress, info or next refresh changed. */
    void statusChanged();

private:
    void scheduleNext();
    void onTimer();
    void fetch();
    void finishFetch(const FetchResult &result);
    void recordFailure(FetchResult::Problem problem, const QString &message, const FetchResult *result = nullptr);

    Subscription m_subscription;
    FeedCache m_cache;
    CachedFeedInfo m_info;
    FeedCredentials m_credentials;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    FeedFetcher *m_fetcher;
    QTimer m_timer;
    std::chrono::seconds m_interval{30 * 60};
    double m_jitter;
    QDateTime m_nextRefresh;
    bool m_running = false;
    bool m_busy = false;
    qint64 m_received = 0;
    qint64 m_total = -1;
};

} // namespace Attend
