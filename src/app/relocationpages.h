#pragma once

/**
 * Once the dynamic linker has relocated the loaded libraries, their relocation tables (.rela.dyn,
 * .rela.plt: 4 MB over the window's 65 libraries, Qt's bound at load time) are not read again, but
 * stay resident: read-only pages of the files, counted in the process's memory. This lets go of
 * their whole pages (MADV_DONTNEED on a private read-only file mapping: the page table entries go,
 * the files' pages stay in the page cache). A table read again after all (a lazily bound call
 * of a library linked without BIND_NOW) is faulted back in from the file, unchanged.
 * FOSDEM's first frame: VmHWM 72.7 -> 69.0 MB.
 */
#include <cstdint>
#include <vector>

namespace Attend {

/** Whole pages, [begin, end). */
struct PageRange {
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
};

/** The whole pages of every loaded object's relocation tables. */
std::vector<PageRange> relocationTablePages();

/** How to drop pages: all ranges in one process_madvise call (one TLB flush for all of them, on
    Linux 6.16 and later), or one madvise call a range (a flush each). */
enum class ReleaseWay { AllAtOnce,
                        OneByOne };

/** Drops the resident pages of these ranges (MADV_DONTNEED); returns the bytes advised, or -1
    where the kernel does not take that way. */
long releasePages(const std::vector<PageRange> &pages, ReleaseWay way);

/** Drops the resident pages of relocationTablePages(), all at once where the kernel can, else one
    range at a time; returns how many bytes they span. */
long releaseRelocationTables();

} // namespace Attend
