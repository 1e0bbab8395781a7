#pragma once

#include "schedule/bookmark.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

namespace Attend {

class PersonalSchedule;
class TimeFormatter;

/**
 * "My schedule": the bookmarked sessions of the conference on screen, by start time, each with
 * what it clashes with, the free time before it, and whether it is still in the agenda.
 * Rows are inserted and removed one by one as bookmarks come and go.
 */
class ScheduleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Agenda")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int clashCount READ clashCount NOTIFY countChanged)

public:
    // The first roles share names with SessionListModel's, so one delegate shows either list.
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        DetailLineRole,
        TimeSlotRole,
        DayHeadingRole,
        SlotLabelRole,
        BookmarkedRole,
        StartRole,
        EndRole,
        ClashRole,      // bool
        ClashTextRole,  // "Clashes with Kafka talk"
        GapTextRole,    // "Free 10:20–10:40 (20 min)" before this one, same day only
        InAgendaRole,   // false: "no longer in the agenda"
        ReminderRole,   // bool
        ChangeNoteRole, // "Moved from 10:00 to 10:30", "Cancelled"
        MaybeRole,      // bookmarked at the level "maybe"
        ConferenceIdRole,
        ConferenceTitleRole, // the section in "All my conferences"
        FollowedRole,        // false: its conference was removed ("Add back", "Forget")
        FeedAddressRole,     // where "Add back" adds it from
        EndedRole,           // over: "Watch later" is offered
        WatchLaterRole,
        WatchedRole,
        RecordingRole,     // the recording's address once the feed links one
        StartTimeRole,     // "09:20" in the zone on screen, no zone: a card's time column
        TrackRole,         // a card's track stripe
        CancelledRole,     // the feed cancelled it: the "Cancelled" badge
        TimeEstimatedRole, // the start is an estimate: "about 09:20"
    };
    Q_ENUM(Role)

    /** Which bookmarks the list holds. */
    enum class Scope {
        ThisConference,  // the conference on screen, every bookmark ("My schedule")
        AllConferences,  // every conference's bookmarks yet to end, by conference title, then time
        WatchLater,      // ended sessions kept to watch later, of every conference
    };

    ScheduleModel(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent = nullptr,
                  Scope scope = Scope::ThisConference);

    /** The conferences followed now (others' bookmarks are listed with "Add back" and "Forget"). */
    void setFollowedConferences(const QSet<QString> &conferenceIds);
    /** The current minute: what has ended, what is upcoming. */
    void setNow(const QDateTime &now);

    /** The conference on screen, and the keys its agenda holds now. */
    void setConference(const QString &conferenceId, const QSet<QString> &agendaKeys);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int clashCount() const;
    /** {conferenceId, key, maybe, recording, watched} of a row, for the keys a page handles itself. */
    Q_INVOKABLE QVariantMap rowAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    void sync();
    void onBookmarkEvent(const QString &conferenceId);
    QList<int> clashesOf(int row) const;
    QList<Bookmark> wantedRows() const;
    bool inScope(const Bookmark &bookmark) const;
    /** Recomputes which rows clash and where each row's free time starts: O(n log n), at each change. */
    void computeTimes();

    QPointer<TimeFormatter> m_formatter;
    QPointer<PersonalSchedule> m_schedule;
    QString m_conferenceId;
    QSet<QString> m_agendaKeys;
    QList<Bookmark> m_rows;
    Scope m_scope = Scope::ThisConference;
    QSet<QString> m_followed;
    QDateTime m_now;
    // Parallel to m_rows, rebuilt by computeTimes(): the rows' instants in ms (an end before its
    // start counts as the start), whether each clashes with any other, and the latest end before it.
    QList<qint64> m_startMs;
    QList<qint64> m_endMs;
    QList<bool> m_clashes;
    QList<qint64> m_freeFromMs; // the latest end among earlier rows; min() for the first row
    int m_clashCount = 0;
};

} // namespace Attend
