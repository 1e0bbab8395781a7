#pragma once

#include "commandline.h"

#include <QObject>
#include <memory>

class QQmlApplicationEngine;

namespace Attend {

class Agenda;
class PersonalSchedule;
class ReminderScheduler;
class SystemClock;
class TimeFormatter;

/**
 * The window's wiring: builds the services, loads the agenda (the feed given, else the built-in
 * one), hands the services to QML and loads the interface. The app and the smoke test both use it.
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
    PersonalSchedule *schedule() const { return m_schedule; }
    ReminderScheduler *scheduler() const { return m_scheduler; }
    TimeFormatter *formatter() const { return m_formatter; }
    QQmlApplicationEngine *engine() const { return m_engine.get(); }

private:
    std::unique_ptr<SystemClock> m_clock;
    TimeFormatter *m_formatter;
    PersonalSchedule *m_schedule;
    Agenda *m_agenda;
    ReminderScheduler *m_scheduler;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};

/** Application name, version and organisation, set once for both the window and the headless modes. */
void setApplicationIdentity();

/** The whole program: picks QCoreApplication or QGuiApplication, then runs the mode asked for. */
int runAttend(int argc, char **argv);

} // namespace Attend
