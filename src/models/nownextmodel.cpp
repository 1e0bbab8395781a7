#include "nownextmodel.h"

#include "domain/weblink.h"

#include "domain/textjoin.h"
#include "domain/clock.h"
#include "timeformatter.h"

#include "schedule/personalschedule.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace Attend {

namespace {
constexpr qint64 msPerMinute = 60 * 1000;
// Fire just after the minute turns, never just before it: a timer a hair early would show the old minute.
constexpr qint64 timerSlackMs = 20;

qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
qint64 ceilDiv(qint64 a, qint64 b) { return -floorDiv(-a, b); }
} // namespace

NowNextModel::NowNextModel(TimeFormatter *formatter, Clock *clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_formatter(formatter)
    , m_clock(clock)
{
    Q_ASSERT(clock);
    m_timer.setSingleShot(true);
    // A coarse timer may be 5 % late: three seconds of the old minute on a 60 s interval.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &NowNextModel::refresh);
    if (formatter)
        connect(formatter, &TimeFormatter::displayZoneChanged, this, &NowNextModel::refreshTimes);
}

void NowNextModel::setSchedule(PersonalSchedule *schedule)
{
    if (schedule == m_schedule)
        return;
    if (m_schedule)
        disconnect(m_schedule, nullptr, this, nullptr);
    m_schedule = schedule;
    if (schedule) {
        connect(schedule, &PersonalSchedule::bookmarkAdded, this, &NowNextModel::refreshBookmark);
        connect(schedule, &PersonalSchedule::bookmarkRemoved, this, &NowNextModel::refreshBookmark);
        connect(schedule, &PersonalSchedule::bookmarkChanged, this, &NowNextModel::refreshBookmark);
        connect(schedule, &PersonalSchedule::bookmarksMerged, this, [this](const QStringList &conferenceIds) {
            if (conferenceIds.contains(m_conferenceId))
                refreshAllBookmarks();
        });
    }
    refreshAllBookmarks();
}

void NowNextModel::refreshAllBookmarks()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {BookmarkedRole, MaybeRole});
}

void NowNextModel::refreshBookmark(const QString &conferenceId, const QString &key)
{
    if (conferenceId != m_conferenceId)
        return;
    // A handful of rows (what runs now and within the hour): a scan costs less than an index.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_sessions.at(m_rows.at(row).session).key == key) {
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed, {BookmarkedRole, MaybeRole});
        }
    }
}

void NowNextModel::setSessions(const QString &conferenceId, const QList<Session> &sessions)
{
    const int oldNow = nowCount();
    const int oldNext = nextCount();
    const int oldFirstDay = m_firstDayIndex;
    // A new feed replaces everything: the reset is the honest signal.
    beginResetModel();
    m_conferenceId = conferenceId;
    m_sessions = sessions;
    m_startMs.clear();
    m_endMs.clear();
    m_startMs.reserve(m_sessions.size());
    m_endMs.reserve(m_sessions.size());
    m_firstStartMs = std::numeric_limits<qint64>::max();
    m_lastEndMs = std::numeric_limits<qint64>::min();
    m_firstDayIndex = -1;
    for (const Session &session : std::as_const(m_sessions)) {
        const qint64 start = session.start.toMSecsSinceEpoch();
        const qint64 end = start + session.durationSeconds * 1000;
        m_startMs.append(start);
        m_endMs.append(end);
        // The conference's bounds count cancelled sessions too: its dates do not move for one talk.
        if (start < m_firstStartMs) {
            m_firstStartMs = start;
            m_firstDayIndex = session.dayIndex;
        }
        m_lastEndMs = std::max(m_lastEndMs, end);
    }
    if (m_firstDayIndex != oldFirstDay)
        m_stateDirty = true;
    m_nowMs = m_clock->now().toMSecsSinceEpoch();
    setRows(computeRows());
    endResetModel();
    if (oldNow != nowCount() || oldNext != nextCount())
        Q_EMIT countsChanged();
    updateState();
    arm();
}

void NowNextModel::setConferenceTitle(const QString &title)
{
    if (title == m_conferenceTitle)
        return;
    m_conferenceTitle = title;
    updateState();
}

QList<NowNextModel::Row> NowNextModel::computeRows() const
{
    const qint64 horizon = m_nowMs + nextWindowSeconds * 1000;
    // O(n) over integers: at 14,000 sessions this is well under a millisecond a minute.
    QList<Row> rows;
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).cancelled)
            continue;
        const qint64 start = m_startMs.at(i);
        if (start <= m_nowMs && m_nowMs < m_endMs.at(i))
            rows.append({i, true});
        else if (m_nowMs < start && start <= horizon)
            rows.append({i, false});
    }
    std::sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) {
        if (a.running != b.running)
            return a.running;
        if (m_startMs.at(a.session) != m_startMs.at(b.session))
            return m_startMs.at(a.session) < m_startMs.at(b.session);
        const Session &left = m_sessions.at(a.session);
        const Session &right = m_sessions.at(b.session);
        if (left.title != right.title)
            return left.title < right.title;
        return left.key < right.key;
    });
    return rows;
}

void NowNextModel::setRows(QList<Row> rows)
{
    m_rows = std::move(rows);
    m_nowCount = int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.running; }));
}

void NowNextModel::refresh()
{
    const int oldNow = nowCount();
    const int oldNext = nextCount();
    m_nowMs = m_clock->now().toMSecsSinceEpoch();
    QList<Row> rows = computeRows();
    if (rows != m_rows) {
        // Rows come and go together at the minute (one ends, another starts, "next" moves to
        // "now"): a reset says that honestly, and the list is short.
        beginResetModel();
        setRows(std::move(rows));
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ProgressTextRole, ProgressRole});
    }
    if (oldNow != nowCount() || oldNext != nextCount())
        Q_EMIT countsChanged();
    updateState();
    arm();
}

