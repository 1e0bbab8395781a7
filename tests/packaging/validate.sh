#!/bin/sh
# The desktop entry and the AppStream metainfo must pass their validators (offline, warnings fail).
# Usage: validate.sh PACKAGING_DIR
set -eu
dir=${1:?usage: validate.sh PACKAGING_DIR}
id=io.github.attend.Attend
desktop-file-validate "$dir/$id.desktop"
appstreamcli validate --no-net "$dir/$id.metainfo.xml"
echo "packaging files valid"
