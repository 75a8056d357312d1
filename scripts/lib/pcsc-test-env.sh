# shellcheck shell=bash
# A private pcscd with virtual readers (vpcd) for the card tests.
# Sourced by scripts/test.sh:
#
#   . scripts/lib/pcsc-test-env.sh
#   kakanai_pcscd_start || exit 1     # needs root (pcscd's socket is /run/pcscd)
#   ctest ...
#   kakanai_pcscd_stop
#
# kakanai_pcscd_start writes its own reader configuration (no dependency on
# /etc/reader.conf.d), starts `pcscd -f -c DIR` in the background and exports:
#   KAKANAI_TEST_PCSCD=1
#   KAKANAI_TEST_READERS      "Virtual PCD 00 00;Virtual PCD B 00 00;Virtual PCD C 00 00;Virtual PCD D 00 00"
#   KAKANAI_TEST_VPCD_PORTS   "39424;39426;39428;39430" (same order: reader i ↔ port i)
#   KAKANAI_TEST_PCSCD_CONF   the reader configuration directory
#   KAKANAI_TEST_PCSCD_BIN    the pcscd binary
#   KAKANAI_TEST_PCSCD_PIDFILE  a file holding the pid of *our* pcscd; a test
#                             that restarts pcscd writes the new pid there
#   KAKANAI_TEST_PCSCD_LOG    pcscd's output
# kakanai_pcscd_stop stops the pcscd whose pid is in that file, and nothing else.
# It never touches a pcscd it did not start: if one is running already,
# kakanai_pcscd_start refuses with a message.

KAKANAI_PCSCD_SOCKET=/run/pcscd/pcscd.comm
KAKANAI_PCSCD_SYSTEM_PIDFILE=/run/pcscd/pcscd.pid

_kakanai_pcscd_log() { printf 'pcsc-test-env: %s\n' "$*" >&2; }

# True if the pid in file $1 is a live process.
_kakanai_pid_alive() {
    local pid
    [ -r "$1" ] || return 1
    pid=$(tr -dc '0-9' < "$1")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# The variables the tests read, for the pcscd whose files are in $1.
_kakanai_pcscd_export() {
    export KAKANAI_TEST_PCSCD=1
    export KAKANAI_TEST_READERS="Virtual PCD 00 00;Virtual PCD B 00 00;Virtual PCD C 00 00;Virtual PCD D 00 00"
    export KAKANAI_TEST_VPCD_PORTS="39424;39426;39428;39430"
    export KAKANAI_TEST_PCSCD_CONF=$1/pcsc-conf
    export KAKANAI_TEST_PCSCD_BIN=$2
    export KAKANAI_TEST_PCSCD_PIDFILE=$1/pcscd.pid
    export KAKANAI_TEST_PCSCD_LOG=$1/pcscd.log
}

kakanai_pcscd_start() {
    local bin driver tmp conf pidfile log pid
    bin=${KAKANAI_PCSCD_BIN_OVERRIDE:-$(command -v pcscd || echo /usr/sbin/pcscd)}
    driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
    if [ ! -x "$bin" ]; then
        _kakanai_pcscd_log "pcscd not found (apt-get install pcscd)"; return 1
    fi
    if [ ! -e "$driver" ]; then
        _kakanai_pcscd_log "vpcd driver $driver not found (apt-get install vsmartcard-vpcd)"; return 1
    fi
    if [ "$(id -u)" != 0 ]; then
        _kakanai_pcscd_log "pcscd needs root for $KAKANAI_PCSCD_SOCKET; run the card tests as root (or in the CI container)"
        return 1
    fi
    if [ -n "${KAKANAI_TEST_PCSCD_PIDFILE:-}" ] && _kakanai_pid_alive "$KAKANAI_TEST_PCSCD_PIDFILE"; then
        _kakanai_pcscd_log "our pcscd (pid $(tr -dc 0-9 < "$KAKANAI_TEST_PCSCD_PIDFILE")) is already running"
        _kakanai_pcscd_export "$(dirname "$KAKANAI_TEST_PCSCD_PIDFILE")" "$bin"
        return 0
    fi
    if _kakanai_pid_alive "$KAKANAI_PCSCD_SYSTEM_PIDFILE"; then
        _kakanai_pcscd_log "a pcscd that this script did not start is running (pid $(tr -dc 0-9 < "$KAKANAI_PCSCD_SYSTEM_PIDFILE"))."
        _kakanai_pcscd_log "Only one pcscd can run per machine. Stop it first (e.g. systemctl stop pcscd.socket pcscd), then retry."
        return 1
    fi
    if [ -S "$KAKANAI_PCSCD_SOCKET" ]; then
        # A socket without a live pcscd: systemd socket activation, or a stale file.
        if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet pcscd.socket 2>/dev/null; then
            _kakanai_pcscd_log "pcscd.socket (systemd) owns $KAKANAI_PCSCD_SOCKET; stop it first: systemctl stop pcscd.socket"
            return 1
        fi
        _kakanai_pcscd_log "removing stale $KAKANAI_PCSCD_SOCKET (no pcscd behind it)"
        rm -f "$KAKANAI_PCSCD_SOCKET"
    fi

    tmp=${KAKANAI_TEST_TMP:-}
    if [ -z "$tmp" ]; then
        tmp=$(mktemp -d "${TMPDIR:-/tmp}/kakanai-pcsc.XXXXXX") || return 1
        export KAKANAI_TEST_TMP=$tmp
    fi
    conf=$tmp/pcsc-conf
    pidfile=$tmp/pcscd.pid
    log=$tmp/pcscd.log
    mkdir -p "$conf" "$tmp/pcsc-drivers" || return 1
    # Four virtual readers, each from its own config entry and its own copy of
    # the vpcd driver, and each used on its first slot only:
    #   CHANNELID 0x9A00 → TCP 39424 "Virtual PCD 00 00"     0x9A02 → 39426 "Virtual PCD B 00 00"
    #   CHANNELID 0x9A04 → TCP 39428 "Virtual PCD C 00 00"   0x9A06 → 39430 "Virtual PCD D 00 00"
    # (each entry also has an idle second slot on port+1). Why separate copies:
    # the driver keeps its sockets in globals indexed by slot, so entries that
    # share one loaded .so steal each other's connections, and under load even
    # the two slots of one copy stall each other when a card is pulled while
    # the other slot is busy. pcscd names readers by FRIENDLYNAME, hence the
    # letters. The copies live outside $conf, which pcscd parses file by file.
    : > "$conf/vpcd"
    local letter name channel
    for letter in A B C D; do
        case $letter in
            A) name="Virtual PCD"; channel=0x9A00 ;;
            B) name="Virtual PCD B"; channel=0x9A02 ;;
            C) name="Virtual PCD C"; channel=0x9A04 ;;
            D) name="Virtual PCD D"; channel=0x9A06 ;;
        esac
        cp -L "$driver" "$tmp/pcsc-drivers/libifdvpcd-$letter.so" || return 1
        cat >> "$conf/vpcd" <<CONF
