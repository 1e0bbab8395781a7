#pragma once

#include <QList>
#include <QDate>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Attend {

/** The agenda filters a person chose for one conference: they come back with it. */
struct FilterChoices {
    QList<int> days;
    QStringList tracks;
    QStringList rooms;
    bool bookmarkedOnly = false;
    friend bool operator==(const FilterChoices &a, const FilterChoices &b)
    {
        return a.days == b.days && a.tracks == b.tracks && a.rooms == b.rooms && a.bookmarkedOnly == b.bookmarkedOnly;
    }
};

/**
 * The person's preferences, typed: the only code that knows Attend's QSettings keys and how their
 * values are written. The keys and formats are those of Attend 0.1.0, so settings written by it
 * are read unchanged. QML reaches it as the singleton `AppSettings` (see models/qmlsettings.h).
 */
class Settings : public QObject
{
    Q_OBJECT
    /** How often followed feeds are checked, in minutes (5 to 1440). */
    Q_PROPERTY(int refreshMinutes READ refreshMinutes WRITE setRefreshMinutes NOTIFY refreshMinutesChanged)

public:
    /** The settings in QSettings' default place (organisation and application names). */
    explicit Settings(QObject *parent = nullptr);
    /** The settings in this INI file (tests). */
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    /** The instance the application set; else one in the default place, made on first use. */
    static Settings *instance();
    static void setInstance(Settings *settings);

    /** The file the settings live in (the app keeps its folder private). */
    QString fileName() const;
    /** Writes pending changes to disk now (they are written later anyway). */
    void sync();

    static constexpr int defaultRefreshMinutes = 30;
    static constexpr int minRefreshMinutes = 5;
    static constexpr int maxRefreshMinutes = 24 * 60;
    int refreshMinutes() const;
    void setRefreshMinutes(int minutes);

    /** The zone "my time" means (an IANA id); empty for the system's. */
    QString viewerZoneId() const;
    /** Times shown in the event's zone rather than the viewer's. */
    bool useEventZone() const;
    void setDisplayZone(const QString &viewerZoneId, bool useEventZone);

    /** The window's geometry as last left; invalid when never saved. */
    QRect windowGeometry() const;
    void setWindowGeometry(const QRect &geometry);
    /** The main view (tab) last shown. */
    int windowPage() const;
    void setWindowPage(int page);

    /** Whether the person was told once that closing the window keeps Attend in the tray. */
    bool closedToTrayHintShown() const;
    void setClosedToTrayHintShown(bool shown);

    /** Tracks and rooms hidden in a conference. */
    QStringList hiddenTracks(const QString &conferenceId) const;
    QStringList hiddenRooms(const QString &conferenceId) const;
    void setHidden(const QString &conferenceId, const QStringList &tracks, const QStringList &rooms);

    FilterChoices filterChoices(const QString &conferenceId) const;
    void setFilterChoices(const QString &conferenceId, const FilterChoices &choices);

    /** The live calendar file: kept up to date (default on), where (empty: its default path), with alarms. */
    bool liveCalendarEnabled() const;
    void setLiveCalendarEnabled(bool enabled);
    QString liveCalendarPath() const;
    void setLiveCalendarPath(const QString &path);
    bool liveCalendarAlarms() const;
    void setLiveCalendarAlarms(bool alarms);

    /** My schedule's view: "timeline" (the default), "list", "all" or "watchLater". */
    QString scheduleView() const;
    void setScheduleView(const QString &view);
    /** The day the "mark any to watch later?" question was last asked (at most once a day). */
    QDate watchLaterPromptedOn() const;
    void setWatchLaterPromptedOn(QDate day);

    /** The zone the person set for a conference whose feed names none or a wrong one (an IANA
        id); empty when the feed's zone stands. */
    QString conferenceZone(const QString &conferenceId) const;
    /** Sets it; an empty id takes the correction away. */
    void setConferenceZone(const QString &conferenceId, const QString &zoneId);

    /** The folder the file dialogs last exported to or imported from; empty when never used. */
    QString lastFileFolder() const;
    void setLastFileFolder(const QString &folder);

Q_SIGNALS:
    void refreshMinutesChanged();

private:
    std::unique_ptr<QSettings> m_settings;
    static inline QPointer<Settings> s_instance;
};

} // namespace Attend
