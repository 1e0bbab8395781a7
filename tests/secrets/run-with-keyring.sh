#!/bin/sh
# Runs a test beside a real Secret Service: its own session bus (dbus-run-session) and a fresh
# gnome-keyring on it, whose login keyring is created and unlocked with the password "ci". The
# keyring and every XDG and home directory the test sees live in a temporary directory, removed
# afterwards, so a developer's own keyring is never touched and no prompt can reach their screen.
# Exits with the test's exit code. Needs nothing from the machine but the packages: CI is root
# with no bus and no display.
#
#   run-with-keyring.sh TEST_BINARY [TEST_ARGUMENTS...]
#
# The test sees ATTEND_TEST_KEYRING=1 once the keyring is up and unlocked, and XDG_CONFIG_HOME,
# XDG_DATA_HOME (the keyring is in its keyrings/), XDG_CACHE_HOME, XDG_RUNTIME_DIR and HOME, all
# new and empty.
set -eu

self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

if [ "${ATTEND_KEYRING_RUNNER_INSIDE:-}" != 1 ]; then
    [ $# -ge 1 ] || { echo "usage: $0 TEST_BINARY [ARGUMENTS...]" >&2; exit 2; }
    for tool in dbus-run-session dbus-daemon dbus-send gnome-keyring-daemon; do
        command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing (scripts/install-deps installs it)" >&2; exit 1; }
    done
    work=$(mktemp -d "${TMPDIR:-/tmp}/attend-keyring.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    trap 'exit 130' INT TERM
    export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
    export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
    mkdir "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$HOME"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
    # Nothing of the desktop we may be running in: no display for gnome-keyring's prompter, no
    # running keyring to hand over to, no bus but ours (dbus-run-session sets its own).
    unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS
    export ATTEND_KEYRING_RUNNER_INSIDE=1 ATTEND_KEYRING_LOG="$work/gnome-keyring.log"
    status=0
    dbus-run-session -- sh "$self" "$@" || status=$?
    exit "$status"
fi

keyring_pid=
cleanup() {
    # The daemon must be gone before we return: a child left holding ctest's output pipe stalls it.
    if [ -n "$keyring_pid" ]; then
        kill "$keyring_pid" 2>/dev/null || true
        wait "$keyring_pid" 2>/dev/null || true
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --foreground, put in the background here, so that $! is the daemon itself. --unlock reads the
# password from stdin and creates the login keyring with it: a keyring with a password is
# encrypted on disk.
printf ci | gnome-keyring-daemon --foreground --unlock --components=secrets >"$ATTEND_KEYRING_LOG" 2>&1 &
keyring_pid=$!

has_keyring() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
tries=0
until has_keyring; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$keyring_pid" 2>/dev/null; then
        echo "$0: gnome-keyring did not take org.freedesktop.secrets on the session bus; its log:" >&2
        cat "$ATTEND_KEYRING_LOG" >&2
        exit 1
    fi
    sleep 0.1
done

export ATTEND_TEST_KEYRING=1
status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then
    echo "$0: the test failed ($status); gnome-keyring's log:" >&2
    cat "$ATTEND_KEYRING_LOG" >&2
fi
exit "$status"
