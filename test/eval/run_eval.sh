#!/usr/bin/env bash
# Accuracy floors: runs the installed extension over the labelled data in
# ../shared/data (through psql, so the figures are what SQL users get), scores
# it with the reference scorers and fails when a figure drops below floors.tsv.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 "$here/eval.py" "$@"
