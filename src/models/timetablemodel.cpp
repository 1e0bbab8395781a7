#include "timetablemodel.h"

#include "domain/textjoin.h"
#include "sessionfiltermodel.h"
#include "sessionlistmodel.h"
#include "timeformatter.h"

#include <QHash>

namespace Attend {

TimetableModel::TimetableModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_rebuildSoon.setSingleShot(true);
    m_rebuildSoon.setInterval(0);
    connect(&m_rebuildSoon, &QTimer::timeout, this, &TimetableModel::rebuild);
}

void TimetableModel::setFilter(SessionFilterModel *filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    connectFilter();
    rebuild();
    Q_EMIT filterChanged();
}

void TimetableModel::setFormatter(TimeFormatter *formatter)
{
    if (formatter == m_formatter)
        return;
    if (m_formatter)
        disconnect(m_formatter, nullptr, this, nullptr);
    m_formatter = formatter;
    if (m_formatter)
        connect(m_formatter, &TimeFormatter::displayZoneChanged, this, &TimetableModel::rebuild);
    rebuild();
    Q_EMIT filterChanged();
}

void TimetableModel::setDayIndex(int dayIndex)
{
    if (dayIndex == m_dayIndex)
        return;
    m_dayIndex = dayIndex;
    rebuild();
    Q_EMIT dayIndexChanged();
}

void TimetableModel::connectFilter()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (!m_filter)
        return;
    // The grid follows every change of what the filter lets through.
    // A filter change arrives as many row signals: rebuild once, when they are through.
    auto later = [this] { m_rebuildSoon.start(); };
    m_connections.append(connect(m_filter, &QAbstractItemModel::modelReset, this, later));
    m_connections.append(connect(m_filter, &QAbstractItemModel::layoutChanged, this, later));
    m_connections.append(connect(m_filter, &QAbstractItemModel::rowsInserted, this, later));
    m_connections.append(connect(m_filter, &QAbstractItemModel::rowsRemoved, this, later));
    m_connections.append(connect(m_filter, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
        if (!m_cells.isEmpty() && (roles.contains(SessionListModel::BookmarkedRole) || roles.contains(SessionListModel::PastRole)))
            Q_EMIT dataChanged(index(0), index(int(m_cells.size()) - 1), {BookmarkedRole, PastRole});
    }));
}

void TimetableModel::rebuild()
{
    m_rebuildSoon.stop();
    beginResetModel();
    m_cells.clear();
    m_rooms.clear();
    m_hourMarks.clear();
    m_totalMinutes = 0;
    auto *sessions = m_filter ? qobject_cast<SessionListModel *>(m_filter->sourceModel()) : nullptr;
    if (sessions && m_formatter) {
        const QTimeZone zone = m_formatter->displayZone();
        QList<int> rows;
        QDateTime first;
        QDateTime last;
        QHash<QString, int> columnOf;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const int sourceRow = m_filter->mapToSource(m_filter->index(row, 0)).row();
            const Session &session = sessions->session(sourceRow);
            if (session.dayIndex != m_dayIndex)
                continue;
            rows.append(sourceRow);
            if (!first.isValid() || session.start < first)
                first = session.start;
            if (!last.isValid() || session.end() > last)
                last = session.end();
            if (!columnOf.contains(session.room)) {
                columnOf.insert(session.room, int(m_rooms.size()));
                m_rooms.append(session.room);
            }
        }
        if (!rows.isEmpty()) {
            // The grid starts on the hour before the first session.
            const QDateTime local = first.toTimeZone(zone);
            const QDateTime top = QDateTime(local.date(), QTime(local.time().hour(), 0), zone);
            for (int sourceRow : std::as_const(rows)) {
                const Session &session = sessions->session(sourceRow);
                const int topMinute = int(top.secsTo(session.start) / 60);
                const int length = std::max(5, int(session.durationSeconds / 60));
                m_cells.append({sourceRow, columnOf.value(session.room), topMinute, length});
            }
            m_totalMinutes = int(top.secsTo(last) / 60) + 30;
            for (int minute = 0; minute <= m_totalMinutes; minute += 60)
                m_hourMarks.append(QVariantMap{{QStringLiteral("label"), m_formatter->time(top.addSecs(minute * 60))},
                                               {QStringLiteral("minute"), minute}});
        }
    }
    endResetModel();
    Q_EMIT layoutRebuilt();
}

int TimetableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cells.size());
}

QVariant TimetableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_filter)
        return {};
    auto *sessions = qobject_cast<SessionListModel *>(m_filter->sourceModel());
    if (!sessions)
        return {};
    const Cell &cell = m_cells.at(index.row());
    const Session &session = sessions->session(cell.sourceRow);
    switch (role) {
    case KeyRole:
        return session.key;
    case TitleRole:
        return session.title;
    case DetailRole:
        return joinNonEmpty({m_formatter ? m_formatter->timeRange(session.start, session.end()) : QString(),
                             session.speakerNames().join(QStringLiteral(", "))});
    case ColumnRole:
        return cell.column;
    case TopMinuteRole:
        return cell.topMinute;
    case LengthMinutesRole:
        return cell.lengthMinutes;
    case BookmarkedRole:
        return sessions->isBookmarked(cell.sourceRow);
    case CancelledRole:
        return session.cancelled;
    case PastRole:
        return sessions->isPast(cell.sourceRow);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimetableModel::roleNames() const
{
    return {{KeyRole, "key"}, {TitleRole, "title"}, {DetailRole, "detail"}, {ColumnRole, "column"},
            {TopMinuteRole, "topMinute"}, {LengthMinutesRole, "lengthMinutes"}, {BookmarkedRole, "bookmarked"},
            {CancelledRole, "cancelled"}, {PastRole, "past"}};
}

} // namespace Attend
