#!/usr/bin/env bash
# Loads demo/documents/*.txt (line 1 title, line 2 language code, then the
# body) into table documents of the database that the PG* environment names.
# Values go through psql variables (:'var' quoting): no quoting to get wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGCLIENTENCODING=UTF8

psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE TABLE IF NOT EXISTS documents (
    id    serial PRIMARY KEY,
    title text NOT NULL,
    lang  text,
    body  text NOT NULL
);
SQL

n=0
for f in demo/documents/*.txt; do
    title=$(sed -n 1p "$f")
    lang=$(sed -n 2p "$f")
    body=$(tail -n +3 "$f")
    psql -X -q -v ON_ERROR_STOP=1 -v title="$title" -v lang="$lang" -v body="$body" <<'SQL'
INSERT INTO documents (title, lang, body) VALUES (:'title', :'lang', :'body');
SQL
    n=$((n + 1))
done
echo "demo: loaded $n documents into table documents"
