#pragma once

#include "schedule/bookmark.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace Attend {

class PersonalSchedule;
class TimeFormatter;

/**
 * My schedule as a day timeline: one day of the conference's bookmarks, in the display zone, as
 * blocks placed by minute (top, length) with clashing ones side by side in lanes (assignTimeLanes:
 * must see leads, maybe beside it), and the free time between them as gap rows
 * ("Free 12:30–14:00, 1 h 30"). Rows are in reading order: what a screen reader and the arrow
 * keys go through. The day's rows are rebuilt on any change (a day holds a dozen rows at most).
 */
class DayTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Agenda")
    Q_PROPERTY(QStringList days READ days NOTIFY daysChanged)
    Q_PROPERTY(int dayIndex READ dayIndex WRITE setDayIndex NOTIFY dayIndexChanged)
    Q_PROPERTY(int firstHour READ firstHour NOTIFY layoutChanged)
    Q_PROPERTY(int hourCount READ hourCount NOTIFY layoutChanged)
    Q_PROPERTY(QStringList hourLabels READ hourLabels NOTIFY layoutChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY layoutChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "session" or "gap"
        KeyRole,
        TitleRole,
        RoomRole,
        TimeTextRole,    // "12:30–13:00"
        TopMinuteRole,   // minutes from firstHour:00
        LengthMinutesRole,
        LaneRole,
        LaneCountRole,
        MaybeRole,
        ClashTextRole,   // "Clashes with …" (must see) or "Alternative to …" (maybe)
        NoteRole,        // "Cancelled", "Moved from 10:00"
        GapTextRole,     // gap rows: "Free 12:30–14:00, 1 h 30"
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    DayTimelineModel(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent = nullptr);

    void setConference(const QString &conferenceId);

    QStringList days() const { return m_dayLabels; }
    int dayIndex() const { return m_dayIndex; }
    void setDayIndex(int index);
    /** Shows the day of this instant, when bookmarks fall on it (the day of "now" on opening). */
    Q_INVOKABLE void showDayOf(const QDateTime &instant);
    int firstHour() const { return m_firstHour; }
    int hourCount() const { return m_hourCount; }
    QStringList hourLabels() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** "1 h 30", "45 min", "2 h": a length of free time. */
    static QString durationText(qint64 minutes);

Q_SIGNALS:
    void daysChanged();
    void dayIndexChanged();
    void layoutChanged();

private:
    struct Row {
        bool gap = false;
        Bookmark bookmark; // session rows
        QDateTime start;   // gap rows: the free span
        QDateTime end;
        int lane = 0;
        int laneCount = 1;
        int position = -1; // session rows: index in m_today
    };
    void rebuild();
    QString clashTextOf(const Row &row) const;
    QDate dateOf(const QDateTime &instant) const;

    QPointer<TimeFormatter> m_formatter;
    QPointer<PersonalSchedule> m_schedule;
    QString m_conferenceId;
    QList<QDate> m_days;
    QStringList m_dayLabels;
    int m_dayIndex = 0;
    QDate m_wantedDay; // the day chosen, kept across rebuilds by date rather than index
    QDateTime m_windowStart;
    int m_firstHour = 8;
    int m_hourCount = 10;
    QList<Row> m_rows;
    QList<Bookmark> m_today;      // the day's sessions by start, for the clash text of a row
    QList<QDateTime> m_todayEnds; // parallel: each one's end (a zero-length session lasts a minute)
};

} // namespace Attend
