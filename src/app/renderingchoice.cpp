#include "renderingchoice.h"

#include <QDir>
#include <QGuiApplication>
#include <QIcon>
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

SessionEnvironment SessionEnvironment::fromProcess()
{
    return {qgetenv("QT_QPA_PLATFORM"), qgetenv("XDG_SESSION_TYPE"), qgetenv("XDG_CURRENT_DESKTOP"),
            !qEnvironmentVariableIsEmpty("DISPLAY"), !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")};
}

QByteArray preferredPlatform(const SessionEnvironment &environment)
{
    if (!environment.qpaPlatform.isEmpty())
        return {};
    const bool wayland = environment.hasWaylandDisplay || environment.sessionType == "wayland";
    if (!wayland)
        return {};
    bool gnome = false;
    for (const QByteArray &desktop : environment.currentDesktop.split(':'))
        gnome = gnome || desktop.trimmed().compare("GNOME", Qt::CaseInsensitive) == 0;
    if (gnome && environment.hasX11Display)
        return "xcb;wayland";
    return "wayland;xcb";
}

void choosePlatform()
{
    const QByteArray platform = preferredPlatform(SessionEnvironment::fromProcess());
    if (!platform.isEmpty())
        qputenv("QT_QPA_PLATFORM", platform);
}

void installIconFallback()
{
    // A theme of its own in the resources: the fallback theme of whatever theme the desktop uses,
    // and the theme itself where the desktop names none (Xvfb, a bare window manager: hicolor,
    // which has no symbolic action icons at all).
    const QString attend = QStringLiteral("attend");
    if (!QIcon::themeSearchPaths().contains(QStringLiteral(":/attend/icons/themes")))
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths() << QStringLiteral(":/attend/icons/themes"));
    QIcon::setFallbackThemeName(attend);
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor"))
        QIcon::setThemeName(attend);
}

} // namespace Attend
