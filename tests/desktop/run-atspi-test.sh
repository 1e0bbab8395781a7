#!/bin/sh
# Drives the real app over AT-SPI, as a screen reader would (tests/desktop/drive_atspi.py): its own X
# display (Xvfb), its own session bus (dbus-run-session), the accessibility bus on it, and Attend
# with accessibility always on and an empty schedule of its own. Exits with the driver's exit code.
# Needs nothing from the machine but the packages: CI is root with no bus and no display.
#
#   run-atspi-test.sh ATTEND_BINARY
set -eu

self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
here=$(dirname "$self")

if [ "${ATTEND_ATSPI_RUNNER_INSIDE:-}" != 1 ]; then
    [ $# -eq 1 ] || { echo "usage: $0 ATTEND_BINARY" >&2; exit 2; }
    for tool in xvfb-run xauth dbus-run-session dbus-send /usr/bin/python3; do
        command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing (scripts/install-deps installs it)" >&2; exit 1; }
    done
    /usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
        || { echo "$0: python3-pyatspi is missing (scripts/install-deps installs it)" >&2; exit 1; }
    export ATTEND_ATSPI_RUNNER_INSIDE=1
    # dbus-run-session, not a bus of the machine's: otherwise libdbus may autolaunch a stray one.
    exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh "$self" "$@"
fi

attend=$1
# at-spi2-core's bus launcher: /usr/libexec on Debian 12, elsewhere on older or other systems.
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher \
                 /usr/lib/at-spi2/at-spi-bus-launcher; do
    if [ -x "$candidate" ]; then launcher=$candidate; break; fi
done
[ -n "$launcher" ] || { echo "$0: at-spi-bus-launcher not found (package at-spi2-core)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/attend-atspi.XXXXXX")
launcher_pid=
app_pid=

stop() {  # stop PID: SIGTERM, up to 5 s, then SIGKILL; always reaped
    kill "$1" 2>/dev/null || return 0
    n=0
    while kill -0 "$1" 2>/dev/null && [ "$n" -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
cleanup() {
    # Nothing of ours may outlive us: a child left holding ctest's output pipe stalls it.
    [ -z "$app_pid" ] || stop "$app_pid"
    [ -z "$launcher_pid" ] || stop "$launcher_pid"   # it takes its accessibility bus with it
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

show_logs() {
    for log in "$work/launcher.log" "$work/attend.log"; do
        echo "--- $(basename "$log"):" >&2
        cat "$log" >&2 2>/dev/null || true
    done
}

# The accessibility bus (org.a11y.Bus on the session bus), up before the app asks for it.
"$launcher" --launch-immediately >"$work/launcher.log" 2>&1 &
launcher_pid=$!
has_a11y_bus() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true'
}
tries=0
until has_a11y_bus; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$launcher_pid" 2>/dev/null; then
        echo "$0: $launcher did not take org.a11y.Bus on the session bus" >&2
        show_logs
        exit 1
    fi
    sleep 0.1
done

# A fresh home for the app: empty bookmarks, default settings, and its own temp dir, so its
# one-instance socket cannot reach an Attend running elsewhere on this machine.
# A home with a Documents folder: where the export dialog starts. QT_QPA_PLATFORMTHEME empty: Qt's
# own QML file dialog (in the accessibility tree), never a desktop one a script cannot reach.
mkdir -p "$work/data" "$work/config" "$work/tmp" "$work/home/Documents"
mkdir -m 700 "$work/runtime"
HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/runtime" \
TMPDIR="$work/tmp" TZ=Europe/Berlin QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORMTHEME= \
    "$attend" >"$work/attend.log" 2>&1 &
app_pid=$!

status=0
ATTEND_ATSPI_DOCUMENTS="$work/home/Documents" /usr/bin/python3 "$here/drive_atspi.py" || status=$?
if [ "$status" -ne 0 ]; then
    echo "$0: the test failed ($status)" >&2
    show_logs
fi
exit "$status"
