#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside a private D-Bus session with its own unlocked GNOME Keyring (Secret
# Service), so keychain tests work on a headless machine and never touch the user's keyrings
# (XDG folders in a temporary directory). The daemon leaves with the session bus.
# Usage: keyring-session.sh COMMAND [ARGS...]
set -eu
dir=$(mktemp -d "${TMPDIR:-/tmp}/tribune-keyring.XXXXXX")
trap 'rm -rf "$dir"' EXIT
mkdir -m 700 "$dir/data" "$dir/runtime" "$dir/config"
export XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/runtime" XDG_CONFIG_HOME="$dir/config"
rc=0
dbus-run-session -- sh -c '
    printf %s testpw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"
' sh "$@" || rc=$?
exit $rc
