#include "shellstate.h"

#include <QJSEngine>

namespace Attend {

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
                              bool canSnooze)
{
    m_canSnooze = canSnooze;
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

void ShellState::setPage(int page)
{
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
}

} // namespace Attend
