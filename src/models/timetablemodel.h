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
 * One day of the agenda as a printed grid: rooms side by side, time running down. It shows the
 * sessions of that day that the agenda's choices let through (tracks, rooms, hidden tracks and
 * rooms, bookmarked only; not the search, which only marks what matches), each placed by its
 * room's column, its lane inside that column, and its start and length in minutes from the top
 * of the grid, in the zone on screen.
 *
 * Sessions whose cards would overlap in one room (they overlap in time, or a short one's card,
 * at least minimumMinutes tall so a line of its title fits, reaches into the next) get lanes side
 * by side, as calendar apps do; a room with lanes gets a wider column.
 */
class TimetableModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Attend::SessionFilterModel *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(Attend::TimeFormatter *formatter READ formatter WRITE setFormatter NOTIFY filterChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY dayIndexChanged)
    /** The shortest card, in minutes of the grid: the view sets it from its line height and zoom. */
    Q_PROPERTY(int minimumMinutes READ minimumMinutes WRITE setMinimumMinutes NOTIFY minimumMinutesChanged)
    Q_PROPERTY(QStringList rooms READ rooms NOTIFY layoutRebuilt)
    /** [{name, left, width}, …]: each room's column, left edge and width in standard column widths. */
    Q_PROPERTY(QVariantList columns READ columns NOTIFY layoutRebuilt)
    /** The sum of the columns' widths, in standard column widths. */
    Q_PROPERTY(double totalWidth READ totalWidth NOTIFY layoutRebuilt)
    /** [{label: "09:00", minute: 30}, …]: the hour lines, in minutes from the top. */
    Q_PROPERTY(QVariantList hourMarks READ hourMarks NOTIFY layoutRebuilt)
    Q_PROPERTY(int totalMinutes READ totalMinutes NOTIFY layoutRebuilt)
    /** "Saturday 31 January 2026": the day shown, in the zone on screen; empty when none. */
    Q_PROPERTY(QString dayTitle READ dayTitle NOTIFY layoutRebuilt)
    /** "Sat 31 Jan": the same day, short, for the grid's corner. */
    Q_PROPERTY(QString dayShortTitle READ dayShortTitle NOTIFY layoutRebuilt)

public:
    enum Role { KeyRole = Qt::UserRole + 1,
                TitleRole,
                DetailRole,
                TrackRole,
                RoomRole,
                ColumnRole,
                LaneRole,
                LaneCountRole,
                LeftRole,
                WidthRole,
                TopMinuteRole,
                LengthMinutesRole,
                CardMinutesRole,
                BookmarkedRole,
                CancelledRole,
                PastRole,
                MatchesRole };
    Q_ENUM(Role)

    explicit TimetableModel(QObject *parent = nullptr);

    SessionFilterModel *filter() const { return m_filter; }
    void setFilter(SessionFilterModel *filter);
    TimeFormatter *formatter() const { return m_formatter; }
    void setFormatter(TimeFormatter *formatter);
    int dayIndex() const { return m_dayIndex; }
    void setDayIndex(int dayIndex);
    int minimumMinutes() const { return m_minimumMinutes; }
    void setMinimumMinutes(int minutes);
    QStringList rooms() const { return m_rooms; }
    QVariantList columns() const;
    double totalWidth() const { return m_totalWidth; }
    QVariantList hourMarks() const { return m_hourMarks; }
    int totalMinutes() const { return m_totalMinutes; }
    QString dayTitle() const { return m_dayTitle; }
    QString dayShortTitle() const { return m_dayShortTitle; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Lays the grid out now rather than after the current event (for tests). */
    Q_INVOKABLE void rebuildNow() { rebuild(); }

Q_SIGNALS:
    void filterChanged();
    void dayIndexChanged();
    void minimumMinutesChanged();
    void layoutRebuilt();

private:
    struct Cell {
        int sourceRow;  // in the SessionListModel
        int column;
        int lane;
        int laneCount; // lanes in its group of overlapping cards
        int topMinute;
        int lengthMinutes;
        int cardMinutes; // at least minimumMinutes
    };
    void rebuild();
    void connectFilter();
    SessionListModel *sessions() const;
    QString choicesSignature() const;

    QPointer<SessionFilterModel> m_filter;
    QPointer<TimeFormatter> m_formatter;
    int m_dayIndex = 0;
    int m_minimumMinutes = 10;
    QList<Cell> m_cells;
    QStringList m_rooms;
    QList<double> m_columnLeft;
    QList<double> m_columnWidth;
    double m_totalWidth = 0;
    QVariantList m_hourMarks;
    int m_totalMinutes = 0;
    QString m_dayTitle;
    QString m_dayShortTitle;
    QString m_signature;
    QList<QMetaObject::Connection> m_connections;
    QTimer m_rebuildSoon;
};

} // namespace Attend
