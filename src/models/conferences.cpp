#include "conferences.h"

#include "agenda.h"
#include "feed/feedreader.h"
#include "library/conferenceidentity.h"
#include "library/feedstatus.h"
#include "library/feedupdater.h"
#include "network/feedaddress.h"
#include "network/feedfetcher.h"
#include "reminders/clock.h"
#include "schedule/personalschedule.h"
#include "timeformatter.h"

#include "domain/zonecorrection.h"
#include "domain/zonename.h"

#include <QJSEngine>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimeZone>

namespace Attend {

namespace {
QString zoneOverrideKey(const QString &conferenceId)
{
    return QStringLiteral("zones/") + conferenceId;
}
} // namespace


namespace {

const QString refreshMinutesKey = QStringLiteral("feeds/refreshMinutes");

FeedCredentials::Kind credentialsKind(Conferences::Auth auth)
{
    switch (auth) {
    case Conferences::Auth::Basic:
        return FeedCredentials::Kind::Basic;
    case Conferences::Auth::Bearer:
        return FeedCredentials::Kind::Bearer;
    case Conferences::Auth::None:
        break;
    }
    return FeedCredentials::Kind::None;
}

FeedCredentials credentialsFor(const Subscription &subscription, const QString &secret)
{
    FeedCredentials credentials;
    credentials.kind = subscription.auth;
    credentials.user = subscription.user;
    credentials.secret = secret;
    return credentials;
}

} // namespace

QString secretKeyFor(const Subscription &subscription)
{
    return subscription.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

QString feedAddressFor(const Subscription &subscription)
{
    return subscription.isBuiltIn() ? QString() : subscription.url.toString(QUrl::RemoveUserInfo);
}

Conferences::Conferences(Agenda *agenda, PersonalSchedule *schedule, TimeFormatter *formatter, Clock *clock, SecretStore *secrets,
                         QString libraryPath, QString cacheRoot, QObject *parent)
    : QObject(parent)
    , m_agenda(agenda)
    , m_schedule(schedule)
    , m_formatter(formatter)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_cacheRoot(std::move(cacheRoot))
    , m_library(std::move(libraryPath))
    , m_network(new QNetworkAccessManager(this))
    , m_model(new ConferenceListModel(this))
    , m_probe(new FeedProbe(m_network, this))
{
    m_refreshMinutes = std::clamp(QSettings().value(refreshMinutesKey, 30).toInt(), 5, 24 * 60);
    connect(m_probe, &FeedProbe::finished, this, &Conferences::onProbeFinished);
    connect(m_probe, &FeedProbe::progress, this, [this](qint64 received, qint64 total) {
        m_probeProgress = total > 0 ? qreal(received) / qreal(total) : -1;
        Q_EMIT probeChanged();
    });
    connect(m_secrets, &SecretStore::readFinished, this, &Conferences::onSecretRead);
    connect(m_secrets, &SecretStore::writeFinished, this, &Conferences::onSecretWritten);
    connect(m_formatter, &TimeFormatter::displayZoneChanged, this, &Conferences::statusChanged);
}

Conferences::~Conferences() = default;

void Conferences::setQmlInstance(Conferences *conferences)
{
    s_qmlInstance = conferences;
}

Conferences *Conferences::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_qmlInstance, "Conferences::create", "the application must set the instance before loading QML");
    QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);
    return s_qmlInstance;
}

void Conferences::load()
{
    QString error;
    if (!m_library.load(&error)) {
        m_libraryWritable = false;
        m_agenda->setLoadError(tr("Could not read the list of conferences (%1): %2. It is left as it is.").arg(m_library.path(), error));
    }
    if (m_library.filedApartOnLoad())
        saveLibrary();
    for (const Subscription &subscription : m_library.subscriptions()) {
        if (subscription.isBuiltIn())
            continue;
        // Bookmarks from before they kept their feed's address (schedule version 1) get the address
        // of the conference they are filed under.
        if (!subscription.conferenceId.isEmpty())
            m_schedule->setFeedAddress(subscription.conferenceId, feedAddressFor(subscription), PersonalSchedule::AddressUpdate::WhereUnknown);
        createUpdater(subscription);
    }
    refreshModel();
    showCurrent();
    for (FeedUpdater *updater : std::as_const(m_updaters))
        startUpdater(updater);
}

