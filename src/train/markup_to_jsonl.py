#!/usr/bin/env python3
"""markup_to_jsonl.py -- turn the project's own annotated training texts
(data/ner/*.txt) into labelled JSONL (../shared/data/FORMAT.md).

Markup: one document per block, blocks separated by a line "=== LANG" (fr, en,
de, es, it) that starts each document; entities are written
[[KIND|name as written]] with KIND one of PER, ORG, LOC, MISC. Everything
else is plain text. Example:

    === en
    [[PER|Ursula von der Leyen]] told the [[ORG|European Parliament]] in [[LOC|Strasbourg]] ...

usage: markup_to_jsonl.py FILE.txt ... > out.jsonl   (fails with file:line on bad markup)
"""
import json
import os
import re
import sys

KINDS = {"PER": "person", "ORG": "organization", "LOC": "location", "MISC": "misc"}
ENTITY = re.compile(r"\[\[([A-Z]+)\|([^\[\]|]+)\]\]")


def convert(path, out):
    docs = []
    lang, lines, start = None, [], 0
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("=== "):
                if lang is not None:
                    docs.append((lang, lines, start))
                lang, lines, start = line[4:].strip(), [], n
                continue
            if lang is None:
                if line.strip():
                    sys.exit("%s:%d: text before the first '=== LANG' line" % (path, n))
                continue
            lines.append((n, line))
    if lang is not None:
        docs.append((lang, lines, start))
    base = os.path.splitext(os.path.basename(path))[0]
    for k, (lang, lines, start) in enumerate(docs):
        text, ents = [], []
        pos = 0
        while lines and not lines[-1][1].strip():
            lines.pop()
        for i, (n, line) in enumerate(lines):
            if i:
                text.append("\n")
                pos += 1
            last = 0
            for m in ENTITY.finditer(line):
                plain = line[last:m.start()]
                if "[[" in plain or "]]" in plain:
                    sys.exit("%s:%d: broken markup" % (path, n))
                text.append(plain)
                pos += len(plain)
                kind, name = m.group(1), m.group(2)
                if kind not in KINDS:
                    sys.exit("%s:%d: unknown kind %r" % (path, n, kind))
                if name != name.strip():
                    sys.exit("%s:%d: name with outer spaces %r" % (path, n, name))
                ents.append({"start": pos, "end": pos + len(name), "text": name, "kind": KINDS[kind]})
                text.append(name)
                pos += len(name)
                last = m.end()
            rest = line[last:]
            if "[[" in rest or "]]" in rest:
                sys.exit("%s:%d: broken markup" % (path, n))
            text.append(rest)
            pos += len(rest)
        body = "".join(text)
        for e in ents:
            assert body[e["start"]:e["end"]] == e["text"]
        out.write(json.dumps({"id": "dossier-%s-%s-%03d" % (lang, base, k), "lang": lang,
                              "source": "dossier data/ner/%s.txt line %d" % (base, start),
                              "license": "written by the dossier project",
                              "text": body, "entities": ents}, ensure_ascii=False) + "\n")


def main(args):
    if not args:
        sys.exit(__doc__)
    for path in args:
        convert(path, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
