#!/usr/bin/env bash
# Installs missing dependencies (deps.sh), then builds the extension and
# installs it into the server found by lib.sh. PG_CONFIG is always passed:
# the Makefile reaches PGXS only through it.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

scripts/deps.sh
PG_CONFIG=$(pg_config_path)
echo "build: make PG_CONFIG=$PG_CONFIG"
make -j2 PG_CONFIG="$PG_CONFIG"
echo "build: make install"
as_root make install PG_CONFIG="$PG_CONFIG"
