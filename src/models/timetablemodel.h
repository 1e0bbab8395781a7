#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

class SessionFilterModel;
class SessionListModel;
class TimeFormatter;

/**
 * One day of the agenda as a printed grid: rooms side by side, time running down. It shows what
 * the agenda's filter lets through on that day, each session placed by its room's column and its
 * start and length in minutes from the top of the grid, in the zone on screen.
 */
class TimetableModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Attend::SessionFilterModel *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(Attend::TimeFormatter *formatter READ formatter WRITE setFormatter NOTIFY filterChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY dayIndexChanged)
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY layoutRebuilt)
    /** [{label: "09:00", minute: 30}, …]: the hour lines, in minutes from the top. */
    Q_PROPERTY(QVariantList hourMarks READ hourMarks NOTIFY layoutRebuilt)
    Q_PROPERTY(int totalMinutes READ totalMinutes NOTIFY layoutRebuilt)

public:
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, DetailRole, ColumnRole, TopMinuteRole, LengthMinutesRole,
                BookmarkedRole, CancelledRole, PastRole };

    explicit TimetableModel(QObject *parent = nullptr);

    SessionFilterModel *filter() const { return m_filter; }
    void setFilter(SessionFilterModel *filter);
    TimeFormatter *formatter() const { return m_formatter; }
    void setFormatter(TimeFormatter *formatter);
    int dayIndex() const { return m_dayIndex; }
    void setDayIndex(int dayIndex);
    QStringList rooms() const { return m_rooms; }
    QVariantList hourMarks() const { return m_hourMarks; }
    int totalMinutes() const { return m_totalMinutes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void filterChanged();
    void dayIndexChanged();
    void layoutRebuilt();

private:
    struct Cell {
        int sourceRow;  // in the SessionListModel
        int column;
        int topMinute;
        int lengthMinutes;
    };
    void rebuild();
    void connectFilter();

    QPointer<SessionFilterModel> m_filter;
    QPointer<TimeFormatter> m_formatter;
    int m_dayIndex = 0;
    QList<Cell> m_cells;
    QStringList m_rooms;
    QVariantList m_hourMarks;
    int m_totalMinutes = 0;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_rebuildSoon;
};

} // namespace Attend
