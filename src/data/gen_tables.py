#!/usr/bin/env python3
"""gen_tables.py -- turn the lexicon TSV files of src/data into the C table
src/core/tables/lexicon_data.c (struct dsr_lex_entry, see src/core/lexicon.h).

Usage: python3 src/data/gen_tables.py src/data src/core/tables/lexicon_data.c
       (or `make tables`). Standard library only; fails with file:line on bad rows.

Keys are normalized the way the C scanner and dsr_lexicon_append_token() do:
word tokens (a letter or mark, then letters, marks, format characters and
ASCII digits), runs of ASCII digits, and every other non-space code point on
its own; each token lower-cased per code point, U+2019 and U+02BC folded to
an apostrophe, tokens joined by one space. Extra keys are derived from each
form: the accent-stripped spelling (Latin letters only), and for German-only
rows the ae/oe/ue/ss spelling of umlauts and sharp s (a derived stop word
is dropped when it is a word of another language; pronouns get no derived
spelling: es "él" must not give the article "el"). Rows equal but for their
language are merged; a key may not carry two meanings of one kind in one
language. Output is sorted by key, then kind, for stable diffs.
"""

import os
import re
import sys
import unicodedata

LANGS = {"fr": 0x01, "en": 0x02, "de": 0x04, "es": 0x08, "it": 0x10, "nl": 0x20, "pt": 0x40}
LANG_ALL = 0x7F

KINDS = [
    "DSR_LEX_CURRENCY", "DSR_LEX_SCALE", "DSR_LEX_NUMBER", "DSR_LEX_QUALIFIER",
    "DSR_LEX_RANGE_OPEN", "DSR_LEX_RANGE_JOIN", "DSR_LEX_LINK", "DSR_LEX_SUBUNIT",
    "DSR_LEX_AND", "DSR_LEX_FRACTION", "DSR_LEX_STOPWORD", "DSR_LEX_ABBREVIATION",
    "DSR_LEX_REPORTING", "DSR_LEX_PRONOUN", "DSR_LEX_TITLE", "DSR_LEX_ACCORDING",
    "DSR_LEX_PARTICLE",
]
KIND = {name: i + 1 for i, name in enumerate(KINDS)}

FLAGS = [
    ("DSR_LEXF_UPPER_ONLY", 0x01), ("DSR_LEXF_AFTER_ONLY", 0x02),
    ("DSR_LEXF_NEEDS_OPEN", 0x04), ("DSR_LEXF_NUM_ADD", 0x10),
    ("DSR_LEXF_NUM_HUNDRED", 0x20), ("DSR_LEXF_NUM_THOUSAND", 0x40),
    ("DSR_LEXF_NUM_JOINER", 0x80),
]
F = dict(FLAGS)

NUMBER_ROLES = {"add": F["DSR_LEXF_NUM_ADD"], "hundred": F["DSR_LEXF_NUM_HUNDRED"],
                "thousand": F["DSR_LEXF_NUM_THOUSAND"], "joiner": F["DSR_LEXF_NUM_JOINER"]}
QUALIFIERS = {"about": 1, "over": 2, "under": 3, "up_to": 4}     # enum dsr_qualifier
CURRENCY_FLAGS = {"after": F["DSR_LEXF_AFTER_ONLY"], "upper": F["DSR_LEXF_UPPER_ONLY"]}

MAX_KEY_BYTES = 95      # DSR_LEX_MAX_KEY_BYTES - 1
MAX_TOKENS = 5          # DSR_LEX_MAX_PHRASE_TOKENS

UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


class DataError(Exception):
    pass


# ---------------------------------------------------------------- keys

def char_class(ch):
    """'letter', 'digit', 'space', 'format' or 'other', as the C scanner sees ch."""
    if "0" <= ch <= "9":
        return "digit"
    cat = unicodedata.category(ch)
    if cat[0] in "LM" or (cat == "Nd" and ord(ch) >= 0x80):
        return "letter"
    if cat in ("Zs", "Zl", "Zp", "Cc"):
        return "space"
    if cat == "Cf":
        return "format"
    return "other"


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


