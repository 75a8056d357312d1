#!/usr/bin/env bash
# Installs what is needed, builds, and starts Kakanai on embedded defaults:
# the SQLite store in your data folder (demo data on first start), the
# virtual My Number card in the virtual reader (when pcscd can be started
# here), and the local back-office simulator once it exists.
# Extra arguments go to the app, e.g. scripts/run.sh --lang en
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KAKANAI_BUILD_DIR:-$root/build}

"$root/scripts/setup-debian.sh"
source "$root/scripts/lib/build.sh"
kakanai_build "$root"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

if [[ -f "$root/scripts/lib/demo-services.sh" ]]; then
  source "$root/scripts/lib/demo-services.sh"
  kakanai_demo_services_start "$root" "$build"   # appends to pids
fi

app=("$build/app/kakanai" --demo "$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "run.sh: no display found; starting Kakanai on a virtual X display (xvfb-run)." >&2
  echo "run.sh: add --screenshot FILE.png to save what it shows, or run from a desktop session." >&2
  exec_cmd=(xvfb-run -a -s "-screen 0 1366x768x24" "${app[@]}")
else
  exec_cmd=("${app[@]}")
fi
"${exec_cmd[@]}"
