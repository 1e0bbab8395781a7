#include "feedcache.h"

#include "domain/cappedfile.h"
#include "domain/conferencesnapshot.h"
#include "domain/feedlimits.h"
#include "domain/privatefiles.h"
#include "feed/feedreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace Attend {

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    // A members-only feed's copy is as private as its password: 0600 in a 0700 folder.
    QString why;
    if (!writePrivateFile(path, bytes, &why)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, why);
        return false;
    }
    return true;
}

/**
 * max-age as kept, read back: the fetcher clamps what it stores, but the file may be older or
 * edited, and a double outside qint64's range does not convert (undefined behaviour).
 */
std::optional<qint64> maxAgeFrom(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!(seconds >= 0)) // negative, or NaN
        return std::nullopt;
    return seconds >= double(maxServerDelaySeconds) ? maxServerDelaySeconds : qint64(seconds);
}

QByteArray infoToJson(const CachedFeedInfo &info)
{
    QJsonObject object{
        {QStringLiteral("version"), 1},
        {QStringLiteral("url"), info.url.adjusted(QUrl::RemoveUserInfo).toString()}, // a password never goes to disk
        {QStringLiteral("etag"), info.validators.etag},
        {QStringLiteral("lastModified"), info.validators.lastModified},
        {QStringLiteral("downloadedAt"), iso(info.downloadedAt)},
        {QStringLiteral("checkedAt"), iso(info.checkedAt)},
        {QStringLiteral("lastAttemptAt"), iso(info.lastAttemptAt)},
        {QStringLiteral("retryAfter"), iso(info.retryAfter)},
        {QStringLiteral("lastError"), info.lastError},
        {QStringLiteral("lastErrorIsOffline"), info.lastErrorIsOffline},
    };
    if (info.maxAgeSeconds)
        object.insert(QStringLiteral("maxAge"), double(*info.maxAgeSeconds));
    return QJsonDocument(object).toJson();
}

/** What a snapshot says of the copy it stands for, and of the readers that made it. */
ConferenceSnapshot::Source snapshotSource(const QString &copyPath, qint64 copySize, const QByteArray &copyHash)
{
    ConferenceSnapshot::Source source;
    source.copySize = copySize;
    source.copyModifiedMs = QFileInfo(copyPath).fileTime(QFileDevice::FileModificationTime).toMSecsSinceEpoch();
    source.copyHash = copyHash;
    source.reader = FeedReader::readerTag();
    return source;
}

} // namespace

void CachedFeedInfo::recordNotModified(const FetchResult &result, const QDateTime &now)
{
    lastAttemptAt = checkedAt = now;
    lastError.clear();
    lastErrorIsOffline = false;
    retryAfter = result.retryAfter;
    maxAgeSeconds = result.maxAgeSeconds;
    if (!result.validators.isEmpty())
        validators = result.validators; // a 304 may leave them out: ours still hold
}

void CachedFeedInfo::recordDownloaded(const FetchResult &result, const QDateTime &now)
{
    validators = result.validators;
    maxAgeSeconds = result.maxAgeSeconds;
    retryAfter = result.retryAfter;
    downloadedAt = checkedAt = lastAttemptAt = now;
    lastError.clear();
    lastErrorIsOffline = false;
}

void CachedFeedInfo::recordFailure(const QString &message, FetchResult::Problem problem, const QDateTime &retryAfterTime,
                                   const QDateTime &now)
{
    lastAttemptAt = now;
    lastError = message;
    lastErrorIsOffline = FetchResult::isOffline(problem);
    retryAfter = retryAfterTime;
}

FeedCache::FeedCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString FeedCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/feeds");
}

QString FeedCache::copyPath() const
{
    return m_directory + QStringLiteral("/feed");
}

QString FeedCache::infoPath() const
{
    return m_directory + QStringLiteral("/feed.json");
}

QString FeedCache::snapshotPath() const
{
    return m_directory + QStringLiteral("/feed.snapshot");
}

bool FeedCache::hasCopy() const
{
    return QFile::exists(copyPath());
}

std::optional<QByteArray> FeedCache::readCopy(QString *error) const
{
    if (!QFile::exists(copyPath())) {
        if (error)
            *error = QStringLiteral("no copy yet");
        return std::nullopt;
    }
    // A copy was a download or a local feed when it was kept: read it under the larger of the caps.
    CappedFile copy = readFileCapped(copyPath(), FeedLimits::maxLocalFileBytes);
    if (!copy.ok()) {
        if (error)
            *error = copy.detail.isEmpty() ? QStringLiteral("the copy is not a readable file of at most 100 MB") : copy.detail;
        return std::nullopt;
    }
    return std::move(copy.data);
}

