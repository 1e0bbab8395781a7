#include "agenda.h"

#include "sessionlistmodel.h"
#include "timeformatter.h"

#include "domain/textjoin.h"
#include "domain/weblink.h"

#include "library/settings.h"
#include "schedule/icsfile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QJSEngine>
#include <QTimeZone>
#include <QUrl>
#include <QLocale>

#include <utility>

namespace Attend {

namespace {
} // namespace

Agenda::Agenda(TimeFormatter *formatter, PersonalSchedule *schedule, QObject *parent, Clock *clock)
    : QObject(parent)
    , m_formatter(formatter)
    , m_schedule(schedule)
    , m_sessions(new SessionListModel(formatter, schedule, this))
    , m_mySchedule(new ScheduleModel(formatter, schedule, this))
    , m_allSchedule(new ScheduleModel(formatter, schedule, this, ScheduleModel::Scope::AllConferences))
    , m_watchLater(new ScheduleModel(formatter, schedule, this, ScheduleModel::Scope::WatchLater))
    , m_timeline(new DayTimelineModel(formatter, schedule, this))
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_nowNext(new NowNextModel(formatter, clock ? clock : m_ownClock.get(), this))
    , m_speakers(new SpeakerListModel(this))
    , m_clock(clock ? clock : m_ownClock.get())
{
    m_nowNext->setSchedule(schedule);
    const auto countChange = [this] {
        ++m_bookmarkRevision;
        Q_EMIT bookmarksChanged();
    };
    const auto onBookmarkEvent = [this, countChange](const QString &conferenceId) {
        if (conferenceId == m_conferenceId)
            countChange();
    };
    connect(schedule, &PersonalSchedule::bookmarkAdded, this, onBookmarkEvent);
    connect(schedule, &PersonalSchedule::bookmarkRemoved, this, onBookmarkEvent);
    connect(schedule, &PersonalSchedule::bookmarkChanged, this, onBookmarkEvent);
    connect(schedule, &PersonalSchedule::bookmarksMerged, this, [this, countChange](const QStringList &conferenceIds) {
        if (conferenceIds.contains(m_conferenceId))
            countChange();
    });
}

Agenda::~Agenda()
{
    delete m_nowNext; // before the clock it reads
}

QVariantMap Agenda::sessionSummary(const QString &key) const
{
    const Session *found = session(key);
    if (!found)
        return {{QStringLiteral("title"), key}, {QStringLiteral("detailLine"), QString()}, {QStringLiteral("bookmarked"), false}};
    return {{QStringLiteral("title"), found->title},
            {QStringLiteral("detailLine"), joinNonEmpty({m_formatter->day(found->start), m_formatter->timeRange(found->start, found->end()), found->room})},
            {QStringLiteral("bookmarked"), isBookmarked(key)},
            {QStringLiteral("maybe"), isMaybe(key)},
            {QStringLiteral("track"), found->track},
            {QStringLiteral("startTime"), m_formatter->time(found->start)},
            {QStringLiteral("timeEstimated"), found->timeIsEstimated},
            {QStringLiteral("cancelled"), found->cancelled}};
}

void Agenda::setQmlInstance(Agenda *agenda)
{
    s_qmlInstance = agenda;
}

Agenda *Agenda::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_qmlInstance, "Agenda::create", "the application must set the instance before loading QML");
    QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);
    return s_qmlInstance;
}

