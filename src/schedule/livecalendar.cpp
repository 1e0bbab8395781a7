#include "livecalendar.h"

#include "icsexport.h"
#include "personalschedule.h"

#include "domain/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Attend {

namespace {
/** What a subscribed calendar shows of an event: when it changes, SEQUENCE must rise (RFC 5545 §3.8.7.4). */
QByteArray fingerprintOf(const Bookmark &bookmark, int alarmMinutes)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList parts{bookmark.start.toUTC().toString(Qt::ISODate), bookmark.end.toUTC().toString(Qt::ISODate),
                            bookmark.title, bookmark.room, bookmark.track, bookmark.speakers.join(QLatin1Char('\n')),
                            bookmark.url, bookmark.abstract, QString::number(int(bookmark.cancelled)),
                            QString::number(int(bookmark.level)), QString::number(alarmMinutes)};
    for (const QString &part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return hash.result().toHex();
}

/** Atomic and 0600, without touching the mode of a folder the person chose. */
bool writeOwnerOnly(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir() && !makePrivateFolder(folder, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
} // namespace

LiveCalendar::LiveCalendar(PersonalSchedule *schedule, QString statePath, QObject *parent)
    : QObject(parent)
    , m_schedule(schedule)
    , m_statePath(std::move(statePath))
    , m_path(defaultPath())
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(writeDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &LiveCalendar::writeNow);
    connect(schedule, &PersonalSchedule::bookmarkAdded, this, &LiveCalendar::scheduleWrite);
    connect(schedule, &PersonalSchedule::bookmarksMerged, this, &LiveCalendar::scheduleWrite);
    connect(schedule, &PersonalSchedule::bookmarkRemoved, this, &LiveCalendar::scheduleWrite);
    connect(schedule, &PersonalSchedule::bookmarkChanged, this, &LiveCalendar::scheduleWrite);
    connect(schedule, &PersonalSchedule::settingsChanged, this, &LiveCalendar::scheduleWrite); // the lead time
    loadState();
}

QString LiveCalendar::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/attend-bookmarks.ics");
}

QString LiveCalendar::defaultStatePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/live-calendar-state.json");
}

void LiveCalendar::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled)
        writeNow();
    else
        m_writeTimer.stop();
}

void LiveCalendar::setPath(const QString &path)
{
    const QString wanted = path.isEmpty() ? defaultPath() : path;
    if (wanted == m_path)
        return;
    m_path = wanted;
    if (m_enabled)
        writeNow();
}

void LiveCalendar::setAlarms(bool alarms)
{
    if (alarms == m_alarms)
        return;
    m_alarms = alarms;
    scheduleWrite();
}

void LiveCalendar::setFollowedConferences(const QSet<QString> &conferenceIds)
{
    if (m_followedKnown && conferenceIds == m_followed)
        return;
    m_followedKnown = true;
    m_followed = conferenceIds;
    scheduleWrite();
}

void LiveCalendar::scheduleWrite()
{
    if (m_enabled && !m_writeTimer.isActive())
        m_writeTimer.start();
}

bool LiveCalendar::writeNow()
{
    m_writeTimer.stop();
    QList<Bookmark> bookmarks;
    QList<LiveEventExtras> extras;
    bool stateChanged = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int lead = m_schedule->leadMinutes();
    for (const Bookmark &bookmark : m_schedule->allBookmarks()) {
        if (m_followedKnown && !m_followed.contains(bookmark.conferenceId))
            continue;
        LiveEventExtras extra;
        if (m_alarms && bookmark.level == BookmarkLevel::MustSee && bookmark.reminderEnabled)
            extra.alarmMinutes = lead;
        const QString uid = icsUidFor(bookmark);
        const QByteArray fingerprint = fingerprintOf(bookmark, extra.alarmMinutes);
        auto it = m_state.find(uid);
        if (it == m_state.end()) {
            // New here; a UID seen before (removed, then bookmarked again) keeps counting up.
            m_state.insert(uid, {0, fingerprint, now});
            stateChanged = true;
        } else if (it->fingerprint != fingerprint) {
            ++it->sequence;
            it->fingerprint = fingerprint;
            it->lastSeen = now;
            stateChanged = true;
        } else if (it->lastSeen.daysTo(now) >= 1) {
            it->lastSeen = now; // refreshed once a day, not on every write
            stateChanged = true;
        }
        extra.sequence = m_state.value(uid).sequence;
        bookmarks.append(bookmark);
        extras.append(extra);
    }
    // Forget the state of events gone from the file for half a year: the state would grow for ever.
    // Never of one still in the file, however old its session: its SEQUENCE must go on rising.
    QSet<QString> inFile;
    for (const Bookmark &bookmark : std::as_const(bookmarks))
        inFile.insert(icsUidFor(bookmark));
    const QDateTime horizon = now.addDays(-180);
    for (auto it = m_state.begin(); it != m_state.end();) {
        if (!inFile.contains(it.key()) && it->lastSeen.isValid() && it->lastSeen < horizon) {
            it = m_state.erase(it);
            stateChanged = true;
        } else {
            ++it;
        }
    }

    QString error;
    // The state first: a crash between the two writes must never let a SEQUENCE go back down.
    if ((stateChanged && !saveState(&error)) || !writeOwnerOnly(m_path, exportLiveCalendarToIcs(bookmarks, extras), &error)) {
        m_lastError = error;
        qWarning().noquote() << "attend: could not write the live calendar" << m_path << ":" << error;
        Q_EMIT failed(error);
        return false;
    }
    m_lastError.clear();
    Q_EMIT written();
    return true;
}

void LiveCalendar::loadState()
{
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject events = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object().value(QStringLiteral("events")).toObject();
    for (auto it = events.constBegin(); it != events.constEnd(); ++it) {
        const QJsonObject event = it.value().toObject();
        m_state.insert(it.key(), {event.value(QStringLiteral("sequence")).toInt(),
                                  event.value(QStringLiteral("fingerprint")).toString().toLatin1(),
                                  QDateTime::fromString(event.value(QStringLiteral("lastSeen")).toString(), Qt::ISODate)});
    }
}

bool LiveCalendar::saveState(QString *error) const
{
    QJsonObject events;
    for (auto it = m_state.cbegin(); it != m_state.cend(); ++it) {
        events.insert(it.key(), QJsonObject{{QStringLiteral("sequence"), it->sequence},
                                            {QStringLiteral("fingerprint"), QString::fromLatin1(it->fingerprint)},
                                            {QStringLiteral("lastSeen"), it->lastSeen.toUTC().toString(Qt::ISODate)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("attend-live-calendar-state")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("events"), events}};
    return writePrivateFile(m_statePath, QJsonDocument(root).toJson(QJsonDocument::Compact), error);
}

} // namespace Attend
