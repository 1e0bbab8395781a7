#include "modulelauncher.h"

#include "relocationpages.h"

#include <climits>
#include <cstdio>
#include <dlfcn.h>
#include <string>
#include <unistd.h>

namespace Attend {

namespace {

// The folder of this executable, links resolved (/proc/self/exe), with a trailing '/'.
std::string executableDir()
{
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0)
        return "./";
    const std::string executable(path, std::size_t(length));
    return executable.substr(0, executable.rfind('/') + 1);
}

} // namespace

int runModule(const char *moduleName, const char *entryPoint, const char *neededFor, int argc, char **argv)
{
    const std::string dir = executableDir();
    const std::string candidates[] = {
        dir + moduleName,                         // the build tree
        dir + ATTEND_MODULE_DIR "/" + moduleName, // installed: lib/attend beside bin
    };
    std::string failures;
    for (const std::string &path : candidates) {
        if (access(path.c_str(), R_OK) != 0) {
            failures += "\n  no " + path;
            continue;
        }
        // RTLD_LAZY, as at exec: a function is bound when first called, not all before the window.
        // RTLD_LOCAL: the module's symbols stay its own (it is linked -Bsymbolic to use them).
        void *module = dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!module) {
            failures += std::string("\n  ") + dlerror();
            continue;
        }
        releaseRelocationTables(); // read once, by the dlopen just done (relocationpages.h)
        using Entry = int (*)(int, char **);
        if (auto entry = reinterpret_cast<Entry>(dlsym(module, entryPoint)))
            return entry(argc, argv); // never unloaded: Qt's exit handlers run from its code
        failures += "\n  " + path + " has no " + entryPoint;
    }
    std::fprintf(stderr, "attend: cannot load %s, which %s needs:%s\n", moduleName, neededFor, failures.c_str());
    return 1;
}

} // namespace Attend
