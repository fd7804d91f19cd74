#!/usr/bin/env bash
# memcheck over the whole labelled data: every JSONL file of ../shared/data
# (gzipped ones too) goes through the command-line tool, which runs the same
# core as the extension, entities included (the installed model). Any error
# or leak fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${DOSSIER_SHARED:-../shared}
[ -d "$shared/data" ] || { echo "valgrind: labelled data not found in $shared/data" >&2; exit 1; }
model=model/dossier_entities.model
[ -f "$model" ] || { echo "valgrind: entity model $model not found" >&2; exit 1; }
files=$(find "$shared/data" -name '*.jsonl' -o -name '*.jsonl.gz' | grep -v '/corpus/' | sort)
docs=0
for f in $files; do
    case $f in
        *.gz) reader=(gzip -dc "$f") ;;
        *) reader=(cat "$f") ;;
    esac
    n=$("${reader[@]}" | valgrind -q --error-exitcode=99 --leak-check=full \
        --errors-for-leak-kinds=definite,indirect,possible --show-leak-kinds=definite,indirect,possible \
        ./dossier-extract --jsonl --model "$model" | wc -l)
    docs=$((docs + n))
    echo "valgrind: $(basename "$f"): $n documents, clean"
done
echo "valgrind: $docs documents, no errors, no leaks"
