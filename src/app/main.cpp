#include "headlessflags.h"
#include "modulelauncher.h"
#include "thpmalloc.h"

namespace {
// From .preinit_array: before any library's initializer, the C++ runtime's first malloc among them.
void prepareHeapBeforeLibraries(int, char **, char **environment)
{
    Attend::prepareHugePageHeap(environment);
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const prepareHeapFirst)(int, char **, char **) = prepareHeapBeforeLibraries;
} // namespace

// The attend executable is a launcher that links no Qt (modulelauncher.h says why): the scripted
// modes (--list, --export-ics, --help...) are attend-cli.so, on QtCore, QtNetwork and the keychain
// alone; the window is attend-window.so.
int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (Attend::isHeadlessFlag(argv[i]))
            return Attend::runModule("attend-cli.so", "attendRunHeadless", "this mode", argc, argv);
    }
    return Attend::runModule("attend-window.so", "attendRunWindow", "the window", argc, argv);
}
