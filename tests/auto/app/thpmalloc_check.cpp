// The launcher's restart with huge-page malloc (src/app/thpmalloc.h), checked from the inside: a
// plain program, since it execs itself. Exit status 0 when every check holds; each failure is
// printed. The driver (add_test below) runs it with GLIBC_TUNABLES unset, set to something else,
// and set by the person to their own huge-page choice.
//
//   thpmalloc_check EXPECTED_RUNS
// EXPECTED_RUNS: 2 where the launcher must restart once, 1 where it must leave the process alone.

#include "app/thpmalloc.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {
int failures = 0;
void check(bool ok, const std::string &what)
{
    if (!ok) {
        std::printf("FAIL: %s\n", what.c_str());
        ++failures;
    }
}

std::string env(const char *name)
{
    const char *value = std::getenv(name);
    return value ? std::string("=") + value : std::string("(unset)");
}

// AnonHugePages of this process, in kB: memory malloc got as transparent huge pages.
long anonHugePagesKb()
{
    std::ifstream rollup("/proc/self/smaps_rollup");
    std::string key;
    long value = 0;
    while (rollup >> key) {
        if (key == "AnonHugePages:") {
            rollup >> value;
            return value;
        }
    }
    return 0;
}

// The heap's resident memory that is not on huge pages, in kB.
long heapSmallPagesKb()
{
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inHeap = false;
    long rss = 0;
    long huge = 0;
    while (std::getline(smaps, line)) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) && line.find('-') < line.find(' '))
            inHeap = line.find("[heap]") != std::string::npos;
        else if (inHeap && line.rfind("Rss:", 0) == 0)
            rss += std::atol(line.c_str() + 4);
        else if (inHeap && line.rfind("AnonHugePages:", 0) == 0)
            huge += std::atol(line.c_str() + 14);
    }
    return rss - huge;
}

// As the attend launcher does (src/app/main.cpp): before the C++ runtime's first malloc.
void alignHeapBeforeLibraries(int, char **, char **)
{
    Attend::alignHeapToHugePages();
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const alignHeapFirst)(int, char **, char **) = alignHeapBeforeLibraries;

// Where the tunable decides whether malloc gets huge pages: the kernel gives them to memory that
// asks (madvise), not to all memory (always) nor to none (never).
bool kernelGivesHugePagesOnRequest()
{
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(mode, line);
    return line.find("[madvise]") != std::string::npos;
}

// A sanitizer's allocator replaces glibc's malloc, and takes no glibc tunable.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool glibcMalloc = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool glibcMalloc = false;
#else
constexpr bool glibcMalloc = true;
#endif
#else
constexpr bool glibcMalloc = true;
#endif
} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    // Counts the runs of this program through the restart: the environment is what survives exec.
    const int run = std::atoi(std::getenv("THP_CHECK_RUNS") ? std::getenv("THP_CHECK_RUNS") : "0") + 1;
    setenv("THP_CHECK_RUNS", std::to_string(run).c_str(), 1);
    const std::string tunablesAtStart = env("GLIBC_TUNABLES");
    if (run == 1)
        setenv("THP_CHECK_TUNABLES_BEFORE", tunablesAtStart.c_str(), 1);

    Attend::restartWithHugePageMalloc(argv);

    const int expectedRuns = std::atoi(argv[1]);
    check(run == expectedRuns, "ran " + std::to_string(run) + " times, expected " + std::to_string(expectedRuns));
    // What Attend starts later sees the environment it was started with.
    check(env("GLIBC_TUNABLES") == std::getenv("THP_CHECK_TUNABLES_BEFORE"),
          "GLIBC_TUNABLES is " + env("GLIBC_TUNABLES") + ", was " + std::getenv("THP_CHECK_TUNABLES_BEFORE"));
    check(std::getenv("ATTEND_TUNABLES_BEFORE") == nullptr, "the restart's mark is left in the environment");
    // The process keeps its own name through the restart (top, pkill and killall go by it).
    std::ifstream comm("/proc/self/comm");
    std::string name;
    std::getline(comm, name);
    check(name == "thpmalloc_check", "the process is named " + name + " after the restart");
    if (expectedRuns == 2) {
        check(tunablesAtStart.find("glibc.malloc.hugetlb=1") != std::string::npos, "restarted without the tunable: " + tunablesAtStart);
        check(tunablesAtStart.find("glibc.malloc.arena_max=1") != std::string::npos, "restarted without one arena: " + tunablesAtStart);
        // And malloc really asks for huge pages: a large block, touched, lies on some.
        if (glibcMalloc && kernelGivesHugePagesOnRequest()) {
            const std::size_t size = 32 * 1024 * 1024;
            auto *block = static_cast<char *>(std::malloc(size));
            std::memset(block, 1, size);
            check(anonHugePagesKb() >= 2048, "no huge pages under 32 MB of malloc: " + std::to_string(anonHugePagesKb()) + " kB");
            std::free(block);
            // Small blocks come from the heap, which starts on a 2 MB boundary: all of it on huge
            // pages (unaligned, its first 0-2 MB would be 4 kB pages).
            std::vector<char *> blocks;
            for (int i = 0; i < 4096; ++i) {
                blocks.push_back(static_cast<char *>(std::malloc(1000)));
                std::memset(blocks.back(), 1, 1000);
            }
            check(heapSmallPagesKb() < 64, "the heap has " + std::to_string(heapSmallPagesKb()) + " kB on small pages");
            for (char *small : blocks)
                std::free(small);
        } else {
            std::printf("malloc's huge pages not checked: %s\n",
                        glibcMalloc ? "the kernel's transparent huge pages are not in madvise mode" : "a sanitizer's allocator");
        }
    }
    std::printf("%s (run %d, GLIBC_TUNABLES at start %s)\n", failures ? "FAILED" : "passed", run, tunablesAtStart.c_str());
    return failures ? 1 : 0;
}
