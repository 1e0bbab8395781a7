#!/bin/sh
# Writes this folder's config/ and data/ with Attend 0.1.0 (commit cc95e9a), as a person's machine
# would hold them. Run from a 0.1.0 checkout only: a newer Attend must not rewrite these fixtures.
#   cmake -S . -B build -DATTEND_UPGRADE_FIXTURE_WRITER=ON && cmake --build build --target upgradefixturewriter
#   sh tests/data/upgrade-0.1.0/make-fixtures.sh build/tests/auto/upgradefixturewriter
set -eu
writer=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config" "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"
HOME=$work XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime \
DBUS_SESSION_BUS_ADDRESS=disabled: QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Fusion LC_ALL=C.UTF-8 LANG=C.UTF-8 TZ=Europe/Berlin \
ATTEND_PRETEND_NOW=2022-09-07T07:55:00Z \
    "$writer" "$here/../feeds"
rm -rf "$here/config" "$here/data"
cp -r "$work/config" "$work/data" "$here/"
find "$here/config" "$here/data" -type f | sort
