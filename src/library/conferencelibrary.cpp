#include "conferencelibrary.h"

#include "domain/cappedfile.h"
#include "domain/privatefiles.h"
#include "conferenceidentity.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace Attend {

namespace {

QString authName(FeedCredentials::Kind kind)
{
    switch (kind) {
    case FeedCredentials::Kind::Basic:
        return QStringLiteral("basic");
    case FeedCredentials::Kind::Bearer:
        return QStringLiteral("bearer");
    case FeedCredentials::Kind::None:
        break;
    }
    return QStringLiteral("none");
}

FeedCredentials::Kind authFromName(const QString &name)
{
    if (name == QLatin1String("basic"))
        return FeedCredentials::Kind::Basic;
    if (name == QLatin1String("bearer"))
        return FeedCredentials::Kind::Bearer;
    return FeedCredentials::Kind::None;
}

Subscription builtIn()
{
    Subscription subscription;
    subscription.id = Subscription::builtInId();
    subscription.title = QStringLiteral("RethinkConn 2022");
    subscription.conferenceId = QStringLiteral("rethinkconn2022"); // set again from the agenda when it is read
    return subscription;
}

} // namespace

ConferenceLibrary::ConferenceLibrary(QString path)
    : m_path(std::move(path))
    , m_subscriptions{builtIn()}
    , m_currentId(Subscription::builtInId())
{
}

QString ConferenceLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/conferences.json");
}

bool ConferenceLibrary::load(QString *error)
{
    if (!QFile::exists(m_path))
        return true;
    // A list of followed addresses: 16 MB is thousands of times what anyone follows.
    const CappedFile file = readFileCapped(m_path, 16 * 1024 * 1024);
    if (!file.ok()) {
        if (error)
            *error = file.detail.isEmpty() ? QStringLiteral("not a readable file of at most 16 MB") : file.detail;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.data, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = document.object();
    for (const QJsonValue &value : root.value(QStringLiteral("conferences")).toArray()) {
        const QJsonObject object = value.toObject();
        Subscription subscription;
        subscription.url = QUrl(object.value(QStringLiteral("url")).toString());
        if (!subscription.url.isValid() || subscription.url.isEmpty())
            continue;
        subscription.id = subscriptionIdFor(subscription.url);
        subscription.title = object.value(QStringLiteral("title")).toString();
        subscription.conferenceId = object.value(QStringLiteral("conferenceId")).toString();
        subscription.auth = authFromName(object.value(QStringLiteral("auth")).toString());
        subscription.user = object.value(QStringLiteral("user")).toString();
        subscription.added = QDateTime::fromString(object.value(QStringLiteral("added")).toString(), Qt::ISODate).toUTC();
        put(subscription);
    }
    fileApartSharedIds();
    setCurrentId(root.value(QStringLiteral("current")).toString());
    return true;
}

bool ConferenceLibrary::save(QString *error) const
{
    QJsonArray conferences;
    for (const Subscription &subscription : m_subscriptions) {
        if (subscription.isBuiltIn())
            continue;
        // Never a secret here: only whether one is needed, and the user name for Basic.
        conferences.append(QJsonObject{
            {QStringLiteral("url"), subscription.url.adjusted(QUrl::RemoveUserInfo).toString()},
            {QStringLiteral("title"), subscription.title},
            {QStringLiteral("conferenceId"), subscription.conferenceId},
            {QStringLiteral("auth"), authName(subscription.auth)},
            {QStringLiteral("user"), subscription.user},
            {QStringLiteral("added"), subscription.added.toUTC().toString(Qt::ISODate)},
        });
    }
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("current"), m_currentId}, {QStringLiteral("conferences"), conferences}};
    // Which members-only feeds the person follows is theirs alone: 0600 in a 0700 folder.
    return writePrivateFile(m_path, QJsonDocument(root).toJson(), error);
}

const Subscription *ConferenceLibrary::find(const QString &id) const
{
    const int index = indexOf(id);
    return index >= 0 ? &m_subscriptions.at(index) : nullptr;
}

int ConferenceLibrary::indexOf(const QString &id) const
{
    for (int i = 0; i < m_subscriptions.size(); ++i) {
        if (m_subscriptions.at(i).id == id)
            return i;
    }
    return -1;
}

void ConferenceLibrary::put(const Subscription &subscription)
{
    const int index = indexOf(subscription.id);
    if (index >= 0)
        m_subscriptions[index] = subscription;
    else
        m_subscriptions.append(subscription);
}

const Subscription *ConferenceLibrary::findByConferenceId(const QString &conferenceId) const
{
    for (const Subscription &subscription : m_subscriptions) {
        if (subscription.conferenceId == conferenceId)
            return &subscription;
    }
    return nullptr;
}

QString ConferenceLibrary::conferenceIdFor(const QUrl &url, const Conference &conference) const
{
    const Subscription *followed = find(subscriptionIdFor(url));
    return followed && !followed->conferenceId.isEmpty() ? followed->conferenceId : Attend::conferenceIdFor(conference);
}

void ConferenceLibrary::replace(const QString &replacedId, const Subscription &subscription)
{
    const int index = indexOf(replacedId);
    if (index <= 0) { // the built-in agenda is never replaced
        put(subscription);
        return;
    }
    m_subscriptions[index] = subscription;
    if (m_currentId == replacedId)
        m_currentId = subscription.id;
}

void ConferenceLibrary::fileApartSharedIds()
{
    // Before each conference's identity included its address, a second feed claiming the id of a
    // followed one was filed with it (and the built-in's id could be claimed too). The first keeps
    // the id and its bookmarks; each later one is filed apart, so they never mix again.
    for (int i = 1; i < m_subscriptions.size(); ++i) {
        Subscription &later = m_subscriptions[i];
        if (later.conferenceId.isEmpty())
            continue;
        for (int j = 0; j < i; ++j) {
            if (m_subscriptions.at(j).conferenceId == later.conferenceId) {
                later.conferenceId = separateConferenceId(later.conferenceId, later.url);
                m_filedApartOnLoad = true;
                break;
            }
        }
    }
}

bool ConferenceLibrary::insert(int index, const Subscription &subscription)
{
    if (subscription.isBuiltIn() || indexOf(subscription.id) >= 0)
        return false;
    m_subscriptions.insert(std::clamp(index, 1, int(m_subscriptions.size())), subscription);
    return true;
}

bool ConferenceLibrary::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index <= 0) // the built-in agenda stays
        return false;
    m_subscriptions.removeAt(index);
    if (m_currentId == id)
        m_currentId = Subscription::builtInId();
    return true;
}

void ConferenceLibrary::setCurrentId(const QString &id)
{
    m_currentId = indexOf(id) >= 0 ? id : Subscription::builtInId();
}

} // namespace Attend
