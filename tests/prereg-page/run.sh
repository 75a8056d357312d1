#!/usr/bin/env bash
# ctest prereg_page: installs playwright-core (package-lock.json, npm ci) into
# the build folder when the lock file changed, then drives the page.
#   run.sh KAKANAI-CLI BUILD-DIR [--docs-image PNG]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=$1
build=$2
shift 2
# shellcheck source=../support/playwright/npm-modules.sh
source "$here/../support/playwright/npm-modules.sh"
kakanai_playwright_modules "$here" "$build"
exec node "$here/prereg-page.test.mjs" --cli "$cli" --modules "$modules" --work "$build/work" "$@"
