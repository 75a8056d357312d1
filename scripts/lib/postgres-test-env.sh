# shellcheck shell=bash
# A private PostgreSQL server on loopback for the office-store tests.
# Sourced by scripts/test.sh:
#
#   . scripts/lib/postgres-test-env.sh
#   kakanai_postgres_start || exit 1
#   ctest ...
#   kakanai_postgres_stop
#
# kakanai_postgres_start runs Debian's postgresql (the newest version under
# /usr/lib/postgresql/*/bin): initdb into a fresh temp dir, then pg_ctl start,
# as an unprivileged user (initdb and postgres refuse root). As root that user
# is `kakanai-pgtest` (created as a system user when missing; `nobody` when it
# cannot be created); as any other user, that user itself.
# The server listens on 127.0.0.1 only, on a free port, with its Unix socket in
# the temp dir (never /var/run/postgresql, never 5432 by chance: the settings
# are in the data dir's postgresql.conf, so a test that stops and starts the
# server with a plain `pg_ctl -D DATA start` gets them back).
# Authentication: trust on the Unix socket (superuser `postgres`, for set-up and
# tests that need it), scram-sha-256 over TCP. It creates the login role
# `kakanai` with a random password and the database `kakanai` owned by it.
#
# Exports:
#   KAKANAI_TEST_PG_HOST           127.0.0.1
#   KAKANAI_TEST_PG_PORT           the TCP port
#   KAKANAI_TEST_PG_SOCKET_DIR     the Unix socket's directory (psql -h DIR)
#   KAKANAI_TEST_PG_USER           kakanai (the role the tests log in as over TCP)
#   KAKANAI_TEST_PG_DATABASE       kakanai
#   KAKANAI_TEST_PG_SUPERUSER      postgres (trust, socket only)
#   KAKANAI_TEST_PG_PASSWORD_FILE  a 0600 file holding the role's password (no newline)
#   KAKANAI_TEST_PG_DATA           the data directory (pg_ctl -D)
#   KAKANAI_TEST_PG_PIDFILE        DATA/postmaster.pid: its first line is the
#                                  server's pid, also after a test restarted it
#   KAKANAI_TEST_PG_LOG            the server's log (pg_ctl -l)
#   KAKANAI_TEST_PG_BIN            the directory of pg_ctl, psql, postgres
#   KAKANAI_TEST_PG_CA_FILE        the CA that signed the server's TLS certificate
#                                  (for 127.0.0.1 and localhost; ssl = on, plain TCP allowed too)
#   KAKANAI_TEST_PG_RUN_AS         the command prefix that runs a program as the
#                                  server's user, split on spaces
#                                  ("runuser -u kakanai-pgtest --"); empty when
#                                  the tests already run as that user
# kakanai_postgres_stop stops the server whose pid is in that postmaster.pid
# (pg_ctl stop -m fast, then SIGQUIT/SIGKILL to that pid only) and removes the
# temp dir. It never touches a server it did not start.

KAKANAI_PG_OS_USER=${KAKANAI_PG_OS_USER:-kakanai-pgtest}

_kakanai_pg_log() { printf 'postgres-test-env: %s\n' "$*" >&2; }

_kakanai_pg_now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The bin directory of the newest installed server (or $KAKANAI_PG_BIN_OVERRIDE).
_kakanai_pg_find_bin() {
    if [ -n "${KAKANAI_PG_BIN_OVERRIDE:-}" ]; then
        echo "$KAKANAI_PG_BIN_OVERRIDE"; return 0
    fi
    local dir best="" best_version=0 version
    for dir in /usr/lib/postgresql/*/bin; do
        if [ ! -x "$dir/pg_ctl" ] || [ ! -x "$dir/initdb" ]; then continue; fi
        version=$(basename "$(dirname "$dir")")
        case $version in *[!0-9]*) continue ;; esac
        if [ "$version" -gt "$best_version" ]; then best=$dir; best_version=$version; fi
    done
    [ -n "$best" ] && echo "$best"
}

# True if pid $1 runs. A zombie does not: the postmaster is reparented to
# pid 1, which in some containers reaps late or never.
_kakanai_pg_running() {
    local state
    kill -0 "$1" 2>/dev/null || return 1
    state=$(sed -E 's/^[0-9]+ \(.*\) (.).*/\1/' "/proc/$1/stat" 2>/dev/null) || return 1
    [ "$state" != Z ]
}

