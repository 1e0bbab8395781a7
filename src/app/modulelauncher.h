#pragma once

/**
 * The attend executable links nothing but the C library and loads one of two modules:
 * attend-cli.so for the scripted modes, attend-window.so for the window. An `attend --list` never
 * maps the GUI libraries (a third of its time when it did), and the window's libraries are
 * loaded into a process whose global scope holds three objects: glibc looks every symbol up there
 * first, and behind an executable linking QtCore and its forty libraries, loading the window's
 * took twice the instructions it takes at exec.
 */
namespace Attend {

/**
 * Loads the module (beside the executable in a build tree, ATTEND_MODULE_DIR from it when
 * installed) and returns what its entry point, int (int argc, char **argv), returns. When it
 * cannot, says on stderr why, and what needed it ("the window"), and returns 1.
 */
int runModule(const char *moduleName, const char *entryPoint, const char *neededFor, int argc, char **argv);

} // namespace Attend
