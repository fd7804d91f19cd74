#!/usr/bin/env python3
"""Throughput and memory of dossier's functions on the benchmark corpus (../shared/data/corpus).

Loads the corpus into a table, the main table, on the server named by the PG*
environment variables, and prints figures for the README and the closing
notes; it asserts nothing.

1. Throughput on the main table: reading the text (SELECT sum(length(body)),
   the floor), a hand-written regexp_matches money query (what users write
   today), extract_amounts, extract_quotes, extract_entities, all three
   together and detect_language. MB/s and the ratios to both floors, single
   process and with 2 parallel workers.
2. Peak backend memory of the same queries on the main table, single process
   and with 2 parallel workers (the leader, each worker, and all together).
3. Cost against document size: the same 20 MB of the corpus's English text
   cut at line breaks into documents of about 1 KB, 100 KB and 10 MB (one
   language: each document's language is detected once, and a 10 MB mix
   would be read as one language). The tables store
   the text uncompressed: the 1 KB documents are too short for PostgreSQL to
   compress, and decompressing only the larger ones would blur the comparison.
   MB/s of the read floor and of each extractor per size, the ratio to the
   100 KB documents, and the peak memory. Linear cost: the same MB/s at every
   size.
4. Per-row overhead: 100,000 one-paragraph documents (lines of 200 to 2000
   bytes drawn from the whole corpus). MB/s, the ratio to the read floor on
   them and to the MB/s on the main table (target: 0.5 or more), peak memory.
5. The core alone: dossier-extract over the same JSON lines, all extractors
   together, then each alone (--only), each line's language given as in the
   files (the SQL queries above detect it).

Each timed query runs REPEAT times, each in a new session; the best time
counts.

Memory is the peak of RssAnon in /proc/<pid>/status (MB of 10^6 bytes): the
backend's private resident memory, that is its heap (palloc and malloc: work
memory, tuplestores up to work_mem, caches such as the entity model once
loaded) and its stack. Shared memory (shared buffers, RssShmem) and mapped
files (the shared library, RssFile) are not in it. A new backend already holds
a few MB, printed once. This script samples RssAnon every 10 ms in a run of
its own, so the timings do not pay for it; it must run on the server's
machine as root or as the server's OS user. With parallel workers it samples
the leader and each process titled "parallel worker for PID <leader>";
"together" is the largest sum of one sample. Memory bounded by the document,
not the table, shows as a peak that follows the document size and not the
number of rows.

usage: bench.py [--shared DIR] [--repeat N]
"""
import argparse
import collections
import os
import re
import subprocess
import tempfile
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FILES = ["europarl-en.jsonl.gz", "news-de.jsonl.gz", "assemblee-fr.jsonl.gz"]
PSQL = ["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"]

# What a user would write today to find money in text: a number next to a
# currency sign, code or name.
REGEX = (r"(?:€|\$|£)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|\$|£|EUR|USD|GBP|euros?|dollars?|pounds?)")

# (label, SQL with {table} for the table it reads)
READ_FLOOR = ("read floor: sum(length(body))", "SELECT sum(length(body)) FROM {table}")
REGEXP = ("regexp_matches money query",
          "SELECT count(*) FROM {table}, regexp_matches(body, '%s', 'g')" % REGEX)
AMOUNTS = ("extract_amounts(body)", "SELECT count(*) FROM {table}, extract_amounts(body)")
QUOTES = ("extract_quotes(body)", "SELECT count(*) FROM {table}, extract_quotes(body)")
ENTITIES = ("extract_entities(body)", "SELECT count(*) FROM {table}, extract_entities(body)")
ALL_THREE = ("all three together",
             "SELECT count(*) FROM {table}, LATERAL (SELECT 1 FROM extract_amounts(body)"
             " UNION ALL SELECT 1 FROM extract_quotes(body)"
             " UNION ALL SELECT 1 FROM extract_entities(body)) f")
LANGUAGE = ("detect_language(body)", "SELECT count(detect_language(body)) FROM {table}")
QUERIES = [READ_FLOOR, REGEXP, AMOUNTS, QUOTES, ENTITIES, ALL_THREE, LANGUAGE]

SINGLE = "SET max_parallel_workers_per_gather = 0;"
PARALLEL = ("SET max_parallel_workers_per_gather = 2; "
            "SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; "
            "SET min_parallel_table_scan_size = 0;")

