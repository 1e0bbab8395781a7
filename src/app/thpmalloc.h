#pragma once

/**
 * Start-up on a virtual machine is paid in page faults as much as in instructions: the first
 * frame with FOSDEM touched 8,400 fresh pages at about 13 us each (a third of its CPU time was
 * the kernel's). glibc's malloc can ask for transparent huge pages for its heap (the tunable
 * glibc.malloc.hugetlb=1, read only when a process starts, and only worth anything where the
 * kernel's THP mode is "madvise" or "always"): 2 MB at a fault instead of 4 kB. Only the main
 * arena's heap grows in huge pages, though: a thread's arena (the QML loader's took 4 MB) grows
 * a page at a time, so glibc.malloc.arena_max=1 keeps every thread in the main one: 1,000 fewer
 * faults, 5% of the first frame. And the heap starts wherever the program ends, so its first
 * 0-2 MB could only be small pages: alignHeapToHugePages, run by the launcher before any library
 * initializer, moves the break to a 2 MB boundary first (another 700 faults).
 *
 * So the launcher, before it loads any module, runs itself again once with that tunable added
 * to GLIBC_TUNABLES, both tunables (it links only the C library: the second exec costs about a millisecond),
 * and the modules take the variable out again (clearHugePageMallocMark), so that programs Attend
 * starts (a browser for a link) do not inherit it. GLIBC_TUNABLES that already names
 * glibc.malloc.hugetlb or glibc.malloc.arena_max is left alone and means no restart: what a profiler that does
 * not follow exec (valgrind, bench/startup_instructions.sh) needs.
 */
namespace Attend {

/** execv()s the running executable with the tunable, unless it is set already or cannot be. */
void restartWithHugePageMalloc(char **argv);

/** Moves the program break to a 2 MB boundary, so that the heap grows in huge pages from there. */
void alignHeapToHugePages();

/** Removes what restartWithHugePageMalloc added to the environment (the process keeps its malloc). */
void clearHugePageMallocMark();

} // namespace Attend
