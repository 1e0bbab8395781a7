#pragma once

#include "domain/conferencesnapshot.h"
#include "feed/parseresult.h"
#include "network/fetchtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace Attend {

/** What Attend knows of a feed's last good copy and of its latest attempts to refresh it. */
struct CachedFeedInfo {
    QUrl url;
    HttpValidators validators;           // sent with the next GET to make it conditional
    QDateTime downloadedAt;              // UTC: when the copy kept now arrived
    QDateTime checkedAt;                 // UTC: when the server last confirmed it (200 or 304)
    QDateTime lastAttemptAt;             // UTC: the latest try, good or bad
    std::optional<qint64> maxAgeSeconds; // Cache-Control max-age of the latest answer
    QDateTime retryAfter;                // UTC: the server asked not to come back before
    QString lastError;                   // why the latest try failed; empty when it worked
    bool lastErrorIsOffline = false;     // the network, not the server or the feed, failed

    /** Reads feed.json's bytes; what cannot be read stays empty (it only costs a full download). */
    static CachedFeedInfo fromJson(const QByteArray &json);

    /** The server confirmed the copy kept (a 304). */
    void recordNotModified(const FetchResult &result, const QDateTime &now);
    /** A new copy arrived and parsed (a 200): it is the one kept from now on. */
    void recordDownloaded(const FetchResult &result, const QDateTime &now);
    /** The attempt failed (the network, the server, or a feed that did not parse); the copy stays. */
    void recordFailure(const QString &message, FetchResult::Problem problem, const QDateTime &retryAfter, const QDateTime &now);
};

/**
 * The last good copy of one feed and what goes with it, in a folder of its own: `feed` (the bytes
 * as served), `feed.json` (CachedFeedInfo) and `feed.snapshot` (the copy as read, in the binary
 * form of domain/conferencesnapshot.h, so that a start need not parse the copy). All are written
 * atomically, the copy first, so a crash leaves at worst new bytes with old validators, which only
 * costs one full download, or a snapshot of another copy, which is refused and rebuilt.
 * A copy is written only after it parsed: a broken download never replaces a good one.
 */
class FeedCache
{
public:
    explicit FeedCache(QString directory);

    /** Where every feed's folder lives: AppDataLocation/feeds (kept, unlike the cache location). */
    static QString defaultRoot();

    QString directory() const { return m_directory; }
    QString copyPath() const;
    QString infoPath() const;
    QString snapshotPath() const;

    bool hasCopy() const;
    /** The copy's bytes; std::nullopt (and why in error) when there is none or it cannot be read. */
    std::optional<QByteArray> readCopy(QString *error = nullptr) const;
    CachedFeedInfo info() const;

    /** How readConference() got the conference. */
    enum class ReadFrom { Nothing, Snapshot, Copy };
    /**
     * The copy's conference: from the snapshot when it stands for this very copy (its size, mtime
     * and digest) and these readers, else parsed from the copy, and the snapshot (re)written.
     * sourceName names the feed in errors.
     */
    ParseResult readConference(const QString &sourceName, ReadFrom *from = nullptr) const;

    /**
     * Keeps body as the copy, and info. With conference (what body parsed into) the snapshot is
     * written too; without, the next readConference() makes it.
     */
    bool storeCopy(const QByteArray &body, const CachedFeedInfo &info, QString *error = nullptr, const Conference *conference = nullptr);

    bool storeInfo(const CachedFeedInfo &info, QString *error = nullptr);
    /** Forgets the feed: its copy and its info. */
    bool remove();

private:
    /** What a snapshot of the kept copy must say of it (size, time, digest), the copy read in pieces. */
    std::optional<ConferenceSnapshot::Source> sourceOfCopyOnDisk() const;
    void storeSnapshot(const QByteArray &copy, const Conference &conference) const;

    QString m_directory;
};

} // namespace Attend
