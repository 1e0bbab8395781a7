# attend_warnings: the compiler hygiene every target links (PRIVATE, so it never leaks into a
# consumer's flags): GCC's and clang's common warnings, and Qt's deprecation guards for Qt 6.4.
#   ATTEND_WERROR=ON  turns every warning into an error. CI sets it (.ci/run exports ATTEND_WERROR=ON,
#                     which scripts/build and scripts/test-sanitized pass on); a local build keeps it off,
#                     so a newer compiler's new warning never stops someone from building.
option(ATTEND_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)

add_library(attend_warnings INTERFACE)
target_compile_options(attend_warnings INTERFACE
    -Wall -Wextra -Wpedantic
    # Qt's own macros (QSKIP("why"), qCInfo(category) << …) pass no argument to a variadic macro's
    # "...": clang's -Wpedantic calls that a GNU extension; it is Qt's usage, not a fault of ours.
    $<$<CXX_COMPILER_ID:Clang>:-Wno-gnu-zero-variadic-macro-arguments>
    $<$<BOOL:${ATTEND_WERROR}>:-Werror>)
# Attend is written for Qt 6.4 (Debian 12): API that Qt deprecated up to 6.4 is compiled out, so using
# it fails to build, and Qt 6.5+ warns only about what 6.4 already offered a replacement for.
# Qt 6.5 names the guards *_UP_TO; 6.4 reads the older names; both are given the same version.
target_compile_definitions(attend_warnings INTERFACE
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_WARN_DEPRECATED_UP_TO=0x060400
    QT_DEPRECATED_WARNINGS_SINCE=0x060400)
