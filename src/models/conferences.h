#pragma once

#include "conferencelistmodel.h"
#include "library/conferencelibrary.h"
#include "library/feedprobe.h"
#include "schedule/bookmarkchanges.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QTimeZone>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkAccessManager;
class QQmlEngine;
class QJSEngine;

namespace Attend {

class Agenda;
class Clock;
class FeedSecrets;
class FeedUpdater;
class PersonalSchedule;
class Settings;
class TimeFormatter;

/**
 * The conferences the person follows, for the window: the switcher's list, the one shown and the
 * status line of its feed ("Updated 10:42 · checked 11:15"), Refresh now, removal, and the password
 * or token a private feed asks for. QML reaches it as the singleton `Conferences`. It owns one
 * FeedUpdater per followed feed; each keeps its feed fresh in the background (as often as Settings
 * says), and an update of any of them brings its bookmarks up to date and tells the person what
 * moved. Adding a conference is AddConferenceController's; it files what it found here (add()).
 */
class Conferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Attend::ConferenceListModel *model READ model CONSTANT)
    Q_PROPERTY(QString currentId READ currentId NOTIFY currentChanged)
    Q_PROPERTY(bool refreshable READ refreshable NOTIFY currentChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY statusChanged)
    Q_PROPERTY(bool statusIsProblem READ statusIsProblem NOTIFY statusChanged)
    Q_PROPERTY(QString credentialsProblem READ credentialsProblem NOTIFY statusChanged)
    /** Why the conference asked for could not be shown (or the library kept), in one line; empty when all is well. */
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    /** Every IANA zone a person may pick for a conference ("Europe/Brussels"), sorted. */
    Q_PROPERTY(QStringList zoneIds READ zoneIds CONSTANT)
    /** The zone the person set for the conference on screen; empty: the feed's own. */
    Q_PROPERTY(QString zoneOverride READ zoneOverride NOTIFY currentChanged)

public:
    /** The person's answer when a new address claims the id of a conference they already have. */
    enum class Filing {
        UseNewAddress, // the same conference: the new address replaces the old one, bookmarks stay
        AddSeparately, // another conference: filed apart, with bookmarks of its own
    };

    /** Who already has the conference id a feed claims. */
    struct Claim {
        enum class Holder { Nobody, BuiltIn, Followed, Bookmarks };
        Holder holder = Holder::Nobody;
        QString title;          // of the conference that has it
        QString address;        // the address it is followed, or was bookmarked, from
        QString subscriptionId; // Followed: the subscription that has it
    };

    /** A checked feed to follow, and how it proves who asks. */
    struct NewConference {
        FeedProbeResult found;
        FeedCredentials::Kind auth = FeedCredentials::Kind::None;
        QString user;
        QString secret;                // kept in memory for this run; the keychain is the caller's
        std::optional<Filing> filing;  // the person's answer, when the feed claims a conference they have
    };

    /** What add() did. */
    struct Added {
        enum class Outcome {
            Added,
            NeedsAnswer, // the feed claims a conference the person has: ask (claim says whose), then add again with a filing
            Refused,     // error says why
        };
        Outcome outcome = Outcome::Refused;
        Claim claim;
        QString error;
    };

    /**
     * network: the application's one manager; secrets: the keychain broker; settings: the refresh
     * interval. All outlive this object.
     */
    Conferences(Agenda *agenda, PersonalSchedule *schedule, TimeFormatter *formatter, Clock *clock, FeedSecrets *secrets,
                QNetworkAccessManager *network, Settings *settings, QString libraryPath, QString cacheRoot, QObject *parent = nullptr);
    ~Conferences() override;

    /** Reads the library, shows the current conference from its last good copy, starts refreshing. */
    void load();

    ConferenceListModel *model() const { return m_model; }
    QString currentId() const { return m_library.currentId(); }
    bool refreshable() const;
    QString statusText() const;
    bool busy() const;
    bool statusIsProblem() const;
    QString credentialsProblem() const { return m_credentialProblems.value(currentId()); }
    QString problem() const { return m_problem; }
    /** Says what went wrong (a feed given on the command line that could not be opened); empty clears it. */
    void setProblem(const QString &problem);
    const ConferenceLibrary &library() const { return m_library; }
    FeedUpdater *updater(const QString &id) const { return m_updaters.value(id); }
    QNetworkAccessManager *network() const { return m_network; }

    QStringList zoneIds() const;
    QString zoneOverride() const;
    /**
     * Sets the zone of the conference on screen (an IANA id; empty: back to the feed's own), kept per
     * conference: wall-clock times are re-placed in it, bookmarks with them, and nothing is reported
     * as moved.
     */
    Q_INVOKABLE void setConferenceZone(const QString &zoneId);

    /** Who already has the conference id this feed, found at url, claims. */
    Claim claimOf(const QUrl &url, const Conference &conference) const;
    /** Follows a checked feed and shows it (emits added), unless it needs the person's answer or is refused. */
    Added add(const NewConference &conference);
    /** A private feed's secret could not go to the keychain: the status line says it is kept for this run only. */
    void noteKeptForThisRun(const QString &subscriptionId, const QString &message);

    Q_INVOKABLE void switchTo(const QString &id);
    /** Shows the followed conference whose agenda has this conference id (a reminder's); false when none. */
    Q_INVOKABLE bool showConferenceWithId(const QString &conferenceId);
    /**
     * Removes a followed conference from the list. Its bookmarks stay. Its copy and its secret are
     * kept aside until finishRemoval (the end of the Undo notice, the next removal, or the end of
     * the run), so that undoRemove can bring it back as it was.
     */
    Q_INVOKABLE void remove(const QString &id);
    /** Undo of the last remove: the conference back in its place, shown again if it was. False when none. */
    Q_INVOKABLE bool undoRemove();
    /** The last removal can no longer be undone: its copy is deleted and its secret forgotten. */
    Q_INVOKABLE void finishRemoval();
    Q_INVOKABLE void refreshNow();
    /** Where the bookmarks of every followed conference are filed (the conference on screen among them). */
    QSet<QString> followedConferenceIds() const;
    /** The password or token the current feed asked for; kept in the keychain when remember is set. */
    Q_INVOKABLE void provideSecret(const QString &secret, bool remember);

    static void setQmlInstance(Conferences *conferences);
    static Conferences *create(QQmlEngine *engine, QJSEngine *scriptEngine);