void Agenda::setConference(Conference conference, const QString &conferenceId, const QString &feedAddress)
{
    m_conference = std::move(conference);
    m_conferenceId = conferenceId.isEmpty() ? conferenceIdFor(m_conference) : conferenceId;
    m_feedAddress = feedAddress;
    m_tracks = m_conference.tracks();
    m_rooms.clear();
    QSet<QString> seenRooms;
    for (const Session &session : std::as_const(m_conference.sessions)) {
        if (!session.room.isEmpty() && !seenRooms.contains(session.room)) {
            seenRooms.insert(session.room);
            m_rooms.append(session.room);
        }
    }
    loadHidden();
    m_formatter->setEventZone(m_conference.timeZone);
    // Bookmark snapshots are not refreshed here: Conferences does it once, before it shows an agenda,
    // and tells the person what changed.
    m_sessions->setSessions(m_conferenceId, m_conference.sessions);
    QSet<QString> keys;
    for (const Session &session : std::as_const(m_conference.sessions))
        keys.insert(session.key);
    m_mySchedule->setConference(m_conferenceId, keys);
    m_allSchedule->setConference(m_conferenceId, keys);
    m_timeline->setConference(m_conferenceId);
    m_nowNext->setConferenceTitle(m_conference.title);
    m_nowNext->setSessions(m_conferenceId, m_conference.sessions);
    m_speakers->setSessions(m_conferenceId, m_conference.sessions);
    if (m_now.isValid())
        m_sessions->setNow(m_now);
    Q_EMIT conferenceChanged();
    Q_EMIT hiddenChanged();
}

void Agenda::setLoadError(const QString &error)
{
    if (error == m_loadError)
        return;
    m_loadError = error;
    Q_EMIT loadErrorChanged();
}

QString Agenda::dates() const
{
    if (m_conference.days.isEmpty())
        return {};
    const QDate first = m_conference.days.constFirst();
    const QDate last = m_conference.days.constLast();
    const QLocale locale;
    if (first == last)
        return locale.toString(first, QLocale::LongFormat);
    return tr("%1 to %2").arg(locale.toString(first, QLocale::LongFormat), locale.toString(last, QLocale::LongFormat));
}

QString Agenda::zoneName() const
{
    const QByteArray id = m_conference.timeZone.id();
    const QString abbreviation = zoneAbbreviation(m_conference.timeZone, m_conference.firstStart());
    if (m_conference.zoneSource == ZoneSource::FromOffsets || abbreviation == QString::fromUtf8(id))
        return abbreviation;
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(id), abbreviation);
}

QString Agenda::zoneNote() const
{
    switch (m_conference.zoneSource) {
    case ZoneSource::Declared:
        return {};
    case ZoneSource::FromOffsets:
        return tr("The feed names no time zone; its times carry the offset %1.").arg(zoneName());
    case ZoneSource::GuessedFromCity:
        return tr("The feed names no time zone: guessed %1 from the venue's city, %2.")
            .arg(QString::fromUtf8(m_conference.timeZone.id()), m_conference.city);
    case ZoneSource::AssumedUtc:
        return tr("The feed names no time zone: event time is shown as UTC. Times it writes without an offset are read as UTC and may be off.");
    case ZoneSource::SetByPerson:
        return {};
    }
    return {};
}

QStringList Agenda::dayLabels() const
{
    QStringList labels;
    const QLocale locale;
    for (const QDate &day : m_conference.days)
        labels.append(locale.toString(day, QStringLiteral("ddd d MMM")));
    return labels;
}

bool Agenda::isBookmarked(const QString &key) const
{
    return m_schedule->isBookmarked(m_conferenceId, key);
}

void Agenda::toggleBookmark(const QString &key)
{
    if (m_schedule->isBookmarked(m_conferenceId, key)) {
        removeBookmarkOf(m_conferenceId, key); // with its Undo notice
        return;
    }
    if (const Session *found = session(key))
        m_schedule->addBookmark(PersonalSchedule::bookmarkFor(m_conferenceId, m_conference.title, *found, m_feedAddress));
}

bool Agenda::isMaybe(const QString &key) const
{
    const Bookmark *bookmark = m_schedule->bookmark(m_conferenceId, key);
    return bookmark && bookmark->level == BookmarkLevel::Maybe;
}

void Agenda::setMaybe(const QString &key, bool maybe)
{
    const BookmarkLevel level = maybe ? BookmarkLevel::Maybe : BookmarkLevel::MustSee;
    if (m_schedule->isBookmarked(m_conferenceId, key)) {
        m_schedule->setLevel(m_conferenceId, key, level);
        return;
    }
    if (const Session *found = session(key)) {
        Bookmark bookmark = PersonalSchedule::bookmarkFor(m_conferenceId, m_conference.title, *found, m_feedAddress);
        bookmark.level = level;
        m_schedule->addBookmark(bookmark);
    }
}

