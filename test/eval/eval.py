#!/usr/bin/env python3
"""Evaluation harness for dossier's extractors.

Loads each labelled JSONL file into a table on the server named by the PG*
environment variables, runs the extractor in SQL, writes predictions in the
shared JSONL format (0-based code point offsets, end exclusive) to
test/eval/out/, scores them with the reference scorer from ../shared/eval and
compares every figure named in floors.tsv with its floor.

usage: eval.py [--shared DIR] [--cli-model FILE]

--cli-model FILE scores the entity runs only, through the command-line tool
(./dossier-extract, no server) with that model: a quick check of a retrained
model against the entity floors before it is installed.
"""
import argparse
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# (name, gold file under data/, task, how the language argument is passed)
#  lang "given": the document's own language code; "detect": NULL
#  extra arguments for the scorer last (sets without misc are scored without it)
NO_MISC = ["--kinds", "person,organization,location"]
RUNS = [
    ("recognizers", "money/recognizers-dev.jsonl", "amounts", "given", []),
    ("recognizers", "money/recognizers-dev.jsonl", "amounts", "detect", []),
    ("duckling", "money/duckling-dev.jsonl", "amounts", "given", []),
    ("policy", "policy/dev.jsonl", "amounts", "detect", []),
    ("policy", "policy/dev.jsonl", "quotes", "detect", []),
    ("polnear", "quotes/polnear-en-dev.jsonl", "quotes", "given", []),
    ("policy", "policy/dev.jsonl", "entities", "detect", []),
    ("conll", "ner/conll2003-en-dev.jsonl", "entities", "given", []),
    ("germeval", "ner/germeval2014-de-dev.jsonl", "entities", "given", []),
    ("uner-en", "ner/uner-pud-en-dev.jsonl", "entities", "given", NO_MISC),
    ("uner-de", "ner/uner-pud-de-dev.jsonl", "entities", "given", NO_MISC),
    ("newseye", "ner/newseye-fr-dev.jsonl", "entities", "given", []),
    ("europeana-fr", "ner/europeana-fr-dev.jsonl", "entities", "given", NO_MISC),
    ("europeana-de", "ner/europeana-de-dev.jsonl", "entities", "given", NO_MISC),
    ("hipe2020", "ner/hipe2020-fr-dev.jsonl", "entities", "given", []),
]

# Gold cases we believe are wrong are listed here with the reason; they are
# still scored (the floors include them), this list only documents them.
DISPUTED = {
}

PRED_SQL = {
    "amounts": """
SELECT json_build_object('id', d.doc->>'id', 'amounts', coalesce(
         (SELECT json_agg(json_build_object(
                    'start', a.start - 1, 'end', a.start - 1 + length(a.match),
                    'text', a.match, 'value', a.value::text,
                    'value_max', a.value_max::text, 'currency', a.currency,
                    'qualifier', a.qualifier) ORDER BY a.start)
            FROM extract_amounts(d.doc->>'text', {lang}) a), '[]'::json))::text
  FROM eval_docs d ORDER BY d.n
""",
    "entities": """
SELECT json_build_object('id', d.doc->>'id', 'entities', coalesce(
         (SELECT json_agg(json_build_object(
                    'start', e.start - 1, 'end', e.start - 1 + length(e.name),
                    'text', e.name, 'canonical', e.canonical,
                    -- the scorer's four kinds: laws and events are misc there
                    'kind', CASE WHEN e.kind IN ('law', 'event') THEN 'misc' ELSE e.kind END)
                    ORDER BY e.start)
            FROM extract_entities(d.doc->>'text', {lang}) e), '[]'::json))::text
  FROM eval_docs d ORDER BY d.n
""",
    "quotes": """
SELECT json_build_object('id', d.doc->>'id', 'quotes', coalesce(
         (SELECT json_agg(json_build_object(
                    'start', q.start - 1, 'end', q.start - 1 + length(q.quote),
                    'text', q.quote, 'speaker', q.speaker, 'cue', q.cue) ORDER BY q.start)
            FROM extract_quotes(d.doc->>'text', {lang}) q), '[]'::json))::text
  FROM eval_docs d ORDER BY d.n
""",
}

SUPPORTED = ("fr", "en", "de", "es", "it", "nl", "pt")


def psql(sql):
    done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-At"],
                          input=sql, text=True, capture_output=True)
    if done.returncode != 0:
        sys.exit("eval: psql failed:\n%s" % done.stderr)
    return done.stdout


def load(path):
    psql("DROP TABLE IF EXISTS eval_docs; CREATE TABLE eval_docs (n serial, doc jsonb);")
    # one JSON document per line; CSV with characters that never occur as quote/delimiter
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c",
                    "\\copy eval_docs(doc) FROM '%s' WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')"
                    % path.replace("'", "''")], check=True)


def predict(task, mode, out_path):
    if mode == "given":
        lang = ("CASE WHEN d.doc->>'lang' IN (%s) THEN d.doc->>'lang' END"
                % ", ".join("'%s'" % l for l in SUPPORTED))
    else:
        lang = "NULL"
    rows = psql(PRED_SQL[task].format(lang=lang))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(rows)