Q_SIGNALS:
    void currentChanged();
    void statusChanged();
    void problemChanged();
    /** A conference was added; the window may switch to its agenda. */
    void added(const QString &id);
    /** An update moved, cancelled or removed bookmarked sessions: one notification for all. */
    void bookmarksChanged(const QString &conferenceTitle, const QList<Attend::BookmarkChange> &changes);
    /** A conference was added, removed or re-filed: followedConferenceIds() changed. */
    void followedChanged();
    /** A conference was removed; `message` names it, for a notice that offers undoRemove. */
    void removedUndoably(const QString &message);

private:
    FeedUpdater *createUpdater(const Subscription &subscription);
    void forgetFeed(const Subscription &subscription);
    void startUpdater(FeedUpdater *updater);
    void showCurrent();
    void applyConference(const QString &subscriptionId, Conference conference);
    void onSecretRead(const QString &subscriptionId, const QString &secret, SecretStore::Status status, const QString &message);
    void onSecretWritten(const QString &subscriptionId, SecretStore::Status status, const QString &message);
    void applyRefreshInterval();
    void saveLibrary();
    void refreshModel();

    Agenda *m_agenda;
    PersonalSchedule *m_schedule;
    TimeFormatter *m_formatter;
    Clock *m_clock;
    FeedSecrets *m_secrets;
    QNetworkAccessManager *m_network;
    Settings *m_settings;
    QString m_cacheRoot;
    ConferenceLibrary m_library;
    bool m_libraryWritable = true; // false when the file could not be read: never overwrite it
    ConferenceListModel *m_model;
    QHash<QString, FeedUpdater *> m_updaters;     // by subscription id
    QHash<QString, QString> m_credentialProblems; // by subscription id: why its feed needs a secret
    QSet<QString> m_remembering;                  // subscriptions whose secret provideSecret() sent to the keychain
    QString m_problem;
    struct PendingZoneChange {
        QString conferenceId;
        QTimeZone from; // the zone its wall-clock times were read in until now
    };
    std::optional<PendingZoneChange> m_pendingZoneChange;
    /** A removal that can still be undone: the conference, where it was, and its copy set aside. */
    struct PendingRemoval {
        Subscription subscription;
        int index = 0;
        bool wasCurrent = false;
        QString setAsideCopy; // the cache directory, moved under removedCacheRoot(); empty when it had none
    };
    std::optional<PendingRemoval> m_pendingRemoval;
    /** Where removed conferences' copies wait for finishRemoval; emptied at load (a run that ended early). */
    QString removedCacheRoot() const;

    static inline QPointer<Conferences> s_qmlInstance;
};

/** The address a followed conference's bookmarks keep (never a password); empty for the built-in agenda. */
QString feedAddressFor(const Subscription &subscription);

} // namespace Attend
