#!/usr/bin/env bash
# A throwaway PostgreSQL server on a private unix socket, for tests and demo.
#   scripts/pgtmp.sh start [DIR]  -> prints DIR; `. DIR/env` sets PGHOST/PGPORT/PGUSER/PGDATABASE
#   scripts/pgtmp.sh stop DIR     -> stops the server and removes DIR
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

MARK=.dossier-pgtmp     # only directories holding this file are ever removed

usage()
{
    echo "usage: $0 start [DIR] | stop DIR" >&2
    exit 2
}

start()
{
    local dir=${1:-} bindir user port
    bindir=$(pg_bindir)
    user=$(server_user)
    if [ -z "$dir" ]; then
        dir=$(mktemp -d /tmp/dossier-pg.XXXXXX)
    else
        mkdir "$dir"    # must be new: each server gets a fresh directory
        dir=$(cd "$dir" && pwd)
    fi
    touch "$dir/$MARK"
    chmod 755 "$dir"
    is_root && chown "$user" "$dir"
    if ! as_server test -w "$dir"; then
        echo "pgtmp: $user cannot write $dir (is a parent directory private?)" >&2
        rm -rf "$dir"
        return 1
    fi

    # The socket name is DIR/.s.PGSQL.PORT; the port number matters for nothing else.
    port=$((54321 + $$ % 1000))
    while [ -e "$dir/.s.PGSQL.$port" ]; do port=$((port + 1)); done

    if ! as_server "$bindir/initdb" -D "$dir/data" -A trust -U postgres \
        --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1; then
        echo "pgtmp: initdb failed:" >&2
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        return 1
    fi
    cat >>"$dir/data/postgresql.conf" <<CONF

# throwaway server of scripts/pgtmp.sh
listen_addresses = ''
unix_socket_directories = '$dir'
port = $port
fsync = off
synchronous_commit = off
full_page_writes = off
max_worker_processes = 8
max_parallel_workers = 8
max_parallel_workers_per_gather = 2
CONF
    if ! as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start >/dev/null; then
        echo "pgtmp: server failed to start; its log:" >&2
        cat "$dir/log" >&2 || true
        as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
        return 1
    fi
    echo "export PGHOST=$dir PGPORT=$port PGUSER=postgres PGDATABASE=postgres" >"$dir/env"
    echo "pgtmp: PostgreSQL $(pg_major) running on $dir/.s.PGSQL.$port as $user" >&2
    echo "$dir"
}

stop()
{
    local dir=${1:-}
    [ -n "$dir" ] || usage
    [ -d "$dir" ] || { echo "pgtmp: $dir does not exist" >&2; return 0; }
    [ -e "$dir/$MARK" ] || { echo "pgtmp: $dir is not a pgtmp directory" >&2; return 1; }
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_server "$(pg_bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null ||
            echo "pgtmp: pg_ctl stop failed; removing $dir anyway" >&2
    fi
    rm -rf "$dir"
    echo "pgtmp: stopped and removed $dir" >&2
}

case ${1:-} in
    start) start "${2:-}" ;;
    stop) stop "${2:-}" ;;
    *) usage ;;
esac
