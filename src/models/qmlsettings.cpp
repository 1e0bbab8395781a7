#include "qmlsettings.h"

#include <QJSEngine>

namespace Attend {

Settings *QmlSettings::create(QQmlEngine *, QJSEngine *)
{
    Settings *settings = Settings::instance();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

} // namespace Attend
