#pragma once

#include "conferencelistmodel.h"
#include "library/conferencelibrary.h"
#include "library/feedprobe.h"
#include "schedule/bookmarkchanges.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkAccessManager;
class QQmlEngine;
class QJSEngine;

namespace Attend {

class Agenda;
class Clock;
class FeedUpdater;
class PersonalSchedule;
class TimeFormatter;

/**
 * The conferences the person follows, for the window: the switcher's list, the status line of the
 * one shown ("Updated 10:42 · checked 11:15"), Refresh now, the "Add a conference" check, removal,
 * and the password or token a private feed needs. QML reaches it as the singleton `Conferences`.
 * It owns one FeedUpdater per followed feed; each keeps its feed fresh in the background, and an
 * update of any of them brings its bookmarks up to date and tells the person what moved.
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
    Q_PROPERTY(int refreshMinutes READ refreshMinutes WRITE setRefreshMinutes NOTIFY refreshMinutesChanged)
    Q_PROPERTY(ProbeState probeState READ probeState NOTIFY probeChanged)
    Q_PROPERTY(QString probeTitle READ probeTitle NOTIFY probeChanged)
    Q_PROPERTY(QString probeSummary READ probeSummary NOTIFY probeChanged)
    Q_PROPERTY(QString probeError READ probeError NOTIFY probeChanged)
    Q_PROPERTY(qreal probeProgress READ probeProgress NOTIFY probeChanged)
    Q_PROPERTY(QString probeAddress READ probeAddress NOTIFY probeChanged)
    Q_PROPERTY(QString probeQuestion READ probeQuestion NOTIFY probeChanged)
    /** The feeds a web page given as the address links to: offered to pick from. */
    Q_PROPERTY(QStringList probeLinks READ probeLinks NOTIFY probeChanged)
    /** The followed conference the address checked already is (offer "Open it"); empty otherwise. */
    Q_PROPERTY(QString probeFollowedId READ probeFollowedId NOTIFY probeChanged)
    /** Every IANA zone a person may pick for a conference ("Europe/Brussels"), sorted. */
    Q_PROPERTY(QStringList zoneIds READ zoneIds CONSTANT)
    /** The zone the person set for the conference on screen; empty: the feed's own. */
    Q_PROPERTY(QString zoneOverride READ zoneOverride NOTIFY currentChanged)

public:
    enum class ProbeState { Idle, Checking, Found, Failed, KeychainUnavailable };
    Q_ENUM(ProbeState)
    enum class Auth { None, Basic, Bearer };
    Q_ENUM(Auth)
    /** The person's answer when a new address claims the id of a conference they already have. */
    enum class Filing {
        UseNewAddress, // the same conference: the new address replaces the old one, bookmarks stay
        AddSeparately, // another conference: filed apart, with bookmarks of its own
    };
    Q_ENUM(Filing)

    Conferences(Agenda *agenda, PersonalSchedule *schedule, TimeFormatter *formatter, Clock *clock, SecretStore *secrets,
                QString libraryPath, QString cacheRoot, QObject *parent = nullptr);
    ~Conferences() override;

    /** Reads the library, shows the current conference from its last good copy, starts refreshing. */
    void load();
    /** `--feed URL|FILE`: shows that conference, adding it when it is new (on success only). */
    void openFeed(const QString &urlOrPath);

    ConferenceListModel *model() const { return m_model; }
    QString currentId() const { return m_library.currentId(); }
    bool refreshable() const;
    QString statusText() const;
    bool busy() const;
    bool statusIsProblem() const;
    QString credentialsProblem() const { return m_credentialProblems.value(currentId()); }
    int refreshMinutes() const { return m_refreshMinutes; }
    void setRefreshMinutes(int minutes);
    const ConferenceLibrary &library() const { return m_library; }
    FeedUpdater *updater(const QString &id) const { return m_updaters.value(id); }

    ProbeState probeState() const { return m_probeState; }
    QString probeTitle() const;
    QString probeSummary() const;
    QString probeError() const { return m_probeError; }
    QStringList probeLinks() const;
    QString probeFollowedId() const { return m_probeFollowedId; }
    QStringList zoneIds() const;
    QString zoneOverride() const;
    /**
     * Sets the zone of the conference on screen (an IANA id; empty: back to the feed's own), kept per
     * conference: wall-clock times are re-placed in it, bookmarks with them, and nothing is reported
     * as moved.
     */
    Q_INVOKABLE void setConferenceZone(const QString &zoneId);
    qreal probeProgress() const { return m_probeProgress; }
    QString probeAddress() const;
    /** Asked when what check() found claims to be a conference the person already has; empty otherwise. */
    QString probeQuestion() const;