FeedUpdater *Conferences::createUpdater(const Subscription &subscription)
{
    auto *updater = new FeedUpdater(subscription, m_cacheRoot, m_network, m_clock, this);
    updater->setInterval(std::chrono::minutes(m_refreshMinutes));
    const QString id = subscription.id;
    connect(updater, &FeedUpdater::updated, this, [this, id](const Conference &conference) {
        m_credentialProblems.remove(id);
        applyConference(id, conference);
    });
    connect(updater, &FeedUpdater::failed, this, [this, id](FetchResult::Problem problem, const QString &message) {
        if (problem == FetchResult::Problem::NeedsCredentials || problem == FetchResult::Problem::CredentialsRefused)
            m_credentialProblems.insert(id, message);
        if (id == currentId())
            Q_EMIT statusChanged();
    });
    connect(updater, &FeedUpdater::statusChanged, this, [this, id] {
        if (id == currentId())
            Q_EMIT statusChanged();
    });
    m_updaters.insert(id, updater);
    return updater;
}

void Conferences::startUpdater(FeedUpdater *updater)
{
    const Subscription &subscription = updater->subscription();
    if (subscription.auth == FeedCredentials::Kind::None) {
        updater->start();
        return;
    }
    if (m_runSecrets.contains(subscription.id)) {
        updater->setCredentials(credentialsFor(subscription, m_runSecrets.value(subscription.id)));
        updater->start();
        return;
    }
    m_secrets->read(secretKeyFor(subscription)); // onSecretRead starts it
}

void Conferences::onSecretRead(const QString &key, const QString &secret, SecretStore::Status status, const QString &message)
{
    const QString id = subscriptionIdForSecretKey(key);
    FeedUpdater *updater = m_updaters.value(id);
    if (!updater)
        return;
    if (status == SecretStore::Status::Ok) {
        updater->setCredentials(credentialsFor(updater->subscription(), secret));
        m_credentialProblems.remove(id);
        updater->start();
    } else {
        // The copy we have stays readable; the person is asked for the secret again.
        m_credentialProblems.insert(id, message);
        if (id == currentId())
            Q_EMIT statusChanged();
    }
}

void Conferences::onSecretWritten(const QString &key, const QString &, SecretStore::Status status, const QString &message)
{
    if (m_probeState == ProbeState::Checking && m_probeResult.ok && secretKeyFor(Subscription{QString(), m_probeResult.url}) == key) {
        if (status == SecretStore::Status::Ok) {
            m_probeAddsWhenFound = false;
            commitAdd(m_probeResult, m_probeAuth, m_probeUser, m_probeSecret, m_probeFiling);
        } else if (m_probeAddsWhenFound) {
            // --feed: no dialog to ask in. Used for this run, and the status line says so.
            m_probeAddsWhenFound = false;
            addCheckedForThisRun();
            m_credentialProblems.insert(currentId(), tr("Kept for this run only: %1").arg(message));
            Q_EMIT statusChanged();
        } else {
            // Never a plain-text fallback: the dialog offers to use the secret for this run only.
            setProbe(ProbeState::KeychainUnavailable, message);
        }
        return;
    }
    const QString id = subscriptionIdForSecretKey(key);
    if (!id.isEmpty() && status != SecretStore::Status::Ok) {
        m_credentialProblems.insert(id, tr("Kept for this run only: %1").arg(message));
        if (id == currentId())
            Q_EMIT statusChanged();
    }
}

QString Conferences::subscriptionIdForSecretKey(const QString &key) const
{
    for (const Subscription &subscription : m_library.subscriptions()) {
        if (!subscription.isBuiltIn() && secretKeyFor(subscription) == key)
            return subscription.id;
    }
    return {};
}

void Conferences::showCurrent()
{
    const Subscription *subscription = m_library.find(currentId());
    if (!subscription || subscription->isBuiltIn()) {
        ParseResult builtIn = FeedReader::readBuiltIn();
        applyConference(Subscription::builtInId(), std::move(builtIn.conference));
    } else if (FeedUpdater *updater = m_updaters.value(subscription->id)) {
        ParseResult copy = updater->readCopy();
        if (copy.ok) {
            applyConference(subscription->id, std::move(copy.conference));
        } else {
            // Not downloaded yet (or the copy vanished): an empty agenda under its name, and the
            // status line says what is happening.
            Conference placeholder;
            placeholder.title = subscription->title.isEmpty() ? redactedAddress(subscription->url) : subscription->title;
            m_agenda->setConference(std::move(placeholder), subscription->conferenceId, feedAddressFor(*subscription));
        }
    }
    Q_EMIT currentChanged();
    Q_EMIT statusChanged();
}

