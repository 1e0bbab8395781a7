// The launcher's heap on huge pages (src/app/thpmalloc.h), checked from the inside: a plain
// program with the launcher's .preinit_array hook. Exit status 0 when every check holds; each
// failure is printed. The driver (add_test) runs it with GLIBC_TUNABLES unset, set to something
// else, and set by the person to their own malloc choice.
//
//   thpmalloc_check prepared|left-alone

#include "app/thpmalloc.h"
#include "plaincheck.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {
using PlainCheck::check;
using PlainCheck::failures;

// As the attend launcher does (src/app/main.cpp): before the C++ runtime's first malloc.
void prepareHeapBeforeLibraries(int, char **, char **environment)
{
    Attend::prepareHugePageHeap(environment);
}
[[gnu::section(".preinit_array"), gnu::used]] void (*const prepareHeapFirst)(int, char **, char **) = prepareHeapBeforeLibraries;

struct Heap {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
    long smallPagesKb = 0; // resident, not on huge pages
};

// The [heap] mappings of this process, taken as one range.
Heap heap()
{
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    Heap found;
    bool inHeap = false;
    long rss = 0;
    long huge = 0;
    while (std::getline(smaps, line)) {
        if (!line.empty() && std::isxdigit(static_cast<unsigned char>(line[0])) && line.find('-') < line.find(' ')) {
            inHeap = line.find("[heap]") != std::string::npos;
            if (inHeap) {
                const std::uintptr_t begin = std::strtoull(line.c_str(), nullptr, 16);
                const std::uintptr_t end = std::strtoull(line.c_str() + line.find('-') + 1, nullptr, 16);
                found.begin = found.begin ? std::min(found.begin, begin) : begin;
                found.end = std::max(found.end, end);
            }
        } else if (inHeap && line.rfind("Rss:", 0) == 0) {
            rss += std::atol(line.c_str() + 4);
        } else if (inHeap && line.rfind("AnonHugePages:", 0) == 0) {
            huge += std::atol(line.c_str() + 14);
        }
    }
    found.smallPagesKb = rss - huge;
    return found;
}

bool inHeap(const void *block, const Heap &range)
{
    const auto address = reinterpret_cast<std::uintptr_t>(block);
    return address >= range.begin && address < range.end;
}

// Where the heap's preparation decides anything: the kernel gives huge pages to memory that
// asks (madvise), not to all memory (always) nor to none (never).
bool kernelGivesHugePagesOnRequest()
{
    std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(mode, line);
    return line.find("[madvise]") != std::string::npos;
}

// A sanitizer's allocator replaces glibc's malloc, and has neither its heap nor its arenas.
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
    const bool prepared = std::strcmp(argv[1], "prepared") == 0;
    if (!glibcMalloc) {
        std::printf("malloc's heap not checked: a sanitizer's allocator\n");
        return 0;
    }
    // 4 MB in small blocks, touched: they come from the heap.
    std::vector<char *> blocks;
    for (int i = 0; i < 4096; ++i) {
        blocks.push_back(static_cast<char *>(std::malloc(1000)));
        std::memset(blocks.back(), 1, 1000);
    }
    // A thread's first block: from the one heap when there is one arena, from an arena of its own
    // (mapped apart) when glibc's defaults hold.
    void *fromThread = nullptr;
    std::thread([&fromThread] { fromThread = std::malloc(1000); }).join();
    const Heap now = heap();
    if (prepared) {
        check(inHeap(fromThread, now), "a thread allocates outside the heap: more than one arena");
        if (kernelGivesHugePagesOnRequest()) {
            // Aligned and marked: all of it on huge pages (unaligned, its first 0-2 MB would be small pages).
            check(now.smallPagesKb < 64, "the heap has " + std::to_string(now.smallPagesKb) + " kB on small pages");
        } else {
            std::printf("huge pages not checked: the kernel's transparent huge pages are not in madvise mode\n");
        }
    } else {
        check(!inHeap(fromThread, now), "a thread allocates from the heap: the person's malloc choice was overridden");
    }
    std::free(fromThread);
    for (char *block : blocks)
        std::free(block);
    std::printf("%s (%s, GLIBC_TUNABLES %s)\n", failures ? "FAILED" : "passed", argv[1],
                std::getenv("GLIBC_TUNABLES") ? std::getenv("GLIBC_TUNABLES") : "unset");
    return failures ? 1 : 0;
}
