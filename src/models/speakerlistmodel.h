#pragma once

#include "domain/session.h"

#include <QAbstractListModel>
#include <QFuture>
#include <QLocale>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Attend {

/**
 * Everyone who presents at the conference, one row a person, sorted by name (the person's
 * locale), with the keys of their sessions in agenda order.
 *
 * Who is the same person: a feed's person id is trusted only when every mention of it carries the
 * same name (folded, see foldForSearch). Merged feeds (36C3: frab, several pretalx instances and
 * the wiki in one file) reuse small ids for different people, and the wiki gives everyone id 0;
 * such ids identify nobody. Mentions with a trusted id group by id, so two people with the same
 * name and different trusted ids stay apart; every other mention groups by folded name, and joins
 * the person with a trusted id of that folded name when there is exactly one.
 */
class SpeakerListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        SessionCountRole,
        SessionKeysRole, // QStringList, in the order of the sessions given
        SearchTextRole,  // the folded name (see foldForSearch)
        InitialRole,     // "A", "Ö"…, "#" for digits and signs: the section header
        SpeakerIdRole,   // the feed's id when it identifies this person; empty otherwise
    };
    Q_ENUM(Role)

    explicit SpeakerListModel(QObject *parent = nullptr);

    /**
     * The list is built when first asked for, or on a worker thread a little after the sessions
     * come (see prepareInBackground), whichever is first.
     */
    void setSessions(const QString &conferenceId, const QList<Session> &sessions);
    QString conferenceId() const { return m_conferenceId; }

    /**
     * Starts building the list on a worker thread, so that opening the Speakers page finds it
     * made: 27,810 people take 80 ms to gather and sort. setSessions calls it once start-up has
     * settled (backgroundDelay later); a first use before the worker is done waits for it.
     */
    void prepareInBackground();
    static constexpr int backgroundDelayMs = 2000;
    /** Whether a worker has the list to build and it has not been taken yet. */
    bool isBuildingInBackground() const { return m_background.isValid(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The keys of the sessions of the person on that row; empty for a row that is not there. */
    Q_INVOKABLE QStringList sessionKeysOf(int row) const;
    /** The first row whose name folds like this one ("jurgen" finds "Jürgen"); -1 when none. */
    Q_INVOKABLE int rowOfName(const QString &name) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Person {
        QString name;
        QString folded;
        QString initial;
        QString id; // trusted ids only
        QStringList sessionKeys;
    };

    static QList<Person> build(const QList<Session> &sessions, const QLocale &locale);
    static void sortPeople(QList<Person> &people, const QLocale &locale);
    const QList<Person> &people() const;

    QString m_conferenceId;
    // Built on first use (people()): until then the sessions it is built from.
    mutable QList<Session> m_pending;
    QLocale m_pendingLocale; // the locale when the sessions came: names sort in it, built now or later
    mutable QList<Person> m_people;
    mutable bool m_built = true;
    mutable QFuture<QList<Person>> m_background; // the worker's build of m_pending, when started
    QTimer m_backgroundStart;
};

} // namespace Attend
