#include "thpmalloc.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

namespace Attend {

namespace {
constexpr char tunablesVariable[] = "GLIBC_TUNABLES";
constexpr char hugePageTunable[] = "glibc.malloc.hugetlb";
constexpr char arenaTunable[] = "glibc.malloc.arena_max";
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
    if (before && (std::strstr(before, hugePageTunable) || std::strstr(before, arenaTunable)))
        return; // chosen by whoever started Attend, either way
    const std::string ours = std::string(hugePageTunable) + "=1:" + arenaTunable + "=1";
    const std::string tunables = before && *before ? std::string(before) + ':' + ours : ours;
    setenv(restartMark, before ? before : "", 1);
    setenv(tunablesVariable, tunables.c_str(), 1);
    // The executable's own path, not /proc/self/exe: the process is named after the file it execs
    // ("exe" in top, and `killall attend` would miss it).
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length > 0) {
        path[length] = '\0';
        execv(path, argv);
    }
    execv("/proc/self/exe", argv); // the file was replaced or renamed since: its old self
    clearHugePageMallocMark(); // no restart (no /proc?): go on as started
}

void alignHeapToHugePages()
{
    // The heap starts wherever the program's end put it; its pages up to the first 2 MB boundary
    // can only be 4 kB ones (a huge page must lie whole in the heap). Moving the break to that
    // boundary once, before the modules allocate, starts malloc's next growth on a huge page. The
    // skipped addresses are never touched: no memory, only address space. malloc takes the
    // break moved under it as any foreign sbrk: it fences its old top off and goes on above.
    constexpr std::uintptr_t hugePage = 2 * 1024 * 1024;
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (end == std::uintptr_t(-1))
        return;
    const std::uintptr_t aligned = (end + hugePage - 1) & ~(hugePage - 1);
    if (aligned > end)
        sbrk(static_cast<intptr_t>(aligned - end));
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
