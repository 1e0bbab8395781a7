#pragma once

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

} // namespace Attend