CachedFeedInfo FeedCache::info() const
{
    // A few validators and times: anything over a megabyte is not ours, and reads as no info.
    const CappedFile file = readFileCapped(infoPath(), 1024 * 1024);
    if (!file.ok())
        return {};
    return CachedFeedInfo::fromJson(file.data);
}

CachedFeedInfo CachedFeedInfo::fromJson(const QByteArray &json)
{
    CachedFeedInfo info;
    // An unreadable info file costs only a full download next time: the copy itself stays good.
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    info.url = QUrl(object.value(QStringLiteral("url")).toString());
    info.validators.etag = object.value(QStringLiteral("etag")).toString();
    info.validators.lastModified = object.value(QStringLiteral("lastModified")).toString();
    info.downloadedAt = fromIso(object.value(QStringLiteral("downloadedAt")));
    info.checkedAt = fromIso(object.value(QStringLiteral("checkedAt")));
    info.lastAttemptAt = fromIso(object.value(QStringLiteral("lastAttemptAt")));
    info.retryAfter = fromIso(object.value(QStringLiteral("retryAfter")));
    info.lastError = object.value(QStringLiteral("lastError")).toString();
    info.lastErrorIsOffline = object.value(QStringLiteral("lastErrorIsOffline")).toBool();
    info.maxAgeSeconds = maxAgeFrom(object.value(QStringLiteral("maxAge")));
    return info;
}

ParseResult FeedCache::readConference(const QString &sourceName, ReadFrom *from) const
{
    if (from)
        *from = ReadFrom::Nothing;
    // The snapshot first: it needs only the copy's size, time and digest, read in small pieces.
    // The copy is held whole only when it must be parsed.
    if (const std::optional<ConferenceSnapshot::Source> source = sourceOfCopyOnDisk()) {
        // A snapshot is at most a few times its copy (text as UTF-16, plus counts): anything larger is not one.
        const CappedFile snapshot = readFileCapped(snapshotPath(), 4 * source->copySize + 64 * 1024);
        if (snapshot.ok()) {
            if (std::optional<Conference> conference = ConferenceSnapshot::read(snapshot.data, *source)) {
                if (from)
                    *from = ReadFrom::Snapshot;
                return ParseResult::success(std::move(*conference));
            }
        }
    }
    QString error;
    const std::optional<QByteArray> copy = readCopy(&error);
    if (!copy)
        return ParseResult::failure({sourceName, 0, 0, error});
    ParseResult parsed = FeedReader::readData(*copy, sourceName);
    if (parsed.ok) {
        storeSnapshot(*copy, parsed.conference);
        if (from)
            *from = ReadFrom::Copy;
    }
    return parsed;
}

std::optional<ConferenceSnapshot::Source> FeedCache::sourceOfCopyOnDisk() const
{
    // A regular file before it is opened: opening a FIFO would wait for a writer.
    if (!QFileInfo(copyPath()).isFile())
        return std::nullopt;
    QFile file(copyPath());
    if (!file.open(QIODevice::ReadOnly) || file.size() > FeedLimits::maxLocalFileBytes)
        return std::nullopt;
    const qint64 size = file.size();
    ConferenceSnapshot::CopyDigest digest(size);
    QByteArray piece(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 got; (got = file.read(piece.data(), piece.size())) > 0; total += got)
        digest.add(QByteArrayView(piece).first(got));
    if (total != size)
        return std::nullopt; // changed while read, or unreadable: parse it the whole way
    return snapshotSource(copyPath(), size, digest.hash());
}

void FeedCache::storeSnapshot(const QByteArray &copy, const Conference &conference) const
{
    // Only a cache: when it cannot be written, the next start parses the copy again.
    writePrivateFile(snapshotPath(), ConferenceSnapshot::write(conference, snapshotSource(copyPath(), copy.size(), ConferenceSnapshot::hashOfCopy(copy))));
}

bool FeedCache::storeCopy(const QByteArray &body, const CachedFeedInfo &info, QString *error, const Conference *conference)
{
    if (!writeAtomically(copyPath(), body, error))
        return false;
    if (conference)
        storeSnapshot(body, *conference);
    else
        QFile::remove(snapshotPath());
    return storeInfo(info, error);
}

bool FeedCache::storeInfo(const CachedFeedInfo &info, QString *error)
{
    return writeAtomically(infoPath(), infoToJson(info), error);
}

bool FeedCache::remove()
{
    return QDir(m_directory).removeRecursively();
}

} // namespace Attend
