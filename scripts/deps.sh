#!/usr/bin/env bash
# Installs with apt-get whatever the build and tests need and is missing:
# the -dev package of the installed PostgreSQL server, pcre2, utf8proc, a C
# toolchain with sanitizer runtimes, clang with libFuzzer, valgrind, python3.
# Idempotent; prints PG_CONFIG=...
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

export DEBIAN_FRONTEND=noninteractive
updated=no

installed()
{
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

apt_install()
{
    if [ "$updated" = no ]; then
        echo "deps: apt-get update"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null ||
            echo "deps: apt-get update failed, trying the install anyway"
        updated=yes
    fi
    echo "deps: installing $*"
    log=$(mktemp)
    if ! as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "$@" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "deps: apt-get install failed" >&2
        exit 1
    fi
    rm -f "$log"
}

if [ -z "$(pg_major)" ]; then
    echo "deps: no PostgreSQL server found"
    apt_install postgresql
fi
major=$(pg_major)
[ -n "$major" ] || { echo "deps: still no PostgreSQL server after install" >&2; exit 1; }

missing=()
for pkg in "postgresql-server-dev-$major" libpcre2-dev libutf8proc-dev pkg-config \
    gcc libc6-dev make libasan8 libubsan1 clang libclang-rt-dev valgrind; do
    installed "$pkg" || missing+=("$pkg")
done
# Any python3 on PATH will do for the scorer (pyenv, venv or Debian's).
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ ${#missing[@]} -eq 0 ]; then
    echo "deps: all present for PostgreSQL $major"
else
    apt_install "${missing[@]}"
fi

echo "PG_CONFIG=$(pg_config_path)"
