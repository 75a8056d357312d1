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
for p in xdotool imagemagick xvfb sqlite3; do
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

# The window is 1280×768 at the top left (no window manager); the clicks
# below are the places of the buttons in that layout, in Japanese.
shot() { sleep 1; import -window root -crop 1280x768+0+0 +repage "$out/$1"; echo "docs-screenshots: $out/$1"; }
click() { xdotool mousemove "$1" "$2" click 1; sleep "${3:-0.8}"; }
type_text() { xdotool type --delay 50 "$1"; }
field() { click "$1" "$2" 0.2; type_text "$3"; xdotool key Tab; sleep 0.4; }

# This PC is counter 2 (docs/user/queue.md), and the web board is left off
# (its own screenshot comes from tests/board-web below).
mkdir -p "$XDG_CONFIG_HOME/Kakanai"
printf '[queue]\ncounter=2\n\n[board]\nwebPort=0\n' >> "$XDG_CONFIG_HOME/Kakanai/kakanai.ini"
"$build/app/kakanai" --demo --lang "${KAKANAI_SHOT_LANG:-ja}" >/dev/null 2>&1 &
counter_app=$!
pids+=($counter_app)
for _ in $(seq 1 100); do xdotool search --name Kakanai >/dev/null 2>&1 && break; sleep 0.1; done
sleep 1
shot sign-in-ja.png
# Four months of simulated queue history for the 統計 page (docs/user/statistics.md),
# in the office store the app has just made.
"$build/app/kakanai-cli" demo simulate --days 122 --seed 7 >/dev/null
type_text c001; xdotool key Return; type_text demo-clerk1; xdotool key Return
sleep 2
click 334 175 1.5                     # カードを読み取る
type_text 1234                        # the citizen's PIN
shot pin-dialog-ja.png
xdotool key Return; sleep 3
shot intake-card-ja.png
click 310 616                         # 手続ナビ: 転入
xdotool mousemove 480 650; for _ in $(seq 1 10); do xdotool click 5; done; sleep 0.5   # down to the questions
click 263 325 0.5                     # 国民健康保険: はい
shot navi-ja.png
click 485 702 1.5                     # これらの申請書を作成
click 1068 70; click 1186 105         # 国保 tab: この申請書を外す (it needs the number)
field 1067 133 "R8.11.20"             # shared facts, typed once
field 1067 161 "東京都千代田区永田町1-7-1"
field 1067 217 "山田　太郎"
field 1067 245 "本人"
field 1067 301 "ヤマダ　タロウ"
field 1067 413 "090-1234-5678"
click 778 441                         # フリガナ confirmed with the person
click 860 551; xdotool key Down; sleep 0.8   # the one problem left: 転入の根拠
shot visit-forms-ja.png
click 965 699 3                       # 印刷プレビュー
shot print-preview-ja.png
xdotool key Escape; sleep 1
click 1213 699 3                      # 受付を完了 → outbox → back-office simulator
click 40 136 1.5                      # 送信
shot outbox-ja.png
sim_db=${XDG_DATA_HOME}/Kakanai/kakanai/backoffice-sim.sqlite
echo "docs-screenshots: the back-office simulator holds $(sqlite3 "$sim_db" 'select count(*) from records') record(s)"

# The citizen's pre-registration QR code, in the real app: made from the demo
# application (resources/demo/prereg-tennyu.json), then the next citizen's
# card, and the code typed by xdotool as fast as a keyboard-wedge scanner
# types it (real X11 key events, the input method bypassed), ended by Return.
"$build/app/kakanai-cli" --settings "$work/qr.ini" qr make --event tennyu \
    --fields "$root/resources/demo/prereg-tennyu.json" --text > "$work/code.txt"
click 40 16 1.5                       # 受付
xdotool mousemove 480 400; for _ in $(seq 1 15); do xdotool click 4; done; sleep 0.5   # the left column back to the top
click 334 175 1.5                     # カードを読み取る
type_text 1234; xdotool key Return; sleep 3
xdotool type --delay 1 "$(head -n 1 "$work/code.txt")"; xdotool key Return; sleep 2
shot intake-qr-ja.png
click 965 699 3                       # 印刷プレビュー
xdotool key Escape; sleep 1
click 1213 699 3                      # 受付を完了: the clerk typed nothing
echo "docs-screenshots: the back-office simulator holds $(sqlite3 "$sim_db" 'select count(*) from records') record(s) after the QR visit"

# 情報更新停止中 (docs/admin/office.md): the office store's change feed
# cannot confirm it sees every change. Here the single PC's office.sqlite is
# moved aside under the running app (as a restore would replace it); the feed
# notices at its next look and the status bar says so. Moved back, it is live.
office_db=${XDG_DATA_HOME}/Kakanai/kakanai/office.sqlite
mv "$office_db" "$office_db.aside"
sleep 2
shot office-feed-stale-ja.png
mv "$office_db.aside" "$office_db"

# The queue (docs/user/queue.md): reception issues tickets and counter 1
# calls one (kakanai-cli on the same office store, as other PCs would); the
# 呼出 page follows through the change feed, then counter 2 (this PC) calls.
cli="$build/app/kakanai-cli"
for category in certificates certificates moves special certificates moves certificates; do
  "$cli" queue issue --category "$category" >/dev/null
done
"$cli" queue issue --category certificates --priority accessibility >/dev/null
"$cli" queue call-next --counter 1 --staff c002 >/dev/null
"$cli" queue call-next --counter 2 --staff c001 >/dev/null
xdotool key ctrl+3; sleep 1.5
shot queue-page-ja.png
# The board window as the waiting room's monitor shows it (1280×720).
"$build/app/kakanai" --board --screenshot "$out/board-window-ja.png" >/dev/null 2>&1
echo "docs-screenshots: $out/board-window-ja.png"

# The web calling board (docs/admin/board.md), as a TV shows it: the board
# test in headless Chromium (tests/board-web) takes it from a realistic snapshot.
"$root/tests/board-web/run.sh" "$build/tests/board-web/board_fixture" "$build/tests/board-web" \
    --docs-image "$out/board-web-ja.png" >/dev/null
echo "docs-screenshots: $out/board-web-ja.png"

# 統計 (docs/user/statistics.md): the app again, a supervisor signed in, the
# simulated history (this month so far, by day).
kill "$counter_app"; wait "$counter_app" 2>/dev/null || true
"$build/app/kakanai" --lang "${KAKANAI_SHOT_LANG:-ja}" >/dev/null 2>&1 &
pids+=($!)
sleep 3
type_text s001; xdotool key Return; type_text demo-super1; xdotool key Return
sleep 2
click 42 106 2                        # 4 統計
shot statistics-ja.png
