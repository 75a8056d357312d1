# Sourced by the run.sh of the Node/Chromium tests (tests/prereg-page,
# tests/board-web): kakanai_playwright_modules TEST-DIR BUILD-DIR installs
# that test's playwright-core (its package.json + package-lock.json, npm ci)
# into BUILD-DIR/npm when the lock file changed, and sets `modules` to it.
# No browser download: the tests use Debian's /usr/bin/chromium.
kakanai_playwright_modules() {
  local here=$1 build=$2
  modules="$build/npm"
  mkdir -p "$modules" "$build/work"
  if ! cmp -s "$here/package-lock.json" "$modules/package-lock.json" || [[ ! -d "$modules/node_modules/playwright-core" ]]; then
    cp "$here/package.json" "$here/package-lock.json" "$modules/"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$modules" --no-audit --no-fund --prefer-offline --loglevel=error
  fi
}
