#!/usr/bin/env bash
# ctest board_web: installs playwright-core (package-lock.json, npm ci) into
# the build folder when the lock file changed, then drives the web board.
#   run.sh BOARD-FIXTURE BUILD-DIR [--docs-image PNG]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
fixture=$1
build=$2
shift 2
# shellcheck source=../support/playwright/npm-modules.sh
source "$here/../support/playwright/npm-modules.sh"
kakanai_playwright_modules "$here" "$build"
exec node "$here/board-web.test.mjs" --fixture "$fixture" --modules "$modules" --work "$build/work" "$@"