# The pid on the first line of a postmaster.pid, if that process runs.
_kakanai_pg_live_pid() {
    local pid
    [ -r "$1" ] || return 1
    pid=$(head -n 1 "$1" | tr -dc '0-9')
    [ -n "$pid" ] && _kakanai_pg_running "$pid" && echo "$pid"
}

# True if something listens on 127.0.0.1:$1.
_kakanai_pg_port_busy() {
    if command -v ss >/dev/null 2>&1; then
        [ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

_kakanai_pg_pick_port() {
    local port
    for _ in $(seq 1 50); do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        _kakanai_pg_port_busy "$port" || { echo "$port"; return 0; }
    done
    return 1
}

# Who runs the server: sets _kakanai_pg_runas (array) and _kakanai_pg_owner.
_kakanai_pg_choose_user() {
    _kakanai_pg_runas=()
    _kakanai_pg_owner=$(id -un)
    [ "$(id -u)" = 0 ] || return 0
    if ! command -v runuser >/dev/null 2>&1; then
        _kakanai_pg_log "runuser not found (apt-get install util-linux)"; return 1
    fi
    local user=$KAKANAI_PG_OS_USER
    if ! id -u "$user" >/dev/null 2>&1; then
        if ! useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
                --user-group "$user" 2>/dev/null; then
            _kakanai_pg_log "could not create the system user $user; running the server as nobody"
            user=nobody
        fi
    fi
    _kakanai_pg_owner=$user
    _kakanai_pg_runas=(runuser -u "$user" --)
}

# Runs "$@" as the server's user, from a directory that user can enter.
_kakanai_pg_as() {
    (cd "$_kakanai_pg_dir" && "${_kakanai_pg_runas[@]}" "$@")
}

_kakanai_postgres_export() {
    local dir=$1 bin=$2 port=$3 runas=$4
    export KAKANAI_TEST_PG_HOST=127.0.0.1
    export KAKANAI_TEST_PG_PORT=$port
    export KAKANAI_TEST_PG_SOCKET_DIR=$dir/socket
    export KAKANAI_TEST_PG_USER=kakanai
    export KAKANAI_TEST_PG_DATABASE=kakanai
    export KAKANAI_TEST_PG_SUPERUSER=postgres
    export KAKANAI_TEST_PG_PASSWORD_FILE=$dir/kakanai.password
    export KAKANAI_TEST_PG_DATA=$dir/data
    export KAKANAI_TEST_PG_PIDFILE=$dir/data/postmaster.pid
    export KAKANAI_TEST_PG_LOG=$dir/postgres.log
    export KAKANAI_TEST_PG_BIN=$bin
    export KAKANAI_TEST_PG_RUN_AS=$runas
    export KAKANAI_TEST_PG_DIR=$dir
    export KAKANAI_TEST_PG_CA_FILE=$dir/tls/ca.crt
}

# A CA (ca.crt, its key removed once used) and the server's key and
# certificate signed by it, in DIR/tls; the server's key is its user's alone.
_kakanai_pg_make_tls() {
    local dir=$1 tls=$1/tls
    command -v openssl >/dev/null 2>&1 || return 1
    mkdir -m 0755 "$tls" || return 1
    (
        cd "$tls" || exit 1
        umask 077
        openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
            -subj "/CN=Kakanai test CA" -keyout ca.key -out ca.crt 2>/dev/null &&
        openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
            -subj "/CN=127.0.0.1" -keyout server.key -out server.csr 2>/dev/null &&
        printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > san.ext &&
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile san.ext -out server.crt 2>/dev/null &&
        rm -f ca.key server.csr san.ext ca.srl
    ) || return 1
    chmod 0644 "$tls/ca.crt" "$tls/server.crt"
    if [ "${#_kakanai_pg_runas[@]}" -gt 0 ]; then
        chown "$_kakanai_pg_owner:" "$tls/server.key" "$tls/server.crt" || return 1
    fi
}

kakanai_postgres_start() {
    local bin dir data sock log port started pid t0 password attempt
    t0=$(_kakanai_pg_now_ms)
    if [ -n "${KAKANAI_TEST_PG_PIDFILE:-}" ] && pid=$(_kakanai_pg_live_pid "$KAKANAI_TEST_PG_PIDFILE"); then
        _kakanai_pg_log "our PostgreSQL (pid $pid, port ${KAKANAI_TEST_PG_PORT:-?}) is already running"
        return 0
    fi
    bin=$(_kakanai_pg_find_bin) || true
    if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
        _kakanai_pg_log "no PostgreSQL server under /usr/lib/postgresql/*/bin (apt-get install postgresql)"
        return 1
    fi
    _kakanai_pg_choose_user || return 1

    # Our own dir, not KAKANAI_TEST_TMP: that one is root's 0700 and the
    # server's user could not enter it. Short path: the socket path is limited to 107 bytes.
    _kakanai_pg_dir=$(mktemp -d /tmp/kakanai-pg.XXXXXX) || return 1
    dir=$_kakanai_pg_dir
    data=$dir/data; sock=$dir/socket; log=$dir/postgres.log
    mkdir -m 0700 "$sock" || return 1
    : > "$log"
    chmod 0700 "$dir"
    if [ "${#_kakanai_pg_runas[@]}" -gt 0 ]; then
        chown "$_kakanai_pg_owner:" "$dir" "$sock" "$log" || { rm -rf "$dir"; return 1; }
    fi

    if ! _kakanai_pg_as "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions \
            >"$dir/initdb.log" 2>&1; then
        _kakanai_pg_log "initdb failed; its output:"; tail -20 "$dir/initdb.log" >&2
        rm -rf "$dir"; return 1
    fi

    # TLS, as an office server would have it: a private CA and a server
    # certificate for 127.0.0.1/localhost (EC keys: made in milliseconds).
    # Plain TCP stays allowed too (host, not hostssl), for the tests that
    # use sslmode=disable; tests of verify-full use KAKANAI_TEST_PG_CA_FILE.
    if ! _kakanai_pg_make_tls "$dir"; then
        _kakanai_pg_log "could not make the test TLS certificates (apt-get install openssl)"
        rm -rf "$dir"; return 1
    fi
    _kakanai_pg_as sh -c "cat >> '$data/postgresql.conf'" <<CONF
ssl = on
ssl_cert_file = '$dir/tls/server.crt'
ssl_key_file = '$dir/tls/server.key'
CONF

    started=""
    for attempt in 1 2 3 4 5; do
        port=$(_kakanai_pg_pick_port) || { _kakanai_pg_log "no free port on 127.0.0.1"; break; }
        # In postgresql.conf (last setting wins), not pg_ctl -o: a test that
        # restarts the server with plain pg_ctl keeps loopback, port and socket.
        _kakanai_pg_as sh -c "cat >> '$data/postgresql.conf'" <<CONF
# kakanai test harness (scripts/lib/postgres-test-env.sh), attempt $attempt
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$sock'
logging_collector = off
CONF
        if _kakanai_pg_as "$bin/pg_ctl" -D "$data" -l "$log" -w -t 30 start >>"$dir/pg_ctl.log" 2>&1; then
            started=1; break
        fi
        if grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' "$log"; then
            _kakanai_pg_log "port $port was taken meanwhile; trying another"
            continue
        fi
        break
    done
    if [ -z "$started" ]; then
        _kakanai_pg_log "PostgreSQL did not start; the end of $log:"; tail -20 "$log" >&2
        if pid=$(_kakanai_pg_live_pid "$data/postmaster.pid"); then kill -9 "$pid" 2>/dev/null; fi
        rm -rf "$dir"; return 1
    fi

    # The role the tests use over TCP, with a random password in a 0600 file
    # owned by whoever runs the tests. The password goes through stdin, not argv.
    password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -dc '0-9a-f')
    (umask 077; printf '%s' "$password" > "$dir/kakanai.password")
    if ! printf "CREATE ROLE kakanai LOGIN PASSWORD '%s';\nCREATE DATABASE kakanai OWNER kakanai;\n" "$password" |
            _kakanai_pg_as "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$port" -U postgres -d postgres \
            >"$dir/setup.log" 2>&1; then
        _kakanai_pg_log "could not create the role and database:"; cat "$dir/setup.log" >&2
        _kakanai_postgres_export "$dir" "$bin" "$port" "${_kakanai_pg_runas[*]}"
        kakanai_postgres_stop; return 1
    fi

    _kakanai_postgres_export "$dir" "$bin" "$port" "${_kakanai_pg_runas[*]}"
    pid=$(_kakanai_pg_live_pid "$KAKANAI_TEST_PG_PIDFILE")
    _kakanai_pg_log "PostgreSQL $("$bin/postgres" -V | awk '{print $3}') started in $(( $(_kakanai_pg_now_ms) - t0 )) ms" \
        "(pid $pid, user $_kakanai_pg_owner, 127.0.0.1:$port, data $data)"
}

kakanai_postgres_stop() {
    local dir=${KAKANAI_TEST_PG_DIR:-} data=${KAKANAI_TEST_PG_DATA:-} pid t0 runas=()
    [ -n "$dir" ] || return 0
    t0=$(_kakanai_pg_now_ms)
    # shellcheck disable=SC2206 # the prefix is words by design
    [ -n "${KAKANAI_TEST_PG_RUN_AS:-}" ] && runas=($KAKANAI_TEST_PG_RUN_AS)
    if pid=$(_kakanai_pg_live_pid "$data/postmaster.pid"); then
        (cd "$dir" && "${runas[@]}" "$KAKANAI_TEST_PG_BIN/pg_ctl" -D "$data" -m fast -w -t 20 stop) >>"$dir/pg_ctl.log" 2>&1 || cat "$dir/pg_ctl.log" >&2
        # pg_ctl -w returns when postmaster.pid is gone, a moment before the process.
        for _ in $(seq 1 40); do _kakanai_pg_running "$pid" || break; sleep 0.05; done
        if _kakanai_pg_running "$pid"; then
            _kakanai_pg_log "pg_ctl stop did not stop pid $pid; sending SIGQUIT, then SIGKILL"
            kill -QUIT "$pid" 2>/dev/null
            for _ in $(seq 1 100); do _kakanai_pg_running "$pid" || break; sleep 0.05; done
            _kakanai_pg_running "$pid" && kill -9 "$pid" 2>/dev/null
        fi
        _kakanai_pg_log "PostgreSQL (pid $pid) stopped in $(( $(_kakanai_pg_now_ms) - t0 )) ms"
    fi
    case $dir in
        /tmp/kakanai-pg.*) rm -rf "$dir" ;;
        *) _kakanai_pg_log "not removing $dir (not made by kakanai_postgres_start)" ;;
    esac
    unset KAKANAI_TEST_PG_HOST KAKANAI_TEST_PG_PORT KAKANAI_TEST_PG_SOCKET_DIR KAKANAI_TEST_PG_USER \
          KAKANAI_TEST_PG_DATABASE KAKANAI_TEST_PG_SUPERUSER KAKANAI_TEST_PG_PASSWORD_FILE \
          KAKANAI_TEST_PG_DATA KAKANAI_TEST_PG_PIDFILE KAKANAI_TEST_PG_LOG KAKANAI_TEST_PG_BIN \
          KAKANAI_TEST_PG_RUN_AS KAKANAI_TEST_PG_DIR KAKANAI_TEST_PG_CA_FILE
}
