// The launcher's release of relocation tables (src/app/relocationpages.h), checked from the inside:
// pages go, and what runs after (a call bound lazily through them, a library loaded later) still works.
// Exit status 0 when every check holds; each failure is printed.

#include "app/relocationpages.h"
#include "plaincheck.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <cstdint>
#include <fcntl.h>
#include <unistd.h>
#include <vector>
#include <string>

namespace {
using PlainCheck::check;
using PlainCheck::failures;

// How many of the ranges' pages are in this process's page tables (/proc/self/pagemap: bit 63,
// "present", readable without privileges).
long presentPages(const std::vector<Attend::PageRange> &ranges)
{
    const long pageSize = sysconf(_SC_PAGESIZE);
    const int pagemap = open("/proc/self/pagemap", O_RDONLY);
    if (pagemap < 0)
        return -1;
    long present = 0;
    for (const Attend::PageRange &range : ranges) {
        for (std::uintptr_t page = range.begin; page < range.end; page += std::uintptr_t(pageSize)) {
            std::uint64_t entry = 0;
            if (pread(pagemap, &entry, sizeof entry, off_t(page / std::uintptr_t(pageSize) * sizeof entry)) == sizeof entry && (entry >> 63))
                ++present;
        }
    }
    close(pagemap);
    return present;
}
} // namespace

int main(int argc, char **)
{
    const std::vector<Attend::PageRange> tables = Attend::relocationTablePages();
    const long before = presentPages(tables);
    const long released = Attend::releaseRelocationTables();
    const long after = presentPages(tables);
    check(released > 0, "no relocation table had a whole page to release");
    check(before > 0, "no page of the tables was resident before (the loader reads them all)");
    check(after == 0, std::to_string(after) + " pages of the tables are still resident");

    // A function of libm called for the first time now: bound lazily, through the tables released.
    const double root = std::cbrt(27.0 + argc - 1);
    check(root > 2.99 && root < 3.01, "cbrt(27) after the release: " + std::to_string(root));
    // A library loaded now is relocated against the libraries already there.
    void *zlib = dlopen("libz.so.1", RTLD_NOW | RTLD_LOCAL);
    check(zlib != nullptr, std::string("libz.so.1 after the release: ") + (zlib ? "" : dlerror()));
    if (zlib) {
        using Version = const char *(*)();
        const auto version = reinterpret_cast<Version>(dlsym(zlib, "zlibVersion"));
        check(version && version() && *version() != '\0', "zlibVersion() after the release");
    }
    std::printf("%s (tables: %ld kB; resident pages %ld -> %ld)\n", failures ? "FAILED" : "passed", released / 1024, before, after);
    return failures ? 1 : 0;
}
