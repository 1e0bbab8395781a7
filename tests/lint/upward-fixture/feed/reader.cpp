// feed/ may include domain/, but not the tray.
#include "domain/pricing.h"

#include <QSystemTrayIcon>
#include <QDBusConnection>