void Agenda::cycleLevel(const QString &key)
{
    setMaybe(key, !m_schedule->isBookmarked(m_conferenceId, key) || !isMaybe(key));
}

void Agenda::removeBookmarkOf(const QString &conferenceId, const QString &key)
{
    QList<RemovedBookmark> removed = m_schedule->removeBookmark(conferenceId, key);
    if (removed.isEmpty())
        return;
    const QString title = removed.constFirst().bookmark.title;
    noteRemoval(std::move(removed), tr("Removed “%1” from your schedule").arg(title));
}

void Agenda::setMaybeOf(const QString &conferenceId, const QString &key, bool maybe)
{
    m_schedule->setLevel(conferenceId, key, maybe ? BookmarkLevel::Maybe : BookmarkLevel::MustSee);
}

void Agenda::forgetConference(const QString &conferenceId)
{
    const QString title = bookmarkedConference(conferenceId).value(QStringLiteral("title")).toString();
    QList<RemovedBookmark> removed = m_schedule->forgetConference(conferenceId);
    if (removed.isEmpty())
        return;
    const int count = int(removed.size());
    noteRemoval(std::move(removed), tr("Forgot %n bookmark(s) of “%1”", "", count).arg(title));
}

void Agenda::noteRemoval(QList<RemovedBookmark> removed, const QString &message)
{
    m_lastRemoved = std::move(removed);
    Q_EMIT removedUndoably(message);
}

bool Agenda::undoRemoval()
{
    if (m_lastRemoved.isEmpty())
        return false;
    const QList<RemovedBookmark> removed = std::exchange(m_lastRemoved, {});
    return m_schedule->restoreBookmarks(removed) > 0;
}

void Agenda::setWatchLater(const QString &conferenceId, const QString &key, bool keep)
{
    m_schedule->setWatchLater(conferenceId, key, keep);
}

void Agenda::setWatched(const QString &conferenceId, const QString &key, bool watched)
{
    m_schedule->setWatched(conferenceId, key, watched);
}

QVariantMap Agenda::bookmarkedConference(const QString &conferenceId) const
{
    QString title;
    for (const Bookmark &bookmark : m_schedule->allBookmarks()) {
        if (bookmark.conferenceId == conferenceId && !bookmark.conferenceTitle.isEmpty()) {
            title = bookmark.conferenceTitle;
            break;
        }
    }
    return {{QStringLiteral("title"), title.isEmpty() ? conferenceId : title},
            {QStringLiteral("followed"), m_followed.contains(conferenceId) || conferenceId == m_conferenceId},
            {QStringLiteral("feedAddress"), m_schedule->feedAddressOf(conferenceId)}};
}

void Agenda::setFollowedConferences(const QSet<QString> &conferenceIds)
{
    m_followed = conferenceIds;
    m_allSchedule->setFollowedConferences(conferenceIds);
    m_watchLater->setFollowedConferences(conferenceIds);
}

void Agenda::prepareWatchLaterPrompt()
{
    // Asked once a day at most, about the day before in the person's own zone.
    const QTimeZone zone = m_formatter->viewerZone();
    const QDateTime now = m_clock->now().toTimeZone(zone);
    const QDate today = now.date();
    if (Settings::instance()->watchLaterPromptedOn() == today)
        return;
    const QDateTime dayStart(today.addDays(-1), QTime(0, 0), zone);
    const QDateTime dayEnd(today, QTime(0, 0), zone);
    m_promptedBookmarks.clear();
    for (const Bookmark &bookmark : m_schedule->allBookmarks()) {
        if (!bookmark.watchLater && !bookmark.cancelled && bookmark.start >= dayStart && bookmark.start < dayEnd && bookmark.end <= now)
            m_promptedBookmarks.append({bookmark.conferenceId, bookmark.key});
    }
    if (m_promptedBookmarks.isEmpty())
        return;
    m_watchLaterPrompt = tr("You had %n session(s) yesterday — mark any to watch later?", nullptr, int(m_promptedBookmarks.size()));
    Q_EMIT watchLaterPromptChanged();
}

void Agenda::markPromptedForWatchLater()
{
    for (const auto &[conferenceId, key] : std::as_const(m_promptedBookmarks))
        m_schedule->setWatchLater(conferenceId, key, true);
    dismissWatchLaterPrompt();
}

