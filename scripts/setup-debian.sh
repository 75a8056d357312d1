#!/usr/bin/env bash
# Installs what Kakanai needs on Debian 12 (bookworm). Idempotent: packages
# already installed are not touched, and apt-get runs only when something is
# missing. Needs root (or sudo).
#   scripts/setup-debian.sh          build + run the app
#   scripts/setup-debian.sh --test   also what the tests need
set -euo pipefail

# Build and run.
packages=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
  libsqlite3-dev libsodium-dev libpcsclite-dev libicu-dev libzxing-dev
  zlib1g-dev   # prereg: inflates the pre-registration QR's compressed JSON
  libqpdf-dev  # print: rewrites the text map (ToUnicode) of the PDFs Qt writes
  libpoppler-qt6-dev  # qr: renders the pages of a PDF to find QR codes in them
  qt6-multimedia-dev  # ui: the webcam QR scanner (Qt Multimedia + MultimediaWidgets)
  gstreamer1.0-plugins-good gstreamer1.0-plugins-base  # the camera at run time: v4l2src, videoconvert for Qt's GStreamer backend
  qt6-serialport-dev  # core/scan: serial (USB-COM) QR scanners
  qtkeychain-qt6-dev libsecret-1-0  # record key in the OS keychain; qtkeychain loads libsecret at run time
  qt6-httpserver-dev qt6-websockets-dev  # the web calling board and 混雑状況 page, pushed over WebSockets
  qt6-charts-dev  # the statistics page's charts
  libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6::OpenGL (not pulled in by qt6-charts-dev)
  libqt6sql6-psql libpq-dev  # the office store on PostgreSQL: Qt's QPSQL driver, and libpq for the change feed's non-blocking LISTEN
  pcscd vsmartcard-vpcd pcsc-tools
  fonts-noto-cjk
  xvfb xauth
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(
    poppler-utils   # pdftotext/pdftoppm: check printed forms
    qpdf            # qpdf --check: printed PDFs stay valid
    sqlite3         # regenerate test fixtures
    dpkg-dev file   # cpack DEB: dpkg-shlibdeps works out runtime dependencies
    desktop-file-utils appstream  # validate the desktop entry and metainfo
    clang-16 libclang-rt-16-dev  # libFuzzer target for the card's BER-TLV parser (tests/fuzz)
    gnome-keyring dbus-daemon    # tests/keychain: a real Secret Service in a private D-Bus session
    openssl      # tst_qthttptransport: makes the TLS test certificate and computes its pin
    util-linux   # flock(1): tst_outbox holds the uploader lock from another process; runuser: the test PostgreSQL runs unprivileged
    postgresql   # scripts/lib/postgres-test-env.sh: a private server on loopback for the office-store tests
    chromium nodejs zbar-tools  # tests/prereg-page: the citizen's page in headless Chromium (playwright-core); zbarimg: its QR, and bench/qr_decode's reference decoder; tests/board-web: the web calling board
  )
  # npm comes with NodeSource's nodejs, which conflicts with Debian's npm package: only when there is none.
  command -v npm >/dev/null || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]} == 0)); then
  echo "setup-debian: all ${#packages[@]} packages present"
  exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "setup-debian: run as root (missing: ${missing[*]})" >&2; exit 1; }
  as_root=(sudo)
fi
echo "setup-debian: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