Conferences::Claim Conferences::claimOf(const QUrl &url, const Conference &conference) const
{
    const QString claimedId = conferenceIdFor(conference);
    Claim claim;
    if (const Subscription *holder = m_library.findByConferenceId(claimedId)) {
        if (holder->id == subscriptionIdFor(url))
            return claim; // its own address
        claim.holder = holder->isBuiltIn() ? Claim::Holder::BuiltIn : Claim::Holder::Followed;
        claim.title = holder->title;
        claim.address = holder->url.toDisplayString(QUrl::RemoveUserInfo | QUrl::PreferLocalFile);
        claim.subscriptionId = holder->id;
        return claim;
    }
    // Not followed now, but bookmarked from another address: those bookmarks are its, not this feed's.
    const QString bookmarkedFrom = m_schedule->feedAddressOf(claimedId);
    if (!bookmarkedFrom.isEmpty() && bookmarkedFrom != url.toString(QUrl::RemoveUserInfo)) {
        claim.holder = Claim::Holder::Bookmarks;
        claim.title = m_schedule->bookmarks(claimedId).constFirst().conferenceTitle;
        claim.address = QUrl(bookmarkedFrom).toDisplayString(QUrl::PreferLocalFile);
    }
    return claim;
}

void Conferences::applyConference(const QString &subscriptionId, Conference conference)
{
    const Subscription *known = m_library.find(subscriptionId);
    if (!known)
        return;
    const QString claimedId = conferenceIdFor(conference);
    QString conferenceId = known->conferenceId;
    if (known->isBuiltIn()) {
        conferenceId = claimedId; // Attend's own agenda names itself
    } else if (conferenceId.isEmpty()) {
        // Followed before it was filed (a library written by hand): filed now, apart when its id is taken.
        conferenceId = claimOf(known->url, conference).holder == Claim::Holder::Nobody ? claimedId
                                                                                       : separateConferenceId(claimedId, known->url);
    } else if (!isFiledAs(conferenceId, claimedId, known->url)) {
        // A kept copy that claims another conference (stored by an older Attend, or by --list):
        // never filed over that conference's bookmarks.
        if (subscriptionId == currentId()) {
            Conference placeholder;
            placeholder.title = known->title;
            m_agenda->setConference(std::move(placeholder), conferenceId, feedAddressFor(*known));
            m_agenda->setLoadError(claimsAnotherConferenceText(conference.title));
        }
        return;
    }
    // The zone the person set for this conference, if any; a change of it moves bookmarks silently.
    const bool wallClock = hasWallClockTimes(conference);
    if (const QString zoneId = QSettings().value(zoneOverrideKey(conferenceId)).toString(); !zoneId.isEmpty())
        correctConferenceZone(conference, zoneFromNameOrInvalid(zoneId));
    if (m_pendingZoneChange && m_pendingZoneChange->conferenceId == conferenceId) {
        if (wallClock)
            m_schedule->replaceWallClock(conferenceId, m_pendingZoneChange->from, conference.timeZone);
        m_pendingZoneChange.reset();
    }
    const QString title = conference.title;
    // Bookmarks follow their sessions, and the person hears once of what moved.
    const QList<BookmarkChange> changes = m_schedule->refreshSnapshots(conferenceId, title, conference.sessions);

    if (subscriptionId == currentId()) {
        m_agenda->setLoadError(QString());
        m_agenda->setConference(std::move(conference), conferenceId, feedAddressFor(*known));
    }
    if (known->title != title || known->conferenceId != conferenceId) {
        Subscription renamed = *known;
        renamed.title = title;
        renamed.conferenceId = conferenceId;
        m_library.put(renamed);
        if (FeedUpdater *updater = m_updaters.value(subscriptionId))
            updater->setSubscription(renamed);
        saveLibrary();
        refreshModel();
    }
    if (!changes.isEmpty())
        Q_EMIT bookmarksChanged(title, changes);
}

