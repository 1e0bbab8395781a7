# ATTEND_SANITIZE: the whole tree (every layer library, the app, tests, benchmarks) with AddressSanitizer
# (LeakSanitizer included) and UndefinedBehaviorSanitizer, built by clang. Undefined behaviour
# aborts instead of printing and carrying on, so a test or a fuzz replay that hits it fails.
# ATTEND_FUZZ: on top of that, Attend's own code records coverage for libFuzzer
# (-fsanitize=fuzzer-no-link) and the targets in tests/fuzz are built (-fsanitize=fuzzer).
# One build directory serves both, e.g.
#     CC=clang CXX=clang++ cmake -S . -B build-asan -G Ninja -DATTEND_SANITIZE=ON -DATTEND_FUZZ=ON
# Qt and libical come from Debian and are not instrumented: coverage counts Attend's code only,
# and ASan sees Attend's own accesses (with interceptors for malloc, memcpy and friends everywhere).
option(ATTEND_SANITIZE "Build everything with ASan + UBSan (clang)" OFF)
option(ATTEND_FUZZ "Build the libFuzzer targets in tests/fuzz (needs ATTEND_SANITIZE)" OFF)

if(ATTEND_FUZZ AND NOT ATTEND_SANITIZE)
    message(FATAL_ERROR "ATTEND_FUZZ needs ATTEND_SANITIZE=ON: the fuzzers are only worth running with ASan and UBSan")
endif()

if(ATTEND_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "ATTEND_SANITIZE needs clang (CXX=clang++): libFuzzer and these options are clang's")
    endif()
    set(attend_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_compile_options(${attend_sanitizers})
    add_link_options(-fsanitize=address,undefined)
    if(ATTEND_FUZZ)
        # Only compiled code gets the coverage hooks; the ASan runtime gives them no-op defaults,
        # so the app and the unit tests still link and run as usual.
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
endif()
