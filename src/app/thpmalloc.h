#pragma once

/**
 * Start-up on a virtual machine is paid in page faults as much as in instructions: the first
 * frame with FOSDEM touched 8,400 fresh pages at about 13 us each (a third of its CPU time was
 * the kernel's). Where the kernel gives transparent huge pages to memory that asks for them (THP
 * mode "madvise", the usual default), malloc's heap can take 2 MB at a fault instead of 4 kB.
 *
 * prepareHugePageHeap, run from the launcher's .preinit_array (before any library's initializer,
 * the C++ runtime's first malloc among them), sets the heap up for that:
 * - the program break moves to a 2 MB boundary (the heap starts wherever the program ends, and a
 *   huge page must lie whole in it);
 * - the heap's first growth reserves 64 MB of address space at once (M_TOP_PAD), marked
 *   MADV_HUGEPAGE; untouched, it costs no memory. Its first 2 MB, touched by malloc before the
 *   mark, are collapsed into a huge page (MADV_COLLAPSE). It is not trimmed below that
 *   (M_TRIM_THRESHOLD), and blocks up to 32 MB come from it rather than from mmap;
 * - every thread allocates from this one heap (M_ARENA_MAX 1): a thread's own arena grows a
 *   page at a time (the QML loader's took 4 MB, 1,000 faults).
 * FOSDEM's first frame: 8,400 -> 3,100 faults. Until December 2026 the launcher ran itself again
 * with glibc's tunables (glibc.malloc.hugetlb=1, arena_max=1) for most of this: the same faults,
 * and an exec more (8 ms). GLIBC_TUNABLES that names glibc.malloc.hugetlb or arena_max is the
 * person's choice: the heap is then left as glibc makes it.
 */
namespace Attend {

/** Sets malloc's heap up on huge pages, as said above; `environment` is the process's (envp). */
void prepareHugePageHeap(char **environment);

} // namespace Attend
