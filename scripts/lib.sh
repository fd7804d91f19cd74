# shellcheck shell=bash
# Shared helpers for the scripts in this directory; source it, don't run it.
# Finds the installed PostgreSQL server and runs commands as root or as the
# OS user that owns throwaway servers (PostgreSQL refuses to run as root).

PG_LIBDIR_ROOT=/usr/lib/postgresql

# pg_major: highest PostgreSQL major version with a server binary, or nothing.
pg_major()
{
    local bin v best=
    for bin in "$PG_LIBDIR_ROOT"/*/bin/postgres; do
        [ -x "$bin" ] || continue
        v=${bin#"$PG_LIBDIR_ROOT"/}
        v=${v%%/*}
        case $v in '' | *[!0-9]*) continue ;; esac
        if [ -z "$best" ] || [ "$v" -gt "$best" ]; then best=$v; fi
    done
    echo "$best"
}

# pg_bindir: the server's bin directory (initdb, pg_ctl, psql, pg_config).
pg_bindir()
{
    local major
    major=$(pg_major)
    [ -n "$major" ] || { echo "no PostgreSQL server in $PG_LIBDIR_ROOT" >&2; return 1; }
    echo "$PG_LIBDIR_ROOT/$major/bin"
}

# pg_config_path: the server's own pg_config (not /usr/bin/pg_config of libpq-dev).
pg_config_path()
{
    echo "$(pg_bindir)/pg_config"
}

is_root()
{
    [ "$(id -u)" = 0 ]
}

# as_root CMD...: run CMD as root, directly when we are root, else with sudo.
as_root()
{
    if is_root; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "need root for: $* (run as root or install sudo)" >&2
        return 1
    fi
}

# server_user: the OS user that runs throwaway servers. As root: postgres,
# or a 'dossier' system user created on demand; otherwise the current user.
server_user()
{
    if ! is_root; then
        id -un
    elif id postgres >/dev/null 2>&1; then
        echo postgres
    else
        id dossier >/dev/null 2>&1 ||
            useradd --system --no-create-home --shell /usr/sbin/nologin dossier >&2
        echo dossier
    fi
}

# as_server CMD...: run CMD as server_user, from / so that a cwd the server
# user cannot read (e.g. /root) does not matter.
as_server()
{
    local user
    user=$(server_user)
    if is_root; then
        (cd / && runuser -u "$user" -- "$@")
    else
        (cd / && "$@")
    fi
}
