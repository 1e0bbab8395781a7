#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace Attend {

class Agenda;
class Conferences;
class SecretStore;
struct BookmarkChange;
struct Bookmark;
class FreedesktopNotifier;
class InWindowNotifier;
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
    ReminderNotifier *reminderNotifier() const { return m_reminderNotifier; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }
    QQuickWindow *window() const;

    /** Another launch's arguments (through SingleInstance): open its feed, show the window. */
    void handleArguments(const QStringList &arguments);

    /** Shows the window on this session's page (from a notification, the tray, a reminder). */
    void openSession(const QString &conferenceId, const QString &key);

private:
    void setUpReminderDelivery();
    void setUpTray();
    void deliverReminder(const Attend::Bookmark &bookmark, bool missed);
    void refreshNextSession();
    void followSystemZone();
    void showWindow();
    void toggleWindow();
    void hideToTray();
    void restoreWindowState();
    void saveWindowState() const;
    void tickMinute();
    void reportFirstFrameWhenAsked();
    void tellBookmarkChanges(const QString &conferenceTitle, const QList<Attend::BookmarkChange> &changes);

    std::unique_ptr<Clock> m_clock;
    TimeFormatter *m_formatter;
    PersonalSchedule *m_schedule;
    Agenda *m_agenda;
    ReminderScheduler *m_scheduler;
    SecretStore *m_secrets;
    Conferences *m_conferences;
    ShellState *m_shellState = nullptr;
    TrayController *m_tray = nullptr;
    FreedesktopNotifier *m_freedesktopNotifier = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
    InWindowNotifier *m_windowNotifier = nullptr;
    ReminderNotifier *m_reminderNotifier = nullptr;
    SleepWatcher *m_sleepWatcher = nullptr;
    QTimer m_nextSessionTimer;
    QTimer m_minuteTimer;
    bool m_zoneFromCommandLine = false; // --tz is for this run: not saved as the person's choice
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

/** Application name, version and organisation, set once for both the window and the headless modes. */
void setApplicationIdentity();

/** The whole program: picks QCoreApplication or QApplication, then runs the mode asked for. */
int runAttend(int argc, char **argv);

} // namespace Attend
