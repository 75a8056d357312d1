#!/usr/bin/env bash
# ctest board_web: installs playwright-core (package-lock.json, npm ci) into
# the build folder when the lock file changed, then drives the web board.
#   run.sh BOARD-FIXTURE BUILD-DIR [--docs-image PNG]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixture=$1
build=$2
shift 2
modules="$build/npm"
mkdir -p "$modules" "$build/work"
if ! cmp -s "$here/package-lock.json" "$modules/package-lock.json" || [[ ! -d "$modules/node_modules/playwright-core" ]]; then
  cp "$here/package.json" "$here/package-lock.json" "$modules/"
  # No browser download: the test uses Debian's /usr/bin/chromium.
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$modules" --no-audit --no-fund --prefer-offline --loglevel=error
fi
exec node "$here/board-web.test.mjs" --fixture "$fixture" --modules "$modules" --work "$build/work" "$@"