    /** Looks at a feed before adding it: downloads, parses, and says what it found. */
    Q_INVOKABLE void check(const QString &url, Attend::Conferences::Auth auth, const QString &user, const QString &secret);
    Q_INVOKABLE void cancelCheck();
    /** Adds what check() found, keeping its password or token in the keychain; not while probeQuestion is unanswered. */
    Q_INVOKABLE void addChecked();
    /** Answers probeQuestion, and adds what check() found accordingly. */
    Q_INVOKABLE void addCheckedAs(Attend::Conferences::Filing filing);
    /** The keychain was not available: add it anyway, with the secret kept in memory for this run. */
    Q_INVOKABLE void addCheckedForThisRun();
    Q_INVOKABLE void switchTo(const QString &id);
    /** Shows the followed conference whose agenda has this conference id (a reminder's); false when none. */
    bool showConferenceWithId(const QString &conferenceId);
    /** Forgets a followed conference: its copy and its secret. Its bookmarks stay. */
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void refreshNow();
    /** The password or token the current feed asked for; kept in the keychain when remember is set. */
    Q_INVOKABLE void provideSecret(const QString &secret, bool remember);

    static void setQmlInstance(Conferences *conferences);
    static Conferences *create(QQmlEngine *engine, QJSEngine *scriptEngine);

Q_SIGNALS:
    void currentChanged();
    void statusChanged();
    void refreshMinutesChanged();
    void probeChanged();
    /** A conference was added; the window may switch to its agenda. */
    void added(const QString &id);
    /** A feed given on the command line claims a conference the person has: the window asks probeQuestion. */
    void questionAsked();
    /** An update moved, cancelled or removed bookmarked sessions: one notification for all. */
    void bookmarksChanged(const QString &conferenceTitle, const QList<Attend::BookmarkChange> &changes);

private:
    /** Who already has the conference id a feed claims. */
    struct Claim {
        enum class Holder { Nobody, BuiltIn, Followed, Bookmarks };
        Holder holder = Holder::Nobody;
        QString title;          // of the conference that has it
        QString address;        // the address it is followed, or was bookmarked, from
        QString subscriptionId; // Followed: the subscription that has it
    };
    Claim claimOf(const QUrl &url, const Conference &conference) const;
    FeedUpdater *createUpdater(const Subscription &subscription);
    void forgetFeed(const Subscription &subscription);
    void startUpdater(FeedUpdater *updater);
    void showCurrent();
    void applyConference(const QString &subscriptionId, Conference conference);
    void commitAdd(const FeedProbeResult &result, Auth auth, const QString &user, const QString &secret,
                   std::optional<Filing> filing);
    void onProbeFinished(const FeedProbeResult &result);
    void onSecretRead(const QString &key, const QString &secret, SecretStore::Status status, const QString &message);
    void onSecretWritten(const QString &key, const QString &secret, SecretStore::Status status, const QString &message);
    void saveLibrary();
    void refreshModel();
    void setProbe(ProbeState state, const QString &error = QString());
    QString subscriptionIdForSecretKey(const QString &key) const;

    Agenda *m_agenda;
    PersonalSchedule *m_schedule;
    TimeFormatter *m_formatter;
    Clock *m_clock;
    SecretStore *m_secrets;
    QString m_cacheRoot;
    ConferenceLibrary m_library;
    bool m_libraryWritable = true; // false when the file could not be read: never overwrite it
    QNetworkAccessManager *m_network;
    ConferenceListModel *m_model;
    QHash<QString, FeedUpdater *> m_updaters;      // by subscription id
    QHash<QString, QString> m_runSecrets;          // secrets kept for this run only (no keychain)
    QHash<QString, QString> m_credentialProblems;  // by subscription id: why its feed needs a secret
    int m_refreshMinutes = 30;

    FeedProbe *m_probe;
    FeedProbeResult m_probeResult;
    ProbeState m_probeState = ProbeState::Idle;
    QString m_probeError;
    qreal m_probeProgress = -1;
    Auth m_probeAuth = Auth::None;
    QString m_probeUser;
    QString m_probeSecret;
    bool m_probeAddsWhenFound = false; // --feed URL: added as soon as it parses
    Claim m_probeClaim;                // who already has the conference id the found feed claims
    std::optional<Filing> m_probeFiling; // the person's answer to probeQuestion
    QString m_probeFollowedId;         // the address is one the person already follows
    struct PendingZoneChange {
        QString conferenceId;
        QTimeZone from; // the zone its wall-clock times were read in until now
    };
    std::optional<PendingZoneChange> m_pendingZoneChange;
    bool m_probeGuessedScheme = false; // no http:// or https:// was typed: https:// was tried

    static inline QPointer<Conferences> s_qmlInstance;
};

/** The keychain entry of a feed's secret: its URL without user info or fragment. */
QString secretKeyFor(const Subscription &subscription);

/** The address a followed conference's bookmarks keep (never a password); empty for the built-in agenda. */
QString feedAddressFor(const Subscription &subscription);

} // namespace Attend
