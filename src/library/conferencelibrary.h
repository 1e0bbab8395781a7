#pragma once

#include "domain/conference.h"
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
    /** The followed conference (the built-in one too) filed under this conference id; none when none is. */
    const Subscription *findByConferenceId(const QString &conferenceId) const;

    /** Where this address's conference is filed: its subscription's id when followed, else the feed's own. */
    QString conferenceIdFor(const QUrl &url, const Conference &conference) const;

    /** Adds it, or updates the one with the same id. */
    void put(const Subscription &subscription);
    /** Puts it where the one with id `replacedId` was (a conference moved to a new address, not followed yet). */
    void replace(const QString &replacedId, const Subscription &subscription);
    bool remove(const QString &id);
    /** Puts a removed one back at `index` (Undo); the built-in agenda stays first. False when its id is here already. */
    bool insert(int index, const Subscription &subscription);

    QString currentId() const { return m_currentId; }
    void setCurrentId(const QString &id);

    QString path() const { return m_path; }
    /** load() filed apart conferences that shared an id (see fileApartSharedIds): save to keep that. */
    bool filedApartOnLoad() const { return m_filedApartOnLoad; }

private:
    void fileApartSharedIds();

    QString m_path;
    QList<Subscription> m_subscriptions; // [0] is the built-in agenda
    QString m_currentId;
    bool m_filedApartOnLoad = false;
};

} // namespace Attend
