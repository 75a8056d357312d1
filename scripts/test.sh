#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test (unit, ui offscreen,
# integration against a real pcscd with the virtual reader and a private
# PostgreSQL on loopback). Exit code 0 only
# when every test passed; with CI set (.ci/run), also only when none skipped.
# Prints "test.sh: N tests, P passed, F failed, S skipped".
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
  if declare -F kakanai_postgres_stop >/dev/null; then kakanai_postgres_stop || true; fi
  rm -rf "$KAKANAI_TEST_TMP"
}
trap cleanup EXIT

# Card tests talk to a real pcscd with the virtual reader (vpcd).
if [[ -f "$root/scripts/lib/pcsc-test-env.sh" ]]; then
  source "$root/scripts/lib/pcsc-test-env.sh"
  kakanai_pcscd_start
fi

# Office-store tests talk to a real PostgreSQL that we start (loopback, a temp
# data dir, an unprivileged user) and stop by its pid in the exit trap. Never
# skipped: without it those tests would fail, so fail here with the reason.
source "$root/scripts/lib/postgres-test-env.sh"
if ! kakanai_postgres_start; then
  echo "test.sh: could not start the test PostgreSQL (scripts/lib/postgres-test-env.sh); see the messages above" >&2
  exit 1
fi

export QT_QPA_PLATFORM=offscreen
junit=$build/ctest-junit.xml
rm -f "$junit"
status=0
ctest --test-dir "$build" -j2 -LE bench --output-on-failure --timeout 300 --output-junit "$junit" || status=$?

# The counts, from CTest's JUnit file: a test that ran QSKIP (or returned a
# skip code) is "notrun" there, never "run" (cmake/KakanaiTesting.cmake).
if [[ -f "$junit" ]]; then
  passed=$(grep -c '<testcase [^>]*status="run"' "$junit" || true)
  failed=$(grep -c '<testcase [^>]*status="fail"' "$junit" || true)
  skipped=$(grep -cE '<testcase [^>]*status="(notrun|disabled)"' "$junit" || true)
  total=$(grep -c '<testcase ' "$junit" || true)
  echo "test.sh: $total tests, $passed passed, $failed failed, $skipped skipped"
  if ((skipped > 0)); then
    echo "test.sh: skipped:" >&2
    grep -E '<testcase [^>]*status="(notrun|disabled)"' "$junit" | sed -E 's/.*name="([^"]*)".*/  \1/' >&2
  fi
else
  echo "test.sh: ctest wrote no $junit" >&2
  ((status != 0)) || status=1
  skipped=0
fi
echo "test.sh: finished in $(( $(date +%s) - start )) s"
((status == 0)) || exit "$status"

# In CI a skipped test is a failure: it proves nothing (setup-debian.sh --test
# installs what every test needs).
ci=${CI:-}
if [[ -n "$ci" && "${ci,,}" != false && "$ci" != 0 ]] && ((skipped > 0)); then
  echo "test.sh: CI=$ci and $skipped test(s) skipped: failing" >&2
  exit 1
fi
