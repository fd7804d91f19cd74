#!/usr/bin/env bash
# `make test`: build and install (build.sh), C unit tests, fuzz corpus replay,
# valgrind over the labelled data, a short fuzz run, then pg_regress
# (installcheck), the evaluation floors (make eval) and 16 concurrent
# sessions for a minute (test/t/concurrency.sh) against a throwaway server.
# Runs every step it can, always stops the server, fails if any step did.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

passed=() failed=() skipped=()
pgdir=

cleanup()
{
    if [ -n "$pgdir" ]; then scripts/pgtmp.sh stop "$pgdir" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# step NAME CMD...: run CMD, record whether it passed.
step()
{
    local name=$1
    shift
    echo "== test: $name"
    if "$@"; then
        passed+=("$name")
    else
        failed+=("$name")
        echo "== test: $name FAILED" >&2
    fi
}

installcheck()
{
    make installcheck PG_CONFIG="$PG_CONFIG" && return 0
    if [ -f regression.diffs ]; then
        echo "---- regression.diffs (first 400 lines)"
        head -n 400 regression.diffs
    fi
    return 1
}

start_server()
{
    # shellcheck source=/dev/null
    pgdir=$(scripts/pgtmp.sh start) && . "$pgdir/env"
}

step build scripts/build.sh
bindir=$(pg_bindir) || bindir=
PG_CONFIG=$bindir/pg_config
export PG_CONFIG PATH="$bindir:$PATH"
step unit make unit PG_CONFIG="$PG_CONFIG"
step fuzz-replay make fuzz-replay PG_CONFIG="$PG_CONFIG"
step valgrind make valgrind PG_CONFIG="$PG_CONFIG"
# a short libFuzzer run per target (fixed seed and runs); longer: see the Makefile
step fuzz make fuzz PG_CONFIG="$PG_CONFIG"

if [[ " ${failed[*]-} " == *" build "* ]]; then
    skipped+=(installcheck eval concurrency)
else
    step server start_server
    if [ -n "$pgdir" ]; then
        step installcheck installcheck
        step eval make eval PG_CONFIG="$PG_CONFIG"
        step concurrency test/t/concurrency.sh
    else
        skipped+=(installcheck eval concurrency)
    fi
fi

echo "== test: passed: ${passed[*]-none}; failed: ${failed[*]-none}; skipped: ${skipped[*]-none}"
line="steps: ${#passed[@]} passed, ${#failed[@]} failed"
[ ${#skipped[@]} -eq 0 ] || line="$line, ${#skipped[@]} skipped"
echo "$line"
[ ${#failed[@]} -eq 0 ] && [ ${#skipped[@]} -eq 0 ]
