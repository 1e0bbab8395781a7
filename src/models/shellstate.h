#pragma once

#include <QObject>
#include <QUrl>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace Attend {

/**
 * What the window needs to know of the desktop around it: whether a tray holds Attend when the
 * window closes, whether to start hidden, and the reminder shown inside the window when no
 * notification service or tray can show it. QML reaches it as the singleton `Shell`.
 */
class ShellState : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Shell)
    QML_SINGLETON
    Q_PROPERTY(bool trayAvailable READ trayAvailable NOTIFY trayAvailableChanged)
    Q_PROPERTY(bool startHidden READ startHidden CONSTANT)
    /** The application's layout direction (a right-to-left language, or -reverse): QML mirrors. */
    Q_PROPERTY(bool rightToLeft READ rightToLeft CONSTANT)
    Q_PROPERTY(bool reminderVisible READ reminderVisible NOTIFY reminderChanged)
    Q_PROPERTY(QString reminderSummary READ reminderSummary NOTIFY reminderChanged)
    Q_PROPERTY(QString reminderBody READ reminderBody NOTIFY reminderChanged)
    Q_PROPERTY(bool reminderCanSnooze READ reminderCanSnooze NOTIFY reminderChanged)
    Q_PROPERTY(bool reminderCanJoin READ reminderCanJoin NOTIFY reminderChanged)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE requestStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(QString settingsProblem READ settingsProblem NOTIFY settingsProblemChanged)
    Q_PROPERTY(QString libraries READ libraries CONSTANT)
    Q_PROPERTY(bool liveCalendarOn READ liveCalendarOn WRITE requestLiveCalendarOn NOTIFY liveCalendarChanged)
    Q_PROPERTY(bool liveCalendarAlarms READ liveCalendarAlarms WRITE requestLiveCalendarAlarms NOTIFY liveCalendarChanged)
    Q_PROPERTY(QString liveCalendarPath READ liveCalendarPath NOTIFY liveCalendarChanged)
    Q_PROPERTY(QString liveCalendarProblem READ liveCalendarProblem NOTIFY liveCalendarChanged)
    Q_PROPERTY(QString scheduleView READ scheduleView WRITE setScheduleView NOTIFY scheduleViewChanged)
    /** The main view (tab) on screen: the window binds to it, and it comes back at the next start. */
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)

public:
    explicit ShellState(bool startHidden, QObject *parent = nullptr);

    static void setQmlInstance(ShellState *state);
    static ShellState *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    bool trayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available);
    bool startHidden() const { return m_startHidden; }
    static bool rightToLeft();

    bool reminderVisible() const { return !m_sessionKey.isEmpty(); }
    QString reminderSummary() const { return m_summary; }
    QString reminderBody() const { return m_body; }
    bool reminderCanSnooze() const { return m_canSnooze; }
    bool reminderCanJoin() const { return !m_joinLink.isEmpty(); }
    /** Shows a reminder inside the window (the last resort when nothing else can show it). */
    void showReminder(const QString &conferenceId, const QString &sessionKey, const QString &summary, const QString &body,
                      bool canSnooze = true, const QUrl &joinLink = QUrl());

    Q_INVOKABLE void openReminder();
    /** The banner's "Join": asks for the reminder's join link to be opened, and dismisses it. */
    Q_INVOKABLE void joinReminder();
    Q_INVOKABLE void snoozeReminder();
    Q_INVOKABLE void dismissReminder();
    /** The window was closed while a tray holds Attend: hide it (and say so, the first time). */
    Q_INVOKABLE void closeToTray();

    bool startAtLogin() const { return m_startAtLogin; }
    /** Asks the application to turn start-at-login on or off (it owns the autostart entry). */
    void requestStartAtLogin(bool enabled) { Q_EMIT startAtLoginRequested(enabled); }
    void setStartAtLogin(bool enabled);
    QString settingsProblem() const { return m_settingsProblem; }
    void setSettingsProblem(const QString &problem);
    /** "Qt 6.4.2, libical 3.0.16": what the About page credits. */
    QString libraries() const { return m_libraries; }
    void setLibraries(const QString &libraries) { m_libraries = libraries; }
    int page() const { return m_page; }
    void setPage(int page);

    // The live calendar (Settings): the application owns the file and the preferences.
    bool liveCalendarOn() const { return m_liveCalendarOn; }
    bool liveCalendarAlarms() const { return m_liveCalendarAlarms; }
    QString liveCalendarPath() const { return m_liveCalendarPath; }
    QString liveCalendarProblem() const { return m_liveCalendarProblem; }
    void requestLiveCalendarOn(bool on) { Q_EMIT liveCalendarOnRequested(on); }
    void requestLiveCalendarAlarms(bool alarms) { Q_EMIT liveCalendarAlarmsRequested(alarms); }
    /** A path the person chose (a file URL from the save dialog); an empty URL means the default. */
    Q_INVOKABLE void chooseLiveCalendarFile(const QUrl &file);
    void setLiveCalendar(bool on, const QString &path, bool alarms, const QString &problem);
    /** Puts text on the clipboard ("Copy" beside the calendar's path). */
    Q_INVOKABLE void copyText(const QString &text) const;

    /** How My schedule shows itself: "timeline", "list", "all" (every conference) or "watchLater"; remembered. */
    QString scheduleView() const { return m_scheduleView; }
    void setScheduleView(const QString &view);

Q_SIGNALS:
    void trayAvailableChanged();
    void reminderChanged();
    void reminderOpenRequested(const QString &conferenceId, const QString &sessionKey);
    void reminderSnoozeRequested(const QString &conferenceId, const QString &sessionKey);
    void reminderJoinRequested(const QString &conferenceId, const QString &sessionKey, const QUrl &link);
    void hideRequested();
    void startAtLoginChanged();
    void startAtLoginRequested(bool enabled);
    void settingsProblemChanged();
    void liveCalendarChanged();
    void liveCalendarOnRequested(bool on);
    void liveCalendarAlarmsRequested(bool alarms);
    void liveCalendarPathRequested(const QString &path);
    void scheduleViewChanged();
    void pageChanged();

private:
    bool m_trayAvailable = false;
    bool m_startHidden = false;
    QString m_conferenceId;
    QString m_sessionKey;
    QString m_summary;
    QString m_body;
    bool m_canSnooze = true;
    QUrl m_joinLink;
    bool m_startAtLogin = false;
    QString m_settingsProblem;
    QString m_libraries;
    bool m_liveCalendarOn = false;
    bool m_liveCalendarAlarms = false;
    QString m_liveCalendarPath;
    QString m_liveCalendarProblem;
    QString m_scheduleView = QStringLiteral("timeline");
    int m_page = 0;
    static inline QPointer<ShellState> s_qmlInstance;
};

} // namespace Attend
