#!/usr/bin/env python3
"""Throughput of dossier's functions on the benchmark corpus (../shared/data/corpus).

Loads the corpus into a table on the server named by the PG* environment
variables, then times, in one run and on the same table: reading the text
(SELECT sum(length(body)), the floor), a hand-written regexp_matches money
query (what users write today), extract_amounts, extract_quotes, extract_entities, all three together and
detect_language. Each
query runs REPEAT times; the best time counts. Prints MB/s and the ratios to
both floors, single process and with 2 parallel workers. No assertion: the
figures are for the README and the closing notes.

usage: bench.py [--shared DIR] [--repeat N]
"""
import argparse
import os
import subprocess
import tempfile
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FILES = ["europarl-en.jsonl.gz", "news-de.jsonl.gz", "assemblee-fr.jsonl.gz"]

# What a user would write today to find money in text: a number next to a
# currency sign, code or name.
REGEX = (r"(?:€|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|EUR|USD|GBP|euros?|dollars?|pounds?)")

QUERIES = [
    ("read floor: sum(length(body))", "SELECT sum(length(body)) FROM bench_corpus"),
    ("regexp_matches money query",
     "SELECT count(*) FROM bench_corpus, regexp_matches(body, '%s', 'g')" % REGEX),
    ("extract_amounts(body)", "SELECT count(*) FROM bench_corpus, extract_amounts(body)"),
    ("extract_quotes(body)", "SELECT count(*) FROM bench_corpus, extract_quotes(body)"),
    ("extract_entities(body)", "SELECT count(*) FROM bench_corpus, extract_entities(body)"),
    ("all three together",
     "SELECT count(*) FROM bench_corpus, LATERAL (SELECT 1 FROM extract_amounts(body)"
     " UNION ALL SELECT 1 FROM extract_quotes(body) UNION ALL SELECT 1 FROM extract_entities(body)) f"),
    ("detect_language(body)", "SELECT count(detect_language(body)) FROM bench_corpus"),
]


def psql(sql, settings=""):
    """Run sql (after settings); return the last line it printed, or ''."""
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"],
                         input=settings + sql + ";\n", text=True, capture_output=True,
                         check=True).stdout.strip().splitlines()
    return out[-1] if out else ""


def load(corpus):
    psql("DROP TABLE IF EXISTS bench_corpus; CREATE TABLE bench_corpus (id serial, body text)")
    for name in FILES:
        path = os.path.join(corpus, name)
        # one JSON object per line; the text goes in through jsonb
        gz = subprocess.Popen(["gzip", "-dc", path], stdout=subprocess.PIPE)
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                        "CREATE TEMP TABLE raw (doc jsonb); "
                        "COPY raw FROM STDIN WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02'); "
                        "INSERT INTO bench_corpus (body) SELECT doc->>'text' FROM raw"],
                       stdin=gz.stdout, check=True)
        gz.wait()
    psql("VACUUM ANALYZE bench_corpus")
    return int(psql("SELECT sum(octet_length(body)) FROM bench_corpus")), \
        int(psql("SELECT count(*) FROM bench_corpus"))


def best_time(sql, settings, repeat):
    best = None
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = psql(sql, settings)
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    return best, result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("DOSSIER_SHARED",
                                                       os.path.join(REPO, "..", "shared")))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = os.path.join(args.shared, "data", "corpus")
    if not os.path.isdir(corpus):
        sys.exit("bench: corpus not found in %s (set DOSSIER_SHARED)" % corpus)
    nbytes, ndocs = load(corpus)
    mb = nbytes / 1e6
    print("corpus: %d documents, %.1f MB (%s)" % (ndocs, mb, ", ".join(FILES)))
    for label, settings in [
        ("single process", "SET max_parallel_workers_per_gather = 0;"),
        ("2 parallel workers", "SET max_parallel_workers_per_gather = 2; "
                               "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; "
                               "SET min_parallel_table_scan_size = 0;"),
    ]:
        print("\n%s" % label)
        print("%-32s %9s %9s %10s %14s %14s" % ("query", "seconds", "MB/s", "rows", "vs read floor",
                                               "vs regexp"))
        times = {}
        for name, sql in QUERIES:
            t, rows = best_time(sql, settings, args.repeat)
            times[name] = t
            read = times[QUERIES[0][0]]
            regexp = times.get(QUERIES[1][0])
            print("%-32s %9.3f %9.1f %10s %13.2fx %13s" % (
                name, t, mb / t, rows, read / t,
                ("%.2fx" % (regexp / t)) if regexp else "-"))
    psql("DROP TABLE bench_corpus")
    core_alone(corpus, nbytes, args.repeat)


def core_alone(corpus, nbytes, repeat):
    """The same text through the command-line tool (the core without a server):
    JSON in, JSON out, one process, best of repeat runs."""
    cli = os.path.join(REPO, "dossier-extract")
    model = os.path.join(REPO, "model", "dossier_entities.model")
    if not os.access(cli, os.X_OK):
        print("\ncore alone: %s not built (make dossier-extract)" % cli)
        return
    with tempfile.NamedTemporaryFile(suffix=".jsonl") as tmp:
        for name in FILES:
            subprocess.run(["gzip", "-dc", os.path.join(corpus, name)], stdout=tmp, check=True)
        tmp.flush()
        print("\ncore alone (dossier-extract --jsonl, JSON parsing and output included)")
        for label, extra in [("amounts and quotes", []),
                             ("amounts, quotes and entities", ["--model", model])]:
            best = None
            for _ in range(repeat):
                with open(tmp.name, "rb") as src:
                    t0 = time.monotonic()
                    subprocess.run([cli, "--jsonl"] + extra, stdin=src,
                                   stdout=subprocess.DEVNULL, check=True)
                    dt = time.monotonic() - t0
                best = dt if best is None or dt < best else best
            print("%-32s %9.3f %9.1f MB/s" % (label, best, nbytes / 1e6 / best))


if __name__ == "__main__":
    main()