def lower_token(tok):
    out = []
    for ch in tok:
        if ch in ("\u2019", "\u02bc"):
            out.append("'")
            continue
        low = ch.lower()
        # utf8proc_tolower maps one code point to one: refuse the rare
        # letters whose full lower case differs (İ), rather than diverge.
        if len(low) != 1:
            raise DataError("letter %r has no one-to-one lower case" % ch)
        out.append(low)
    return "".join(out)


def make_key(form, max_tokens=MAX_TOKENS):
    """Normalized key of a form, or raise DataError."""
    tokens = tokenize(unicodedata.normalize("NFC", form))
    if not tokens:
        raise DataError("empty form")
    key = " ".join(lower_token(t) for t in tokens)
    if len(tokens) > max_tokens:
        raise DataError("form %r has %d tokens (at most %d)" % (form, len(tokens), max_tokens))
    if len(key.encode("utf-8")) > MAX_KEY_BYTES:
        raise DataError("key %r is longer than %d bytes" % (key, MAX_KEY_BYTES))
    return key


def strip_accents(key):
    """Drop combining marks that sit on Latin letters: "dólares" -> "dolares"."""
    out = []
    base_latin = False
    for ch in unicodedata.normalize("NFD", key):
        if unicodedata.category(ch) == "Mn":
            if base_latin:
                continue
        else:
            base_latin = unicodedata.name(ch, "").startswith("LATIN ")
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def transliterate_umlauts(key):
    return "".join(UMLAUTS.get(ch, ch) for ch in key)


# Kinds whose forms keep their one spelling: an accent tells a pronoun from
# another word (es "él" he, "el" the).
UNDERIVED_KINDS = ("DSR_LEX_PRONOUN",)


def key_variants(key, langs, derive=True):
    """The key and the spellings derived from it, without duplicates."""
    keys = [key]
    if not derive:
        return keys
    if langs == LANGS["de"] and any(ch in UMLAUTS for ch in key):
        keys.append(transliterate_umlauts(key))
    stripped = strip_accents(key)
    if stripped not in keys:
        keys.append(stripped)
    return keys


# ---------------------------------------------------------------- reading

def parse_langs(text):
    if text == "*":
        return LANG_ALL
    mask = 0
    for code in text.split(","):
        if code not in LANGS:
            raise DataError("unknown language %r" % code)
        mask |= LANGS[code]
    return mask


def parse_int(text, what, lo, hi):
    if not re.fullmatch(r"-?[0-9]+", text):
        raise DataError("%s %r is not an integer" % (what, text))
    value = int(text)
    if not lo <= value <= hi:
        raise DataError("%s %d is out of range %d..%d" % (what, value, lo, hi))
    return value


