#pragma once

#include "secretstore.h"

#include <QHash>

namespace Attend {

/**
 * Secrets held in this process only: the fake for unit tests, and the store behind "use the
 * token for this run only" when the desktop has no keychain. Nothing is written anywhere.
 */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

    /** For tests of callers: answer everything with Unavailable, as a desktop without a keychain does. */
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    using Answer = void (SecretStore::*)(const QString &, const QString &, Status, const QString &);
    void answerLater(Answer signal, const QString &key, const QString &secret, Status status, const QString &message);

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace Attend
