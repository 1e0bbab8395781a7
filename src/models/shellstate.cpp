#include "shellstate.h"

#include "domain/weblink.h"
#include <QClipboard>
#include <QGuiApplication>
#include <QUrl>

#include <QJSEngine>

namespace Attend {

bool ShellState::rightToLeft()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft;
}

ShellState::ShellState(bool startHidden, QObject *parent)
    : QObject(parent)
    , m_startHidden(startHidden)
{
}

void ShellState::setQmlInstance(ShellState *state)
{
    s_qmlInstance = state;
}

ShellState *ShellState::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_qmlInstance, "ShellState::create", "the application must set the instance before loading QML");
    QJSEngine::setObjectOwnership(s_qmlInstance, QJSEngine::CppOwnership);
    return s_qmlInstance;
}

void ShellState::setTrayAvailable(bool available)
{
    if (available == m_trayAvailable)
        return;
    m_trayAvailable = available;
    Q_EMIT trayAvailableChanged();
}

void ShellState::showReminder(const QString &conferenceId, const QString &sessionKey, const QString &summary, const QString &body,
                              bool canSnooze, const QUrl &joinLink)
{
    m_canSnooze = canSnooze;
    m_joinLink = isWebLink(joinLink.toString()) ? joinLink : QUrl();
    m_conferenceId = conferenceId;
    m_sessionKey = sessionKey;
    m_summary = summary;
    m_body = body;
    Q_EMIT reminderChanged();
}

void ShellState::openReminder()
{
    const QString conferenceId = m_conferenceId;
    const QString key = m_sessionKey;
    dismissReminder();
    if (!key.isEmpty())
        Q_EMIT reminderOpenRequested(conferenceId, key);
}

void ShellState::joinReminder()
{
    const QString conferenceId = m_conferenceId;
    const QString key = m_sessionKey;
    const QUrl link = m_joinLink;
    dismissReminder();
    if (!key.isEmpty() && !link.isEmpty())
        Q_EMIT reminderJoinRequested(conferenceId, key, link);
}

void ShellState::snoozeReminder()
{
    const QString conferenceId = m_conferenceId;
    const QString key = m_sessionKey;
    dismissReminder();
    if (!key.isEmpty())
        Q_EMIT reminderSnoozeRequested(conferenceId, key);
}

void ShellState::dismissReminder()
{
    if (m_sessionKey.isEmpty())
        return;
    m_conferenceId.clear();
    m_sessionKey.clear();
    m_summary.clear();
    m_body.clear();
    m_joinLink.clear();
    Q_EMIT reminderChanged();
}

void ShellState::setStartAtLogin(bool enabled)
{
    if (enabled == m_startAtLogin)
        return;
    m_startAtLogin = enabled;
    Q_EMIT startAtLoginChanged();
}

void ShellState::setSettingsProblem(const QString &problem)
{
    if (problem == m_settingsProblem)
        return;
    m_settingsProblem = problem;
    Q_EMIT settingsProblemChanged();
}

void ShellState::closeToTray()
{
    Q_EMIT hideRequested();
}

void ShellState::chooseLiveCalendarFile(const QUrl &file)
{
    Q_EMIT liveCalendarPathRequested(file.isEmpty() ? QString() : file.toLocalFile());
}

void ShellState::setLiveCalendar(bool on, const QString &path, bool alarms, const QString &problem)
{
    if (on == m_liveCalendarOn && path == m_liveCalendarPath && alarms == m_liveCalendarAlarms && problem == m_liveCalendarProblem)
        return;
    m_liveCalendarOn = on;
    m_liveCalendarPath = path;
    m_liveCalendarAlarms = alarms;
    m_liveCalendarProblem = problem;
    Q_EMIT liveCalendarChanged();
}

void ShellState::copyText(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void ShellState::setScheduleView(const QString &view)
{
    static const QStringList views{QStringLiteral("timeline"), QStringLiteral("list"), QStringLiteral("all"), QStringLiteral("watchLater")};
    if (view == m_scheduleView || !views.contains(view))
        return;
    m_scheduleView = view;
    Q_EMIT scheduleViewChanged();
}

void ShellState::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
}

} // namespace Attend
