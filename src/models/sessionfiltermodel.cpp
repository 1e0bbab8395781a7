#include "sessionfiltermodel.h"

#include "domain/searchtext.h"
#include "schedule/personalschedule.h"
#include "sessionlistmodel.h"

#include "library/settings.h"

#include <QHash>

namespace Attend {

namespace {

template<typename T>
QList<T> toggled(QList<T> list, const T &value)
{
    if (!list.removeOne(value))
        list.append(value);
    return list;
}

template<typename T>
QSet<T> setOf(const QList<T> &list)
{
    return QSet<T>(list.cbegin(), list.cend());
}

} // namespace

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SessionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SessionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SessionFilterModel::countChanged);
}

void SessionFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_sessions = qobject_cast<SessionListModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_sessions, "SessionFilterModel", "the source must be a SessionListModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
    // "Bookmarked only" follows the stars as they change.
    if (m_sessions) {
        connect(m_sessions, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (m_bookmarkedOnly && roles.contains(SessionListModel::BookmarkedRole))
                rerun();
        });
        // A new agenda: new counts (the proxy itself follows the reset).
        connect(m_sessions, &QAbstractItemModel::modelReset, this, &SessionFilterModel::updateHiddenMatches);
    }
    updateHiddenMatches();
}

void SessionFilterModel::rerun()
{
    invalidateRowsFilter();
    updateHiddenMatches();
}

void SessionFilterModel::refilter()
{
    rerun();
    saveChoices();
    Q_EMIT filtersChanged();
}

Settings *SessionFilterModel::settings() const
{
    return m_settings ? m_settings.data() : Settings::instance();
}

void SessionFilterModel::setSettings(Settings *settings)
{
    m_settings = settings;
}

void SessionFilterModel::setConferenceId(const QString &conferenceId)
{
    if (conferenceId == m_conferenceId)
        return;
    m_conferenceId = conferenceId;
    restoreChoices();
    Q_EMIT conferenceIdChanged();
}

// The days, tracks, rooms and "bookmarked only" a person chose come back with the conference.
void SessionFilterModel::saveChoices() const
{
    if (m_conferenceId.isEmpty())
        return;
    settings()->setFilterChoices(m_conferenceId, FilterChoices{m_days, m_tracks, m_rooms, m_bookmarkedOnly});
}

void SessionFilterModel::restoreChoices()
{
    const FilterChoices choices = settings()->filterChoices(m_conferenceId);
    m_days = choices.days;
    m_daySet = setOf(m_days);
    m_tracks = choices.tracks;
    m_trackSet = setOf(m_tracks);
    m_rooms = choices.rooms;
    m_roomSet = setOf(m_rooms);
    m_bookmarkedOnly = choices.bookmarkedOnly;
    // One day or all: a choice of several days from an older version shows all days.
    if (m_days.size() > 1) {
        m_days.clear();
        m_daySet.clear();
    }
    rerun();
    Q_EMIT filtersChanged();
}

void SessionFilterModel::setDays(const QList<int> &days)
{
    if (days == m_days)
        return;
    m_days = days;
    m_daySet = setOf(days);
    refilter();
}

void SessionFilterModel::setTracks(const QStringList &tracks)
{
    if (tracks == m_tracks)
        return;
    m_tracks = tracks;
    m_trackSet = setOf(tracks);
    refilter();
}

void SessionFilterModel::setRooms(const QStringList &rooms)
{
    if (rooms == m_rooms)
        return;
    m_rooms = rooms;
    m_roomSet = setOf(rooms);
    refilter();
}

void SessionFilterModel::setHiddenTracks(const QStringList &tracks)
{
    if (tracks == m_hiddenTracks)
        return;
    m_hiddenTracks = tracks;
    m_hiddenTrackSet = setOf(tracks);
    refilter();
}

void SessionFilterModel::setHiddenRooms(const QStringList &rooms)
{
    if (rooms == m_hiddenRooms)
        return;
    m_hiddenRooms = rooms;
    m_hiddenRoomSet = setOf(rooms);
    refilter();
}

void SessionFilterModel::setBookmarkedOnly(bool only)
{
    if (only == m_bookmarkedOnly)
        return;
    m_bookmarkedOnly = only;
    refilter();
}

void SessionFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = Attend::searchWords(text);
    rerun();
    Q_EMIT searchTextChanged();
    Q_EMIT filtersChanged(); // "narrowed" counts the search too
}

void SessionFilterModel::toggleDay(int day)
{
    setDays(toggled(m_days, day));
}

void SessionFilterModel::toggleTrack(const QString &track)
{
    setTracks(toggled(m_tracks, track));
}

void SessionFilterModel::toggleRoom(const QString &room)
{
    setRooms(toggled(m_rooms, room));
}

void SessionFilterModel::resetFilters()
{
    m_days.clear();
    m_daySet.clear();
    m_tracks.clear();
    m_trackSet.clear();
    m_rooms.clear();
    m_roomSet.clear();
    m_bookmarkedOnly = false;
    m_searchText.clear();
    m_searchWords.clear();
    rerun();
    saveChoices();
    Q_EMIT searchTextChanged();
    Q_EMIT filtersChanged();
}