void Conferences::openFeed(const QString &urlOrPath)
{
    // https://user:pw@host/…: the feed is the address without them; they go to the keychain.
    const FeedAddress address = splitFeedAddress(feedUrlFromArgument(urlOrPath));
    const QUrl url = address.url;
    const QString id = subscriptionIdFor(url);
    if (m_library.find(id)) {
        switchTo(id);
        refreshNow();
        return;
    }
    if (url.isLocalFile()) {
        // A file is read at once: the window opens on it, or on what it showed, with the reason.
        const QString path = url.toLocalFile();
        const FetchResult read = FeedFetcher::readLocalFile(path);
        ParseResult parsed = read.ok() ? FeedReader::readData(read.body, path) : ParseResult::failure({path, 0, 0, read.message});
        if (!parsed.ok) {
            m_agenda->setLoadError(parsed.error.toString());
            return;
        }
        FeedProbeResult result;
        result.url = url;
        result.ok = true;
        result.body = read.body;
        result.conference = std::move(parsed.conference);
        m_probe->abort();
        m_probeAuth = Auth::None;
        m_probeUser.clear();
        m_probeSecret.clear();
        m_probeFiling.reset();
        commitAdd(result, Auth::None, QString(), QString(), std::nullopt);
        return;
    }
    m_probeAddsWhenFound = true;
    check(url.toString(), address.hasCredentials() ? Auth::Basic : Auth::None, address.user, address.password);
}

namespace {
/** Why an address could not be added, in words a person understands (not a TLS library's). */
QString probeFailureText(const FeedProbeResult &result, bool guessedScheme)
{
    const QString host = result.url.port() > 0 ? QStringLiteral("%1:%2").arg(result.url.host()).arg(result.url.port()) : result.url.host();
    QString text;
    if (result.problem == FetchResult::Problem::Tls) {
        text = guessedScheme
            ? Conferences::tr("%1 did not answer a secure (https) connection. It may serve only plain http: if you trust it, type the address with http:// in front.").arg(host)
            : Conferences::tr("Could not make a secure connection to %1: its certificate is not valid for this address, has expired, or is not signed by an authority this computer trusts. Attend does not connect anyway. (%2)").arg(host, result.error);
    } else {
        text = result.error;
    }
    if (guessedScheme && result.problem != FetchResult::Problem::Tls)
        text = Conferences::tr("No http:// or https:// was given, so Attend tried %1. %2").arg(redactedAddress(result.url), text);
    return text;
}
} // namespace

void Conferences::check(const QString &url, Auth auth, const QString &user, const QString &secret)
{
    // A user name and password typed into the address are Basic credentials, kept like the
    // dialog's (unless the dialog names its own): the address is never stored or shown with them.
    const FeedAddress address = splitFeedAddress(feedUrlFromUserInput(url));
    const QUrl feedUrl = address.url;
    const bool fromAddress = address.hasCredentials() && (auth == Auth::None || secret.isEmpty());
    m_probeAuth = fromAddress ? Auth::Basic : auth;
    m_probeUser = fromAddress ? address.user : user;
    m_probeSecret = fromAddress ? address.password : secret;
    m_probeResult = FeedProbeResult();
    m_probeClaim = Claim();
    m_probeFiling.reset();
    m_probeFollowedId.clear();
    m_probeProgress = -1;
    m_probeGuessedScheme = !url.trimmed().contains(QLatin1String("://")) && feedUrl.scheme() == QLatin1String("https");
    if (!feedUrl.isValid() || feedUrl.isEmpty()) {
        setProbe(ProbeState::Failed, tr("That is not a web address."));
        return;
    }
    // Followed already: say so and offer it, rather than adding it again in silence.
    if (const Subscription *followed = m_library.find(subscriptionIdFor(feedUrl))) {
        m_probeFollowedId = followed->id;
        setProbe(ProbeState::Failed, tr("You already follow %1.").arg(followed->title.isEmpty() ? redactedAddress(feedUrl) : followed->title));
        return;
    }
    Subscription target;
    target.url = feedUrl;
    target.auth = credentialsKind(m_probeAuth);
    target.user = m_probeUser;
    setProbe(ProbeState::Checking);
    m_probe->probe(feedUrl, credentialsFor(target, m_probeSecret));
}

void Conferences::cancelCheck()
{
    m_probe->abort();
    m_probeAddsWhenFound = false;
    m_probeSecret.clear();
    m_probeResult = FeedProbeResult();
    m_probeClaim = Claim();
    m_probeFiling.reset();
    setProbe(ProbeState::Idle);
}

