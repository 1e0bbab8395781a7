#include "sessionfiltermodel.h"

#include "domain/searchtext.h"
#include "schedule/personalschedule.h"
#include "sessionlistmodel.h"

#include <QSettings>

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
                invalidateRowsFilter();
        });
    }
}

void SessionFilterModel::refilter()
{
    invalidateRowsFilter();
    saveChoices();
    Q_EMIT filtersChanged();
}

namespace {
QString choiceKey(const QString &conferenceId, const char *what)
{
    return QStringLiteral("filters/") + conferenceId + QLatin1Char('/') + QLatin1String(what);
}
} // namespace

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
    QSettings settings;
    QVariantList days;
    for (int day : m_days)
        days.append(day);
    settings.setValue(choiceKey(m_conferenceId, "days"), days);
    settings.setValue(choiceKey(m_conferenceId, "tracks"), m_tracks);
    settings.setValue(choiceKey(m_conferenceId, "rooms"), m_rooms);
    settings.setValue(choiceKey(m_conferenceId, "bookmarkedOnly"), m_bookmarkedOnly);
}

void SessionFilterModel::restoreChoices()
{
    const QSettings settings;
    m_days.clear();
    for (const QVariant &day : settings.value(choiceKey(m_conferenceId, "days")).toList())
        m_days.append(day.toInt());
    m_daySet = setOf(m_days);
    m_tracks = settings.value(choiceKey(m_conferenceId, "tracks")).toStringList();
    m_trackSet = setOf(m_tracks);
    m_rooms = settings.value(choiceKey(m_conferenceId, "rooms")).toStringList();
    m_roomSet = setOf(m_rooms);
    m_bookmarkedOnly = settings.value(choiceKey(m_conferenceId, "bookmarkedOnly"), false).toBool();
    invalidateRowsFilter();
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
    m_searchWords = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
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
    invalidateRowsFilter();
    saveChoices();
    Q_EMIT searchTextChanged();
    Q_EMIT filtersChanged();
}

int SessionFilterModel::totalCount() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

bool SessionFilterModel::narrowed() const
{
    return !m_days.isEmpty() || !m_tracks.isEmpty() || !m_rooms.isEmpty() || m_bookmarkedOnly || !m_searchWords.isEmpty();
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
    if (!m_daySet.isEmpty() && !m_daySet.contains(m_sessions->session(sourceRow).dayIndex))
        return false;
    return acceptsIgnoringDayAndSearch(sourceRow) && matchesSearch(sourceRow);
}

bool SessionFilterModel::acceptsIgnoringDayAndSearch(int sourceRow) const
{
    if (!m_sessions)
        return false;
    const Session &session = m_sessions->session(sourceRow);
    if (!m_trackSet.isEmpty() && !m_trackSet.contains(session.track))
        return false;
    if (!m_roomSet.isEmpty() && !m_roomSet.contains(session.room))
        return false;
    if (m_hiddenTrackSet.contains(session.track) || m_hiddenRoomSet.contains(session.room))
        return false;
    return !m_bookmarkedOnly || m_sessions->isBookmarked(sourceRow);
}

bool SessionFilterModel::matchesSearch(int sourceRow) const
{
    if (!m_sessions)
        return false;
    if (m_searchWords.isEmpty())
        return true;
    const QString &haystack = m_sessions->searchText(sourceRow);
    for (const QString &word : m_searchWords) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace Attend
