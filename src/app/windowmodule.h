#pragma once

/**
 * The attend executable holds the scripted modes and links QtCore, QtNetwork and the keychain; the
 * window (Qt Quick, Widgets for the tray, D-Bus notifications) is attend-window.so, a module it
 * loads only to open one. Mapping and relocating the GUI libraries took a third of an
 * `attend --list` run, which never draws anything.
 */
namespace Attend {

/** The name the module exports its entry point under: int (int argc, char **argv). */
inline constexpr char windowEntryPoint[] = "attendRunWindow";

/**
 * Loads attend-window.so (beside the executable in a build tree, ATTEND_WINDOW_MODULE_DIR from
 * it when installed) and runs the window; when it cannot, says why on stderr and returns an
 * error exit code.
 */
int runWindowModule(int argc, char **argv);

} // namespace Attend