void Conferences::onProbeFinished(const FeedProbeResult &result)
{
    m_probeResult = result;
    m_probeClaim = result.ok ? claimOf(result.url, result.conference) : Claim();
    if (!result.ok) {
        if (m_probeAddsWhenFound) {
            m_probeAddsWhenFound = false;
            m_agenda->setLoadError(tr("Could not open %1: %2").arg(redactedAddress(result.url), result.error));
        }
        setProbe(ProbeState::Failed, probeFailureText(result, m_probeGuessedScheme));
        return;
    }
    if (m_probeAddsWhenFound) {
        if (m_probeAuth != Auth::None && !m_probeSecret.isEmpty()) {
            // --feed https://user:pw@…: the password goes to the keychain first, as the dialog's does.
            setProbe(ProbeState::Found);
            addChecked(); // onSecretWritten adds it
            return;
        }
        m_probeAddsWhenFound = false;
        commitAdd(result, Auth::None, QString(), QString(), std::nullopt);
        return;
    }
    setProbe(ProbeState::Found);
}

void Conferences::addChecked()
{
    if (m_probeState != ProbeState::Found || !m_probeResult.ok)
        return;
    if (!probeQuestion().isEmpty() && !m_probeFiling)
        return; // never filed with another conference unless the person said so
    if (m_probeAuth == Auth::None || m_probeSecret.isEmpty()) {
        commitAdd(m_probeResult, Auth::None, QString(), QString(), m_probeFiling);
        return;
    }
    setProbe(ProbeState::Checking); // onSecretWritten adds it, or says there is no keychain
    m_secrets->write(secretKeyFor(Subscription{QString(), m_probeResult.url}), m_probeSecret);
}

void Conferences::addCheckedAs(Filing filing)
{
    m_probeFiling = filing;
    addChecked();
}

void Conferences::addCheckedForThisRun()
{
    if (!m_probeResult.ok)
        return;
    const QString secret = m_probeSecret;
    const QString id = subscriptionIdFor(m_probeResult.url);
    commitAdd(m_probeResult, m_probeAuth, m_probeUser, secret, m_probeFiling);
    if (m_library.find(id))
        m_runSecrets.insert(id, secret);
}

void Conferences::commitAdd(const FeedProbeResult &result, Auth auth, const QString &user, const QString &secret,
                            std::optional<Filing> filing)
{
    Subscription subscription;
    subscription.url = result.url;
    subscription.id = subscriptionIdFor(result.url);
    subscription.title = result.conference.title;
    subscription.auth = credentialsKind(auth);
    subscription.user = subscription.auth == FeedCredentials::Kind::Basic ? user : QString();
    subscription.added = m_clock->now();

    // Which conference this is: its feed's own id together with the address it comes from.
    const QString claimedId = conferenceIdFor(result.conference);
    QString replacedId; // "use the new address": the subscription it takes over from
    const Subscription *known = m_library.find(subscription.id);
    if (known && !known->conferenceId.isEmpty()) {
        // The same address again: filed as before, and only as the same conference.
        if (!isFiledAs(known->conferenceId, claimedId, known->url)) {
            m_probeSecret.clear();
            setProbe(ProbeState::Failed, claimsAnotherConferenceText(result.conference.title));
            return;
        }
        subscription.conferenceId = known->conferenceId;
        subscription.added = known->added;
    } else {
        const Claim claim = claimOf(result.url, result.conference);
        switch (claim.holder) {
        case Claim::Holder::Nobody:
            subscription.conferenceId = claimedId;
            break;
        case Claim::Holder::BuiltIn: // Attend's own agenda is never taken over
            subscription.conferenceId = separateConferenceId(claimedId, result.url);
            break;
        case Claim::Holder::Followed:
        case Claim::Holder::Bookmarks:
            if (!filing) {
                // Never filed with another conference silently: the person decides (the window asks).
                m_probeResult = result;
                m_probeClaim = claim;
                setProbe(ProbeState::Found);
                Q_EMIT questionAsked();
                return;
            }
            if (*filing == Filing::AddSeparately) {
                subscription.conferenceId = separateConferenceId(claimedId, result.url);
            } else {
                subscription.conferenceId = claimedId;
                if (claim.holder == Claim::Holder::Followed)
                    replacedId = claim.subscriptionId;
            }
            break;
        }
    }

    if (!replacedId.isEmpty()) {
        const Subscription replaced = *m_library.find(replacedId);
        subscription.added = replaced.added;
        forgetFeed(replaced);
        m_library.replace(replacedId, subscription);
        m_schedule->setFeedAddress(subscription.conferenceId, feedAddressFor(subscription), PersonalSchedule::AddressUpdate::All);
    } else {
        m_library.put(subscription);
        m_schedule->setFeedAddress(subscription.conferenceId, feedAddressFor(subscription),
                                   filing == Filing::UseNewAddress ? PersonalSchedule::AddressUpdate::All
                                                                   : PersonalSchedule::AddressUpdate::WhereUnknown);
    }
    m_library.setCurrentId(subscription.id);
    saveLibrary();

    FeedUpdater *updater = m_updaters.value(subscription.id);
    if (!updater)
        updater = createUpdater(subscription);
    updater->setSubscription(subscription);
    if (subscription.auth != FeedCredentials::Kind::None) {
        m_runSecrets.insert(subscription.id, secret); // in memory for this run; the keychain has it too
        updater->setCredentials(credentialsFor(subscription, secret));
    }
    QString error;
    if (!updater->adoptDownload(result.body, result.fetch, &error))
        m_agenda->setLoadError(tr("Could not keep a copy of the feed: %1").arg(error));
    m_probeSecret.clear();
    m_probeClaim = Claim();
    m_probeFiling.reset();
    m_credentialProblems.remove(subscription.id);
    refreshModel();
    applyConference(subscription.id, result.conference);
    updater->start();
    setProbe(ProbeState::Idle);
    Q_EMIT currentChanged();
    Q_EMIT statusChanged();
    Q_EMIT added(subscription.id);
}

