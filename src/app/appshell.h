#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QQmlApplicationEngine;
class QQuickWindow;

namespace Attend {

class AddConferenceController;
class Agenda;
class Conferences;
class FeedSecrets;
class SecretStore;
class Settings;
struct BookmarkChange;
struct Bookmark;
class FreedesktopNotifier;
class InWindowNotifier;
class LiveCalendar;
class PersonalSchedule;
class ReminderNotifier;
class ReminderScheduler;
class ShellState;
class SleepWatcher;
class Clock;
class TimeFormatter;
class TrayController;
class TrayNotifier;

/**
 * The window's wiring: builds the services, loads the agenda (the feed given, else the built-in
 * one) and the person's schedule, arms reminders, puts Attend in the tray, hands the services to
 * QML and loads the interface. The app and the smoke tests both use it.
 */
class AppShell : public QObject
{
    Q_OBJECT

public:
    explicit AppShell(QObject *parent = nullptr);
    ~AppShell() override;

    /** Loads the agenda and the window. False when the interface itself could not load. */
    bool start(const CommandLineOptions &options);

    Agenda *agenda() const { return m_agenda; }
    TimeFormatter *formatter() const { return m_formatter; }
    PersonalSchedule *schedule() const { return m_schedule; }
    ReminderScheduler *scheduler() const { return m_scheduler; }
    Conferences *conferences() const { return m_conferences; }
    AddConferenceController *addConference() const { return m_addConference; }
    Settings *settings() const { return m_settings; }
    QNetworkAccessManager *network() const { return m_network; }
    /** Made just after the first frame (AppShell::finishStartUpAfterFirstFrame), or here if asked first. */
    ReminderNotifier *reminderNotifier()
    {
        ensureDesktopServices();
        return m_reminderNotifier;
    }
    /** The tray, the notification paths and the sleep watcher are up (finishStartUpAfterFirstFrame). */
    bool desktopServicesReady() const { return m_reminderNotifier != nullptr; }
    LiveCalendar *liveCalendar() const { return m_liveCalendar; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const;

    /** Another launch's arguments (through SingleInstance): open its feed, show the window. */
    void handleArguments(const QStringList &arguments);

    /** Shows the window on this session's page (from a notification, the tray, a reminder). */
    void openSession(const QString &conferenceId, const QString &key);
    /** Opens a session's join link in the browser (a notification's or the tray's "Join"); only http(s). */
    void openJoinLink(const QString &conferenceId, const QString &key, const QUrl &link);
    /** Where to join a bookmarked session: the agenda's current link, else the bookmark's snapshot. */
    QUrl joinLinkFor(const Attend::Bookmark &bookmark) const;

private:
    bool hasTray() const;
    void finishStartUpAfterFirstFrame();
    void finishStartUp();
    void ensureDesktopServices();
    void setUpDesktopServices();
    void setUpReminderDelivery();
    void setUpTray();
    void deliverReminder(const Attend::Bookmark &bookmark, bool missed);
    void deliverStartingNow(const Attend::Bookmark &bookmark);
    void refreshNextSession();
    void followSystemZone();
    void showWindow();
    void toggleWindow();
    void hideToTray();
    void restoreWindowState();
    void saveWindowState() const;
    void tickMinute();
    void reportFirstFrameWhenAsked();
    void setUpLiveCalendar();
    void applyLiveCalendarSettings();
    void updateFollowed();
    void tellBookmarkChanges(const QString &conferenceTitle, const QList<Attend::BookmarkChange> &changes);

    std::unique_ptr<Clock> m_clock;
    Settings *m_settings;
    QNetworkAccessManager *m_network;
    TimeFormatter *m_formatter;
    PersonalSchedule *m_schedule;
    Agenda *m_agenda;
    ReminderScheduler *m_scheduler;
    SecretStore *m_secrets;
    FeedSecrets *m_feedSecrets;
    Conferences *m_conferences;
    AddConferenceController *m_addConference;
    ShellState *m_shellState = nullptr;
    TrayController *m_tray = nullptr;
    FreedesktopNotifier *m_freedesktopNotifier = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
    InWindowNotifier *m_windowNotifier = nullptr;
    ReminderNotifier *m_reminderNotifier = nullptr;
    SleepWatcher *m_sleepWatcher = nullptr;
    LiveCalendar *m_liveCalendar = nullptr;
    QTimer m_nextSessionTimer;
    QTimer m_minuteTimer;
    QTimer m_finishStartUpTimer;
    bool m_startUpFinished = false;
    bool m_zoneFromCommandLine = false; // --tz is for this run: not saved as the person's choice
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

/**
 * The window, the tray and the reminders: a QApplication, then the mode the arguments ask for
 * (the attend executable calls it through attend-window.so, see windowmodule.h).
 */
int runWindowedAttend(int argc, char **argv);

} // namespace Attend
