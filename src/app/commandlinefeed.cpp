#include "commandlinefeed.h"

#include "feed/feedreader.h"
#include "library/conferenceidentity.h"
#include "library/conferencelibrary.h"
#include "library/feedcache.h"
#include "library/feedsecrets.h"
#include "network/feedaddress.h"
#include "network/feedfetcher.h"
#include "network/networkaccess.h"
#include "secrets/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <memory>

namespace Attend {

namespace {

void say(FILE *err, const QString &text)
{
    fputs((QStringLiteral("attend: ") + text + QLatin1Char('\n')).toUtf8().constData(), err);
    fflush(err);
}

/** A followed private feed's secret, from the keychain; empty when there is none or no keychain. */
QString secretFromKeychain(const Subscription &subscription)
{
    KeychainSecretStore store;
    QString secret;
    QEventLoop loop;
    QObject::connect(&store, &SecretStore::readFinished, &loop, [&](const QString &, const QString &value, SecretStore::Status status, const QString &) {
        if (status == SecretStore::Status::Ok)
            secret = value;
        loop.quit();
    });
    store.read(secretKeyFor(subscription));
    loop.exec();
    return secret;
}

QString copyTime(const CachedFeedInfo &info)
{
    return info.downloadedAt.isValid() ? info.downloadedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("?");
}

ParseResult readRemote(const QUrl &typed, FILE *err)
{
    // A user name and password in the address are sent (Basic) for this read, never kept or printed.
    const FeedAddress address = splitFeedAddress(typed);
    const QUrl url = address.url;
    const QString shown = redactedAddress(url);
    const QString id = subscriptionIdFor(url);
    FeedCache cache(FeedCache::defaultRoot() + QLatin1Char('/') + id);
    CachedFeedInfo info = cache.info();
    info.url = url;

    FetchRequest request;
    request.url = url;
    if (cache.hasCopy())
        request.validators = info.validators;
    ConferenceLibrary library(ConferenceLibrary::defaultPath());
    library.load();
    const Subscription *followed = library.find(id);
    if (followed && followed->auth != FeedCredentials::Kind::None) {
        request.credentials.kind = followed->auth;
        request.credentials.user = followed->user;
        request.credentials.secret = secretFromKeychain(*followed);
    }
    if (address.hasCredentials()) {
        request.credentials.kind = FeedCredentials::Kind::Basic;
        request.credentials.user = address.user;
        request.credentials.secret = address.password;
    }

    const std::unique_ptr<QNetworkAccessManager> network(createNetworkAccessManager(nullptr, defaultHstsStoreDirectory()));
    const FetchResult fetched = FeedFetcher::fetchAndWait(network.get(), request);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    auto fallBack = [&](const QString &why) {
        info.recordFailure(why, fetched.problem, fetched.retryAfter, now);
        cache.storeInfo(info);
        const ParseResult copy = cache.hasCopy() ? cache.readConference(shown) : ParseResult::failure({shown, 0, 0, why});
        if (copy.ok)
            say(err, QCoreApplication::translate("CommandLine", "could not refresh %1 (%2); showing the copy from %3")
                         .arg(shown, why, copyTime(info)));
        return copy.ok ? copy : ParseResult::failure({shown, 0, 0, why});
    };

    switch (fetched.outcome) {
    case FetchResult::Outcome::Failed:
        return fallBack(fetched.message);
    case FetchResult::Outcome::NotModified: {
        info.recordNotModified(fetched, now);
        cache.storeInfo(info);
        return cache.readConference(shown);
    }
    case FetchResult::Outcome::Downloaded:
        break;
    }
    ParseResult parsed = FeedReader::readData(fetched.body, shown);
    if (!parsed.ok)
        return fallBack(parsed.error.toString());
    // As the window's updater does: a followed conference's copy is replaced only by the same conference.
    if (followed && !followed->conferenceId.isEmpty()
        && !isFiledAs(followed->conferenceId, conferenceIdFor(parsed.conference), url))
        return fallBack(claimsAnotherConferenceText(parsed.conference.title));
    info.recordDownloaded(fetched, now);
    QString error;
    if (!cache.storeCopy(fetched.body, info, &error, &parsed.conference))
        say(err, QCoreApplication::translate("CommandLine", "could not keep a copy of the feed: %1").arg(error));
    return parsed;
}

} // namespace

ParseResult readFeedForCommandLine(const QString &feed, FILE *err)
{
    if (feed.isEmpty())
        return FeedReader::readBuiltIn();
    if (feed.startsWith(QLatin1String("http://")) || feed.startsWith(QLatin1String("https://")))
        return readRemote(QUrl(feed), err);
    return FeedReader::readFile(feed);
}

} // namespace Attend
