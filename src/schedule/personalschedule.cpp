#include "personalschedule.h"

#include "domain/zonecorrection.h"

#include "bookmarkchanges.h"

#include "domain/session.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Attend {

PersonalSchedule::PersonalSchedule(ScheduleStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
}

void PersonalSchedule::load()
{
    ScheduleStore::LoadResult result = m_store.load();
    m_data = std::move(result.data);
    m_readOnly = result.status == ScheduleStore::Status::TooNew;
    if (!result.message.isEmpty())
        qWarning().noquote() << "attend:" << result.message;
    setProblem(result.message);
    Q_EMIT settingsChanged();
}

int PersonalSchedule::indexOf(const QString &conferenceId, const QString &key) const
{
    for (int i = 0; i < m_data.bookmarks.size(); ++i) {
        const Bookmark &bookmark = m_data.bookmarks.at(i);
        if (bookmark.key == key && bookmark.conferenceId == conferenceId)
            return i;
    }
    return -1;
}

bool PersonalSchedule::isBookmarked(const QString &conferenceId, const QString &key) const
{
    return indexOf(conferenceId, key) >= 0;
}

const Bookmark *PersonalSchedule::bookmark(const QString &conferenceId, const QString &key) const
{
    const int index = indexOf(conferenceId, key);
    return index < 0 ? nullptr : &m_data.bookmarks.at(index);
}

QList<Bookmark> PersonalSchedule::bookmarks(const QString &conferenceId) const
{
    QList<Bookmark> list;
    for (const Bookmark &bookmark : m_data.bookmarks) {
        if (bookmark.conferenceId == conferenceId)
            list.append(bookmark);
    }
    return list;
}

Bookmark PersonalSchedule::bookmarkFor(const QString &conferenceId, const QString &conferenceTitle, const Session &session,
                                       const QString &feedAddress)
{
    Bookmark bookmark;
    bookmark.conferenceId = conferenceId;
    bookmark.feedAddress = feedAddress;
    bookmark.key = session.key;
    bookmark.conferenceTitle = conferenceTitle;
    bookmark.title = session.title;
    bookmark.room = session.room;
    bookmark.track = session.track;
    bookmark.speakers = session.speakerNames();
    bookmark.url = session.url;
    bookmark.joinLink = session.joinLink.toString();
    bookmark.abstract = session.abstract;
    bookmark.start = session.start.toUTC();
    bookmark.end = session.end().toUTC();
    bookmark.timeEstimated = session.timeIsEstimated;
    bookmark.recordingUrl = session.recordingLink.toString(); // found by the readers (domain/watchlinks.h)
    return bookmark;
}

void PersonalSchedule::addBookmark(Bookmark bookmark)
{
    if (isBookmarked(bookmark.conferenceId, bookmark.key))
        return;
    if (!bookmark.added.isValid())
        bookmark.added = QDateTime::currentDateTimeUtc();
    const QString conferenceId = bookmark.conferenceId;
    const QString key = bookmark.key;
    m_data.bookmarks.append(std::move(bookmark));
    save();
    Q_EMIT bookmarkAdded(conferenceId, key);
}

QList<RemovedBookmark> PersonalSchedule::removeBookmark(const QString &conferenceId, const QString &key)
{
    const int index = indexOf(conferenceId, key);
    if (index < 0)
        return {};
    const QList<RemovedBookmark> removed{{index, m_data.bookmarks.takeAt(index)}};
    save();
    Q_EMIT bookmarkRemoved(conferenceId, key);
    return removed;
}

void PersonalSchedule::setReminderEnabled(const QString &conferenceId, const QString &key, bool enabled)
{
    const int index = indexOf(conferenceId, key);
    if (index < 0 || m_data.bookmarks.at(index).reminderEnabled == enabled)
        return;
    m_data.bookmarks[index].reminderEnabled = enabled;
    save();
    Q_EMIT bookmarkChanged(conferenceId, key);
}

void PersonalSchedule::setLevel(const QString &conferenceId, const QString &key, BookmarkLevel level)
{
    const int index = indexOf(conferenceId, key);
    if (index < 0 || m_data.bookmarks.at(index).level == level)
        return;
    m_data.bookmarks[index].level = level;
    save();
    Q_EMIT bookmarkChanged(conferenceId, key);
}

void PersonalSchedule::setWatchLater(const QString &conferenceId, const QString &key, bool keep)
{
    const int index = indexOf(conferenceId, key);
    if (index < 0 || (m_data.bookmarks.at(index).watchLater == keep && !m_data.bookmarks.at(index).watched))
        return;
    m_data.bookmarks[index].watchLater = keep;
    m_data.bookmarks[index].watched = false;
    save();
    Q_EMIT bookmarkChanged(conferenceId, key);
}

