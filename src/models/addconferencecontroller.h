#pragma once

#include "conferences.h"
#include "library/feedprobe.h"
#include "secrets/secretstore.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QNetworkAccessManager;
class QQmlEngine;
class QJSEngine;

namespace Attend {

class FeedSecrets;

/**
 * "Add a conference": looks at a feed before it is followed (its own FeedProbe downloads and
 * parses it), says what it found, asks when it claims a conference the person already has, keeps
 * its password or token in the keychain, and files it with Conferences. `--feed URL|FILE` comes
 * in here too (openFeed). QML reaches it as the singleton `AddConference`.
 */
class AddConferenceController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(AddConference)
    QML_SINGLETON
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

    /** network: the application's one manager, for the probe; all three outlive this object. */
    AddConferenceController(Conferences *conferences, FeedSecrets *secrets, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AddConferenceController() override;

    /** `--feed URL|FILE`: shows that conference, adding it when it is new (on success only). */
    void openFeed(const QString &urlOrPath);
    /** "Add back" in All my conferences: follows again the feed a removed conference's bookmarks came from. */
    Q_INVOKABLE void addBack(const QString &feedAddress) { openFeed(feedAddress); }

    ProbeState probeState() const { return m_probeState; }
    QString probeTitle() const;
    QString probeSummary() const;
    QString probeError() const { return m_probeError; }
    qreal probeProgress() const { return m_probeProgress; }
    QString probeAddress() const;
    QStringList probeLinks() const;
    QString probeFollowedId() const { return m_probeFollowedId; }
    /** Asked when what check() found claims to be a conference the person already has; empty otherwise. */
    QString probeQuestion() const;

    /** Looks at a feed before adding it: downloads, parses, and says what it found. */
    Q_INVOKABLE void check(const QString &url, Attend::AddConferenceController::Auth auth, const QString &user, const QString &secret);
    Q_INVOKABLE void cancelCheck();
    /** Adds what check() found, keeping its password or token in the keychain; not while probeQuestion is unanswered. */
    Q_INVOKABLE void addChecked();
    /** Answers probeQuestion, and adds what check() found accordingly. */
    Q_INVOKABLE void addCheckedAs(Attend::AddConferenceController::Filing filing);
    /** The keychain was not available: add it anyway, with the secret kept in memory for this run. */
    Q_INVOKABLE void addCheckedForThisRun();

    static void setQmlInstance(AddConferenceController *controller);
    static AddConferenceController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

Q_SIGNALS:
    void probeChanged();
    /** A feed given on the command line claims a conference the person has: the window asks probeQuestion. */
    void questionAsked();

private:
    void commit(const FeedProbeResult &result, Auth auth, const QString &user, const QString &secret, std::optional<Filing> filing);
    void onProbeFinished(const FeedProbeResult &result);
    void onSecretWritten(const QString &subscriptionId, SecretStore::Status status, const QString &message);
    void setProbe(ProbeState state, const QString &error = QString());
    QString pendingSubscriptionId() const;

    Conferences *m_conferences;
    FeedSecrets *m_secrets;
    FeedProbe *m_probe;
    FeedProbeResult m_probeResult;
    ProbeState m_probeState = ProbeState::Idle;
    QString m_probeError;
    qreal m_probeProgress = -1;
    Auth m_probeAuth = Auth::None;
    QString m_probeUser;
    QString m_probeSecret;
    bool m_probeAddsWhenFound = false;       // --feed URL: added as soon as it parses
    Conferences::Claim m_probeClaim;         // who already has the conference id the found feed claims
    std::optional<Filing> m_probeFiling;     // the person's answer to probeQuestion
    QString m_probeFollowedId;               // the address is one the person already follows
    bool m_probeGuessedScheme = false;       // no http:// or https:// was typed: https:// was tried

    static inline QPointer<AddConferenceController> s_qmlInstance;
};

} // namespace Attend