void Agenda::dismissWatchLaterPrompt()
{
    Settings::instance()->setWatchLaterPromptedOn(m_clock->now().toTimeZone(m_formatter->viewerZone()).date());
    m_promptedBookmarks.clear();
    if (m_watchLaterPrompt.isEmpty())
        return;
    m_watchLaterPrompt.clear();
    Q_EMIT watchLaterPromptChanged();
}

bool Agenda::reminderEnabled(const QString &key) const
{
    const Bookmark *bookmark = m_schedule->bookmark(m_conferenceId, key);
    return bookmark && bookmark->reminderEnabled;
}

void Agenda::setReminderEnabled(const QString &key, bool enabled)
{
    m_schedule->setReminderEnabled(m_conferenceId, key, enabled);
}

QString Agenda::exportBookmarks(const QUrl &file) const
{
    return exportTo(file, m_schedule->bookmarks(m_conferenceId));
}

QString Agenda::url() const
{
    const QString address = m_conference.url.toString();
    return isWebLink(address) ? address : QString();
}

QString Agenda::importBookmarks(const QUrl &file)
{
    if (file.toLocalFile().isEmpty())
        return tr("Could not import: no file was chosen.");
    rememberFolder(file.toLocalFile());
    const IcsFileImport result = importBookmarksFile(*m_schedule, file.toLocalFile());
    switch (result.problem) {
    case IcsFileImport::Problem::Unreadable:
        return tr("Could not open %1: %2").arg(file.toLocalFile(), result.detail.isEmpty() ? tr("not a readable file of at most 100 MB") : result.detail);
    case IcsFileImport::Problem::NotBookmarks:
        return tr("Could not import %1: %2").arg(file.toLocalFile(), result.detail);
    case IcsFileImport::Problem::None:
        break;
    }
    return tr("Imported %n new bookmark(s) from %1 (already in My schedule: %2).", nullptr, result.added)
        .arg(file.toLocalFile(), QString::number(result.read - result.added));
}

const Session *Agenda::session(const QString &key) const
{
    const int index = m_conference.indexOfKey(key);
    return index < 0 ? nullptr : &m_conference.sessions.at(index);
}

} // namespace Attend

namespace Attend {

Settings *Agenda::settings() const
{
    return m_settings ? m_settings.data() : Settings::instance();
}

void Agenda::setSettings(Settings *settings)
{
    m_settings = settings;
}

void Agenda::loadHidden()
{
    m_hiddenTracks = settings()->hiddenTracks(m_conferenceId);
    m_hiddenRooms = settings()->hiddenRooms(m_conferenceId);
}

void Agenda::saveHidden() const
{
    settings()->setHidden(m_conferenceId, m_hiddenTracks, m_hiddenRooms);
}

void Agenda::hideTrack(const QString &track)
{
    if (track.isEmpty() || m_hiddenTracks.contains(track))
        return;
    m_hiddenTracks.append(track);
    saveHidden();
    Q_EMIT hiddenChanged();
}

void Agenda::hideRoom(const QString &room)
{
    if (room.isEmpty() || m_hiddenRooms.contains(room))
        return;
    m_hiddenRooms.append(room);
    saveHidden();
    Q_EMIT hiddenChanged();
}

void Agenda::showHidden()
{
    if (m_hiddenTracks.isEmpty() && m_hiddenRooms.isEmpty())
        return;
    m_hiddenTracks.clear();
    m_hiddenRooms.clear();
    saveHidden();
    Q_EMIT hiddenChanged();
}

void Agenda::setNow(const QDateTime &now)
{
    if (now == m_now)
        return;
    m_now = now;
    m_sessions->setNow(now);
    m_mySchedule->setNow(now);
    m_allSchedule->setNow(now);
    m_watchLater->setNow(now);
    Q_EMIT nowChanged();
}

} // namespace Attend

// Export and import through the file dialogs: names, folders, the .ics suffix.
namespace Attend {

namespace {
QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

/** A file name from a conference title: no folder separators, nothing a shell or a desktop trips on. */
QString fileNameFrom(const QString &title)
{
    QString name;
    for (const QChar c : title.simplified()) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.category() == QChar::Other_Control)
            name.append(QLatin1Char('-'));
        else
            name.append(c);
    }
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.left(80).trimmed();
}

} // namespace

