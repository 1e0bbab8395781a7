#include "keyboardrules.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>

namespace Attend {

KeyboardRules::KeyboardRules(QObject *parent)
    : QObject(parent)
{
}

bool KeyboardRules::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return QObject::eventFilter(watched, event);
    // Events reach the filter for the window first and then for each item they are delivered to:
    // act once, on the item that has focus.
    QObject *focus = QGuiApplication::focusObject();
    if (watched != focus || !focus || !focus->inherits("QQuickAbstractButton") || !focus->property("enabled").toBool())
        return QObject::eventFilter(watched, event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    if (type == QEvent::KeyPress) {
        if (key->isAutoRepeat())
            return true;
        m_pressing = true;
        QKeyEvent space(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QCoreApplication::sendEvent(focus, &space);
        return true;
    }
    if (!m_pressing)
        return QObject::eventFilter(watched, event);
    m_pressing = false;
    QKeyEvent space(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
    QCoreApplication::sendEvent(focus, &space);
    return true;
}

} // namespace Attend
