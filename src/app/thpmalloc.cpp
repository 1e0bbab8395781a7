#include "thpmalloc.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace Attend {

namespace {
constexpr std::uintptr_t hugePage = 2 * 1024 * 1024;

// Read from envp: in .preinit_array the C library's environ is not set up yet.
bool mallocChosenByPerson(char **environment)
{
    constexpr char variable[] = "GLIBC_TUNABLES=";
    for (char **entry = environment; entry && *entry; ++entry) {
        if (std::strncmp(*entry, variable, sizeof variable - 1) == 0)
            return std::strstr(*entry, "glibc.malloc.hugetlb") || std::strstr(*entry, "glibc.malloc.arena_max");
    }
    return false;
}
} // namespace

void prepareHugePageHeap(char **environment)
{
    if (mallocChosenByPerson(environment))
        return;
    // The break on a 2 MB boundary: the skipped addresses are never touched (no memory, only
    // address space), and malloc's first growth starts there.
    const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (end == std::uintptr_t(-1))
        return;
    const std::uintptr_t start = (end + hugePage - 1) & ~(hugePage - 1);
    if (start > end && sbrk(static_cast<intptr_t>(start - end)) == reinterpret_cast<void *>(-1))
        return;
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    void *volatile first = std::malloc(1); // volatile: a malloc freed at once is otherwise left out
    std::free(first);
    mallopt(M_TOP_PAD, 128 * 1024); // glibc's default, for the growths after this one
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    if (top <= start)
        return;
    madvise(reinterpret_cast<void *>(start), top - start, MADV_HUGEPAGE);
    constexpr int collapse = 25; // MADV_COLLAPSE (Linux 6.1): where it is older, nothing happens
    madvise(reinterpret_cast<void *>(start), hugePage, collapse);
}

} // namespace Attend
