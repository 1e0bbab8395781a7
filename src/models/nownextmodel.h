#pragma once

#include "domain/session.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Attend {

class Clock;
class PersonalSchedule;
class TimeFormatter;

/**
 * "Now & Next": the sessions running now, then those starting within the hour, each group by
 * start then title; cancelled sessions are left out. Re-evaluated once a minute, on the minute,
 * by one single-shot timer (no polling), and whenever refresh() is called.
 */
class NowNextModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int nowCount READ nowCount NOTIFY countsChanged)
    Q_PROPERTY(int nextCount READ nextCount NOTIFY countsChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(bool beforeStart READ beforeStart NOTIFY stateChanged)
    Q_PROPERTY(bool afterEnd READ afterEnd NOTIFY stateChanged)
    Q_PROPERTY(int firstDayIndex READ firstDayIndex NOTIFY stateChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        TitleRole,
        DetailLineRole,   // "09:30–09:50 · Room · Track · Speakers", in the zone on screen
        SectionRole,      // "now" or "next": a section key, not display text
        ProgressTextRole, // "12 min in · 18 min left" (now), "in 5 min" (next)
        ProgressRole,     // 0..1 of the running session gone by; 0 for next
        StartRole,        // QDateTime, UTC
        JoinLinkRole,     // where to watch or join (Session::joinLink), only http(s); empty when none
        StartTimeRole,    // "09:20" in the zone on screen, no zone: a card's time column
        TrackRole,        // a card's track stripe
        BookmarkedRole,   // the star; false without a schedule (setSchedule)
        MaybeRole,        // bookmarked at the level "maybe"
    };
    Q_ENUM(Role)

    /** How far ahead "next" looks. */
    static constexpr qint64 nextWindowSeconds = 60 * 60;

    /** The clock must outlive the model; the formatter is watched for zone switches. */
    NowNextModel(TimeFormatter *formatter, Clock *clock, QObject *parent = nullptr);

    void setSessions(const QString &conferenceId, const QList<Session> &sessions);
    /**
     * Where the stars come from: a bookmark added, removed, merged or changed (its level) repaints
     * the rows it concerns. Must outlive the model; null: no stars.
     */
    void setSchedule(PersonalSchedule *schedule);
    /** Names the conference in stateText ("RethinkConn starts on …"); empty: "The conference starts on …". */
    void setConferenceTitle(const QString &title);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int nowCount() const { return m_nowCount; }
    int nextCount() const { return int(m_rows.size()) - m_nowCount; }
    /** When it starts, that it is over, or what is next when nothing runs; empty while something runs. */
    QString stateText() const { return m_stateText; }
    bool beforeStart() const { return m_beforeStart; }
    bool afterEnd() const { return m_afterEnd; }
    /** Session::dayIndex of the earliest session; -1 without sessions. */
    int firstDayIndex() const { return m_firstDayIndex; }

    /** The interval the update timer was last armed with, in ms; -1 when it is stopped. For tests. */
    int msecsToNextUpdate() const { return m_timer.isActive() ? m_timer.interval() : -1; }

public Q_SLOTS:
    /** Reads the clock, recomputes the rows and the state, and re-arms the minute timer. */
    void refresh();

Q_SIGNALS:
    void countsChanged();
    void stateChanged();

private:
    struct Row {
        int session = -1; // index into m_sessions
        bool running = false;
        friend bool operator==(const Row &a, const Row &b) { return a.session == b.session && a.running == b.running; }
    };

    QList<Row> computeRows() const;
    void setRows(QList<Row> rows);
    void updateState();
    void arm();
    void refreshTimes();
    QString progressText(const Session &session, bool running) const;
    void refreshAllBookmarks();
    void refreshBookmark(const QString &conferenceId, const QString &key);

    QPointer<TimeFormatter> m_formatter;
    PersonalSchedule *m_schedule = nullptr;
    Clock *m_clock = nullptr;
    QTimer m_timer;
    QString m_conferenceId;
    QString m_conferenceTitle;
    QList<Session> m_sessions;
    // Parallel to m_sessions, so the minute scan compares integers and builds no strings.
    QList<qint64> m_startMs;
    QList<qint64> m_endMs;
    qint64 m_firstStartMs = 0;
    qint64 m_lastEndMs = 0;
    qint64 m_nowMs = 0; // the instant the rows were computed for; data() answers for it
    QList<Row> m_rows;
    int m_nowCount = 0;
    QString m_stateText;
    bool m_beforeStart = false;
    bool m_afterEnd = false;
    bool m_stateDirty = false; // firstDayIndex moved: stateChanged is due even if the text did not
    int m_firstDayIndex = -1;
};

} // namespace Attend