def predict_cli(model, gold, mode, out_path):
    """Entities from ./dossier-extract, laws and events as misc; "detect" drops each document's lang."""
    with open(gold, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    if mode == "detect":
        for d in docs:
            d.pop("lang", None)
    done = subprocess.run([os.path.join(REPO, "dossier-extract"), "--jsonl", "--model", model],
                          input="".join(json.dumps(d) + "\n" for d in docs),
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("eval: dossier-extract failed:\n%s" % done.stderr)
    with open(out_path, "w", encoding="utf-8") as f:
        for line in done.stdout.splitlines():
            d = json.loads(line)
            for e in d.get("entities", []):
                if e["kind"] in ("law", "event"):
                    e["kind"] = "misc"
            f.write(json.dumps(d) + "\n")


def score(task, gold, pred, shared, extra):
    scorer = os.path.join(shared, "eval", "score_%s.py" % task)
    out = subprocess.run([sys.executable, scorer, gold, pred, "--json"] + extra,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def score_by_language(gold, pred, shared, extra):
    """Entity scores of the whole file ("all") and of each language in it."""
    by_lang = {}
    with open(gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                by_lang.setdefault(json.loads(line).get("lang") or "none", []).append(line)
    res = {"all": score("entities", gold, pred, shared, extra)}
    if len(by_lang) > 1:
        for lang, lines in sorted(by_lang.items()):
            part = "%s.%s" % (pred, lang)
            with open(part, "w", encoding="utf-8") as f:
                f.writelines(lines)
            res[lang] = score("entities", part, pred, shared, extra)
            os.remove(part)
    return res


def read_floors():
    floors = []
    with open(os.path.join(HERE, "floors.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            name, task, mode, lang, metric, floor = line.split("\t")
            floors.append((name, task, mode, lang, metric, float(floor)))
    return floors


def print_result(name, task, mode, res):
    if task == "amounts":
        print("%-12s %-8s lang=%-7s %-4s %5s %5s %5s   %-17s %-17s" %
              ("file", "task", "", "", "docs", "gold", "pred", "span P/R/F1", "full P/R/F1"))
        for lang in sorted(res, key=lambda k: (k == "all", k)):
            r = res[lang]
            print("%-12s %-8s lang=%-7s %-4s %5d %5d %5d   %.3f/%.3f/%.3f %.3f/%.3f/%.3f" % (
                name, task, mode, lang, r["docs"], r["gold"], r["pred"],
                r["span"]["p"], r["span"]["r"], r["span"]["f1"],
                r["full"]["p"], r["full"]["r"], r["full"]["f1"]))
    elif task == "entities":
        for lang in sorted(res, key=lambda k: (k != "all", k)):
            r = res[lang]
            m, l = r["micro"], r["lenient"]
            kinds = " ".join("%s=%.3f" % (k[:3], v["f1"]) for k, v in sorted(r["kinds"].items()))
            print("%-12s %-8s lang=%-7s %-4s strict P/R/F1 %.3f/%.3f/%.3f  lenient F1 %.3f  %s" % (
                name, task, mode, lang, m["p"], m["r"], m["f1"], l["f1"], kinds))
    else:
        print("%-12s %-8s lang=%-7s %s" % (name, task, mode, json.dumps(res, sort_keys=True)))


def figure(res, lang, metric):
    """A figure of a scorer's --json output: amounts by language, quotes as printed."""
    if "_" in metric and lang in res and isinstance(res[lang], dict) and "span" in res[lang]:
        crit, stat = metric.split("_")
        return res[lang].get(crit, {}).get(stat)
    node = res.get(lang, res) if isinstance(res, dict) else None
    for part in metric.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.environ.get("DOSSIER_SHARED",
                                                       os.path.join(REPO, "..", "shared")))
    ap.add_argument("--cli-model")
    args = ap.parse_args()
    data = os.path.join(args.shared, "data")
    if not os.path.isdir(data):
        sys.exit("eval: labelled data not found in %s (set DOSSIER_SHARED)" % data)
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)

    runs = [r for r in RUNS if r[2] == "entities" or not args.cli_model]
    if not args.cli_model:
        psql("CREATE EXTENSION IF NOT EXISTS dossier;")
    results = {}
    for name, rel, task, mode, extra in runs:
        gold = os.path.join(data, rel)
        pred = os.path.join(HERE, "out", "%s-%s-%s%s.jsonl" %
                            (name, task, mode, "-cli" if args.cli_model else ""))
        if args.cli_model:
            predict_cli(args.cli_model, gold, mode, pred)
        else:
            load(gold)
            predict(task, mode, pred)
        if task == "entities":
            results[(name, task, mode)] = score_by_language(gold, pred, args.shared, extra)
        else:
            results[(name, task, mode)] = score(task, gold, pred, args.shared, extra)
    if not args.cli_model:
        psql("DROP TABLE IF EXISTS eval_docs;")

    for (name, task, mode), res in results.items():
        print_result(name, task, mode, res)

    failed = 0
    floors = [fl for fl in read_floors() if (fl[0], fl[1], fl[2]) in results]
    for name, task, mode, lang, metric, floor in floors:
        got = figure(results[(name, task, mode)], lang, metric)
        if got is None or got < floor:
            print("FLOOR FAILED: %s %s lang=%s %s %s = %s < %.3f" %
                  (name, task, mode, lang, metric, got, floor))
            failed += 1
    if failed:
        sys.exit(1)
    print("eval: all %d floors hold" % len(floors))


if __name__ == "__main__":
    main()
