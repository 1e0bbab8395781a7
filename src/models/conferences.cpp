#include "conferences.h"

#include "agenda.h"
#include "feed/feedreader.h"
#include "library/conferenceidentity.h"
#include "library/feedstatus.h"
#include "library/feedupdater.h"
#include "network/feedaddress.h"
#include "network/feedfetcher.h"
#include "domain/clock.h"
#include "schedule/personalschedule.h"
#include "timeformatter.h"

#include "library/feedsecrets.h"
#include "library/settings.h"

#include "domain/zonecorrection.h"
#include "domain/zonename.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJSEngine>
#include <QTimeZone>

namespace Attend {

QString feedAddressFor(const Subscription &subscription)
{
    return subscription.isBuiltIn() ? QString() : subscription.url.toString(QUrl::RemoveUserInfo);
}

Conferences::Conferences(Agenda *agenda, PersonalSchedule *schedule, TimeFormatter *formatter, Clock *clock, FeedSecrets *secrets,
                         QNetworkAccessManager *network, Settings *settings, QString libraryPath, QString cacheRoot, QObject *parent)
    : QObject(parent)
    , m_agenda(agenda)
    , m_schedule(schedule)
    , m_formatter(formatter)
    , m_clock(clock)
    , m_secrets(secrets)
    , m_network(network)
    , m_settings(settings)
    , m_cacheRoot(std::move(cacheRoot))
    , m_library(std::move(libraryPath))
    , m_model(new ConferenceListModel(this))
{
    connect(m_secrets, &FeedSecrets::readFinished, this, &Conferences::onSecretRead);
    connect(m_secrets, &FeedSecrets::writeFinished, this, &Conferences::onSecretWritten);
    connect(m_settings, &Settings::refreshMinutesChanged, this, &Conferences::applyRefreshInterval);
    connect(m_formatter, &TimeFormatter::displayZoneChanged, this, &Conferences::statusChanged);
    if (QCoreApplication *application = QCoreApplication::instance())
        connect(application, &QCoreApplication::aboutToQuit, this, &Conferences::finishRemoval);
}

Conferences::~Conferences()
{
    // The Undo notice ends with the run. aboutToQuit finished the removal while the keychain was
    // still there; without an application loop (tests) only the copy set aside is left to delete.
    if (m_pendingRemoval && !m_pendingRemoval->setAsideCopy.isEmpty())
        QDir(m_pendingRemoval->setAsideCopy).removeRecursively();
}

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
    // Copies set aside for an Undo that a run ended before finishing.
    QDir(removedCacheRoot()).removeRecursively();
    QString error;
    if (!m_library.load(&error)) {
        m_libraryWritable = false;
        setProblem(tr("Could not read the list of conferences (%1): %2. It is left as it is.").arg(m_library.path(), error));
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
    updater->setInterval(std::chrono::minutes(m_settings->refreshMinutes()));
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
    if (m_secrets->hasRunSecret(subscription.id)) {
        updater->setCredentials(credentialsFor(subscription, m_secrets->runSecret(subscription.id)));
        updater->start();
        return;
    }
    m_secrets->read(subscription); // onSecretRead starts it
}

void Conferences::onSecretRead(const QString &id, const QString &secret, SecretStore::Status status, const QString &message)
{
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

void Conferences::onSecretWritten(const QString &id, SecretStore::Status status, const QString &message)
{
    if (!m_remembering.remove(id))
        return; // not asked by provideSecret(): the add dialog's own
    if (status != SecretStore::Status::Ok)
        noteKeptForThisRun(id, message);
}

void Conferences::noteKeptForThisRun(const QString &subscriptionId, const QString &message)
{
    m_credentialProblems.insert(subscriptionId, tr("Kept for this run only: %1").arg(message));
    if (subscriptionId == currentId())
        Q_EMIT statusChanged();
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
            setProblem(claimsAnotherConferenceText(conference.title));
        }
        return;
    }
    // The zone the person set for this conference, if any; a change of it moves bookmarks silently.
    const bool wallClock = hasWallClockTimes(conference);
    if (const QString zoneId = m_settings->conferenceZone(conferenceId); !zoneId.isEmpty())
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
        setProblem(QString());
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

Conferences::Added Conferences::add(const NewConference &adding)
{
    const FeedProbeResult &result = adding.found;
    const std::optional<Filing> filing = adding.filing;
    Added outcome;
    Subscription subscription;
    subscription.url = result.url;
    subscription.id = subscriptionIdFor(result.url);
    subscription.title = result.conference.title;
    subscription.auth = adding.auth;
    subscription.user = subscription.auth == FeedCredentials::Kind::Basic ? adding.user : QString();
    subscription.added = m_clock->now();

    // Which conference this is: its feed's own id together with the address it comes from.
    const QString claimedId = conferenceIdFor(result.conference);
    QString replacedId; // "use the new address": the subscription it takes over from
    const Subscription *known = m_library.find(subscription.id);
    if (known && !known->conferenceId.isEmpty()) {
        // The same address again: filed as before, and only as the same conference.
        if (!isFiledAs(known->conferenceId, claimedId, known->url)) {
            outcome.error = claimsAnotherConferenceText(result.conference.title);
            return outcome;
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
                outcome.outcome = Added::Outcome::NeedsAnswer;
                outcome.claim = claim;
                return outcome;
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
        m_secrets->keepForThisRun(subscription.id, adding.secret); // in memory for this run; the keychain has it too
        updater->setCredentials(credentialsFor(subscription, adding.secret));
    }
    QString error;
    const bool kept = updater->adoptDownload(result.body, result.fetch, &error, &result.conference);
    m_credentialProblems.remove(subscription.id);
    refreshModel();
    applyConference(subscription.id, result.conference);
    if (!kept) // after applyConference, which clears the problem of a conference it shows
        setProblem(tr("Could not keep a copy of the feed: %1").arg(error));
    updater->start();
    Q_EMIT currentChanged();
    Q_EMIT statusChanged();
    Q_EMIT added(subscription.id);
    outcome.outcome = Added::Outcome::Added;
    return outcome;
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
    finishRemoval(); // one removal can be undone at a time: the one before is final now
    PendingRemoval pending{*subscription, m_library.indexOf(id), id == currentId(), {}};
    if (FeedUpdater *updater = m_updaters.take(id)) {
        updater->stop();
        const QString copy = updater->cache().directory();
        const QString aside = removedCacheRoot() + QLatin1Char('/') + id;
        QDir().mkpath(removedCacheRoot());
        QDir(aside).removeRecursively();
        if (QFileInfo::exists(copy) && QDir().rename(copy, aside))
            pending.setAsideCopy = aside;
        else
            FeedCache(copy).remove(); // could not set it aside: Undo downloads it again
        updater->deleteLater();
    }
    m_credentialProblems.remove(id);
    m_library.remove(id); // its bookmarks stay: adding it again brings them back
    const QString title = pending.subscription.title.isEmpty() ? redactedAddress(pending.subscription.url) : pending.subscription.title;
    const bool wasCurrent = pending.wasCurrent;
    m_pendingRemoval = std::move(pending);
    saveLibrary();
    refreshModel();
    if (wasCurrent)
        showCurrent();
    Q_EMIT removedUndoably(tr("Removed “%1”").arg(title));
}

bool Conferences::undoRemove()
{
    if (!m_pendingRemoval)
        return false;
    PendingRemoval pending = std::move(*m_pendingRemoval);
    m_pendingRemoval.reset();
    const Subscription &subscription = pending.subscription;
    if (!m_library.insert(pending.index, subscription)) {
        // Added again meanwhile: that one stands, and this copy is not needed.
        if (!pending.setAsideCopy.isEmpty())
            QDir(pending.setAsideCopy).removeRecursively();
        return false;
    }
    if (!pending.setAsideCopy.isEmpty())
        QDir().rename(pending.setAsideCopy, m_cacheRoot + QLatin1Char('/') + subscription.id);
    if (pending.wasCurrent)
        m_library.setCurrentId(subscription.id);
    saveLibrary();
    FeedUpdater *updater = createUpdater(subscription);
    refreshModel();
    if (pending.wasCurrent)
        showCurrent();
    startUpdater(updater);
    return true;
}

void Conferences::finishRemoval()
{
    if (!m_pendingRemoval)
        return;
    const PendingRemoval pending = std::move(*m_pendingRemoval);
    m_pendingRemoval.reset();
    if (!pending.setAsideCopy.isEmpty())
        QDir(pending.setAsideCopy).removeRecursively();
    // Not followed again meanwhile (by the same address): its secret goes.
    if (!m_library.find(pending.subscription.id)) {
        m_secrets->forget(pending.subscription);
        m_remembering.remove(pending.subscription.id);
    }
}

QString Conferences::removedCacheRoot() const
{
    return m_cacheRoot + QStringLiteral("/.removed");
}

void Conferences::forgetFeed(const Subscription &subscription)
{
    const QString id = subscription.id;
    if (FeedUpdater *updater = m_updaters.take(id)) {
        updater->stop();
        FeedCache(updater->cache().directory()).remove();
        updater->deleteLater();
    }
    m_secrets->forget(subscription);
    m_remembering.remove(id);
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
    m_secrets->keepForThisRun(subscription.id, secret);
    m_credentialProblems.remove(subscription.id);
    updater->setCredentials(credentialsFor(subscription, secret));
    if (remember) {
        m_remembering.insert(subscription.id);
        m_secrets->write(subscription.id, subscription.url, secret);
    }
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

void Conferences::applyRefreshInterval()
{
    const std::chrono::minutes interval(m_settings->refreshMinutes());
    for (FeedUpdater *updater : std::as_const(m_updaters))
        updater->setInterval(interval);
}

void Conferences::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
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
    return m_settings->conferenceZone(m_agenda->conferenceId());
}

void Conferences::setConferenceZone(const QString &zoneId)
{
    const QString conferenceId = m_agenda->conferenceId();
    if (conferenceId.isEmpty() || zoneId == zoneOverride())
        return;
    if (!zoneId.isEmpty() && !zoneFromName(zoneId))
        return;
    m_settings->setConferenceZone(conferenceId, zoneId);
    // Read again from the kept copy, in the new zone; bookmarks move with it, unannounced.
    m_pendingZoneChange = PendingZoneChange{conferenceId, m_agenda->conference().timeZone};
    showCurrent();
    m_pendingZoneChange.reset();
}

void Conferences::saveLibrary()
{
    if (!m_libraryWritable)
        return;
    QString error;
    if (!m_library.save(&error))
        setProblem(tr("Could not save the list of conferences: %1").arg(error));
}

void Conferences::refreshModel()
{
    m_model->setSubscriptions(m_library.subscriptions(), currentId());
    const QSet<QString> followed = followedConferenceIds();
    m_agenda->setFollowedConferences(followed);
    Q_EMIT followedChanged();
}

QSet<QString> Conferences::followedConferenceIds() const
{
    QSet<QString> ids;
    for (const Subscription &subscription : m_library.subscriptions()) {
        if (!subscription.conferenceId.isEmpty())
            ids.insert(subscription.conferenceId);
    }
    if (!m_agenda->conferenceId().isEmpty())
        ids.insert(m_agenda->conferenceId());
    return ids;
}

} // namespace Attend
