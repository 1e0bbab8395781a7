#include "keychainsecretstore.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLoggingCategory>

#include <qt6keychain/keychain.h>

namespace Attend {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "attend.secrets")

QString serviceName() { return QStringLiteral("Attend"); }

// Asking the Secret Service about its default keyring after a failure: a hung service must not
// hold the answer for the D-Bus default of 25 s.
constexpr int probeTimeoutMs = 3000;

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void KeychainSecretStore::read(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    start(job, Operation::Read);
}

void KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(secret);
    start(job, Operation::Write);
}

void KeychainSecretStore::remove(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    start(job, Operation::Remove);
}

void KeychainSecretStore::start(QKeychain::Job *job, Operation operation)
{
    // No parent: the libsecret backend keeps a raw pointer to the job until its callback runs, so
    // a job deleted with this store would crash later. Unparented, it finishes, finds no receiver
    // (the connection dies with this store) and deletes itself.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, operation](QKeychain::Job *finished) { onJobFinished(finished, operation); });
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job, Operation operation)
{
    const QString key = job->key();
    switch (job->error()) {
    case QKeychain::NoError: {
        const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        answer(operation, key, readJob ? readJob->textData() : QString(), Status::Ok, {});
        return;
    }
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            answer(operation, key, {}, Status::Ok, {});
        else
            answer(operation, key, {}, Status::NotFound, notFoundMessage());
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        qCInfo(lcSecrets) << "no keychain:" << job->errorString();
        answer(operation, key, {}, Status::Unavailable, unavailableMessage());
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        qCInfo(lcSecrets) << "keychain refused:" << job->errorString();
        answer(operation, key, {}, Status::Unavailable,
               tr("The keychain is locked or refused access to the password or token of this feed."));
        return;
    case QKeychain::CouldNotDeleteEntry:
        answer(operation, key, {}, Status::Failed, failedMessage(operation, job->errorString()));
        return;
    case QKeychain::OtherError:
        break;
    }
    explainFailure(operation, key, job->errorString());
}

void KeychainSecretStore::explainFailure(Operation operation, const QString &key, const QString &detail)
{
    // On Linux QtKeychain reports nearly every trouble as OtherError with GLib's words, translated
    // into the person's language: "Could not connect: No such file or directory" (no session bus),
    // "The name org.freedesktop.secrets was not provided by any .service files" (no Secret
    // Service), "Object does not exist at path …/collection/login" (gnome-keyring without a
    // login keyring, which it cannot create without showing a prompt). Rather than read words, ask
    // the Secret Service whether it has a default keyring, and whether that is locked.
    qCInfo(lcSecrets) << "keychain error:" << detail;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        answer(operation, key, {}, Status::Unavailable, unavailableMessage());
        return;
    }
    QDBusMessage locked = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    locked << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(locked, probeTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, operation, key, detail](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *call;
        if (reply.isError()) {
            const QDBusError::ErrorType error = reply.error().type();
            qCInfo(lcSecrets) << "no default keyring:" << reply.error().name() << reply.error().message();
            const bool noService = error == QDBusError::ServiceUnknown || error == QDBusError::NoReply
                || error == QDBusError::Disconnected || error == QDBusError::NoServer || error == QDBusError::Timeout;
            answer(operation, key, {}, Status::Unavailable,
                   noService ? unavailableMessage()
                             : tr("The keychain on this desktop has no default keyring to keep the password or token of this feed in."));
        } else if (reply.value().variant().toBool()) {
            answer(operation, key, {}, Status::Unavailable,
                   tr("The keychain is locked or refused access to the password or token of this feed."));
        } else {
            answer(operation, key, {}, Status::Failed, failedMessage(operation, detail));
        }
    });
}

void KeychainSecretStore::answer(Operation operation, const QString &key, const QString &secret, Status status,
                                 const QString &message)
{
    switch (operation) {
    case Operation::Read:
        Q_EMIT readFinished(key, secret, status, message);
        break;
    case Operation::Write:
        Q_EMIT writeFinished(key, secret, status, message);
        break;
    case Operation::Remove:
        Q_EMIT removeFinished(key, secret, status, message);
        break;
    }
}

QString KeychainSecretStore::failedMessage(Operation operation, const QString &detail) const
{
    switch (operation) {
    case Operation::Read:
        return tr("The keychain could not read the password or token of this feed: %1").arg(detail);
    case Operation::Write:
        return tr("The keychain could not save the password or token of this feed: %1").arg(detail);
    case Operation::Remove:
        break;
    }
    return tr("The keychain could not remove the password or token of this feed: %1").arg(detail);
}

} // namespace Attend
