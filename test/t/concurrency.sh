#!/usr/bin/env bash
# 16 concurrent sessions (pgbench, custom scripts) extract amounts, quotes
# and entities from the same table for SECONDS (default 60) against the server named by PG*
# variables. Fails on any error, or when a backend's private memory (RssAnon)
# grows by more than 8 MB between the first quarter and the end: memory must
# be bounded by the document, not by the rows seen.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
seconds=${SECONDS_TO_RUN:-60}
clients=16
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE EXTENSION IF NOT EXISTS dossier;
DROP TABLE IF EXISTS concurrency_docs;
CREATE TABLE concurrency_docs (id integer PRIMARY KEY, body text);
SQL
scripts/demo_load.sh >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -c "
INSERT INTO concurrency_docs
SELECT g, (SELECT string_agg(body, E'\n\n') FROM documents) || ' ' || g || ' €'
FROM generate_series(1, 2000) AS g;
ANALYZE concurrency_docs;"

cat > "$work/amounts.sql" <<'SQL'
\set id random(1, 2000)
SELECT count(*), sum(value) FROM concurrency_docs, extract_amounts(body) WHERE id = :id;
SQL
cat > "$work/quotes.sql" <<'SQL'
\set id random(1, 2000)
SELECT count(*), count(DISTINCT speaker) FROM concurrency_docs, extract_quotes(body) WHERE id = :id;
SQL
cat > "$work/entities.sql" <<'SQL'
\set id random(1, 2000)
SELECT count(*), count(DISTINCT canonical) FROM concurrency_docs, extract_entities(body) WHERE id = :id;
SQL

private_kb()
{
    # RssAnon of every pgbench backend, one "pid kb" line each
    for pid in $(psql -X -At -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'pgbench'"); do
        kb=$(awk '/^RssAnon:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
        [ -n "$kb" ] && echo "$pid $kb"
    done
}

pgbench -n -c "$clients" -j 2 -T "$seconds" -f "$work/amounts.sql" -f "$work/quotes.sql" -f "$work/entities.sql" > "$work/pgbench.log" 2>&1 &
bench=$!
sleep $((seconds / 4))
private_kb > "$work/early"
sleep $((seconds / 2))
private_kb > "$work/late"
status=0
wait "$bench" || status=$?
cat "$work/pgbench.log" | grep -E "number of (transactions actually processed|failed)|tps|error" || true
if [ "$status" -ne 0 ] || grep -qi "error" "$work/pgbench.log"; then
    echo "concurrency: pgbench failed" >&2
    tail -20 "$work/pgbench.log" >&2
    exit 1
fi
growth=$(join "$work/early" "$work/late" | awk '{d = $3 - $2; if (d > max) max = d} END {print max + 0}')
backends=$(join "$work/early" "$work/late" | wc -l)
echo "concurrency: $clients sessions for $seconds s, $backends backends sampled, largest private memory growth ${growth} kB"
psql -X -q -c "DROP TABLE concurrency_docs"
if [ "$backends" -lt "$clients" ] || [ "$growth" -gt 8192 ]; then
    echo "concurrency: memory is not stable across rows" >&2
    exit 1
fi