def read_rows(path, ncols, nopt):
    """Yield (lineno, fields) with ncols fields (the last nopt may be absent or empty)."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if not ncols - nopt <= len(fields) <= ncols:
                raise DataError("%s:%d: expected %d tab-separated columns, found %d"
                                % (path, lineno, ncols, len(fields)))
            fields += [""] * (ncols - len(fields))
            for fld in fields:
                if fld != fld.strip():
                    raise DataError("%s:%d: stray spaces around %r" % (path, lineno, fld))
            for fld in fields[:ncols - nopt]:
                if not fld:
                    raise DataError("%s:%d: empty column" % (path, lineno))
            yield lineno, fields


class Table:
    def __init__(self):
        self.rows = []          # (key, kind, langs, flags, value, code, origin, is_variant)

    def add(self, form, kind, langs, flags, value, code, origin):
        key = make_key(form)
        derive = KINDS[kind - 1] not in UNDERIVED_KINDS
        for i, k in enumerate(key_variants(key, langs, derive)):
            if i > 0 and len(k.encode("utf-8")) > MAX_KEY_BYTES:
                raise DataError("derived key %r is too long" % k)
            self.rows.append((k, kind, langs, flags, value, code, origin, i > 0))


def currency_row(code, lang, form, flags):
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise DataError("currency code %r is not 3 upper-case letters" % code)
    bits = 0
    for fl in filter(None, flags.split(",")):
        if fl not in CURRENCY_FLAGS:
            raise DataError("unknown currency flag %r" % fl)
        bits |= CURRENCY_FLAGS[fl]
    if re.fullmatch(r"[A-Z]{3}", unicodedata.normalize("NFC", form)):
        bits |= F["DSR_LEXF_UPPER_ONLY"]
    return form, "DSR_LEX_CURRENCY", lang, bits, 0, code


def scale_row(lang, form, exponent):
    return form, "DSR_LEX_SCALE", lang, 0, parse_int(exponent, "exponent", 1, 24), None


def number_row(lang, form, value, role):
    if role not in NUMBER_ROLES:
        raise DataError("unknown number role %r" % role)
    return (form, "DSR_LEX_NUMBER", lang, NUMBER_ROLES[role],
            parse_int(value, "value", 0, 1000000), None)


def fraction_row(lang, form, numerator, denominator):
    value = (parse_int(numerator, "numerator", 1, 99) * 100 +
             parse_int(denominator, "denominator", 2, 99))
    return form, "DSR_LEX_FRACTION", lang, 0, value, None


def qualifier_row(lang, form, qualifier):
    if qualifier not in QUALIFIERS:
        raise DataError("unknown qualifier %r" % qualifier)
    return form, "DSR_LEX_QUALIFIER", lang, 0, QUALIFIERS[qualifier], None


def range_row(lang, form, role, flags):
    if role not in ("open", "join"):
        raise DataError("unknown range role %r" % role)
    if flags not in ("", "needs_open"):
        raise DataError("unknown range flag %r" % flags)
    if flags and role != "join":
        raise DataError("needs_open applies to joiners only")
    kind = "DSR_LEX_RANGE_OPEN" if role == "open" else "DSR_LEX_RANGE_JOIN"
    return form, kind, lang, F["DSR_LEXF_NEEDS_OPEN"] if flags else 0, 0, None


# scan.c looks back at most this many letters before a '.' (MAX_ABBREVIATION_LETTERS)
MAX_ABBREVIATION_LETTERS = 6


def word_row(kind, single):
    def row(lang, form):
        if single and len(tokenize(unicodedata.normalize("NFC", form))) != 1:
            raise DataError("%r must be a single word" % form)
        if kind == "DSR_LEX_ABBREVIATION" and len(form) > MAX_ABBREVIATION_LETTERS:
            raise DataError("abbreviation %r is longer than %d letters (scan.c)"
                            % (form, MAX_ABBREVIATION_LETTERS))
        return form, kind, lang, 0, 0, None
    return row


def reporting_row(lang, form, value):
    # value 1: an inversion carrying its subject pronoun ("dit-il", "a-t-elle")
    return form, "DSR_LEX_REPORTING", lang, 0, parse_int(value, "value", 0, 1), None


def title_row(lang, form, value):
    # value 0: courtesy title (Mr, Mme, Dr); 1: role noun (minister, Kanzlerin)
    return form, "DSR_LEX_TITLE", lang, 0, parse_int(value, "value", 0, 1), None


# file, columns, optional trailing columns, row parser
FILES = [
    ("currencies.tsv", 4, 1, currency_row),
    ("scales.tsv", 3, 0, scale_row),
    ("numbers.tsv", 4, 0, number_row),
    ("fractions.tsv", 4, 0, fraction_row),
    ("qualifiers.tsv", 3, 0, qualifier_row),
    ("ranges.tsv", 4, 1, range_row),
    ("links.tsv", 2, 0, word_row("DSR_LEX_LINK", False)),
    ("subunits.tsv", 2, 0, word_row("DSR_LEX_SUBUNIT", False)),
    ("ands.tsv", 2, 0, word_row("DSR_LEX_AND", False)),
    ("stopwords.tsv", 2, 0, word_row("DSR_LEX_STOPWORD", True)),
    ("abbreviations.tsv", 2, 0, word_row("DSR_LEX_ABBREVIATION", True)),
    ("reporting_verbs.tsv", 3, 0, reporting_row),
    ("pronouns.tsv", 2, 0, word_row("DSR_LEX_PRONOUN", True)),
    ("titles.tsv", 3, 0, title_row),
    ("according.tsv", 2, 0, word_row("DSR_LEX_ACCORDING", False)),
    ("particles.tsv", 2, 0, word_row("DSR_LEX_PARTICLE", False)),
]


def load(src, table):
    for name, ncols, nopt, parse in FILES:
        path = os.path.join(src, name)
        for lineno, fields in read_rows(path, ncols, nopt):
            origin = "%s:%d" % (path, lineno)
            try:
                form, kind, lang, flags, value, code = parse(*fields)
                table.add(form, KIND[kind], parse_langs(lang), flags, value, code, origin)
            except DataError as e:
                raise DataError("%s: %s" % (origin, e))


# ---------------------------------------------------------------- merging

def merge(table):
    # A derived stop word that is a word of another language is no signal
    # ("très" -> "tres" is Spanish "three"; "más" -> "mas" is Portuguese "but").
    langs_of_key = {}
    for key, kind, langs, flags, value, code, origin, variant in table.rows:
        if not variant:
            langs_of_key[key] = langs_of_key.get(key, 0) | langs
    rows = []
    for r in table.rows:
        key, kind, langs, flags, value, code, origin, variant = r
        if variant and kind == KIND["DSR_LEX_STOPWORD"] and langs_of_key.get(key, 0) & ~langs:
            continue
        rows.append(r)

    merged = {}
    origins = {}
    for key, kind, langs, flags, value, code, origin, variant in rows:
        ident = (key, kind, value, code, flags)
        merged[ident] = merged.get(ident, 0) | langs
        origins.setdefault(ident, origin)

    # An upper-case-only code form is redundant beside the same form without
    # that restriction in the same languages ("USD" beside "usd").
    for (key, kind, value, code, flags), langs in list(merged.items()):
        if flags & F["DSR_LEXF_UPPER_ONLY"]:
            loose = merged.get((key, kind, value, code, flags & ~F["DSR_LEXF_UPPER_ONLY"]), 0)
            if loose & langs == langs:
                del merged[(key, kind, value, code, flags)]

    # One key must not mean two things of one kind in one language.
    by_key_kind = {}
    for ident, langs in merged.items():
        key, kind, value, code, flags = ident
        for other, l2 in by_key_kind.get((key, kind), []):
            if l2 & langs and (other[2], other[3]) != (value, code):
                raise DataError("%s: key %r (%s) means %s here but %s at %s (languages 0x%02X)"
                                % (origins[ident], key, KINDS[kind - 1], code or value,
                                   other[3] or other[2], origins[other], l2 & langs))
        by_key_kind.setdefault((key, kind), []).append((ident, langs))

    entries = [(key, kind, langs, flags, value, code)
               for (key, kind, value, code, flags), langs in merged.items()]
    entries.sort(key=lambda e: (e[0].encode("utf-8"), e[1], e[4], e[5] or "", e[3], e[2]))
    return entries


# ---------------------------------------------------------------- writing

def c_string(s):
    """A C string literal: raw UTF-8, with quote, backslash, '?' (trigraphs)
    and control characters escaped (octal escapes always have 3 digits)."""
    out = ['"']
    for ch in s:
        if ch in '"\\?':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\%03o" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def flags_expr(flags):
    names = [name for name, bit in FLAGS if flags & bit]
    if flags & ~sum(bit for _, bit in FLAGS):
        raise DataError("unknown flag bits 0x%02X" % flags)
    return " | ".join(names) if names else "0"


def write(entries, out_path):
    lines = [
        "// generated by src/data/gen_tables.py from src/data/*.tsv; do not edit;",
        "// regenerate with `make tables`.",
        "",
        "/*",
        " * lexicon_data.c — the compiled-in lexicon: currencies, scale and number",
        " * words, fractions, qualifiers, range and link words, sub-units, stop words,",
        " * abbreviations, and the quotation words: reporting verbs, pronouns, titles,",
        " * 'according to' words and name particles (struct dsr_lex_entry, see lexicon.h).",
        " */",
        '#include "../lexicon.h"',
        "",
        "const dsr_lex_entry dsr_lex_entries[] = {",
    ]
    for key, kind, langs, flags, value, code in entries:
        lines.append("\t{%s, %s, 0x%02X, %s, %d, %s}," % (
            c_string(key), KINDS[kind - 1], langs, flags_expr(flags), value,
            c_string(code) if code else "NULL"))
    lines += [
        "};",
        "",
        "const size_t dsr_lex_entry_count = %d;" % len(entries),
        "",
    ]
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    os.replace(tmp, out_path)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s SRC_DIR OUTPUT.c\n" % argv[0])
        return 2
    table = Table()
    try:
        load(argv[1], table)
        entries = merge(table)
        write(entries, argv[2])
    except (DataError, OSError, UnicodeDecodeError) as e:
        sys.stderr.write("gen_tables.py: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
