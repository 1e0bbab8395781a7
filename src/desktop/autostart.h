#pragma once

#include <QString>

namespace Attend {

/**
 * Start at login, the XDG way: an entry in ~/.config/autostart that starts Attend hidden in the
 * tray (--background), reminders armed. Removing the entry turns it off.
 */
class Autostart
{
public:
    static QString entryPath();
    static bool isEnabled();
    /** False, with a reason, when the entry could not be written or removed. */
    static bool setEnabled(bool enabled, QString *error);
};

} // namespace Attend
