#!/usr/bin/env python3
"""gen_gazetteer.py -- turn the gazetteer TSV files of src/data
(gazetteer_*.tsv: lang, kind, form, canonical) into the C table
src/core/tables/gazetteer_data.c (struct gaz_entry, see src/core/ner.h).

Usage: python3 src/data/gen_gazetteer.py src/data src/core/tables/gazetteer_data.c
       (or `make tables`). Standard library only; fails with file:line on bad rows.

Keys are normalized like the lexicon's (gen_tables.py): tokens as the C
scanner cuts them (letter runs, digit runs: "COP29" is "cop 29"), lower-cased, U+2019 folded to an
apostrophe, joined by single spaces. Rows with one key and one canonical are
merged (their kinds and languages OR-ed); every proper token prefix of a key
gets an entry of its own with no kind, so the tagger can stop a phrase search
as soon as no longer key can match. Accent-stripped keys are added for Latin
letters ("etats - unis" finds "États-Unis" written without accents).
"""

import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_tables import LANGS, LANG_ALL, char_class, lower_token, c_string, DataError  # noqa: E402

KINDS = {"person": 0x01, "organization": 0x02, "location": 0x04, "misc": 0x08,
         "law": 0x10, "event": 0x20, "given": 0x40, "demonym": 0x80, "common": 0x100}
MAX_TOKENS = 12         # GAZ_MAX_TOKENS
MAX_KEY_BYTES = 95


def tokenize(form):
    tokens = []
    i, n = 0, len(form)
    while i < n:
        cls = char_class(form[i])
        if cls in ("space", "format"):
            i += 1
            continue
        j = i + 1
        if cls == "letter":
            while j < n and char_class(form[j]) in ("letter", "format"):
                j += 1
        elif cls == "digit":
            while j < n and char_class(form[j]) == "digit":
                j += 1
        tokens.append(form[i:j])
        i = j
    return tokens


def key_of(form):
    tokens = tokenize(unicodedata.normalize("NFC", form))
    if not tokens:
        raise DataError("empty form")
    if len(tokens) > MAX_TOKENS:
        raise DataError("form %r has %d tokens (at most %d)" % (form, len(tokens), MAX_TOKENS))
    toks = [lower_token(t) for t in tokens]
    key = " ".join(toks)
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise DataError("key %r is longer than %d bytes" % (key, MAX_KEY_BYTES))
    return toks


def strip_accents(toks):
    out = []
    for t in toks:
        d = unicodedata.normalize("NFD", t)
        s = "".join(ch for ch in d if unicodedata.category(ch) != "Mn")
        out.append(unicodedata.normalize("NFC", s))
    return out


def load(src, skipped):
    entries = {}        # (key, canonical) -> [kinds, langs]
    for name in sorted(os.listdir(src)):
        if not (name.startswith("gazetteer_") and name.endswith(".tsv")):
            continue
        path = os.path.join(src, name)
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.split("\t")
                try:
                    if len(cols) != 4:
                        raise DataError("expected 4 columns, got %d" % len(cols))
                    lang, kind, form, canonical = (c.strip() for c in cols)
                    if lang != "*" and lang not in LANGS:
                        raise DataError("unknown language %r" % lang)
                    if kind not in KINDS:
                        raise DataError("unknown kind %r" % kind)
                    langs = LANG_ALL if lang == "*" else LANGS[lang]
                    try:
                        toks = key_of(form)
                    except DataError as e:
                        # a letter the C lower-casing maps differently (Turkish İ): leave the name out
                        if "one-to-one" not in str(e):
                            raise
                        skipped.append("%s:%d" % (path, n))
                        continue
                    canonical = unicodedata.normalize("NFC", canonical) or None
                    if canonical == unicodedata.normalize("NFC", form):
                        canonical = None
                except DataError as e:
                    raise DataError("%s:%d: %s" % (path, n, e))
                variants = [toks]
                stripped = strip_accents(toks)
                if stripped != toks:
                    variants.append(stripped)
                for v in variants:
                    e = entries.setdefault((" ".join(v), canonical, tuple(v)), [0, 0])
                    e[0] |= KINDS[kind]
                    e[1] |= langs
    return entries


def build(entries):
    rows = {}
    for (key, canonical, toks), (kinds, langs) in entries.items():
        rows[(key, canonical or "")] = (kinds, langs, canonical)
        for k in range(1, len(toks)):
            prefix = " ".join(toks[:k])
            rows.setdefault((prefix, None), (0, LANG_ALL, None))
    out = []
    for (key, _), (kinds, langs, canonical) in rows.items():
        out.append((key, kinds, langs, canonical))
    keys_with_kind = {k for k, kinds, _, _ in out if kinds}
    out = [r for r in out if r[1] or r[0] not in keys_with_kind]
    out.sort(key=lambda r: (r[0].encode("utf-8"), r[3] or ""))
    return out


def write(rows, path):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("/* Generated by src/data/gen_gazetteer.py from src/data/gazetteer_*.tsv: do not edit. */\n")
        fh.write('#include "ner.h"\n\nconst gaz_entry dsr_gaz_entries[] = {\n')
        for key, kinds, langs, canonical in rows:
            fh.write("\t{%s, 0x%03X, 0x%02X, %s},\n" % (
                c_string(key), kinds, langs, c_string(canonical) if canonical else "NULL"))
        fh.write("};\n\nconst size_t dsr_gaz_entry_count = %d;\n" % len(rows))


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    try:
        skipped = []
        rows = build(load(argv[1], skipped))
    except DataError as e:
        sys.exit("gen_gazetteer: %s" % e)
    write(rows, argv[2])
    print("gen_gazetteer: %d entries; %d names left out (no one-to-one lower case)" % (len(rows), len(skipped)))


if __name__ == "__main__":
    main(sys.argv)
