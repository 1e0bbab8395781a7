#include "settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QVariantList>

#include <algorithm>

namespace Attend {

namespace {

// Attend 0.1.0's keys; changing one loses the person's setting on upgrade.
const QString refreshMinutesKey = QStringLiteral("feeds/refreshMinutes");
const QString viewerZoneKey = QStringLiteral("display/zone");
const QString eventZoneKey = QStringLiteral("display/eventZone");
const QString windowGeometryKey = QStringLiteral("window/geometry");
const QString windowPageKey = QStringLiteral("window/page");
const QString closedToTrayKey = QStringLiteral("hints/closedToTray");
const QString liveCalendarEnabledKey = QStringLiteral("liveCalendar/enabled");
const QString liveCalendarPathKey = QStringLiteral("liveCalendar/path");
const QString liveCalendarAlarmsKey = QStringLiteral("liveCalendar/alarms");
const QString scheduleViewKey = QStringLiteral("schedule/view");
const QString watchLaterPromptedOnKey = QStringLiteral("watchLater/promptedOn");
const QString lastFileFolderKey = QStringLiteral("files/lastFolder");

QString conferenceZoneKey(const QString &conferenceId)
{
    return QStringLiteral("zones/") + conferenceId;
}

QString perConference(const char *group, const QString &conferenceId, const char *what)
{
    return QLatin1String(group) + QLatin1Char('/') + conferenceId + QLatin1Char('/') + QLatin1String(what);
}

QString hiddenKey(const QString &conferenceId, const char *what)
{
    return perConference("hidden", conferenceId, what);
}

QString choiceKey(const QString &conferenceId, const char *what)
{
    return perConference("filters", conferenceId, what);
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

Settings *Settings::instance()
{
    if (!s_instance) // a QML type (a filter model) made before the application set one, or in a test
        s_instance = new Settings(QCoreApplication::instance());
    return s_instance;
}

void Settings::setInstance(Settings *settings)
{
    s_instance = settings;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

int Settings::refreshMinutes() const
{
    return std::clamp(m_settings->value(refreshMinutesKey, defaultRefreshMinutes).toInt(), minRefreshMinutes, maxRefreshMinutes);
}

void Settings::setRefreshMinutes(int minutes)
{
    minutes = std::clamp(minutes, minRefreshMinutes, maxRefreshMinutes);
    if (minutes == refreshMinutes())
        return;
    m_settings->setValue(refreshMinutesKey, minutes);
    Q_EMIT refreshMinutesChanged();
}

QString Settings::viewerZoneId() const
{
    return m_settings->value(viewerZoneKey).toString();
}

bool Settings::useEventZone() const
{
    return m_settings->value(eventZoneKey, false).toBool();
}

void Settings::setDisplayZone(const QString &viewerZoneId, bool useEventZone)
{
    m_settings->setValue(eventZoneKey, useEventZone);
    m_settings->setValue(viewerZoneKey, viewerZoneId);
}

QRect Settings::windowGeometry() const
{
    return m_settings->value(windowGeometryKey).toRect();
}

void Settings::setWindowGeometry(const QRect &geometry)
{
    m_settings->setValue(windowGeometryKey, geometry);
}

int Settings::windowPage() const
{
    return m_settings->value(windowPageKey, 0).toInt();
}

void Settings::setWindowPage(int page)
{
    m_settings->setValue(windowPageKey, page);
}

bool Settings::closedToTrayHintShown() const
{
    return m_settings->value(closedToTrayKey).toBool();
}

void Settings::setClosedToTrayHintShown(bool shown)
{
    m_settings->setValue(closedToTrayKey, shown);
}

QStringList Settings::hiddenTracks(const QString &conferenceId) const
{
    return m_settings->value(hiddenKey(conferenceId, "tracks")).toStringList();
}

QStringList Settings::hiddenRooms(const QString &conferenceId) const
{
    return m_settings->value(hiddenKey(conferenceId, "rooms")).toStringList();
}

void Settings::setHidden(const QString &conferenceId, const QStringList &tracks, const QStringList &rooms)
{
    m_settings->setValue(hiddenKey(conferenceId, "tracks"), tracks);
    m_settings->setValue(hiddenKey(conferenceId, "rooms"), rooms);
}

FilterChoices Settings::filterChoices(const QString &conferenceId) const
{
    FilterChoices choices;
    for (const QVariant &day : m_settings->value(choiceKey(conferenceId, "days")).toList())
        choices.days.append(day.toInt());
    choices.tracks = m_settings->value(choiceKey(conferenceId, "tracks")).toStringList();
    choices.rooms = m_settings->value(choiceKey(conferenceId, "rooms")).toStringList();
    choices.bookmarkedOnly = m_settings->value(choiceKey(conferenceId, "bookmarkedOnly"), false).toBool();
    return choices;
}

void Settings::setFilterChoices(const QString &conferenceId, const FilterChoices &choices)
{
    // Days as a list of numbers, as 0.1.0 wrote them (QSettings' INI text: "0, 2").
    QVariantList days;
    for (int day : choices.days)
        days.append(day);
    m_settings->setValue(choiceKey(conferenceId, "days"), days);
    m_settings->setValue(choiceKey(conferenceId, "tracks"), choices.tracks);
    m_settings->setValue(choiceKey(conferenceId, "rooms"), choices.rooms);
    m_settings->setValue(choiceKey(conferenceId, "bookmarkedOnly"), choices.bookmarkedOnly);
}

bool Settings::liveCalendarEnabled() const
{
    return m_settings->value(liveCalendarEnabledKey, true).toBool();
}

void Settings::setLiveCalendarEnabled(bool enabled)
{
    m_settings->setValue(liveCalendarEnabledKey, enabled);
}

QString Settings::liveCalendarPath() const
{
    return m_settings->value(liveCalendarPathKey).toString();
}

void Settings::setLiveCalendarPath(const QString &path)
{
    m_settings->setValue(liveCalendarPathKey, path);
}

bool Settings::liveCalendarAlarms() const
{
    return m_settings->value(liveCalendarAlarmsKey, false).toBool();
}

void Settings::setLiveCalendarAlarms(bool alarms)
{
    m_settings->setValue(liveCalendarAlarmsKey, alarms);
}

QString Settings::scheduleView() const
{
    return m_settings->value(scheduleViewKey, QStringLiteral("timeline")).toString();
}

void Settings::setScheduleView(const QString &view)
{
    m_settings->setValue(scheduleViewKey, view);
}

QDate Settings::watchLaterPromptedOn() const
{
    return m_settings->value(watchLaterPromptedOnKey).toDate();
}

void Settings::setWatchLaterPromptedOn(QDate day)
{
    m_settings->setValue(watchLaterPromptedOnKey, day);
}

QString Settings::conferenceZone(const QString &conferenceId) const
{
    return conferenceId.isEmpty() ? QString() : m_settings->value(conferenceZoneKey(conferenceId)).toString();
}

void Settings::setConferenceZone(const QString &conferenceId, const QString &zoneId)
{
    if (zoneId.isEmpty())
        m_settings->remove(conferenceZoneKey(conferenceId));
    else
        m_settings->setValue(conferenceZoneKey(conferenceId), zoneId);
}

QString Settings::lastFileFolder() const
{
    return m_settings->value(lastFileFolderKey).toString();
}

void Settings::setLastFileFolder(const QString &folder)
{
    m_settings->setValue(lastFileFolderKey, folder);
}

} // namespace Attend
