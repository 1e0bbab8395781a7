#!/bin/sh
# Runs a test beside a real notification server: its own X display (Xvfb, which dunst needs), its
# own session bus (dbus-run-session), and dunst on it with a config of our own. Exits with the
# test's exit code. Needs nothing from the machine but the packages: CI is root with no bus and
# no display.
#
#   run-with-notification-server.sh TEST_BINARY [TEST_ARGUMENTS...]
#
# The test sees ATTEND_DUNST_PICK_FILE: dunst's context menu ("dunstctl context") hands its entries
# to a stand-in for dmenu that picks the one named in that file ("ID,ACTION"), so a test can choose
# "Open" or "Snooze" as a person would.
set -eu

self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")

if [ "${ATTEND_NOTIFICATION_RUNNER_INSIDE:-}" != 1 ]; then
    [ $# -ge 1 ] || { echo "usage: $0 TEST_BINARY [ARGUMENTS...]" >&2; exit 2; }
    for tool in xvfb-run xauth dbus-run-session dbus-send dunst dunstctl busctl; do
        command -v "$tool" >/dev/null 2>&1 || { echo "$0: $tool is missing (scripts/install-deps installs it)" >&2; exit 1; }
    done
    export ATTEND_NOTIFICATION_RUNNER_INSIDE=1
    # dbus-run-session, not a bus of the machine's: otherwise libdbus may autolaunch a stray one.
    exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- sh "$self" "$@"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/attend-notify.XXXXXX")
dunst_pid=
cleanup() {
    # dunst must be gone before we return: a child left holding ctest's output pipe stalls it.
    if [ -n "$dunst_pid" ]; then
        kill "$dunst_pid" 2>/dev/null || true
        wait "$dunst_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Our own config, so that the machine's (or a developer's) dunstrc cannot change what the test sees.
export XDG_CONFIG_HOME="$work/config"
mkdir -p "$XDG_CONFIG_HOME/dunst"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$work/runtime"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
export ATTEND_DUNST_PICK_FILE="$work/pick"
: >"$ATTEND_DUNST_PICK_FILE"

cat >"$work/pick-menu-entry" <<'EOF'
#!/bin/sh
# dunst's dmenu: reads lines like "#Snooze 5 min (Summary) [12,snooze]" and prints the one whose
# "[ID,ACTION]" the test wrote into $ATTEND_DUNST_PICK_FILE (nothing printed: nothing chosen).
menu=$(cat)
printf '%s\n' "$menu" >"$ATTEND_DUNST_PICK_FILE.menu"
pick=$(cat "$ATTEND_DUNST_PICK_FILE")
printf '%s\n' "$menu" | grep -F -m1 "[$pick]" || true
EOF
chmod +x "$work/pick-menu-entry"

cat >"$XDG_CONFIG_HOME/dunst/dunstrc" <<EOF
[global]
    # As Debian's stock dunstrc: the body is read as markup (so dunst offers "body-markup").
    markup = full
    dmenu = $work/pick-menu-entry
    history_length = 50
    sticky_history = yes
# Notices stay up until the test closes them, however slow the machine.
[urgency_low]
    timeout = 0
[urgency_normal]
    timeout = 0
[urgency_critical]
    timeout = 0
EOF

dunst >"$work/dunst.log" 2>&1 &
dunst_pid=$!

has_server() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'
}
tries=0
until has_server; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$dunst_pid" 2>/dev/null; then
        echo "$0: dunst did not take org.freedesktop.Notifications on the session bus; its log:" >&2
        cat "$work/dunst.log" >&2
        exit 1
    fi
    sleep 0.1
done

status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then
    echo "$0: the test failed ($status); dunst's log:" >&2
    cat "$work/dunst.log" >&2
fi
exit "$status"
