#include "addconferencecontroller.h"

#include "library/conferenceidentity.h"
#include "library/feedsecrets.h"
#include "network/feedaddress.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>

namespace Attend {

// The person's words here were Conferences' before the wizard left it: they keep its translation
// context, so every catalogue still has them.

namespace {

FeedCredentials::Kind credentialsKind(AddConferenceController::Auth auth)
{
    switch (auth) {
    case AddConferenceController::Auth::Basic:
        return FeedCredentials::Kind::Basic;
    case AddConferenceController::Auth::Bearer:
        return FeedCredentials::Kind::Bearer;
    case AddConferenceController::Auth::None:
        break;
    }
    return FeedCredentials::Kind::None;
}

Conferences::Filing libraryFiling(AddConferenceController::Filing filing)
{
    return filing == AddConferenceController::Filing::AddSeparately ? Conferences::Filing::AddSeparately
                                                                     : Conferences::Filing::UseNewAddress;
}

/** Why an address could not be added, in words a person understands (not a TLS library's). */
QString probeFailureText(const FeedProbeResult &result, bool guessedScheme)
{
    const QString host = result.url.port() > 0 ? QStringLiteral("%1:%2").arg(result.url.host()).arg(result.url.port()) : result.url.host();
    QString text;
    if (result.problem == FetchResult::Problem::Tls) {
        text = guessedScheme
                   ? QCoreApplication::translate("Attend::Conferences", "%1 did not answer a secure (https) connection. It may serve only plain http: if you trust it, type the address with http:// in front.").arg(host)
                   : QCoreApplication::translate("Attend::Conferences", "Could not make a secure connection to %1: its certificate is not valid for this address, has expired, or is not signed by an authority this computer trusts. Attend does not connect anyway. (%2)").arg(host, result.error);
    } else {
        text = result.error;
    }
    if (guessedScheme && result.problem != FetchResult::Problem::Tls)
        text = QCoreApplication::translate("Attend::Conferences", "No http:// or https:// was given, so Attend tried %1. %2").arg(redactedAddress(result.url), text);
    return text;
}

} // namespace

AddConferenceController::AddConferenceController(Conferences *conferences, FeedSecrets *secrets, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_conferences(conferences)
    , m_secrets(secrets)
    , m_probe(new FeedProbe(network, this))
{
    connect(m_probe, &FeedProbe::finished, this, &AddConferenceController::onProbeFinished);
    connect(m_probe, &FeedProbe::progress, this, [this](qint64 received, qint64 total) {
        m_probeProgress = total > 0 ? qreal(received) / qreal(total) : -1;
        Q_EMIT probeChanged();
    });
    connect(m_secrets, &FeedSecrets::writeFinished, this, &AddConferenceController::onSecretWritten);
}

AddConferenceController::~AddConferenceController() = default;

void AddConferenceController::setQmlInstance(AddConferenceController *controller)
{
    s_qmlInstance = controller;
}

AddConferenceController *AddConferenceController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_qmlInstance, "AddConferenceController::create", "the application must set the instance before loading QML");
    QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);
    return s_qmlInstance;
}

void AddConferenceController::openFeed(const QString &urlOrPath)
{
    // https://user:pw@host/…: the feed is the address without them; they go to the keychain.
    const FeedAddress address = splitFeedAddress(feedUrlFromArgument(urlOrPath));
    const QUrl url = address.url;
    const QString id = subscriptionIdFor(url);
    if (m_conferences->library().find(id)) {
        m_conferences->switchTo(id);
        m_conferences->refreshNow();
        return;
    }
    if (url.isLocalFile()) {
        // A file is read at once: the window opens on it, or on what it showed, with the reason.
        const FeedProbeResult result = FeedProbe::readFile(url);
        if (!result.ok) {
            m_conferences->setProblem(result.error);
            return;
        }
        m_probe->abort();
        m_probeAuth = Auth::None;
        m_probeUser.clear();
        m_probeSecret.clear();
        m_probeFiling.reset();
        commit(result, Auth::None, QString(), QString(), std::nullopt);
        return;
    }
    m_probeAddsWhenFound = true;
    check(url.toString(), address.hasCredentials() ? Auth::Basic : Auth::None, address.user, address.password);
}

void AddConferenceController::check(const QString &url, Auth auth, const QString &user, const QString &secret)
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
    m_probeClaim = Conferences::Claim();
    m_probeFiling.reset();
    m_probeFollowedId.clear();
    m_probeProgress = -1;
    m_probeGuessedScheme = !url.trimmed().contains(QLatin1String("://")) && feedUrl.scheme() == QLatin1String("https");
    if (!feedUrl.isValid() || feedUrl.isEmpty()) {
        setProbe(ProbeState::Failed, QCoreApplication::translate("Attend::Conferences", "That is not a web address."));
        return;
    }
    // Followed already: say so and offer it, rather than adding it again in silence.
    if (const Subscription *followed = m_conferences->library().find(subscriptionIdFor(feedUrl))) {
        m_probeFollowedId = followed->id;
        setProbe(ProbeState::Failed, QCoreApplication::translate("Attend::Conferences", "You already follow %1.").arg(followed->title.isEmpty() ? redactedAddress(feedUrl) : followed->title));
        return;
    }
    Subscription target;
    target.url = feedUrl;
    target.auth = credentialsKind(m_probeAuth);
    target.user = m_probeUser;
    setProbe(ProbeState::Checking);
    m_probe->probe(feedUrl, credentialsFor(target, m_probeSecret));
}

void AddConferenceController::cancelCheck()
{
    m_probe->abort();
    m_probeAddsWhenFound = false;
    m_probeSecret.clear();
    m_probeResult = FeedProbeResult();
    m_probeClaim = Conferences::Claim();
    m_probeFiling.reset();
    setProbe(ProbeState::Idle);
}

