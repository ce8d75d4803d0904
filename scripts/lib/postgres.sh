# shellcheck shell=bash
# A throwaway PostgreSQL cluster for tests.
#
#   source scripts/lib/postgres.sh
#   trap pg_stop EXIT
#   pg_start            # exports KINDRED_TEST_PG_URL
#
# pg_start installs Debian's `postgresql` package if no server binaries are found, creates a
# cluster in a fresh temporary directory (trust auth, superuser `kindred`, fsync off: the data
# is thrown away), listens only on 127.0.0.1 on a free port, and creates database
# `kindred_test`. As root, the server runs as the `postgres` OS user. pg_stop stops the
# server and deletes the directory; it is safe to call twice or after a failed pg_start.

_KINDRED_PG_DIR=""
_KINDRED_PG_BIN=""

# Newest /usr/lib/postgresql/*/bin holding initdb, else the directory of initdb on PATH.
_pg_find_bin() {
    local dir
    while read -r dir; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done < <(compgen -G '/usr/lib/postgresql/*/bin' | sort -rV)
    if command -v initdb >/dev/null 2>&1; then
        dir=$(dirname "$(readlink -f "$(command -v initdb)")")
        if [[ -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    fi
    return 1
}

# Run a server command as the cluster's owner: `postgres` when we are root.
_pg_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd "$_KINDRED_PG_DIR" && runuser -u postgres -- "$@")
    else
        (cd "$_KINDRED_PG_DIR" && "$@")
    fi
}

_pg_free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
        return
    fi
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

pg_start() {
    if [[ -n "$_KINDRED_PG_DIR" ]]; then
        echo "pg_start: a cluster is already running in $_KINDRED_PG_DIR" >&2
        return 1
    fi

    if ! _KINDRED_PG_BIN=$(_pg_find_bin); then
        echo "postgres: no initdb found; installing Debian's postgresql (apt-get)"
        local sudo=()
        [[ $(id -u) -eq 0 ]] || sudo=(sudo -n)
        if ! { "${sudo[@]}" apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq postgresql; } >/tmp/kindred-pg-apt.log 2>&1; then
            tail -n 30 /tmp/kindred-pg-apt.log >&2
            echo "pg_start: installing postgresql failed (full log: /tmp/kindred-pg-apt.log)" >&2
            return 1
        fi
        _KINDRED_PG_BIN=$(_pg_find_bin) || {
            echo "pg_start: postgresql installed but no initdb found" >&2
            return 1
        }
    fi

    local base=${TMPDIR:-/tmp}
    if [[ $(id -u) -eq 0 ]]; then
        # The postgres user must be able to reach the directory.
        base=/tmp
        getent passwd postgres >/dev/null || {
            echo "pg_start: running as root but there is no 'postgres' OS user" >&2
            return 1
        }
    fi
    _KINDRED_PG_DIR=$(mktemp -d "$base/kindred-pg.XXXXXX")
    mkdir "$_KINDRED_PG_DIR/sock"
    [[ $(id -u) -ne 0 ]] || chown -R postgres: "$_KINDRED_PG_DIR"

    if ! _pg_as_owner "$_KINDRED_PG_BIN/initdb" --pgdata="$_KINDRED_PG_DIR/data" --username=kindred \
        --auth=trust --locale=C --encoding=UTF8 --no-sync >"$_KINDRED_PG_DIR/initdb.log" 2>&1; then
        cat "$_KINDRED_PG_DIR/initdb.log" >&2
        echo "pg_start: initdb failed" >&2
        return 1
    fi

    # Another process may take the port between choosing and binding it: try a few.
    local port attempt started=""
    for attempt in 1 2 3; do
        port=$(_pg_free_port)
        if _pg_as_owner "$_KINDRED_PG_BIN/pg_ctl" --pgdata="$_KINDRED_PG_DIR/data" \
            --log="$_KINDRED_PG_DIR/server.log" --wait --timeout=60 --silent \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $_KINDRED_PG_DIR/sock -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
        echo "postgres: start on port $port failed (attempt $attempt)" >&2
    done
    if [[ -z "$started" ]]; then
        cat "$_KINDRED_PG_DIR/server.log" >&2 2>/dev/null || true
        echo "pg_start: could not start the server" >&2
        return 1
    fi

    if ! "$_KINDRED_PG_BIN/createdb" --host=127.0.0.1 --port="$port" --username=kindred kindred_test; then
        echo "pg_start: createdb kindred_test failed" >&2
        return 1
    fi

    export KINDRED_TEST_PG_URL="postgres://kindred@127.0.0.1:$port/kindred_test"
    echo "postgres: $("$_KINDRED_PG_BIN/postgres" --version | sed 's/^postgres (PostgreSQL) //;s/ .*//') running in $_KINDRED_PG_DIR; KINDRED_TEST_PG_URL=$KINDRED_TEST_PG_URL"
}

pg_stop() {
    local dir=$_KINDRED_PG_DIR
    [[ -n "$dir" ]] || return 0
    if [[ -d "$dir" ]]; then
        if [[ -f "$dir/data/postmaster.pid" && -n "$_KINDRED_PG_BIN" ]]; then
            _pg_as_owner "$_KINDRED_PG_BIN/pg_ctl" --pgdata="$dir/data" --mode=fast --wait \
                --timeout=30 --silent stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
    fi
    _KINDRED_PG_DIR=""
    unset KINDRED_TEST_PG_URL
    return 0
}