void Conferences::switchTo(const QString &id)
{
    if (id == currentId() || !m_library.find(id))
        return;
    m_library.setCurrentId(id);
    saveLibrary();
    refreshModel();
    showCurrent();
}

bool Conferences::showConferenceWithId(const QString &conferenceId)
{
    for (const Subscription &subscription : m_library.subscriptions()) {
        if (subscription.conferenceId == conferenceId) {
            switchTo(subscription.id);
            return true;
        }
    }
    return false;
}

void Conferences::remove(const QString &id)
{
    const Subscription *subscription = m_library.find(id);
    if (!subscription || subscription->isBuiltIn())
        return;
    forgetFeed(*subscription);
    const bool wasCurrent = id == currentId();
    m_library.remove(id); // its bookmarks stay: adding it again brings them back
    saveLibrary();
    refreshModel();
    if (wasCurrent)
        showCurrent();
}

void Conferences::forgetFeed(const Subscription &subscription)
{
    const QString id = subscription.id;
    if (FeedUpdater *updater = m_updaters.take(id)) {
        updater->stop();
        FeedCache(updater->cache().directory()).remove();
        updater->deleteLater();
    }
    if (subscription.auth != FeedCredentials::Kind::None)
        m_secrets->remove(secretKeyFor(subscription));
    m_runSecrets.remove(id);
    m_credentialProblems.remove(id);
}

void Conferences::refreshNow()
{
    if (FeedUpdater *updater = m_updaters.value(currentId()))
        updater->refreshNow();
}

void Conferences::provideSecret(const QString &secret, bool remember)
{
    FeedUpdater *updater = m_updaters.value(currentId());
    if (!updater || secret.isEmpty())
        return;
    const Subscription &subscription = updater->subscription();
    m_runSecrets.insert(subscription.id, secret);
    m_credentialProblems.remove(subscription.id);
    updater->setCredentials(credentialsFor(subscription, secret));
    if (remember)
        m_secrets->write(secretKeyFor(subscription), secret);
    updater->start();
    updater->refreshNow();
    Q_EMIT statusChanged();
}

bool Conferences::refreshable() const
{
    return m_updaters.contains(currentId());
}

QString Conferences::statusText() const
{
    FeedStatusInput input;
    input.now = m_clock->now();
    input.zone = m_formatter->viewerZone();
    FeedUpdater *updater = m_updaters.value(currentId());
    if (!updater) {
        input.builtIn = true;
        return feedStatusText(input);
    }
    input.info = updater->info();
    input.hasCopy = updater->cache().hasCopy();
    input.busy = updater->isBusy();
    input.received = updater->bytesReceived();
    input.total = updater->bytesTotal();
    return feedStatusText(input);
}

bool Conferences::busy() const
{
    FeedUpdater *updater = m_updaters.value(currentId());
    return updater && updater->isBusy();
}