void PersonalSchedule::setWatched(const QString &conferenceId, const QString &key, bool watched)
{
    const int index = indexOf(conferenceId, key);
    if (index < 0 || m_data.bookmarks.at(index).watched == watched)
        return;
    m_data.bookmarks[index].watched = watched;
    save();
    Q_EMIT bookmarkChanged(conferenceId, key);
}

QList<RemovedBookmark> PersonalSchedule::forgetConference(const QString &conferenceId)
{
    // From the end, so each index is the place the bookmark had in the whole list before the forget.
    QList<RemovedBookmark> removed;
    for (int i = int(m_data.bookmarks.size()) - 1; i >= 0; --i) {
        if (m_data.bookmarks.at(i).conferenceId == conferenceId)
            removed.prepend({i, m_data.bookmarks.takeAt(i)});
    }
    if (removed.isEmpty())
        return removed;
    save();
    for (const RemovedBookmark &entry : std::as_const(removed))
        Q_EMIT bookmarkRemoved(conferenceId, entry.bookmark.key);
    return removed;
}

int PersonalSchedule::restoreBookmarks(const QList<RemovedBookmark> &removed)
{
    // In the order of their old places: each insert then lands where it was, as long as the list
    // around it is the one it was taken from (other changes meanwhile only shift it a little).
    QList<RemovedBookmark> ordered = removed;
    std::sort(ordered.begin(), ordered.end(), [](const RemovedBookmark &a, const RemovedBookmark &b) { return a.index < b.index; });
    QStringList conferenceIds;
    QList<const Bookmark *> restored;
    for (const RemovedBookmark &entry : std::as_const(ordered)) {
        const Bookmark &bookmark = entry.bookmark;
        if (isBookmarked(bookmark.conferenceId, bookmark.key))
            continue;
        m_data.bookmarks.insert(std::clamp<qsizetype>(entry.index, 0, m_data.bookmarks.size()), bookmark);
        restored.append(&bookmark);
        if (!conferenceIds.contains(bookmark.conferenceId))
            conferenceIds.append(bookmark.conferenceId);
    }
    if (restored.isEmpty())
        return 0;
    save();
    // One bookmark back is an add, as the star's own; many at once are said once (as an import).
    if (restored.size() == 1)
        Q_EMIT bookmarkAdded(restored.constFirst()->conferenceId, restored.constFirst()->key);
    else
        Q_EMIT bookmarksMerged(conferenceIds);
    return int(restored.size());
}

int PersonalSchedule::mergeBookmarks(const QList<Bookmark> &bookmarks)
{
    int added = 0;
    QStringList conferenceIds;
    // One set of what is here, not a search of the list per bookmark: an import of thousands was quadratic.
    QSet<std::pair<QString, QString>> present;
    present.reserve(m_data.bookmarks.size() + bookmarks.size());
    for (const Bookmark &bookmark : std::as_const(m_data.bookmarks))
        present.insert({bookmark.conferenceId, bookmark.key});
    for (const Bookmark &bookmark : bookmarks) {
        if (present.contains({bookmark.conferenceId, bookmark.key}))
            continue;
        present.insert({bookmark.conferenceId, bookmark.key});
        m_data.bookmarks.append(bookmark);
        ++added;
        if (!conferenceIds.contains(bookmark.conferenceId))
            conferenceIds.append(bookmark.conferenceId);
    }
    if (added == 0)
        return 0;
    save();
    Q_EMIT bookmarksMerged(conferenceIds);
    return added;
}

QList<BookmarkChange> PersonalSchedule::refreshSnapshots(const QString &conferenceId, const QString &conferenceTitle,
                                                         const QList<Session> &sessions)
{
    const QList<BookmarkChange> changes = detectBookmarkChanges(bookmarks(conferenceId), sessions);

    QHash<QString, const Session *> byKey;
    for (const Session &session : sessions)
        byKey.insert(session.key, &session);
    QStringList changed;
    for (Bookmark &bookmark : m_data.bookmarks) {
        if (bookmark.conferenceId != conferenceId)
            continue;
        const Session *session = byKey.value(bookmark.key);
        const Bookmark after = bookmarkAfterUpdate(bookmark, session,
                                                   session ? bookmarkFor(conferenceId, conferenceTitle, *session, bookmark.feedAddress)
                                                           : Bookmark());
        if (!(after == bookmark)) {
            bookmark = after;
            changed.append(bookmark.key);
        }
    }
    saveAndAnnounce(conferenceId, changed);
    return changes;
}