MAIN_TABLE = "bench_corpus"
SIZE_TABLE_BYTES = 20_000_000
DOC_SIZES = [("1 KB", 1_000), ("100 KB", 100_000), ("10 MB", 10_000_000)]
REFERENCE_SIZE = "100 KB"
PARAGRAPH_TABLE = "bench_paragraphs"
PARAGRAPHS = 100_000
PARAGRAPH_BYTES = (200, 2000)
POLL_SECONDS = 0.01

Peaks = collections.namedtuple("Peaks", "start leader workers together")


def psql(sql, settings=""):
    """Run sql (after settings); return the last line it printed, or ''."""
    out = subprocess.run(PSQL, input=settings + sql + ";\n", text=True, capture_output=True,
                         check=True).stdout.strip().splitlines()
    return out[-1] if out else ""


def load(corpus):
    psql("DROP TABLE IF EXISTS bench_corpus; "
         "CREATE TABLE bench_corpus (id serial, lang text, body text)")
    for name in FILES:
        path = os.path.join(corpus, name)
        # one JSON object per line; the text goes in through jsonb
        gz = subprocess.Popen(["gzip", "-dc", path], stdout=subprocess.PIPE)
        subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                        "CREATE TEMP TABLE raw (doc jsonb); "
                        "COPY raw FROM STDIN WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02'); "
                        "INSERT INTO bench_corpus (lang, body) SELECT doc->>'lang', doc->>'text' FROM raw"],
                       stdin=gz.stdout, check=True)
        gz.wait()
    psql("VACUUM ANALYZE bench_corpus")
    return table_size(MAIN_TABLE)


def table_size(table):
    """(bytes of text, documents) in table."""
    nbytes, ndocs = psql("SELECT sum(octet_length(body)), count(*) FROM %s" % table).split("|")
    return int(nbytes), int(ndocs)


def best_time(sql, settings, repeat):
    best = None
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = psql(sql, settings)
        dt = time.perf_counter() - t0
        best = dt if best is None or dt < best else best
    return best, result


def rss_anon_mb(pid):
    """RssAnon of process pid in MB, or None once it has gone."""
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except (FileNotFoundError, ProcessLookupError):
        pass
    return None


def parent_pid(pid):
    with open("/proc/%d/status" % pid) as status:
        for line in status:
            if line.startswith("PPid:"):
                return int(line.split()[1])
    raise RuntimeError("no PPid for process %d" % pid)


def parallel_workers(postmaster, leader):
    """Pids of the parallel workers serving leader: children of the postmaster by their title."""
    with open("/proc/%d/task/%d/children" % (postmaster, postmaster)) as children:
        pids = [int(pid) for pid in children.read().split()]
    title = re.compile(r"parallel worker for PID %d\b" % leader)
    workers = []
    for pid in pids:
        try:
            with open("/proc/%d/cmdline" % pid) as cmdline:
                if title.search(cmdline.read()):
                    workers.append(pid)
        except (FileNotFoundError, ProcessLookupError):
            pass
    return workers


