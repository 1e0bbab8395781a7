#pragma once

#include <cstring>

namespace Attend {

/**
 * The arguments that ask for a scripted mode, which needs no display: any of them, anywhere after
 * the program's name. Plain C strings: the attend launcher (main.cpp) decides with them before it
 * has loaded Qt at all.
 */
inline constexpr const char *headlessFlags[] = {
    "--list",
    "--links",
    "--search",
    "--export-ics",
    "--help",
    "-h",
    "--help-all",
    "--version",
    "-v",
    "--calendar-file",
};

inline bool isHeadlessFlag(const char *argument)
{
    for (const char *flag : headlessFlags) {
        if (std::strcmp(argument, flag) == 0)
            return true;
    }
    return false;
}

} // namespace Attend
