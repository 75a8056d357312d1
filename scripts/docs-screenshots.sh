#!/usr/bin/env bash
# Takes the screenshots in docs/images from the real application under Xvfb:
# a fresh demo store, the virtual card in a real pcscd, and xdotool typing as
# a clerk would. Run as root on the build machine (pcscd must not be running).
#   scripts/docs-screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
out=$root/docs/images
export DEBIAN_FRONTEND=noninteractive
for p in xdotool imagemagick xvfb; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="${missing:-} $p"
done
if [[ -n "${missing:-}" ]]; then apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; fi

work=$(mktemp -d /tmp/kakanai-shots.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

display=:77
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=$display QT_QPA_PLATFORM=xcb
for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done

# shellcheck source=lib/demo-services.sh
source "$root/scripts/lib/demo-services.sh"
kakanai_demo_services_start "$root" "$build"

shot() { sleep 1; import -window root "$out/$1"; echo "docs-screenshots: $out/$1"; }
type_text() { xdotool type --delay 40 "$1"; }

"$build/app/kakanai" --demo --lang "${KAKANAI_SHOT_LANG:-ja}" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do xdotool search --name Kakanai >/dev/null 2>&1 && break; sleep 0.1; done
sleep 1
shot sign-in-ja.png
type_text c001; xdotool key Return; type_text demo-clerk1; xdotool key Return
sleep 2
# Read card (Alt+R), the citizen types the PIN on the keypad dialog.
xdotool key alt+r
sleep 1.5
shot pin-dialog-ja.png
type_text 1234; xdotool key Return
sleep 2
shot intake-card-ja.png
