#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace Attend {

/**
 * Attend's tray icon: its tooltip names the next bookmarked session, and its menu opens that
 * session, shows or hides the window, pauses reminders and quits. Needs a QApplication.
 */
class TrayController : public QObject
{
    Q_OBJECT

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    /** True when the desktop has a tray to hold the icon. */
    static bool trayAvailable();

    QSystemTrayIcon *icon() const { return m_icon; }
    void show();

    /** The next bookmarked session, or an empty title when there is none. */
    void setNextSession(const QString &title, const QString &when, const QString &conferenceId, const QString &key);
    /**
     * "Join: <title>" in the menu, for a bookmarked session that is on or about to start and has a
     * join link; an empty title (or a link that is not http(s)) hides the entry.
     */
    void setJoinSession(const QString &title, const QString &conferenceId, const QString &key, const QUrl &link);
    /** The text of the Join entry; empty while it is hidden (for tests). */
    QString joinText() const;
    void setRemindersPaused(bool paused);
    void setWindowVisible(bool visible);
    /** A balloon from the tray, for the one-time "still running here" hint. */
    void showHint(const QString &title, const QString &text);

    /** Feed text for a menu entry: & doubled (not a mnemonic), tabs and line breaks as spaces. */
    static QString menuText(const QString &text);
    /** A tooltip that shows as this very text also where the tray reads it as rich text. */
    static QString toolTipText(const QString &text);

Q_SIGNALS:
    void openSessionRequested(const QString &conferenceId, const QString &key);
    void joinRequested(const QString &conferenceId, const QString &key, const QUrl &link);
    void toggleWindowRequested();
    void pauseToggled(bool paused);
    void quitRequested();

private:
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_nextAction;
    QAction *m_joinAction;
    QString m_joinConferenceId;
    QString m_joinKey;
    QUrl m_joinLink;
    QAction *m_windowAction;
    QAction *m_pauseAction;
    QString m_nextConferenceId;
    QString m_nextKey;
};

} // namespace Attend
