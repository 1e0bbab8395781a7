#include "relocationpages.h"

#include <cstdint>
#include <elf.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

namespace Attend {

namespace {

struct Range {
    std::uintptr_t address = 0;
    std::uintptr_t size = 0;
};

// The whole pages inside [address, address + size): a page the table shares with its neighbours
// (the symbol names before it, code after it) stays.
void addPagesWithin(const Range &range, std::vector<PageRange> &pages)
{
    const auto pageSize = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const std::uintptr_t first = (range.address + pageSize - 1) & ~(pageSize - 1);
    const std::uintptr_t last = (range.address + range.size) & ~(pageSize - 1);
    if (range.size > 0 && last > first)
        pages.push_back({first, last});
}

int addTablesOf(dl_phdr_info *object, size_t, void *pages)
{
    const ElfW(Dyn) *dynamic = nullptr;
    for (ElfW(Half) i = 0; i < object->dlpi_phnum; ++i) {
        if (object->dlpi_phdr[i].p_type == PT_DYNAMIC)
            dynamic = reinterpret_cast<const ElfW(Dyn) *>(object->dlpi_addr + object->dlpi_phdr[i].p_vaddr);
    }
    if (!dynamic || object->dlpi_addr == 0)
        return 0; // the executable itself (not position-independent) or no dynamic section: left alone
    // The dynamic linker writes the load address into these entries as it reads them (glibc does
    // where the section is writable, as it is in every ordinary library): an entry below the
    // load address is still an offset.
    const auto address = [object](ElfW(Addr) value) { return value < object->dlpi_addr ? object->dlpi_addr + value : value; };
    Range rela;
    Range plt;
    for (const ElfW(Dyn) *entry = dynamic; entry->d_tag != DT_NULL; ++entry) {
        switch (entry->d_tag) {
        case DT_RELA:
            rela.address = address(entry->d_un.d_ptr);
            break;
        case DT_RELASZ:
            rela.size = entry->d_un.d_val;
            break;
        case DT_JMPREL:
            plt.address = address(entry->d_un.d_ptr);
            break;
        case DT_PLTRELSZ:
            plt.size = entry->d_un.d_val;
            break;
        default:
            break;
        }
    }
    addPagesWithin(rela, *static_cast<std::vector<PageRange> *>(pages));
    addPagesWithin(plt, *static_cast<std::vector<PageRange> *>(pages));
    return 0;
}

} // namespace

std::vector<PageRange> relocationTablePages()
{
    std::vector<PageRange> pages;
    dl_iterate_phdr(addTablesOf, &pages);
    return pages;
}

long releasePages(const std::vector<PageRange> &pages, ReleaseWay way)
{
    if (way == ReleaseWay::OneByOne) {
        long released = 0;
        for (const PageRange &range : pages) {
            if (madvise(reinterpret_cast<void *>(range.begin), range.end - range.begin, MADV_DONTNEED) == 0)
                released += long(range.end - range.begin);
        }
        return released;
    }
#if defined(SYS_pidfd_open) && defined(SYS_process_madvise)
    // Linux takes up to 1024 ranges a call (UIO_MAXIOV): the window's libraries have about 70.
    if (pages.empty() || pages.size() > 1024)
        return -1;
    std::vector<iovec> ranges;
    ranges.reserve(pages.size());
    for (const PageRange &range : pages)
        ranges.push_back({reinterpret_cast<void *>(range.begin), range.end - range.begin});
    const long self = syscall(SYS_pidfd_open, getpid(), 0);
    if (self < 0)
        return -1;
    const long advised = syscall(SYS_process_madvise, self, ranges.data(), ranges.size(), MADV_DONTNEED, 0);
    close(int(self));
    return advised;
#else
    return -1;
#endif
}

long releaseRelocationTables()
{
    const std::vector<PageRange> pages = relocationTablePages();
    long total = 0;
    for (const PageRange &range : pages)
        total += long(range.end - range.begin);
    // One call where the kernel takes it (process_madvise on the process itself, Linux 6.13): a
    // TLB flush for each of ~70 ranges cost 3-15 ms here, where a flush is a trip through the
    // hypervisor; all at once, 1.5-3.5 ms.
    if (releasePages(pages, ReleaseWay::AllAtOnce) == total)
        return total;
    return releasePages(pages, ReleaseWay::OneByOne);
}

} // namespace Attend
