#include "traycontroller.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTextDocument>

#include "domain/weblink.h"

namespace Attend {

QString TrayController::menuText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QLatin1String("&&"); // a single & marks the next letter as the mnemonic, and vanishes
        else if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            out += QLatin1Char(' '); // a tab starts the shortcut column; a line break splits the entry
        else
            out += c;
    }
    return out;
}

QString TrayController::toolTipText(const QString &text)
{
    // Qt's own tray (XEmbed) shows the tooltip in a QLabel, and a tray host may show it in a
    // Qt Quick Text: both guess rich text from markup (Qt::mightBeRichText). Text that would be
    // taken for markup goes out escaped inside <qt>, so the guess says rich text and the rendering
    // is the text as it came; anything else is plain already and stays readable on hosts that
    // never read markup.
    if (!Qt::mightBeRichText(text))
        return text;
    return QLatin1String("<qt>") + text.toHtmlEscaped() + QLatin1String("</qt>");
}

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/attend/icons/attend-64.png")), this))
    , m_menu(new QMenu)
{
    m_nextAction = m_menu->addAction(tr("No bookmarked session ahead"));
    m_nextAction->setEnabled(false);
    connect(m_nextAction, &QAction::triggered, this, [this] {
        if (!m_nextKey.isEmpty())
            Q_EMIT openSessionRequested(m_nextConferenceId, m_nextKey);
    });
    m_joinAction = m_menu->addAction(QString());
    m_joinAction->setVisible(false);
    connect(m_joinAction, &QAction::triggered, this, [this] {
        if (!m_joinLink.isEmpty())
            Q_EMIT joinRequested(m_joinConferenceId, m_joinKey, m_joinLink);
    });
    m_menu->addSeparator();
    m_windowAction = m_menu->addAction(tr("Hide Attend"));
    connect(m_windowAction, &QAction::triggered, this, &TrayController::toggleWindowRequested);
    m_pauseAction = m_menu->addAction(tr("Pause reminders"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &TrayController::pauseToggled);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayController::quitRequested);

    m_icon->setContextMenu(m_menu);
    m_icon->setToolTip(tr("Attend"));
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
}

TrayController::~TrayController()
{
    delete m_menu; // a QMenu has no QObject parent here: it is a top-level widget
}

bool TrayController::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayController::show()
{
    m_icon->show();
}

void TrayController::setNextSession(const QString &title, const QString &when, const QString &conferenceId, const QString &key)
{
    m_nextConferenceId = conferenceId;
    m_nextKey = key;
    if (title.isEmpty()) {
        m_nextAction->setText(tr("No bookmarked session ahead"));
        m_nextAction->setEnabled(false);
        m_icon->setToolTip(tr("Attend"));
        return;
    }
    m_nextAction->setText(tr("Next: %1 (%2)").arg(menuText(title), menuText(when)));
    m_nextAction->setEnabled(true);
    m_icon->setToolTip(toolTipText(tr("Attend \u2014 next: %1, %2").arg(title, when)));
}

void TrayController::setJoinSession(const QString &title, const QString &conferenceId, const QString &key, const QUrl &link)
{
    const bool show = !title.isEmpty() && isWebLink(link.toString());
    m_joinConferenceId = show ? conferenceId : QString();
    m_joinKey = show ? key : QString();
    m_joinLink = show ? link : QUrl();
    m_joinAction->setText(show ? tr("Join: %1").arg(menuText(title)) : QString());
    m_joinAction->setVisible(show);
}

QString TrayController::joinText() const
{
    return m_joinAction->isVisible() ? m_joinAction->text() : QString();
}

void TrayController::setRemindersPaused(bool paused)
{
    const QSignalBlocker blocker(m_pauseAction); // a state update, not a request
    m_pauseAction->setChecked(paused);
}

void TrayController::setWindowVisible(bool visible)
{
    m_windowAction->setText(visible ? tr("Hide Attend") : tr("Show Attend"));
}

void TrayController::showHint(const QString &title, const QString &text)
{
    m_icon->showMessage(title, text, QIcon(QStringLiteral(":/attend/icons/attend-64.png")), 8000);
}

} // namespace Attend
