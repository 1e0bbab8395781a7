#include "appshell.h"
#include "windowmodule.h"

// attend-window.so's one export: the attend executable finds it by name (windowmodule.h).
extern "C" Q_DECL_EXPORT int attendRunWindow(int argc, char **argv)
{
    return Attend::runWindowedAttend(argc, argv);
}
