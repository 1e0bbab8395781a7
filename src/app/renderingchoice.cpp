#include "renderingchoice.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickWindow>

namespace Attend {

const char *chooseSceneGraphBackend()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return "as set by the environment";
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("xcb") && platform != QLatin1String("wayland"))
        return "default";
    // No DRM render node means no GPU driver: OpenGL could only be Mesa's software rasterizer.
    // Asking OpenGL itself would load that rasterizer and cost most of what is saved.
    const QStringList renderNodes = QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System);
    if (!renderNodes.isEmpty())
        return "default";
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return "software (no GPU render node)";
}

} // namespace Attend