bool Conferences::statusIsProblem() const
{
    FeedUpdater *updater = m_updaters.value(currentId());
    return updater && !updater->isBusy() && !updater->info().lastError.isEmpty();
}

void Conferences::setRefreshMinutes(int minutes)
{
    minutes = std::clamp(minutes, 5, 24 * 60);
    if (minutes == m_refreshMinutes)
        return;
    m_refreshMinutes = minutes;
    QSettings().setValue(refreshMinutesKey, minutes);
    for (FeedUpdater *updater : std::as_const(m_updaters))
        updater->setInterval(std::chrono::minutes(minutes));
    Q_EMIT refreshMinutesChanged();
}

QString Conferences::probeTitle() const
{
    return m_probeResult.ok ? m_probeResult.conference.title : QString();
}

QString Conferences::probeAddress() const
{
    return m_probeResult.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::PreferLocalFile);
}

QString Conferences::probeQuestion() const
{
    if (m_probeState != ProbeState::Found)
        return {};
    const QString title = m_probeClaim.title.isEmpty() ? tr("a conference") : m_probeClaim.title;
    switch (m_probeClaim.holder) {
    case Claim::Holder::Followed:
        return tr("This looks like %1, which you follow from %2: use the new address for it, or add it separately?")
            .arg(title, m_probeClaim.address);
    case Claim::Holder::Bookmarks:
        return tr("This looks like %1, which you have bookmarks of from %2: use the new address for them, or add it separately?")
            .arg(title, m_probeClaim.address);
    case Claim::Holder::Nobody:
    case Claim::Holder::BuiltIn:
        break;
    }
    return {};
}

QString Conferences::probeSummary() const
{
    if (!m_probeResult.ok)
        return {};
    const Conference &conference = m_probeResult.conference;
    QStringList parts;
    parts.append(tr("%n session(s)", nullptr, int(conference.sessions.size())));
    if (!conference.days.isEmpty()) {
        const QLocale locale;
        const QString first = locale.toString(conference.days.constFirst(), QLocale::ShortFormat);
        const QString last = locale.toString(conference.days.constLast(), QLocale::ShortFormat);
        parts.append(first == last ? first : first + QStringLiteral(" – ") + last);
    }
    if (conference.timeZone.isValid())
        parts.append(QString::fromUtf8(conference.timeZone.id()));
    return parts.join(QStringLiteral(" · "));
}

QStringList Conferences::zoneIds() const
{
    // Places only ("Area/City"): "Etc/GMT+1" and bare abbreviations confuse more than they help.
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/') && !id.startsWith("Etc/") && !id.startsWith("SystemV/") && !id.startsWith("US/"))
            ids.append(QString::fromLatin1(id));
    }
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

QString Conferences::zoneOverride() const
{
    const QString conferenceId = m_agenda->conferenceId();
    return conferenceId.isEmpty() ? QString() : QSettings().value(zoneOverrideKey(conferenceId)).toString();
}

void Conferences::setConferenceZone(const QString &zoneId)
{
    const QString conferenceId = m_agenda->conferenceId();
    if (conferenceId.isEmpty() || zoneId == zoneOverride())
        return;
    if (!zoneId.isEmpty() && !zoneFromName(zoneId))
        return;
    QSettings settings;
    if (zoneId.isEmpty())
        settings.remove(zoneOverrideKey(conferenceId));
    else
        settings.setValue(zoneOverrideKey(conferenceId), zoneId);
    // Read again from the kept copy, in the new zone; bookmarks move with it, unannounced.
    m_pendingZoneChange = PendingZoneChange{conferenceId, m_agenda->conference().timeZone};
    showCurrent();
    m_pendingZoneChange.reset();
}

QStringList Conferences::probeLinks() const
{
    QStringList links;
    for (const QUrl &url : m_probeResult.feedLinks)
        links.append(url.toString());
    return links;
}

void Conferences::setProbe(ProbeState state, const QString &error)
{
    m_probeState = state;
    m_probeError = error;
    Q_EMIT probeChanged();
}

void Conferences::saveLibrary()
{
    if (!m_libraryWritable)
        return;
    QString error;
    if (!m_library.save(&error))
        m_agenda->setLoadError(tr("Could not save the list of conferences: %1").arg(error));
}

void Conferences::refreshModel()
{
    m_model->setSubscriptions(m_library.subscriptions(), currentId());
}

} // namespace Attend
