#include "memorysecretstore.h"

namespace Attend {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::read(const QString &key)
{
    if (m_unavailable)
        return answerLater(&SecretStore::readFinished, key, {}, Status::Unavailable, unavailableMessage());
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        return answerLater(&SecretStore::readFinished, key, {}, Status::NotFound, notFoundMessage());
    answerLater(&SecretStore::readFinished, key, *it, Status::Ok, {});
}

void MemorySecretStore::write(const QString &key, const QString &secret)
{
    if (m_unavailable)
        return answerLater(&SecretStore::writeFinished, key, {}, Status::Unavailable, unavailableMessage());
    m_secrets.insert(key, secret);
    answerLater(&SecretStore::writeFinished, key, {}, Status::Ok, {});
}

void MemorySecretStore::remove(const QString &key)
{
    if (m_unavailable)
        return answerLater(&SecretStore::removeFinished, key, {}, Status::Unavailable, unavailableMessage());
    m_secrets.remove(key);
    answerLater(&SecretStore::removeFinished, key, {}, Status::Ok, {});
}

void MemorySecretStore::answerLater(Answer signal, const QString &key, const QString &secret, Status status,
                                    const QString &message)
{
    // Queued, as the keychain answers: callers must not come to rely on an answer inside the call.
    QMetaObject::invokeMethod(
        this, [this, signal, key, secret, status, message] { Q_EMIT(this->*signal)(key, secret, status, message); },
        Qt::QueuedConnection);
}

} // namespace Attend
