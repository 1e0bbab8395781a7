#pragma once

#include <QObject>
#include <QString>

namespace Attend {

/**
 * Where the secret of a private feed lives (the password or bearer token of a members-only
 * conference feed), keyed by a string: the feed URL's origin and path. The seam tests replace.
 *
 * Every operation is asynchronous and answers with its own signal, always later, never from
 * inside the call (so a caller may connect after asking). Answers to successful operations arrive
 * in the order they were asked; each carries its key. No implementation ever falls back to a
 * plain-text file.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,          // done; for read(), the secret is in the answer
        NotFound,    // read(): nothing is stored under this key
        Unavailable, // no keychain to use here (no Secret Service, no default keyring, locked or
                     // access refused): offer to keep the secret for this run only
        Failed,      // the keychain is there but did not do it; the message says why
    };
    Q_ENUM(Status)

    using QObject::QObject;

    /** Answers with readFinished: the secret and Ok, or NotFound, Unavailable or Failed. */
    virtual void read(const QString &key) = 0;
    /** Stores the secret, replacing any under the same key; answers with writeFinished. */
    virtual void write(const QString &key, const QString &secret) = 0;
    /** Forgets the secret; removing a key that holds nothing is Ok. Answers with removeFinished. */
    virtual void remove(const QString &key) = 0;

Q_SIGNALS:
    // secret is empty except in a successful read; message is empty on Ok, else plain words to
    // show (translated).
    void readFinished(const QString &key, const QString &secret, Attend::SecretStore::Status status, const QString &message);
    void writeFinished(const QString &key, const QString &secret, Attend::SecretStore::Status status, const QString &message);
    void removeFinished(const QString &key, const QString &secret, Attend::SecretStore::Status status, const QString &message);

protected:
    /** The words every store uses for NotFound and for "no keychain here". */
    static QString notFoundMessage() { return tr("No password or token is saved for this feed."); }
    static QString unavailableMessage()
    {
        return tr("There is no keychain on this desktop to keep the password or token of this feed in.");
    }
};

} // namespace Attend
