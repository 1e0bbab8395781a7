#!/bin/sh
# Instructions executed from exec to the first frame (callgrind counts them repeatably, whatever
# else the machine is doing; the app ends at that frame, so its teardown is not counted): the figure to compare before and after a change to start-up.
#
#   bench/startup_instructions.sh ATTEND_BINARY [FEED]
#
# With FEED: a fresh home follows it first, then the start from its kept copy is counted twice:
# once with the snapshot removed (the copy is parsed, as before snapshots) and once from the snapshot.
# Without: the built-in agenda. Needs valgrind and xvfb-run.
set -eu
app=$(readlink -f "$1")
feed=${2:-}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/run" TZ=Europe/Brussels LC_ALL=C.UTF-8 DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

count() { # $1: label
    out="$home/callgrind.out"
    xvfb-run -a -s '-screen 0 1280x800x24' env ATTEND_STARTUP_REPORT=exit \
        valgrind --tool=callgrind --callgrind-out-file="$out" "$app" >/dev/null 2>"$home/log" || true
    ir=$(grep -m1 '^summary:' "$out" | cut -d' ' -f2)
    printf '%-46s %15s instructions\n' "$1" "$ir"
}

if [ -z "$feed" ]; then
    xvfb-run -a -s '-screen 0 1280x800x24' env ATTEND_STARTUP_REPORT=quit "$app" >/dev/null 2>&1 || true
    count "start-up, built-in agenda"
    exit 0
fi
xvfb-run -a -s '-screen 0 1280x800x24' env ATTEND_STARTUP_REPORT=quit "$app" --feed "$(readlink -f "$feed")" >/dev/null 2>&1
xvfb-run -a -s '-screen 0 1280x800x24' env ATTEND_STARTUP_REPORT=quit "$app" >/dev/null 2>&1
snapshot=$(find "$XDG_DATA_HOME" -name feed.snapshot | head -1)
if [ -n "$snapshot" ]; then
    count "start-up from the kept copy, with its snapshot"
    rm -f "$snapshot"
    count "start-up from the kept copy, parsed (no snapshot)"
else
    count "start-up from the kept copy (this build keeps no snapshot)"
fi
