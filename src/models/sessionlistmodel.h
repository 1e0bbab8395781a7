#pragma once

#include "domain/conference.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace Attend {

class PersonalSchedule;
class TimeFormatter;

/** Every session of the current conference, in agenda order, one row each. */
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by Agenda")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        SubtitleRole,
        TrackRole,
        RoomRole,
        SpeakersRole, // names joined with ", "
        StartRole,    // QDateTime, UTC
        EndRole,
        DayIndexRole,
        TimeRangeRole,  // "09:20–09:40" in the zone on screen
        TimeSlotRole,   // "2022-11-10 09:20": the agenda's section key, in the zone on screen
        DayHeadingRole, // "Thursday 10 November 2022", in the zone on screen
        SlotLabelRole,  // "09:20 PST": a slot heading, in the zone on screen, zone named
        DetailLineRole, // "09:20–09:40 · Room · Track · Speakers": a card's second line
        AbstractRole,
        SearchTextRole, // folded title, speakers, track, room, abstract (see sessionSearchText)
        BookmarkedRole,
        CancelledRole,     // the feed cancelled it (everyone sees it)
        ChangeNoteRole,    // "Cancelled", "Moved from 10:00 to 10:30": what changed since it was bookmarked
        PastRole,          // ended before now: dimmed
        LiveRole,          // on now (started, not ended, at the current minute)
        LiveTextRole,      // "On now · 12 min in" while on; empty otherwise
        TimeEstimatedRole, // the start is an estimate (Session::timeIsEstimated): "about 10:40"
        JoinLinkRole,      // where to watch or join (Session::joinLink), as text; empty when none
        MaybeRole,         // bookmarked at the level "maybe" (the star shows it)
        StartTimeRole,     // "09:20" in the zone on screen, no zone: a card's time column
    };
    Q_ENUM(Role)

    SessionListModel(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent = nullptr);

    void setSessions(const QString &conferenceId, const QList<Session> &sessions);
    const Session &session(int row) const { return m_sessions.at(row); }
    /** Folded title, speakers and abstract of a row: what search matches against. */
    /** The folded text a search looks in (see foldForSearch); made for every row at the first call. */
    const QString &searchText(int row) const;
    bool isBookmarked(int row) const;
    /** Whether the session ended before the current minute (Agenda's now), for dimming. */
    bool isPast(int row) const { return m_now.isValid() && m_sessions.at(row).end() <= m_now; }
    /** Whether the session is on at the current minute. */
    bool isLive(int row) const { return isLiveAt(m_sessions.at(row), m_now); }
    static bool isLiveAt(const Session &session, const QDateTime &now)
    {
        return now.isValid() && session.start <= now && now < session.end();
    }
    /** "On now · 12 min in" (translated): the badge of a running session. */
    static QString liveText(const Session &session, const QDateTime &now);
    /** The minute the agenda treats as now: past sessions are dimmed. */
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void refreshTimes();
    void refreshBookmark(const QString &conferenceId, const QString &key);

    QPointer<TimeFormatter> m_formatter;
    QPointer<PersonalSchedule> m_schedule;
    QString m_conferenceId;
    QHash<QString, int> m_rowByKey;
    QList<Session> m_sessions;
    mutable QStringList m_searchText; // parallel to m_sessions once the first search needs it
    QDateTime m_now;
};

} // namespace Attend