void Agenda::rememberFolder(const QString &file) const
{
    settings()->setLastFileFolder(QFileInfo(file).absolutePath());
}

QString Agenda::exportTo(const QUrl &file, const QList<Bookmark> &bookmarks) const
{
    QString path = file.toLocalFile();
    if (path.isEmpty())
        return tr("Could not export: no file was chosen.");
    // People type "my-fosdem"; calendars look for ".ics".
    if (QFileInfo(path).suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) != 0)
        path += QLatin1String(".ics");
    rememberFolder(path);
    QString error;
    if (!writeBookmarksIcsFile(path, bookmarks, &error))
        return tr("Could not write %1: %2").arg(path, error);
    return tr("Exported %n bookmarked session(s) to %1.", nullptr, int(bookmarks.size())).arg(path);
}

QString Agenda::exportAllBookmarks(const QUrl &file) const
{
    return exportTo(file, m_schedule->allBookmarks());
}

int Agenda::conferencesWithBookmarks() const
{
    QSet<QString> ids;
    for (const Bookmark &bookmark : m_schedule->allBookmarks())
        ids.insert(bookmark.conferenceId);
    return int(ids.size());
}

QUrl Agenda::suggestedExportFile(bool allConferences) const
{
    QString name = allConferences || m_conference.title.isEmpty() ? tr("my-schedule") : fileNameFrom(m_conference.title);
    if (name.isEmpty())
        name = QStringLiteral("attend");
    return QUrl::fromLocalFile(QDir(fileDialogFolder().toLocalFile()).filePath(name + QLatin1String(".ics")));
}

QString Agenda::suggestedExportFileName(bool allConferences) const
{
    return QFileInfo(suggestedExportFile(allConferences).toLocalFile()).fileName();
}

QVariantList Agenda::folderEntries(const QUrl &folder, bool calendarsOnly) const
{
    QVariantList entries;
    const QDir dir(folder.toLocalFile());
    if (folder.toLocalFile().isEmpty() || !dir.exists())
        return entries;
    const QFileInfoList folders = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &info : folders)
        entries.append(QVariantMap{{QStringLiteral("name"), info.fileName()},
                                   {QStringLiteral("url"), QUrl::fromLocalFile(info.absoluteFilePath())},
                                   {QStringLiteral("isFolder"), true}});
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &info : files) {
        if (calendarsOnly && info.suffix().compare(QLatin1String("ics"), Qt::CaseInsensitive) != 0)
            continue;
        entries.append(QVariantMap{{QStringLiteral("name"), info.fileName()},
                                   {QStringLiteral("url"), QUrl::fromLocalFile(info.absoluteFilePath())},
                                   {QStringLiteral("isFolder"), false}});
    }
    return entries;
}

QUrl Agenda::parentFolder(const QUrl &folder) const
{
    QDir dir(folder.toLocalFile());
    if (!dir.cdUp())
        return folder;
    return QUrl::fromLocalFile(dir.absolutePath());
}

QUrl Agenda::fileInFolder(const QUrl &folder, const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed == QLatin1String("~") || trimmed.startsWith(QLatin1String("~/")))
        return QUrl::fromLocalFile(QDir::cleanPath(QDir::homePath() + trimmed.mid(1)));
    if (QDir::isAbsolutePath(trimmed))
        return QUrl::fromLocalFile(QDir::cleanPath(trimmed));
    return QUrl::fromLocalFile(QDir::cleanPath(QDir(folder.toLocalFile()).absoluteFilePath(trimmed)));
}

bool Agenda::isFolder(const QUrl &file) const
{
    return !file.toLocalFile().isEmpty() && QFileInfo(file.toLocalFile()).isDir();
}

QUrl Agenda::fileDialogFolder() const
{
    const QString last = settings()->lastFileFolder();
    return QUrl::fromLocalFile(!last.isEmpty() && QFileInfo(last).isDir() ? last : defaultFolder());
}

} // namespace Attend
