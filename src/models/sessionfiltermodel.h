#pragma once

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

class SessionListModel;

/**
 * The agenda as narrowed by the person: any of several days, tracks and rooms (none chosen: all),
 * minus the tracks and rooms they hid for this conference, optionally only what they bookmarked,
 * and a search text matched against title, speakers and abstract, case- and accent-insensitively,
 * every word anywhere. Its source must be a SessionListModel: rows are read directly, not through
 * QVariant roles, so a keystroke on 14,000 sessions stays in milliseconds.
 */
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    /** Choices are remembered per conference (not the search text): set it to restore them. */
    Q_PROPERTY(QString conferenceId READ conferenceId WRITE setConferenceId NOTIFY conferenceIdChanged)
    Q_PROPERTY(QList<int> days READ days WRITE setDays NOTIFY filtersChanged)
    Q_PROPERTY(QStringList tracks READ tracks WRITE setTracks NOTIFY filtersChanged)
    Q_PROPERTY(QStringList rooms READ rooms WRITE setRooms NOTIFY filtersChanged)
    Q_PROPERTY(QStringList hiddenTracks READ hiddenTracks WRITE setHiddenTracks NOTIFY filtersChanged)
    Q_PROPERTY(QStringList hiddenRooms READ hiddenRooms WRITE setHiddenRooms NOTIFY filtersChanged)
    Q_PROPERTY(bool bookmarkedOnly READ bookmarkedOnly WRITE setBookmarkedOnly NOTIFY filtersChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    /** Some choice (not counting hidden tracks and rooms) narrows the agenda: show "Reset". */
    Q_PROPERTY(bool narrowed READ narrowed NOTIFY filtersChanged)

public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString conferenceId() const { return m_conferenceId; }
    void setConferenceId(const QString &conferenceId);

    QList<int> days() const { return m_days; }
    void setDays(const QList<int> &days);
    QStringList tracks() const { return m_tracks; }
    void setTracks(const QStringList &tracks);
    QStringList rooms() const { return m_rooms; }
    void setRooms(const QStringList &rooms);
    QStringList hiddenTracks() const { return m_hiddenTracks; }
    void setHiddenTracks(const QStringList &tracks);
    QStringList hiddenRooms() const { return m_hiddenRooms; }
    void setHiddenRooms(const QStringList &rooms);
    bool bookmarkedOnly() const { return m_bookmarkedOnly; }
    void setBookmarkedOnly(bool only);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    int count() const { return rowCount(); }
    int totalCount() const;
    bool narrowed() const;

    /** Adds the value to the chosen list (a day, track or room chip), or takes it out. */
    Q_INVOKABLE void toggleDay(int day);
    Q_INVOKABLE bool isDayChosen(int day) const { return m_daySet.contains(day); }
    Q_INVOKABLE void toggleTrack(const QString &track);
    Q_INVOKABLE void toggleRoom(const QString &room);
    /** Every choice back to "all" (hidden tracks and rooms stay hidden: they are a preference). */
    Q_INVOKABLE void resetFilters();

    /** Whether the source row passes every choice but the days and the search (the grid's rule). */
    bool acceptsIgnoringDayAndSearch(int sourceRow) const;
    /** Whether the source row matches the search text (true when there is none). */
    bool matchesSearch(int sourceRow) const;

    /** The source row of a row on screen, for opening a session by keyboard. */
    Q_INVOKABLE QString keyAt(int row) const;
    /** The first row on screen that has not ended at this instant ("jump to now"); -1 when none. */
    Q_INVOKABLE int firstRowNotEndedAt(const QDateTime &instant) const;

Q_SIGNALS:
    void conferenceIdChanged();
    void filtersChanged();
    void searchTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void saveChoices() const;
    void restoreChoices();

    SessionListModel *m_sessions = nullptr;
    QString m_conferenceId;
    QList<int> m_days;
    QStringList m_tracks;
    QStringList m_rooms;
    QStringList m_hiddenTracks;
    QStringList m_hiddenRooms;
    QSet<int> m_daySet;
    QSet<QString> m_trackSet;
    QSet<QString> m_roomSet;
    QSet<QString> m_hiddenTrackSet;
    QSet<QString> m_hiddenRoomSet;
    bool m_bookmarkedOnly = false;
    QString m_searchText;
    QStringList m_searchWords; // folded
};

} // namespace Attend
