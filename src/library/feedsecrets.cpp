#include "feedsecrets.h"

namespace Attend {

QString secretKeyFor(const QUrl &feedUrl)
{
    return feedUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

FeedCredentials credentialsFor(const Subscription &subscription, const QString &secret)
{
    FeedCredentials credentials;
    credentials.kind = subscription.auth;
    credentials.user = subscription.user;
    credentials.secret = secret;
    return credentials;
}

FeedSecrets::FeedSecrets(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &SecretStore::readFinished, this,
            [this](const QString &key, const QString &secret, SecretStore::Status status, const QString &message) {
                const auto pending = m_pendingReads.constFind(key);
                if (pending == m_pendingReads.cend())
                    return;
                const QString id = pending.value();
                m_pendingReads.erase(pending);
                Q_EMIT readFinished(id, secret, status, message);
            });
    connect(m_store, &SecretStore::writeFinished, this,
            [this](const QString &key, const QString &, SecretStore::Status status, const QString &message) {
                const auto pending = m_pendingWrites.constFind(key);
                if (pending == m_pendingWrites.cend())
                    return;
                const QString id = pending.value();
                m_pendingWrites.erase(pending);
                Q_EMIT writeFinished(id, status, message);
            });
}

void FeedSecrets::keepForThisRun(const QString &subscriptionId, const QString &secret)
{
    m_runSecrets.insert(subscriptionId, secret);
}

void FeedSecrets::read(const Subscription &subscription)
{
    const QString key = secretKeyFor(subscription);
    m_pendingReads.insert(key, subscription.id);
    m_store->read(key);
}

void FeedSecrets::write(const QString &subscriptionId, const QUrl &feedUrl, const QString &secret)
{
    const QString key = secretKeyFor(feedUrl);
    m_pendingWrites.insert(key, subscriptionId);
    m_store->write(key, secret);
}

void FeedSecrets::forget(const Subscription &subscription)
{
    m_runSecrets.remove(subscription.id);
    const QString key = secretKeyFor(subscription);
    m_pendingReads.remove(key);
    m_pendingWrites.remove(key);
    if (subscription.auth != FeedCredentials::Kind::None)
        m_store->remove(key);
}

} // namespace Attend