void NowNextModel::arm()
{
    // After the end nothing changes any more; without sessions nothing can.
    if (m_sessions.isEmpty() || m_afterEnd) {
        m_timer.stop();
        return;
    }
    const qint64 intoMinute = m_nowMs - floorDiv(m_nowMs, msPerMinute) * msPerMinute;
    m_timer.start(std::chrono::milliseconds(msPerMinute - intoMinute + timerSlackMs));
}

void NowNextModel::updateState()
{
    QString text;
    bool before = false;
    bool after = false;
    if (!m_sessions.isEmpty()) {
        const QDateTime firstStart = QDateTime::fromMSecsSinceEpoch(m_firstStartMs, Qt::UTC);
        if (m_nowMs < m_firstStartMs) {
            before = true;
            const QString day = m_formatter ? m_formatter->day(firstStart) : firstStart.date().toString(Qt::ISODate);
            text = m_conferenceTitle.isEmpty() ? tr("The conference starts on %1").arg(day)
                                               : tr("%1 starts on %2").arg(m_conferenceTitle, day);
        } else if (m_nowMs >= m_lastEndMs) {
            after = true;
            text = tr("The conference is over");
        } else if (m_nowCount == 0) {
            // A gap (lunch, the night): say what comes next, however far off it is.
            int next = -1;
            for (int i = 0; i < m_sessions.size(); ++i) {
                if (m_sessions.at(i).cancelled || m_startMs.at(i) <= m_nowMs)
                    continue;
                if (next < 0 || m_startMs.at(i) < m_startMs.at(next))
                    next = i;
            }
            if (next < 0) {
                text = tr("Nothing is on right now.");
            } else {
                const Session &session = m_sessions.at(next);
                QString when;
                if (m_formatter) {
                    when = m_formatter->time(session.start);
                    const QTimeZone zone = m_formatter->displayZone();
                    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
                    if (session.start.toTimeZone(zone).date() != now.toTimeZone(zone).date())
                        when = m_formatter->day(session.start) + QLatin1Char(' ') + when;
                } else {
                    when = session.start.toString(Qt::ISODate);
                }
                text = tr("Nothing is on right now. Next: %1 %2").arg(when, session.title);
            }
        }
    }
    if (text == m_stateText && before == m_beforeStart && after == m_afterEnd && !m_stateDirty)
        return;
    m_stateText = text;
    m_beforeStart = before;
    m_afterEnd = after;
    m_stateDirty = false;
    Q_EMIT stateChanged();
}

void NowNextModel::refreshTimes()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {DetailLineRole, StartTimeRole});
    updateState();
}

int NowNextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString NowNextModel::progressText(const Session &session, bool running) const
{
    const auto duration = [](qint64 minutes) {
        if (minutes < 60)
            return tr("%n min", nullptr, int(minutes));
        const int hours = int(minutes / 60);
        const int rest = int(minutes % 60);
        return rest == 0 ? tr("%n h", nullptr, hours) : tr("%1 h %2 min").arg(hours).arg(rest);
    };
    const qint64 start = session.start.toMSecsSinceEpoch();
    if (!running)
        return tr("in %1").arg(duration(ceilDiv(start - m_nowMs, msPerMinute)));
    // Whole minutes gone (rounded down) and left (rounded up) add up to the session's length.
    const qint64 gone = floorDiv(m_nowMs - start, msPerMinute);
    const QString left = duration(ceilDiv(start + session.durationSeconds * 1000 - m_nowMs, msPerMinute));
    return gone == 0 ? tr("just started \u00B7 %1 left").arg(left) : tr("%1 in \u00B7 %2 left").arg(duration(gone), left);
}

QVariant NowNextModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Session &session = m_sessions.at(row.session);
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return session.title;
    case KeyRole:
        return session.key;
    case DetailLineRole:
        return joinNonEmpty({m_formatter ? m_formatter->timeRange(session.start, session.end()) : QString(),
                             session.room, session.track, session.speakerNames().join(QStringLiteral(", "))});
    case SectionRole:
        return row.running ? QStringLiteral("now") : QStringLiteral("next");
    case ProgressTextRole:
        return progressText(session, row.running);
    case ProgressRole: {
        if (!row.running || session.durationSeconds <= 0)
            return 0.0;
        const double gone = double(m_nowMs - m_startMs.at(row.session));
        return std::clamp(gone / double(session.durationSeconds * 1000), 0.0, 1.0);
    }
    case StartRole:
        return session.start;
    case JoinLinkRole:
        return isWebLink(session.joinLink.toString()) ? session.joinLink.toString() : QString();
    case StartTimeRole:
        return m_formatter ? m_formatter->time(session.start) : QString();
    case TrackRole:
        return session.track;
    case BookmarkedRole:
        return m_schedule && m_schedule->isBookmarked(m_conferenceId, session.key);
    case MaybeRole: {
        const Bookmark *bookmark = m_schedule ? m_schedule->bookmark(m_conferenceId, session.key) : nullptr;
        return bookmark && bookmark->level == BookmarkLevel::Maybe;
    }
    }
    return {};
}

QHash<int, QByteArray> NowNextModel::roleNames() const
{
    return {
        {KeyRole, "key"},
        {TitleRole, "title"},
        {DetailLineRole, "detailLine"},
        {SectionRole, "section"},
        {ProgressTextRole, "progressText"},
        {ProgressRole, "progress"},
        {StartRole, "start"},
        {JoinLinkRole, "joinLink"},
        {StartTimeRole, "startTime"},
        {TrackRole, "track"},
        {BookmarkedRole, "bookmarked"},
        {MaybeRole, "maybe"},
    };
}

} // namespace Attend
