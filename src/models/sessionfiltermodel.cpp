#include "sessionfiltermodel.h"

#include "domain/searchtext.h"
#include "sessionlistmodel.h"

namespace Attend {

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SessionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SessionFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SessionFilterModel::countChanged);
}

void SessionFilterModel::setDayIndex(int dayIndex)
{
    if (dayIndex == m_dayIndex)
        return;
    m_dayIndex = dayIndex;
    invalidateRowsFilter();
    Q_EMIT dayIndexChanged();
}

void SessionFilterModel::setTrack(const QString &track)
{
    if (track == m_track)
        return;
    m_track = track;
    invalidateRowsFilter();
    Q_EMIT trackChanged();
}

void SessionFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_searchWords = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
    Q_EMIT searchTextChanged();
}

QString SessionFilterModel::keyAt(int row) const
{
    return data(index(row, 0), SessionListModel::KeyRole).toString();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_dayIndex >= 0 && source.data(SessionListModel::DayIndexRole).toInt() != m_dayIndex)
        return false;
    if (!m_track.isEmpty() && source.data(SessionListModel::TrackRole).toString() != m_track)
        return false;
    if (m_searchWords.isEmpty())
        return true;
    const QString haystack = source.data(SessionListModel::SearchTextRole).toString();
    for (const QString &word : m_searchWords) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace Attend
