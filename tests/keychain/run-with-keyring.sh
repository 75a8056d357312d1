#!/bin/sh
# Runs a command against a real Secret Service: a private D-Bus session
# (dbus-run-session) with gnome-keyring's secrets component, in a temporary
# HOME and XDG directories. Nothing of the user's own session or keyring is
# touched. When the command ends, dbus-run-session stops its bus;
# gnome-keyring-daemon, started on that bus, exits with it. The temporary
# directory is then removed.
#   run-with-keyring.sh CMD...           login keyring created and unlocked
#   run-with-keyring.sh --locked CMD...  login keyring exists but is locked
set -eu

mode=unlocked
if [ "${1:-}" = "--locked" ]; then
  mode=locked
  shift
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kakanai-keyring.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

export HOME="$work/home"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$work" "$XDG_RUNTIME_DIR"
# Only the bus started below; and no display, so gnome-keyring can never put
# an unlock prompt on a developer's screen.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY

# gnome-keyring-daemon forks before it is on the bus. It exits when the bus
# goes away only once it is connected, so every session waits for it to own
# its name before the bus may end (at most 5 s).
wait_for_keyring='i=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.gnome.keyring 2>/dev/null | grep -q "boolean true"; do
    i=$((i + 1)); [ "$i" -le 50 ] || exit 97; sleep 0.1
  done'

if [ "$mode" = locked ]; then
  # A first session creates the login keyring (with a password); the second
  # starts the daemon without that password, so the keyring stays locked.
  dbus-run-session -- sh -c 'printf "kakanai-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    '"$wait_for_keyring" || exit 97
  test -f "$XDG_DATA_HOME/keyrings/login.keyring" || exit 97
  start='gnome-keyring-daemon --daemonize --components=secrets >/dev/null </dev/null || exit 97'
else
  start='printf "kakanai-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 97'
fi

status=0
dbus-run-session -- sh -c "$start
  $wait_for_keyring"'
  "$@"' kakanai-keyring "$@" || status=$?
exit "$status"
