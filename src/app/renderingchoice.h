#pragma once

#include <QByteArray>

namespace Attend {

/**
 * On a machine without a GPU driver (no /dev/dri render node: virtual machines, remote desktops,
 * Xvfb), OpenGL can only be Mesa's software rasterizer, and Qt Quick's software scene graph starts
 * faster and needs far less memory than OpenGL emulated on the CPU (measured here: ~240 ms and
 * ~90 MB less). Chooses it then, unless the person chose a backend themselves (QT_QUICK_BACKEND,
 * QSG_RHI_BACKEND).
 * Call after the QGuiApplication exists and before the first window. Returns what it chose.
 */
const char *chooseSceneGraphBackend();

/** What the session says about itself, from its environment. */
struct SessionEnvironment {
    QByteArray qpaPlatform;         // QT_QPA_PLATFORM
    QByteArray sessionType;         // XDG_SESSION_TYPE
    QByteArray currentDesktop;      // XDG_CURRENT_DESKTOP, such as "ubuntu:GNOME"
    bool hasX11Display = false;     // DISPLAY (XWayland on a Wayland session)
    bool hasWaylandDisplay = false; // WAYLAND_DISPLAY
    static SessionEnvironment fromProcess();
};

/**
 * The Qt platform plugin to ask for, or empty for Qt's own choice. A Wayland session gets native
 * Wayland (with xcb as a fallback), except on GNOME, where Qt 6.4 draws its own plain title bar
 * (GNOME has no server-side decorations): there XWayland, when it runs, gives the desktop's own
 * frame. Whatever QT_QPA_PLATFORM says wins.
 */
QByteArray preferredPlatform(const SessionEnvironment &environment);

/** Sets QT_QPA_PLATFORM from preferredPlatform(). Call before the QGuiApplication exists. */
void choosePlatform();

/**
 * Attend's own symbolic icons (resources/icons/symbolic, freedesktop names) as an icon theme
 * that icon.name falls back to when the desktop's theme has no such icon, and the theme itself
 * where the desktop names none (under Xvfb, hicolor). Call once the QGuiApplication exists.
 */
void installIconFallback();

} // namespace Attend
