#!/usr/bin/env python3
"""check_gazetteers.py -- validate the gazetteer TSV files of src/data and
print their row counts per kind and language.

Usage: python3 src/data/check_gazetteers.py [FILE ...]
       (default: every src/data/gazetteer_*.tsv,
       found beside this script). Standard library only.

Each file is UTF-8; it opens with a '#' comment header; lines starting with '#'
are comments, blank lines are skipped; every other line has exactly four
tab-separated columns: lang, kind, form, canonical. Checked: lang and kind
are known; form is non-empty, without outer spaces, at most 8 words, 90
bytes and 12 scanner tokens (l'Union is three: l ' Union), its lower-cased key
at most 95 bytes; canonical is empty or differs from form; no (lang, kind, form) appears
twice, in one file or across the files, and no '*' row repeats the form and
kind of a one-language row. Errors print as file:line: message; the exit
status is 1 when there is any.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_tables import tokenize as scanner_tokens  # noqa: E402  (tokens as the C scanner cuts them)

LANGS = ("fr", "en", "de", "es", "it")
KINDS = ("person", "organization", "location", "law", "event", "misc", "given", "demonym", "common", "country")
MAX_WORDS = 8
MAX_BYTES = 90
MAX_TOKENS = 12         # GAZ_MAX_TOKENS of gen_gazetteer.py
MAX_KEY_BYTES = 95      # its longest lower-cased key
MAX_CANONICAL_BYTES = 200


def check_file(path, seen, errors):
    """Check one file; add its rows to seen ((lang, kind, form) -> where) and
    return the count of rows per (kind, lang)."""
    counts = {}

    def error(lineno, msg):
        errors.append("%s:%d: %s" % (path, lineno, msg))

    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        errors.append("%s: %s" % (path, e.strerror))
        return counts
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        errors.append("%s: not UTF-8 at byte %d" % (path, e.start))
        return counts
    if text.startswith("\ufeff"):
        error(1, "byte order mark")
    if not text.startswith("#"):
        error(1, "the file does not open with a '#' comment header")
    if text and not text.endswith("\n"):
        error(text.count("\n") + 1, "no newline at the end of the file")

    for lineno, line in enumerate(text.split("\n"), 1):
        if line.endswith("\r"):
            error(lineno, "carriage return")
            line = line[:-1]
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            error(lineno, "%d columns, not 4" % len(cols))
            continue
        lang, kind, form, canonical = cols
        if lang != "*" and lang not in LANGS:
            error(lineno, "unknown lang %r" % lang)
        if kind not in KINDS:
            error(lineno, "unknown kind %r" % kind)
        if not form:
            error(lineno, "empty form")
            continue
        for name, value in (("form", form), ("canonical", canonical)):
            if value != value.strip():
                error(lineno, "%s %r has outer spaces" % (name, value))
            if "  " in value:
                error(lineno, "%s %r has a double space" % (name, value))
        words = len(form.split())
        if words > MAX_WORDS:
            error(lineno, "form %r has %d words (at most %d)" % (form, words, MAX_WORDS))
        if len(form.encode("utf-8")) > MAX_BYTES:
            error(lineno, "form %r is longer than %d bytes" % (form, MAX_BYTES))
        tokens = scanner_tokens(form)
        if len(tokens) > MAX_TOKENS:
            error(lineno, "form %r has %d scanner tokens (at most %d)" % (form, len(tokens), MAX_TOKENS))
        if len(" ".join(tokens).lower().encode("utf-8")) > MAX_KEY_BYTES:
            error(lineno, "form %r gives a key longer than %d bytes" % (form, MAX_KEY_BYTES))
        if any(len(ch.lower()) != 1 for ch in form):
            error(lineno, "form %r has a letter without a one-to-one lower case" % form)
        if len(canonical.encode("utf-8")) > MAX_CANONICAL_BYTES:
            error(lineno, "canonical %r is longer than %d bytes" % (canonical, MAX_CANONICAL_BYTES))
        if canonical == form:
            error(lineno, "canonical equals form %r (leave it empty)" % form)

        where = "%s:%d" % (os.path.basename(path), lineno)
        key = (lang, kind, form)
        if key in seen:
            error(lineno, "duplicate %s %s %r (first at %s)" % (lang, kind, form, seen[key]))
        else:
            # a '*' row stands for one row per language
            others = [(l, kind, form) for l in LANGS] if lang == "*" else [("*", kind, form)]
            clash = [seen[k] for k in others if k in seen]
            if clash:
                error(lineno, "%s %s %r overlaps the row at %s" % (lang, kind, form, clash[0]))
            seen[key] = where
        counts[(kind, lang)] = counts.get((kind, lang), 0) + 1
    return counts


def print_counts(title, counts):
    cols = ("*",) + LANGS
    kinds = [k for k in KINDS if any((k, l) in counts for l in cols)]
    print(title)
    print("  %-13s" % "kind" + "".join("%7s" % c for c in cols) + "%8s" % "total")
    for k in kinds:
        row = [counts.get((k, l), 0) for l in cols]
        print("  %-13s" % k + "".join("%7d" % n for n in row) + "%8d" % sum(row))
    total = [sum(counts.get((k, l), 0) for k in KINDS) for l in cols]
    print("  %-13s" % "total" + "".join("%7d" % n for n in total) + "%8d" % sum(total))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    paths = sys.argv[1:] or sorted(os.path.join(here, f) for f in os.listdir(here)
                                   if f.startswith("gazetteer_") and f.endswith(".tsv"))
    seen, errors, overall = {}, [], {}
    for path in paths:
        counts = check_file(path, seen, errors)
        print_counts(os.path.basename(path), counts)
        for key, n in counts.items():
            overall[key] = overall.get(key, 0) + n
    if len(paths) > 1:
        print_counts("all files", overall)
    for e in errors:
        print(e, file=sys.stderr)
    if errors:
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
