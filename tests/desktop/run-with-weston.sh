#!/bin/sh
# Runs a test as a native Wayland client: its own headless weston (no display, no GPU), a private
# XDG_RUNTIME_DIR, and QT_QPA_PLATFORM=wayland. Usage: run-with-weston.sh COMMAND [ARGS...]
#
# Traps (Debian 12, weston 10, Qt 6.4.2):
# - weston's headless backend offers no wl_seat, and Qt 6.4.2's Wayland client then crashes in
#   QWaylandInputDevice::textInput() as soon as a TextField exists: QT_IM_MODULE=none avoids it.
# - the headless backend renders with pixman (no EGL for clients): Qt Quick draws with its software
#   scene graph, as Attend chooses by itself on a machine without a GPU render node.
set -eu

command -v weston >/dev/null || { echo "run-with-weston: weston is not installed (scripts/packages.txt)" >&2; exit 1; }

runtime=$(mktemp -d)
chmod 700 "$runtime"
socket="attend-test-$$"
log="$runtime/weston.log"
XDG_RUNTIME_DIR="$runtime" weston --backend=headless-backend.so --socket="$socket" --idle-time=0 \
    --no-config >"$log" 2>&1 &
weston=$!
cleanup() {
    kill "$weston" 2>/dev/null || true
    wait "$weston" 2>/dev/null || true
    rm -rf "$runtime"
}
trap cleanup EXIT INT TERM

# Up to 10 s for the compositor's socket.
tries=0
while [ ! -S "$runtime/$socket" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$weston" 2>/dev/null; then
        echo "run-with-weston: weston did not start:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.1
done

status=0
env -u DISPLAY XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY="$socket" QT_QPA_PLATFORM=wayland QT_IM_MODULE=none \
    QT_QUICK_BACKEND=software ATTEND_EXPECT_PLATFORM=wayland "$@" || status=$?
exit "$status"