def peak_memory(sql, settings):
    """Run sql in a new session and sample its processes' RssAnon until it ends.
    Returns Peaks: the backend's RssAnon before the query, its peak, the peak of
    each parallel worker, and the largest sum of one sample, in MB."""
    session = subprocess.Popen(PSQL, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    session.stdin.write("SELECT pg_backend_pid();\n")
    session.stdin.flush()
    leader = int(session.stdout.readline())
    postmaster = parent_pid(leader)
    start = rss_anon_mb(leader)
    # closing stdin makes psql exit once the query is done
    session.stdin.write(settings + sql + ";\n")
    session.stdin.close()
    peaks = {leader: start}
    together = start
    while session.poll() is None:
        sample = {pid: rss_anon_mb(pid) for pid in [leader] + parallel_workers(postmaster, leader)}
        sample = {pid: mb for pid, mb in sample.items() if mb is not None}
        for pid, mb in sample.items():
            peaks[pid] = max(peaks.get(pid, 0), mb)
        together = max(together, sum(sample.values()))
        time.sleep(POLL_SECONDS)
    session.stdout.read()
    if session.returncode != 0:
        raise subprocess.CalledProcessError(session.returncode, sql)
    workers = [mb for pid, mb in sorted(peaks.items()) if pid != leader]
    return Peaks(start, peaks[leader], workers, together)


def print_table(header, rows):
    """Columns aligned, the first to the left and the others to the right."""
    lines = [header] + rows
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = [line[0].ljust(widths[0])] + [cell.rjust(width)
                                              for cell, width in zip(line[1:], widths[1:])]
        print("  ".join(cells).rstrip())


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
    print("corpus: %d documents, %.1f MB (%s)" % (ndocs, nbytes / 1e6, ", ".join(FILES)))
    main_mbps = throughput_main_table(nbytes, args.repeat)
    memory_main_table()
    cost_by_document_size(args.repeat)
    per_row_overhead(main_mbps, args.repeat)
    psql("DROP TABLE bench_corpus")
    core_alone(corpus, nbytes, args.repeat)


def throughput_main_table(nbytes, repeat):
    """Print the main table's throughput; return the single-process MB/s by query label."""
    mb = nbytes / 1e6
    single_mbps = {}
    for label, settings in [("single process", SINGLE), ("2 parallel workers", PARALLEL)]:
        print("\n%s" % label)
        print("%-32s %9s %9s %10s %10s %14s %14s" % ("query", "seconds", "MB/s", "rows", "rows/s",
                                                    "vs read floor", "vs regexp"))
        times = {}
        for name, sql in QUERIES:
            t, rows = best_time(sql.format(table=MAIN_TABLE), settings, repeat)
            times[name] = t
            read = times[READ_FLOOR[0]]
            regexp = times.get(REGEXP[0])
            # the floor and detect_language print a sum or a count of documents, not rows found
            found = "count(*)" in sql
            print("%-32s %9.3f %9.1f %10s %10s %13.2fx %13s" % (
                name, t, mb / t, rows if found else "-",
                "%.0f" % (int(rows) / t) if found else "-", read / t,
                ("%.2fx" % (regexp / t)) if regexp else "-"))
            if settings == SINGLE:
                single_mbps[name] = mb / t
    return single_mbps


def memory_main_table():
    print("\npeak backend memory on the main table, one run each"
          "\n(RssAnon MB: private memory, shared buffers excluded; see the docstring)")
    rows = []
    starts = []
    for name, sql in QUERIES:
        single = peak_memory(sql.format(table=MAIN_TABLE), SINGLE)
        parallel = peak_memory(sql.format(table=MAIN_TABLE), PARALLEL)
        starts.append(single.start)
        rows.append([name, "%.1f" % single.leader, "%.1f" % parallel.leader,
                     " + ".join("%.1f" % mb for mb in parallel.workers) or "-",
                     "%.1f" % parallel.together])
    print("a new backend holds %.1f MB before its first query" % max(starts))
    print_table(["query", "single process", "2 workers: leader", "workers", "together"], rows)


def build_size_tables():
    """One table per document size, each the same English text cut at line
    breaks, stored uncompressed; returns {size label: (table, bytes, documents)}."""
    psql("DROP TABLE IF EXISTS bench_lines; CREATE TABLE bench_lines AS"
         " SELECT line, sum(octet_length(line) + 1) OVER (ORDER BY id, n) AS upto"
         " FROM bench_corpus, regexp_split_to_table(body, E'\\n') WITH ORDINALITY AS l(line, n)"
         " WHERE lang = 'en'")
    tables = {}
    for label, size in DOC_SIZES:
        table = "bench_docs_%d" % size
        # a document ends at the line that reaches the next multiple of size
        psql("DROP TABLE IF EXISTS {t}; CREATE TABLE {t} (body text); "
             "ALTER TABLE {t} ALTER COLUMN body SET STORAGE EXTERNAL; "
             "INSERT INTO {t} SELECT string_agg(line, E'\\n' ORDER BY upto) FROM bench_lines"
             " WHERE upto <= {total} GROUP BY (upto - 1) / {size} ORDER BY min(upto); "
             "VACUUM ANALYZE {t}".format(t=table, total=SIZE_TABLE_BYTES, size=size))
        tables[label] = (table,) + table_size(table)
    psql("DROP TABLE bench_lines")
    return tables


def cost_by_document_size(repeat):
    tables = build_size_tables()
    queries = [READ_FLOOR, AMOUNTS, QUOTES, ENTITIES]
    print("\ncost by document size: %.1f MB of the corpus's English text per table, cut at line"
          " breaks,\nstored uncompressed; single process, best of %d"
          % (SIZE_TABLE_BYTES / 1e6, repeat))
    for label, (_, nbytes, ndocs) in tables.items():
        print("%-6s %6d documents of %8d bytes on average" % (label, ndocs, nbytes / ndocs))
    mbps = {}
    for label, (table, nbytes, _) in tables.items():
        for name, sql in queries:
            t, _ = best_time(sql.format(table=table), SINGLE, repeat)
            mbps[label, name] = nbytes / 1e6 / t
    print_mbps_by_size(queries, mbps)
    print("\npeak backend memory by document size (RssAnon MB, single process, one run each)")
    rows = [[name] + ["%.1f" % peak_memory(sql.format(table=table), SINGLE).leader
                      for table, _, _ in tables.values()]
            for name, sql in queries]
    print_table(["query"] + list(tables), rows)
    psql("DROP TABLE " + ", ".join(table for table, _, _ in tables.values()))


def print_mbps_by_size(queries, mbps):
    """MB/s per size, each with its ratio to the reference size's."""
    header = ["query (MB/s)"]
    for label, _ in DOC_SIZES:
        header += [label] if label == REFERENCE_SIZE else [label, "vs " + REFERENCE_SIZE]
    rows = []
    for name, _ in queries:
        row = [name]
        for label, _ in DOC_SIZES:
            row.append("%.1f" % mbps[label, name])
            if label != REFERENCE_SIZE:
                row.append("%.2fx" % (mbps[label, name] / mbps[REFERENCE_SIZE, name]))
        rows.append(row)
    print_table(header, rows)


def build_paragraph_table():
    """PARAGRAPHS lines of the whole corpus, each a document, drawn by a fixed
    pseudo-random order; returns (bytes, documents)."""
    psql("DROP TABLE IF EXISTS {t}; CREATE TABLE {t} AS SELECT line AS body"
         " FROM bench_corpus, regexp_split_to_table(body, E'\\n') AS line"
         " WHERE octet_length(line) BETWEEN {low} AND {high} ORDER BY md5(line) LIMIT {n}; "
         "VACUUM ANALYZE {t}".format(t=PARAGRAPH_TABLE, low=PARAGRAPH_BYTES[0],
                                     high=PARAGRAPH_BYTES[1], n=PARAGRAPHS))
    return table_size(PARAGRAPH_TABLE)


def per_row_overhead(main_mbps, repeat):
    nbytes, ndocs = build_paragraph_table()
    mb = nbytes / 1e6
    print("\nper-row overhead: %d one-paragraph documents (lines of %d to %d bytes of the corpus),"
          "\n%.1f MB, %d bytes on average; single process, best of %d; vs main table: the ratio"
          " to the\nsingle-process MB/s above (target 0.5 or more); peak MB: RssAnon, one run"
          % (ndocs, PARAGRAPH_BYTES[0], PARAGRAPH_BYTES[1], mb, nbytes / ndocs, repeat))
    queries = [READ_FLOOR, AMOUNTS, QUOTES, ENTITIES, LANGUAGE]
    timings = {name: best_time(sql.format(table=PARAGRAPH_TABLE), SINGLE, repeat)
               for name, sql in queries}
    read = timings[READ_FLOOR[0]][0]
    rows = []
    for name, sql in queries:
        t, result = timings[name]
        peak = peak_memory(sql.format(table=PARAGRAPH_TABLE), SINGLE).leader
        rows.append([name, "%.3f" % t, "%.1f" % (mb / t), result, "%.2fx" % (read / t),
                     "%.2fx" % (mb / t / main_mbps[name]), "%.1f" % peak])
    print_table(["query", "seconds", "MB/s", "rows", "vs read floor", "vs main table",
                 "peak MB"], rows)
    psql("DROP TABLE " + PARAGRAPH_TABLE)


def best_cli_time(cli, path, extra, repeat):
    """Best wall time of dossier-extract --jsonl (plus extra) over the file at path."""
    best = None
    for _ in range(repeat):
        with open(path, "rb") as src:
            t0 = time.monotonic()
            subprocess.run([cli, "--jsonl"] + extra, stdin=src, stdout=subprocess.DEVNULL,
                           check=True)
            dt = time.monotonic() - t0
        best = dt if best is None or dt < best else best
    return best


def core_alone(corpus, nbytes, repeat):
    """The same text through the command-line tool (the core without a server):
    JSON in, JSON out, one process, best of repeat runs; all extractors, then
    each alone (--only)."""
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
                             ("amounts, quotes and entities", ["--model", model]),
                             ("amounts alone", ["--only", "amounts"]),
                             ("quotes alone", ["--only", "quotes"]),
                             ("entities alone", ["--only", "entities", "--model", model])]:
            best = best_cli_time(cli, tmp.name, extra, repeat)
            print("%-32s %9.3f %9.1f MB/s" % (label, best, nbytes / 1e6 / best))


if __name__ == "__main__":
    main()
