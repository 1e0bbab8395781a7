#pragma once

#include <QObject>

namespace Attend {

/**
 * The keyboard rules that no single QML file can hold, in one place. Qt Quick Controls 6.4 buttons,
 * switches and check boxes answer Space only; people press Enter too (as in GTK and KDE apps), so
 * Enter or Return on a focused button is turned into Space for it. Lists handle their own keys
 * (Space stars, Enter opens: see the pages), text fields keep Enter. Installed on the application.
 */
class KeyboardRules : public QObject
{
    Q_OBJECT

public:
    explicit KeyboardRules(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_pressing = false;
};

} // namespace Attend
