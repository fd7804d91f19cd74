#!/usr/bin/env bash
# `make demo`: builds and installs the extension, starts a throwaway server,
# loads the sample documents of demo/documents, prints the results of
# demo/queries.sql, then stops and removes the server.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

scripts/build.sh
bindir=$(pg_bindir)
export PATH="$bindir:$PATH" PGCLIENTENCODING=UTF8

pgdir=
cleanup()
{
    if [ -n "$pgdir" ]; then scripts/pgtmp.sh stop "$pgdir" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pgdir=$(scripts/pgtmp.sh start)
# shellcheck source=/dev/null
. "$pgdir/env"

psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION dossier;'
scripts/demo_load.sh
psql -X -q -v ON_ERROR_STOP=1 -P pager=off -f demo/queries.sql
