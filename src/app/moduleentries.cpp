// The entry points the attend launcher looks up by name (main.cpp, modulelauncher.h): each is built
// into its own module, attend-cli.so or attend-window.so.
#if defined(ATTEND_CLI_MODULE)
#include "commandline.h"

extern "C" Q_DECL_EXPORT int attendRunHeadless(int argc, char **argv)
{
    return Attend::runHeadlessAttend(argc, argv);
}
#else
#include "appshell.h"

extern "C" Q_DECL_EXPORT int attendRunWindow(int argc, char **argv)
{
    return Attend::runWindowedAttend(argc, argv);
}
#endif