FRIENDLYNAME "$name"
DEVICENAME   /dev/null:$channel
LIBPATH      $tmp/pcsc-drivers/libifdvpcd-$letter.so
CHANNELID    $channel

CONF
    done

    "$bin" -f -c "$conf" >>"$log" 2>&1 &
    pid=$!
    echo "$pid" > "$pidfile"

    # The socket appears ~30 ms after start; give it up to 5 s.
    for _ in $(seq 1 100); do
        if [ -S "$KAKANAI_PCSCD_SOCKET" ]; then break; fi
        if ! kill -0 "$pid" 2>/dev/null; then
            _kakanai_pcscd_log "pcscd exited at start; see $log"; tail -5 "$log" >&2; rm -f "$pidfile"; return 1
        fi
        sleep 0.05
    done
    if [ ! -S "$KAKANAI_PCSCD_SOCKET" ]; then
        _kakanai_pcscd_log "pcscd did not create $KAKANAI_PCSCD_SOCKET within 5 s; see $log"
        kill "$pid" 2>/dev/null; rm -f "$pidfile"; return 1
    fi

    _kakanai_pcscd_export "$tmp" "$bin"
    _kakanai_pcscd_log "pcscd started (pid $pid, readers in $conf)"
}

kakanai_pcscd_stop() {
    local pidfile=${KAKANAI_TEST_PCSCD_PIDFILE:-} pid
    if [ -z "$pidfile" ] || [ ! -r "$pidfile" ]; then
        return 0
    fi
    pid=$(tr -dc '0-9' < "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        if kill -0 "$pid" 2>/dev/null; then
            _kakanai_pcscd_log "pcscd (pid $pid) did not stop within 5 s; sending SIGKILL"
            kill -9 "$pid" 2>/dev/null
        fi
    fi
    rm -f "$pidfile"
    unset KAKANAI_TEST_PCSCD KAKANAI_TEST_READERS KAKANAI_TEST_VPCD_PORTS KAKANAI_TEST_PCSCD_CONF \
          KAKANAI_TEST_PCSCD_BIN KAKANAI_TEST_PCSCD_PIDFILE KAKANAI_TEST_PCSCD_LOG
}
