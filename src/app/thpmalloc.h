#pragma once

/**
 * Start-up on a virtual machine is paid in page faults as much as in instructions: the first
 * frame with FOSDEM touched 8,400 fresh pages at about 13 us each (a third of its CPU time was
 * the kernel's). glibc's malloc can ask for transparent huge pages for its heap (the tunable
 * glibc.malloc.hugetlb=1, read only when a process starts, and only worth anything where the
 * kernel's THP mode is "madvise" or "always"): 2 MB at a fault instead of 4 kB.
 *
 * So the launcher, before it loads any module, runs itself again once with that tunable added
 * to GLIBC_TUNABLES (it links only the C library: the second exec costs about a millisecond),
 * and the modules take the variable out again (clearHugePageMallocMark), so that programs Attend
 * starts (a browser for a link) do not inherit it. GLIBC_TUNABLES that already names
 * glibc.malloc.hugetlb (=0 or =1) is left alone and means no restart: what a profiler that does
 * not follow exec (valgrind, bench/startup_instructions.sh) needs.
 */
namespace Attend {

/** execv()s the running executable with the tunable, unless it is set already or cannot be. */
void restartWithHugePageMalloc(char **argv);

/** Removes what restartWithHugePageMalloc added to the environment (the process keeps its malloc). */
void clearHugePageMallocMark();

} // namespace Attend
