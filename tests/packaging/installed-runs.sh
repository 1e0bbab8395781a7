#!/bin/sh
# The installed attend (a launcher) finds its modules, attend-cli.so and attend-window.so under
# lib/attend, from its own folder, for whatever prefix it is installed to; without the window's
# module the scripted modes still run.
# Usage: installed-runs.sh BUILD_DIR
set -eu
build=${1:?usage: installed-runs.sh BUILD_DIR}
prefix=$(mktemp -d)
home=$(mktemp -d)
runtime=$(mktemp -d)
trap 'rm -rf "$prefix" "$home" "$runtime"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null

"$prefix/bin/attend" --version
"$prefix/bin/attend" --list | grep -q "Rethinking connectivity" || { echo "FAIL: --list printed no sessions"; exit 1; }

# The window: drawn offscreen, and the app leaves at its first frame (ATTEND_STARTUP_REPORT=exit).
report=$(HOME="$home" XDG_RUNTIME_DIR="$runtime" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    QT_QPA_PLATFORM=offscreen ATTEND_STARTUP_REPORT=exit "$prefix/bin/attend" 2>&1) || { echo "FAIL: the installed window did not open: $report"; exit 1; }
echo "$report" | grep -q "first_frame" || { echo "FAIL: no first frame: $report"; exit 1; }

# Without the module the scripted modes still work, and the window says what is missing.
find "$prefix" -name attend-window.so -delete
"$prefix/bin/attend" --version >/dev/null
if message=$(HOME="$home" XDG_RUNTIME_DIR="$runtime" QT_QPA_PLATFORM=offscreen "$prefix/bin/attend" 2>&1); then
    echo "FAIL: opened a window without its module"; exit 1
fi
echo "$message" | grep -q "cannot load attend-window.so, which the window needs" || { echo "FAIL: unclear message: $message"; exit 1; }
echo "installed attend runs: scripted modes, window, and a clear error without the module"
