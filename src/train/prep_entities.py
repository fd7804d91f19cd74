#!/usr/bin/env python3
"""prep_entities.py -- turn labelled JSONL (../shared/data/FORMAT.md, code point
offsets) into the trainer's input (byte offsets; format in train_entities.c).

usage: prep_entities.py FILE[:nomisc][:xN] ... > train.ner
  ':nomisc' marks a corpus that does not annotate misc (UNER, Europeana);
  ':xN' repeats a file's documents N times (weight in the training).
Only openly licensed files may go into a shipped model: see src/train/README.md.
"""
import gzip
import json
import sys

KIND = {"person": 1, "organization": 2, "location": 3, "misc": 4}


def opener(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")


def main(args):
    out = sys.stdout.buffer
    for arg in args:
        path, *flags = arg.split(":")
        has_misc = 0 if "nomisc" in flags else 1
        repeat = max([int(f[1:]) for f in flags if f[:1] == "x" and f[1:].isdigit()] or [1])
        with opener(path) as fh:
            lines = fh.readlines()
        for _ in range(repeat):
            for line in lines:
                d = json.loads(line)
                text = d["text"]
                data = text.encode("utf-8")
                # byte offset of each code point offset
                offsets = [0] * (len(text) + 1)
                b = 0
                for i, ch in enumerate(text):
                    offsets[i] = b
                    b += len(ch.encode("utf-8"))
                offsets[len(text)] = b
                ents = [e for e in d.get("entities", []) if e["kind"] in KIND]
                out.write(b"#doc %s %d %d %d\n" % ((d.get("lang") or "xx").encode(), has_misc,
                                                   len(data), len(ents)))
                out.write(data + b"\n")
                for e in ents:
                    out.write(b"%d %d %d\n" % (offsets[e["start"]], offsets[e["end"]], KIND[e["kind"]]))


if __name__ == "__main__":
    main(sys.argv[1:])