void AddConferenceController::onProbeFinished(const FeedProbeResult &result)
{
    m_probeResult = result;
    m_probeClaim = result.ok ? m_conferences->claimOf(result.url, result.conference) : Conferences::Claim();
    if (!result.ok) {
        if (m_probeAddsWhenFound) {
            m_probeAddsWhenFound = false;
            m_conferences->setProblem(
                QCoreApplication::translate("Attend::Conferences", "Could not open %1: %2").arg(redactedAddress(result.url), result.error));
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
        commit(result, Auth::None, QString(), QString(), std::nullopt);
        return;
    }
    setProbe(ProbeState::Found);
}

QString AddConferenceController::pendingSubscriptionId() const
{
    return subscriptionIdFor(m_probeResult.url);
}

void AddConferenceController::addChecked()
{
    if (m_probeState != ProbeState::Found || !m_probeResult.ok)
        return;
    if (!probeQuestion().isEmpty() && !m_probeFiling)
        return; // never filed with another conference unless the person said so
    if (m_probeAuth == Auth::None || m_probeSecret.isEmpty()) {
        commit(m_probeResult, Auth::None, QString(), QString(), m_probeFiling);
        return;
    }
    setProbe(ProbeState::Checking); // onSecretWritten adds it, or says there is no keychain
    m_secrets->write(pendingSubscriptionId(), m_probeResult.url, m_probeSecret);
}

void AddConferenceController::addCheckedAs(Filing filing)
{
    m_probeFiling = filing;
    addChecked();
}

void AddConferenceController::addCheckedForThisRun()
{
    if (!m_probeResult.ok)
        return;
    commit(m_probeResult, m_probeAuth, m_probeUser, m_probeSecret, m_probeFiling);
}

void AddConferenceController::onSecretWritten(const QString &subscriptionId, SecretStore::Status status, const QString &message)
{
    if (m_probeState != ProbeState::Checking || !m_probeResult.ok || subscriptionId != pendingSubscriptionId())
        return;
    if (status == SecretStore::Status::Ok) {
        m_probeAddsWhenFound = false;
        commit(m_probeResult, m_probeAuth, m_probeUser, m_probeSecret, m_probeFiling);
    } else if (m_probeAddsWhenFound) {
        // --feed: no dialog to ask in. Used for this run, and the status line says so.
        m_probeAddsWhenFound = false;
        addCheckedForThisRun();
        m_conferences->noteKeptForThisRun(m_conferences->currentId(), message);
    } else {
        // Never a plain-text fallback: the dialog offers to use the secret for this run only.
        setProbe(ProbeState::KeychainUnavailable, message);
    }
}

void AddConferenceController::commit(const FeedProbeResult &result, Auth auth, const QString &user, const QString &secret,
                                     std::optional<Filing> filing)
{
    Conferences::NewConference adding;
    adding.found = result;
    adding.auth = credentialsKind(auth);
    adding.user = user;
    adding.secret = secret;
    if (filing)
        adding.filing = libraryFiling(*filing);
    const Conferences::Added added = m_conferences->add(adding);
    switch (added.outcome) {
    case Conferences::Added::Outcome::Added:
        m_probeSecret.clear();
        m_probeClaim = Conferences::Claim();
        m_probeFiling.reset();
        setProbe(ProbeState::Idle);
        break;
    case Conferences::Added::Outcome::NeedsAnswer:
        // Never filed with another conference silently: the person decides (the window asks).
        m_probeResult = result;
        m_probeClaim = added.claim;
        setProbe(ProbeState::Found);
        Q_EMIT questionAsked();
        break;
    case Conferences::Added::Outcome::Refused:
        m_probeSecret.clear();
        setProbe(ProbeState::Failed, added.error);
        break;
    }
}

QString AddConferenceController::probeTitle() const
{
    return m_probeResult.ok ? m_probeResult.conference.title : QString();
}

QStringList AddConferenceController::probeLinks() const
{
    QStringList links;
    for (const QUrl &url : m_probeResult.feedLinks)
        links.append(url.toString());
    return links;
}

QString AddConferenceController::probeAddress() const
{
    return m_probeResult.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::PreferLocalFile);
}

QString AddConferenceController::probeQuestion() const
{
    if (m_probeState != ProbeState::Found)
        return {};
    const QString title = m_probeClaim.title.isEmpty() ? QCoreApplication::translate("Attend::Conferences", "a conference") : m_probeClaim.title;
    switch (m_probeClaim.holder) {
    case Conferences::Claim::Holder::Followed:
        return QCoreApplication::translate("Attend::Conferences",
                                           "This looks like %1, which you follow from %2: use the new address for it, or add it separately?")
            .arg(title, m_probeClaim.address);
    case Conferences::Claim::Holder::Bookmarks:
        return QCoreApplication::translate("Attend::Conferences",
                                           "This looks like %1, which you have bookmarks of from %2: use the new address for them, or add it separately?")
            .arg(title, m_probeClaim.address);
    case Conferences::Claim::Holder::Nobody:
    case Conferences::Claim::Holder::BuiltIn:
        break;
    }
    return {};
}

QString AddConferenceController::probeSummary() const
{
    if (!m_probeResult.ok)
        return {};
    const Conference &conference = m_probeResult.conference;
    QStringList parts;
    parts.append(QCoreApplication::translate("Attend::Conferences", "%n session(s)", nullptr, int(conference.sessions.size())));
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

void AddConferenceController::setProbe(ProbeState state, const QString &error)
{
    m_probeState = state;
    m_probeError = error;
    Q_EMIT probeChanged();
}

} // namespace Attend
