#pragma once

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

#include "domain/session.h"
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace Attend {

class SessionListModel;
class Settings;

/**
 * The agenda as narrowed by the person: a day (none chosen: all days), any of several tracks and rooms
 * (none chosen: all), minus the tracks and rooms they hid for this conference, optionally only what
 * they bookmarked, and a search text: every typed word must start a word of the title, speakers,
 * track, room or abstract, case- and accent-insensitively (see domain/searchtext.h). Its source must be a SessionListModel: rows are read directly, not through
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
    /** Some filter (not the day, which is navigation, nor hidden tracks and rooms) narrows the agenda. */
    Q_PROPERTY(bool narrowed READ narrowed NOTIFY filtersChanged)
    /** The day on screen, or -1 for all days. */
    Q_PROPERTY(int day READ day WRITE chooseDay NOTIFY filtersChanged)
    /** The search words, folded (see searchWords): what the cards highlight. */
    Q_PROPERTY(QStringList searchWords READ searchWords NOTIFY searchTextChanged)
    /** Sessions the search finds that the day, tracks, rooms or "bookmarked only" keep off screen. */
    Q_PROPERTY(int hiddenMatchCount READ hiddenMatchCount NOTIFY hiddenMatchesChanged)
    /** Sessions on the day shown (all days: every one), hidden tracks and rooms left out: "of how many". */
    Q_PROPERTY(int dayCount READ dayCount NOTIFY hiddenMatchesChanged)
    /** The one day those hidden matches are all on; -1 when they are on several days. */
    Q_PROPERTY(int hiddenMatchDay READ hiddenMatchDay NOTIFY hiddenMatchesChanged)

public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    /** Where choices are remembered; Settings::instance() unless set (QML creates this model). */
    void setSettings(Settings *settings);

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
    int day() const { return m_days.size() == 1 ? m_days.constFirst() : -1; }
    QStringList searchWords() const { return m_searchWords; }
    int hiddenMatchCount() const { return m_hiddenMatchCount; }
    int hiddenMatchDay() const { return m_hiddenMatchDay; }
    int dayCount() const { return m_dayCount; }

    /** Shows one day (a day chip), or every day with -1 ("All days"). */
    Q_INVOKABLE void chooseDay(int day);
    /** Shows what the search found and the filters hid: their day, or all days; no track, room or star filter. */
    Q_INVOKABLE void showHiddenMatches();
    /**
     * How many sessions of the chosen day (all days when none) each track ("track") or room ("room")
     * has, hidden ones not counted: the pickers' counts. Keys are the track or room names.
     */
    Q_INVOKABLE QVariantMap countsFor(const QString &kind) const;

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
    void hiddenMatchesChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    void rerun();
    void updateHiddenMatches();
    bool passesChoices(const Session &session, int sourceRow) const;
    bool isOnChosenDay(const Session &session) const;
    bool passesTrackRoomAndStarChoices(const Session &session, int sourceRow) const;
    void saveChoices() const;
    void restoreChoices();
    Settings *settings() const;

    SessionListModel *m_sessions = nullptr;
    QPointer<Settings> m_settings;
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
    int m_hiddenMatchCount = 0;
    int m_hiddenMatchDay = -1;
    int m_dayCount = 0;
};

} // namespace Attend
