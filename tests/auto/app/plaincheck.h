#pragma once

// For the plain test programs (no Qt: the launcher's own code): a check prints what failed and is
// counted; main returns failures ? 1 : 0.

#include <cstdio>
#include <string>

namespace PlainCheck {

inline int failures = 0;

inline void check(bool ok, const std::string &what)
{
    if (!ok) {
        std::printf("FAIL: %s\n", what.c_str());
        ++failures;
    }
}

} // namespace PlainCheck
