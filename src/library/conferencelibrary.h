#pragma once

#include "subscription.h"

#include <QList>
#include <QString>

namespace Attend {

/**
 * The conferences the person follows, and which one is shown: a small JSON file in
 * AppDataLocation written atomically. The built-in agenda is always first and never stored.
 * Removing a conference never touches its bookmarks: they come back when it is added again.
 */
class ConferenceLibrary
{
public:
    explicit ConferenceLibrary(QString path);
    static QString defaultPath();

    /** Reads the file; a missing file is an empty library, an unreadable one is an error. */
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    const QList<Subscription> &subscriptions() const { return m_subscriptions; }
    const Subscription *find(const QString &id) const;
    int indexOf(const QString &id) const;

    /** Adds it, or updates the one with the same id. */
    void put(const Subscription &subscription);
    bool remove(const QString &id);

    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);

    QString path() const { return m_path; }

private:
    QString m_path;
    QList<Subscription> m_subscriptions; // [0] is the built-in agenda
    QString m_currentId;
};

} // namespace Attend
