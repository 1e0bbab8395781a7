#include "thpmalloc.h"

#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace Attend {

namespace {
constexpr char tunablesVariable[] = "GLIBC_TUNABLES";
constexpr char hugePageTunable[] = "glibc.malloc.hugetlb";
// Set only across the restart: GLIBC_TUNABLES as it was before ("" for none), to put back.
constexpr char restartMark[] = "ATTEND_TUNABLES_BEFORE";
} // namespace

void restartWithHugePageMalloc(char **argv)
{
    if (std::getenv(restartMark)) {
        clearHugePageMallocMark(); // the restarted process: its malloc has the tunable now
        return;
    }
    const char *before = std::getenv(tunablesVariable);
    if (before && std::strstr(before, hugePageTunable))
        return; // chosen by whoever started Attend, either way
    const std::string tunables = before && *before ? std::string(before) + ':' + hugePageTunable + "=1" : std::string(hugePageTunable) + "=1";
    setenv(restartMark, before ? before : "", 1);
    setenv(tunablesVariable, tunables.c_str(), 1);
    execv("/proc/self/exe", argv);
    clearHugePageMallocMark(); // no restart (no /proc?): go on as started
}

void clearHugePageMallocMark()
{
    const char *before = std::getenv(restartMark);
    if (!before)
        return;
    if (*before)
        setenv(tunablesVariable, before, 1);
    else
        unsetenv(tunablesVariable);
    unsetenv(restartMark);
}

} // namespace Attend
