#pragma once

#include "library/subscription.h"
#include "secrets/secretstore.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace Attend {

/** The keychain entry of a feed's secret: its URL without user info or fragment. */
QString secretKeyFor(const QUrl &feedUrl);
inline QString secretKeyFor(const Subscription &subscription)
{
    return secretKeyFor(subscription.url);
}

/** How a subscription proves who asks, with this secret. */
FeedCredentials credentialsFor(const Subscription &subscription, const QString &secret);

/**
 * The passwords and tokens of private feeds, for the followed-conference library and the "Add a
 * conference" check: kept in the keychain (a SecretStore), or in memory for this run when the
 * person chose so, and answered by subscription id rather than keychain key. Every keychain
 * answer comes later, through a signal, as SecretStore's do.
 */
class FeedSecrets : public QObject
{
    Q_OBJECT

public:
    explicit FeedSecrets(SecretStore *store, QObject *parent = nullptr);

    /** A secret kept in memory for this run (no keychain, or not yet answered); empty when none. */
    bool hasRunSecret(const QString &subscriptionId) const { return m_runSecrets.contains(subscriptionId); }
    QString runSecret(const QString &subscriptionId) const { return m_runSecrets.value(subscriptionId); }
    void keepForThisRun(const QString &subscriptionId, const QString &secret);

    /** Asks the keychain for the subscription's secret; answers with readFinished. */
    void read(const Subscription &subscription);
    /** Keeps the secret of the feed at feedUrl in the keychain, for subscriptionId; answers with writeFinished. */
    void write(const QString &subscriptionId, const QUrl &feedUrl, const QString &secret);
    /** Forgets the subscription's secret: from this run, and from the keychain when it has one there. */
    void forget(const Subscription &subscription);

Q_SIGNALS:
    void readFinished(const QString &subscriptionId, const QString &secret, Attend::SecretStore::Status status, const QString &message);
    void writeFinished(const QString &subscriptionId, Attend::SecretStore::Status status, const QString &message);

private:
    SecretStore *m_store;
    QHash<QString, QString> m_runSecrets;   // by subscription id
    QHash<QString, QString> m_pendingReads; // keychain key -> subscription id
    QHash<QString, QString> m_pendingWrites;
};

} // namespace Attend
