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

// Reads a byte of every page: they fault back in from the files, as they would if read again.
long touchPages(const std::vector<Attend::PageRange> &ranges)
{
    const long pageSize = sysconf(_SC_PAGESIZE);
    long sum = 0;
    for (const Attend::PageRange &range : ranges) {
        for (std::uintptr_t page = range.begin; page < range.end; page += std::uintptr_t(pageSize))
            sum += *reinterpret_cast<const volatile unsigned char *>(page);
    }
    return sum;
}

long pagesIn(const std::vector<Attend::PageRange> &ranges)
{
    const long pageSize = sysconf(_SC_PAGESIZE);
    long pages = 0;
    for (const Attend::PageRange &range : ranges)
        pages += long(range.end - range.begin) / pageSize;
    return pages;
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

    // Each way on its own, the pages read back in before each: the launcher takes the first the
    // kernel allows, so on this kernel the other one is checked only here. The counts are taken
    // right after each release, before any message is built: a library's first call of a function
    // it binds lazily reads its tables again, and the kernel maps the pages around the one read.
    const long sumBefore = touchPages(tables);
    const long backIn = presentPages(tables);
    const long oneByOne = Attend::releasePages(tables, Attend::ReleaseWay::OneByOne);
    const long afterOneByOne = presentPages(tables);
    const long sumAgain = touchPages(tables);
    const long atOnce = Attend::releasePages(tables, Attend::ReleaseWay::AllAtOnce);
    const long afterAtOnce = presentPages(tables);
    check(backIn == pagesIn(tables), "the released pages did not fault back in when read");
    check(sumAgain == sumBefore, "the tables read back in differ from before");
    check(oneByOne == released, "one by one: not every range was advised");
    check(afterOneByOne == 0, "one by one: " + std::to_string(afterOneByOne) + " pages of the tables are still resident");
    if (atOnce < 0) {
        std::printf("note: this kernel does not take MADV_DONTNEED through process_madvise: the launcher releases one range at a time\n");
    } else {
        check(atOnce == released, "all at once: " + std::to_string(atOnce) + " of " + std::to_string(released) + " bytes advised");
        check(afterAtOnce == 0, "all at once: " + std::to_string(afterAtOnce) + " pages of the tables are still resident");
    }

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
