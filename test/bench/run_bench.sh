#!/usr/bin/env bash
# `make bench`: build and install, start a throwaway server, run bench.py on
# the benchmark corpus, stop the server. Prints figures; asserts nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/lib.sh
scripts/build.sh
make dossier-extract PG_CONFIG="$(pg_config_path)"
pgdir=$(scripts/pgtmp.sh start)
trap 'scripts/pgtmp.sh stop "$pgdir"' EXIT
# shellcheck source=/dev/null
. "$pgdir/env"
export PATH="$(pg_bindir):$PATH"
psql -X -q -c "CREATE EXTENSION dossier"
python3 test/bench/bench.py "$@"
