#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (unit, ui offscreen,
# integration against a real pcscd with the virtual reader). Exit code 0 only
# when every test passed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KAKANAI_BUILD_DIR:-$root/build}
start=$(date +%s)

"$root/scripts/setup-debian.sh" --test
source "$root/scripts/lib/build.sh"
kakanai_build "$root"

# The .ts files must match the sources (lupdate), and Japanese must be complete.
cmake --build "$build" --target update_translations >/dev/null
if command -v git >/dev/null && git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  if ! git -C "$root" diff --quiet -- translations/; then
    echo "test.sh: translations/*.ts are out of date: run 'cmake --build build --target update_translations', translate, commit" >&2
    git -C "$root" diff --stat -- translations/ >&2
    exit 1
  fi
fi

export KAKANAI_TEST_TMP
KAKANAI_TEST_TMP=$(mktemp -d /tmp/kakanai-test.XXXXXX)
cleanup() {
  if declare -F kakanai_pcscd_stop >/dev/null; then kakanai_pcscd_stop || true; fi
  rm -rf "$KAKANAI_TEST_TMP"
}
trap cleanup EXIT

# Card tests talk to a real pcscd with the virtual reader (vpcd).
if [[ -f "$root/scripts/lib/pcsc-test-env.sh" ]]; then
  source "$root/scripts/lib/pcsc-test-env.sh"
  kakanai_pcscd_start
fi

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" -j2 -LE bench --output-on-failure --timeout 300
echo "test.sh: finished in $(( $(date +%s) - start )) s"