void PersonalSchedule::replaceWallClock(const QString &conferenceId, const QTimeZone &from, const QTimeZone &to)
{
    if (!from.isValid() || !to.isValid() || from == to)
        return;
    QStringList changed;
    for (Bookmark &bookmark : m_data.bookmarks) {
        if (bookmark.conferenceId != conferenceId)
            continue;
        bookmark.start = Attend::replaceWallClock(bookmark.start, from, to);
        bookmark.end = Attend::replaceWallClock(bookmark.end, from, to);
        if (bookmark.movedFrom.isValid())
            bookmark.movedFrom = Attend::replaceWallClock(bookmark.movedFrom, from, to);
        changed.append(bookmark.key);
    }
    saveAndAnnounce(conferenceId, changed);
}

void PersonalSchedule::setFeedAddress(const QString &conferenceId, const QString &address, AddressUpdate update)
{
    QStringList changed;
    for (Bookmark &bookmark : m_data.bookmarks) {
        if (bookmark.conferenceId != conferenceId || bookmark.feedAddress == address)
            continue;
        if (update == AddressUpdate::WhereUnknown && !bookmark.feedAddress.isEmpty())
            continue;
        bookmark.feedAddress = address;
        changed.append(bookmark.key);
    }
    saveAndAnnounce(conferenceId, changed);
}

void PersonalSchedule::saveAndAnnounce(const QString &conferenceId, const QStringList &changedKeys)
{
    if (changedKeys.isEmpty())
        return;
    save();
    for (const QString &key : changedKeys)
        Q_EMIT bookmarkChanged(conferenceId, key);
}

QString PersonalSchedule::feedAddressOf(const QString &conferenceId) const
{
    for (const Bookmark &bookmark : m_data.bookmarks) {
        if (bookmark.conferenceId == conferenceId && !bookmark.feedAddress.isEmpty())
            return bookmark.feedAddress;
    }
    return {};
}

void PersonalSchedule::setLeadMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 60);
    if (minutes == m_data.leadMinutes)
        return;
    m_data.leadMinutes = minutes;
    save();
    Q_EMIT settingsChanged();
}

void PersonalSchedule::setRemindersPaused(bool paused)
{
    if (paused == m_data.remindersPaused)
        return;
    m_data.remindersPaused = paused;
    save();
    Q_EMIT settingsChanged();
}

void PersonalSchedule::setRemindMaybe(bool remind)
{
    if (remind == m_data.remindMaybe)
        return;
    m_data.remindMaybe = remind;
    save();
    Q_EMIT settingsChanged();
}

void PersonalSchedule::setStartingNow(int mode)
{
    mode = std::clamp(mode, 0, 2);
    if (mode == m_data.startingNow)
        return;
    m_data.startingNow = mode;
    save();
    Q_EMIT settingsChanged();
}

bool PersonalSchedule::wantsStartingNow(const Bookmark &bookmark) const
{
    return m_data.startingNow == ScheduleData::StartingNowAlways
           || (m_data.startingNow == ScheduleData::StartingNowWithJoinLink && !bookmark.joinLink.isEmpty());
}

bool PersonalSchedule::hasFired(const Bookmark &bookmark, Notice notice) const
{
    return m_data.firedReminders.contains(notice == Notice::Reminder ? firedReminderKey(bookmark) : firedStartKey(bookmark));
}

void PersonalSchedule::markFired(const Bookmark &bookmark, const QDateTime &at, Notice notice)
{
    // Forget reminders of sessions long over, so the file does not grow for ever.
    const QDateTime horizon = at.addDays(-30);
    for (auto it = m_data.firedReminders.begin(); it != m_data.firedReminders.end();) {
        it = it.value() < horizon ? m_data.firedReminders.erase(it) : std::next(it);
    }
    m_data.firedReminders.insert(notice == Notice::Reminder ? firedReminderKey(bookmark) : firedStartKey(bookmark), at.toUTC());
    save();
}

void PersonalSchedule::save()
{
    if (m_readOnly)
        return; // a newer Attend's file: never clobber it
    QString error;
    if (!m_store.save(m_data, &error)) {
        m_saveFailed = true;
        setProblem(tr("Your schedule could not be saved to %1: %2").arg(m_store.path(), error));
    } else if (m_saveFailed) {
        m_saveFailed = false; // saving works again: the earlier warning no longer holds
        setProblem(QString());
    }
}

void PersonalSchedule::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

std::optional<Bookmark> PersonalSchedule::nextBookmarkAfter(const QDateTime &now) const
{
    const Bookmark *next = nullptr;
    for (const Bookmark &bookmark : m_data.bookmarks) {
        if (bookmark.start > now && (!next || bookmark.start < next->start))
            next = &bookmark;
    }
    if (!next)
        return std::nullopt;
    return *next;
}

} // namespace Attend
