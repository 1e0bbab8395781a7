#pragma once

#include "secretstore.h"

namespace QKeychain {
class Job;
}

namespace Attend {

/**
 * Secrets in the system keychain through QtKeychain (the Secret Service of GNOME, KDE and others
 * on Linux; the Keychain on macOS; the Credential Manager on Windows), under the service name
 * "Attend". Never a plain-text fallback: a desktop without a keychain answers Unavailable.
 *
 * An answer can take as long as the person takes to unlock the keychain when it asks; without a
 * keychain to ask, it comes within milliseconds.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

private:
    enum class Operation { Read, Write, Remove };

    void start(QKeychain::Job *job, Operation operation);
    void onJobFinished(QKeychain::Job *job, Operation operation);
    void explainFailure(Operation operation, const QString &key, const QString &detail);
    void answer(Operation operation, const QString &key, const QString &secret, Status status, const QString &message);
    QString failedMessage(Operation operation, const QString &detail) const;
};

} // namespace Attend