int SessionFilterModel::totalCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

void SessionFilterModel::chooseDay(int day)
{
    setDays(day < 0 ? QList<int>() : QList<int>{day});
}

void SessionFilterModel::showHiddenMatches()
{
    const int day = m_hiddenMatchDay;
    m_tracks.clear();
    m_trackSet.clear();
    m_rooms.clear();
    m_roomSet.clear();
    m_bookmarkedOnly = false;
    m_days = day >= 0 ? QList<int>{day} : QList<int>();
    m_daySet = setOf(m_days);
    refilter();
}

QVariantMap SessionFilterModel::countsFor(const QString &kind) const
{
    QVariantMap counts;
    if (!m_sessions)
        return counts;
    const bool tracks = kind == QLatin1String("track");
    QHash<QString, int> tally;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const Session &session = m_sessions->session(row);
        if (!m_daySet.isEmpty() && !m_daySet.contains(session.dayIndex))
            continue;
        if (m_hiddenTrackSet.contains(session.track) || m_hiddenRoomSet.contains(session.room))
            continue;
        ++tally[tracks ? session.track : session.room];
    }
    for (auto it = tally.cbegin(); it != tally.cend(); ++it)
        counts.insert(it.key(), it.value());
    return counts;
}

// What the search finds beyond the screen: one pass over the sessions the filters refused.
void SessionFilterModel::updateHiddenMatches()
{
    int count = 0;
    int dayCount = 0;
    QSet<int> days;
    if (m_sessions) {
        for (int row = 0; row < m_sessions->rowCount(); ++row) {
            const Session &session = m_sessions->session(row);
            if (m_hiddenTrackSet.contains(session.track) || m_hiddenRoomSet.contains(session.room))
                continue;
            if (m_daySet.isEmpty() || m_daySet.contains(session.dayIndex))
                ++dayCount;
            if (m_searchWords.isEmpty())
                continue;
            if (passesChoices(session, row) || !matchesWordStarts(m_sessions->searchText(row), m_searchWords))
                continue;
            ++count;
            days.insert(session.dayIndex);
        }
    }
    const int day = days.size() == 1 ? *days.cbegin() : -1;
    if (count == m_hiddenMatchCount && day == m_hiddenMatchDay && dayCount == m_dayCount)
        return;
    m_dayCount = dayCount;
    m_hiddenMatchCount = count;
    m_hiddenMatchDay = day;
    Q_EMIT hiddenMatchesChanged();
}

bool SessionFilterModel::narrowed() const
{
    return !m_tracks.isEmpty() || !m_rooms.isEmpty() || m_bookmarkedOnly || !m_searchWords.isEmpty();
}

QString SessionFilterModel::keyAt(int row) const
{
    return data(index(row, 0), SessionListModel::KeyRole).toString();
}

int SessionFilterModel::firstRowNotEndedAt(const QDateTime &instant) const
{
    if (!m_sessions)
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_sessions->session(mapToSource(index(row, 0)).row()).end() > instant)
            return row;
    }
    return -1;
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_sessions)
        return false;
    const Session &session = m_sessions->session(sourceRow);
    return isOnChosenDay(session) && acceptsIgnoringDayAndSearch(sourceRow) && matchesSearch(sourceRow);
}

} // namespace Attend

namespace Attend {

bool SessionFilterModel::isOnChosenDay(const Session &session) const
{
    return m_daySet.isEmpty() || m_daySet.contains(session.dayIndex);
}

// The person's choices of tracks, rooms and stars (not the day, not hidden tracks and rooms, not the search).
bool SessionFilterModel::passesTrackRoomAndStarChoices(const Session &session, int sourceRow) const
{
    if (!m_trackSet.isEmpty() && !m_trackSet.contains(session.track))
        return false;
    if (!m_roomSet.isEmpty() && !m_roomSet.contains(session.room))
        return false;
    return !m_bookmarkedOnly || m_sessions->isBookmarked(sourceRow);
}

// The person's choices of day, tracks, rooms and stars (not hidden tracks and rooms, not the search).
bool SessionFilterModel::passesChoices(const Session &session, int sourceRow) const
{
    return isOnChosenDay(session) && passesTrackRoomAndStarChoices(session, sourceRow);
}

bool SessionFilterModel::acceptsIgnoringDayAndSearch(int sourceRow) const
{
    if (!m_sessions)
        return false;
    const Session &session = m_sessions->session(sourceRow);
    if (m_hiddenTrackSet.contains(session.track) || m_hiddenRoomSet.contains(session.room))
        return false;
    return passesTrackRoomAndStarChoices(session, sourceRow);
}

bool SessionFilterModel::matchesSearch(int sourceRow) const
{
    if (!m_sessions)
        return false;
    return m_searchWords.isEmpty() || matchesWordStarts(m_sessions->searchText(sourceRow), m_searchWords);
}

} // namespace Attend
