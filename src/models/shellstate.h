#pragma once

#include <QObject>
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
    Q_PROPERTY(bool reminderVisible READ reminderVisible NOTIFY reminderChanged)
    Q_PROPERTY(QString reminderSummary READ reminderSummary NOTIFY reminderChanged)
    Q_PROPERTY(QString reminderBody READ reminderBody NOTIFY reminderChanged)
    Q_PROPERTY(bool reminderCanSnooze READ reminderCanSnooze NOTIFY reminderChanged)
    Q_PROPERTY(bool startAtLogin READ startAtLogin WRITE requestStartAtLogin NOTIFY startAtLoginChanged)
    Q_PROPERTY(QString settingsProblem READ settingsProblem NOTIFY settingsProblemChanged)
    Q_PROPERTY(QString libraries READ libraries CONSTANT)
    /** The main view (tab) on screen: the window binds to it, and it comes back at the next start. */
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)

public:
    explicit ShellState(bool startHidden, QObject *parent = nullptr);

    static void setQmlInstance(ShellState *state);
    static ShellState *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    bool trayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available);
    bool startHidden() const { return m_startHidden; }

    bool reminderVisible() const { return !m_sessionKey.isEmpty(); }
    QString reminderSummary() const { return m_summary; }
    QString reminderBody() const { return m_body; }
    bool reminderCanSnooze() const { return m_canSnooze; }
    /** Shows a reminder inside the window (the last resort when nothing else can show it). */
    void showReminder(const QString &conferenceId, const QString &sessionKey, const QString &summary, const QString &body,
                      bool canSnooze = true);

    Q_INVOKABLE void openReminder();
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

Q_SIGNALS:
    void trayAvailableChanged();
    void reminderChanged();
    void reminderOpenRequested(const QString &conferenceId, const QString &sessionKey);
    void reminderSnoozeRequested(const QString &conferenceId, const QString &sessionKey);
    void hideRequested();
    void startAtLoginChanged();
    void startAtLoginRequested(bool enabled);
    void settingsProblemChanged();
    void pageChanged();

private:
    bool m_trayAvailable = false;
    bool m_startHidden = false;
    QString m_conferenceId;
    QString m_sessionKey;
    QString m_summary;
    QString m_body;
    bool m_canSnooze = true;
    bool m_startAtLogin = false;
    QString m_settingsProblem;
    QString m_libraries;
    int m_page = 0;
    static inline QPointer<ShellState> s_qmlInstance;
};

} // namespace Attend
