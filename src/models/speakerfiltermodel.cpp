#include "speakerfiltermodel.h"

#include "domain/searchtext.h"
#include "speakerlistmodel.h"

namespace Attend {

SpeakerFilterModel::SpeakerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &SpeakerFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &SpeakerFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &SpeakerFilterModel::countChanged);
}

void SpeakerFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_searchWords) {
        // "ann " after "ann": the same filter, no need to run it again.
        Q_EMIT searchTextChanged();
        return;
    }
    m_searchWords = words;
    invalidateRowsFilter();
    Q_EMIT searchTextChanged();
}

QStringList SpeakerFilterModel::sessionKeysAt(int row) const
{
    return data(index(row, 0), SpeakerListModel::SessionKeysRole).toStringList();
}

bool SpeakerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchWords.isEmpty())
        return true;
    const QString haystack = sourceModel()->index(sourceRow, 0, sourceParent).data(SpeakerListModel::SearchTextRole).toString();
    for (const QString &word : m_searchWords) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace Attend
