/*
 * dossier_extract.c — the core on the command line, without a server. Reads
 * one text document on stdin, or with --jsonl one JSON object per line (its
 * "text", optional "id" and "lang"), and writes one JSON line per document
 * with its money amounts, quoted statements and, given --model, named
 * entities; offsets in code points as in ../shared/data. --only runs one
 * extractor, so that its cost can be measured alone.
 * Used to measure the core apart from PostgreSQL, and by the valgrind run.
 *
 * usage: dossier-extract [--lang CODE] [--jsonl] [--model FILE]
 *                        [--only amounts|quotes|entities] < input
 */
#include "dossier_core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Which extractors run: all of them (entities given a model), or one. */
typedef enum run_mode
{
	RUN_ALL,
	RUN_AMOUNTS,
	RUN_QUOTES,
	RUN_ENTITIES
} run_mode;

#define USAGE "usage: dossier-extract [--lang CODE] [--jsonl] [--model FILE]" \
	" [--only amounts|quotes|entities] < input\n"

static void
print_json_string(const char *s, size_t n)
{
	size_t		i;

	putchar('"');
	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

/* Read all of f into a malloc'd buffer; NULL when out of memory. */
static char *
read_all(FILE *f, size_t *len)
{
	size_t		cap = 1 << 16;
	size_t		n = 0;
	char	   *buf = malloc(cap);

	while (buf)
	{
		size_t		got = fread(buf + n, 1, cap - n, f);

		n += got;
		if (got == 0)
			break;
		if (n == cap)
		{
			char	   *grown = realloc(buf, cap * 2);

			if (!grown)
			{
				free(buf);
				return NULL;
			}
			buf = grown;
			cap *= 2;
		}
	}
	*len = n;
	return buf;
}

/* ----------------------------------------------------------- JSON input */

/* Append code point cp to out as UTF-8. */
static size_t
put_utf8(unsigned long cp, char *out)
{
	if (cp < 0x80)
	{
		out[0] = (char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		out[0] = (char) (0xC0 | (cp >> 6));
		out[1] = (char) (0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000)
	{
		out[0] = (char) (0xE0 | (cp >> 12));
		out[1] = (char) (0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char) (0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char) (0xF0 | (cp >> 18));
	out[1] = (char) (0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char) (0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char) (0x80 | (cp & 0x3F));
	return 4;
}

static int
hex4(const char *p, const char *end, unsigned long *v)
{
	int			i;

	*v = 0;
	if (end - p < 4)
		return 0;
	for (i = 0; i < 4; i++)
	{
		char		c = p[i];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= (unsigned long) (c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			*v |= (unsigned long) ((c | 0x20) - 'a' + 10);
		else
			return 0;
	}
	return 1;
}

/*
 * Decode the JSON string starting at *p (on its opening quote) into out (at
 * least end - *p bytes); *p moves past the closing quote. Returns the decoded
 * length, or -1 if the string is malformed.
 */
static long
decode_string(const char **p, const char *end, char *out)
{
	const char *s = *p + 1;
	size_t		n = 0;

	while (s < end && *s != '"')
	{
		if (*s != '\\')
		{
			out[n++] = *s++;
			continue;
		}
		if (++s >= end)
			return -1;
		switch (*s++)
		{
			case 'n':
				out[n++] = '\n';
				break;
			case 't':
				out[n++] = '\t';
				break;
			case 'r':
				out[n++] = '\r';
				break;
			case 'b':
				out[n++] = '\b';
				break;
			case 'f':
				out[n++] = '\f';
				break;
			case 'u':
				{
					unsigned long cp,
								lo;

					if (!hex4(s, end, &cp))
						return -1;
					s += 4;
					/* a surrogate pair makes one code point */
					if (cp >= 0xD800 && cp < 0xDC00 && end - s >= 6 && s[0] == '\\' &&
						s[1] == 'u' && hex4(s + 2, end, &lo) && lo >= 0xDC00 && lo < 0xE000)
					{
						cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
						s += 6;
					}
					n += put_utf8(cp, out + n);
					break;
				}
			default:
				out[n++] = s[-1];	/* \" \\ \/ */
		}
	}
	if (s >= end)
		return -1;
	*p = s + 1;
	return (long) n;
}

/* Skip one JSON value of any kind at *p. Returns 0 if malformed. */
static int
skip_value(const char **p, const char *end)
{
	const char *s = *p;
	int			depth = 0;

	do
	{
		if (s >= end)
			return 0;
		if (*s == '"')
		{
			for (s++; s < end && *s != '"'; s++)
				if (*s == '\\')
					s++;
			if (s >= end)
				return 0;
			s++;
		}
		else if (*s == '{' || *s == '[')
			depth++, s++;
		else if (*s == '}' || *s == ']')
			depth--, s++;
		else if (depth == 0)
		{
			while (s < end && *s != ',' && *s != '}' && *s != ']' && *s != ' ')
				s++;
		}
		else
			s++;
	} while (depth > 0);
	*p = s;
	return 1;
}

typedef struct document
{
	char	   *text;
	long		text_len;
	char	   *id;				/* the id as written (JSON), or NULL */
	size_t		id_len;
	char		lang[8];
} document;

/* Read the fields of one JSON object line [line, end). Returns 0 if malformed. */
static int
parse_document(const char *line, const char *end, char *scratch, document *doc)
{
	const char *p = line;

	memset(doc, 0, sizeof(*doc));
	while (p < end && *p != '{')
		p++;
	if (p >= end)
		return 0;
	p++;
	for (;;)
	{
		char		key[16];
		const char *k;
		long		klen;

		while (p < end && (*p == ' ' || *p == ',' || *p == '\t'))
			p++;
		if (p >= end || *p == '}')
			break;
		if (*p != '"')
			return 0;
		k = p;
		for (p++; p < end && *p != '"'; p++)
			if (*p == '\\')
				p++;
		if (p >= end)
			return 0;
		klen = (long) (p - k - 1);
		p++;
		while (p < end && (*p == ' ' || *p == ':'))
			p++;
		if (klen < (long) sizeof(key))
		{
			memcpy(key, k + 1, (size_t) klen);
			key[klen] = '\0';
		}
		else
			key[0] = '\0';
		if (strcmp(key, "text") == 0 && p < end && *p == '"')
		{
			doc->text = scratch;
			doc->text_len = decode_string(&p, end, scratch);
			if (doc->text_len < 0)
				return 0;
		}
		else if (strcmp(key, "lang") == 0 && p < end && *p == '"' && end - p >= 4 &&
				 p[3] == '"')
		{
			memcpy(doc->lang, p + 1, 2);
			p += 4;
		}
		else
		{
			const char *v = p;

			if (!skip_value(&p, end))
				return 0;
			if (strcmp(key, "id") == 0)
			{
				doc->id = (char *) v;
				doc->id_len = (size_t) (p - v);
			}
		}
	}
	return doc->text != NULL;
}

/* -------------------------------------------------------------- output */

static void
print_lang(dsr_lang lang)
{
	printf("\"lang\": ");
	if (dsr_lang_code(lang))
		printf("\"%s\"", dsr_lang_code(lang));
	else
		printf("null");
}

/* A name as one line: each run of whitespace becomes one space. */
static void
print_json_name(const char *s, size_t n)
{
	char	   *flat = malloc(n + 1);
	size_t		i,
				m = 0;

	if (!flat)
	{
		print_json_string(s, n);
		return;
	}
	for (i = 0; i < n; i++)
	{
		bool		blank = s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t';

		if (!blank)
			flat[m++] = s[i];
		else if (m > 0 && flat[m - 1] != ' ')
			flat[m++] = ' ';
	}
	print_json_string(flat, m);
	free(flat);
}

static void
print_quotes(const char *text, const dsr_quote_list *list)
{
	size_t		i;

	printf(", \"quotes\": [");
	for (i = 0; i < list->count; i++)
	{
		const dsr_quote *q = &list->items[i];

		printf("%s{\"start\": %u, \"end\": %u, \"text\": ", i ? ", " : "",
			   q->char_start, q->char_start + q->char_len);
		print_json_string(text + q->start, q->end - q->start);
		printf(", \"speaker\": ");
		if (q->has_speaker)
			print_json_name(q->speaker_name, q->speaker_name_len);
		else
			printf("null");
		printf(", \"cue\": ");
		if (q->has_cue)
			print_json_string(text + q->cue_start, q->cue_end - q->cue_start);
		else
			printf("null");
		printf(", \"sentence\": %u}", q->sentence);
	}
	printf("]");
}

static void
print_entities(const char *text, const dsr_entity_list *list)
{
	size_t		i;

	printf(", \"entities\": [");
	for (i = 0; i < list->count; i++)
	{
		const dsr_entity *e = &list->items[i];

		printf("%s{\"start\": %u, \"end\": %u, \"text\": ", i ? ", " : "",
			   e->char_start, e->char_start + e->char_len);
		print_json_string(text + e->start, e->end - e->start);
		printf(", \"kind\": \"%s\", \"canonical\": ", dsr_entity_kind_name(e->kind));
		print_json_name(e->canonical, e->canonical_len);
		printf(", \"sentence\": %u}", e->sentence);
	}
	printf("]");
}

/*
 * A document's line opens with its id and the language its first extractor
 * used; each list follows as ", "name": [...]".
 */
static void
print_head(const document *doc, dsr_lang lang)
{
	putchar('{');
	if (doc && doc->id)
		printf("\"id\": %.*s, ", (int) doc->id_len, doc->id);
	print_lang(lang);
}

/*
 * Quoted statements, from the quote scan and in the language extract_quotes
 * would use: given, else told by the quote lines, else by the text's start.
 * With a model, speakers are named as extract_entities names them. With
 * head, the line's head comes first (print_head), in that language.
 */
static int
print_quote_facts(const char *text, size_t len, dsr_lang lang, const dsr_ner_model *model,
				  bool head, const document *doc)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_quote_list quotes;
	int			rc = dsr_scan_quotes(text, len, &opts, &scan);

	if (rc != DSR_OK)
		return rc;
	if (lang == DSR_LANG_UNKNOWN)
		rc = dsr_detect_language_windows(&scan, &lang);
	if (rc == DSR_OK)
		rc = dsr_quotes_extract(&scan, lang, &quotes);
	if (rc == DSR_OK && model)
	{
		rc = dsr_quotes_name_speakers(&scan, lang, model, &quotes);
		if (rc != DSR_OK)
			dsr_quotes_free(&quotes);
	}
	if (rc == DSR_OK)
	{
		if (head)
			print_head(doc, lang);
		print_quotes(text, &quotes);
		dsr_quotes_free(&quotes);
	}
	dsr_scan_free(&scan);
	return rc;
}

/*
 * Named entities, from a full scan, in the language given or detected on it;
 * head as for print_quote_facts.
 */
static int
print_entity_facts(const char *text, size_t len, dsr_lang lang, const dsr_ner_model *model,
				   bool head, const document *doc)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_entity_list entities;
	int			rc = dsr_scan_text(text, len, &opts, &scan);

	if (rc != DSR_OK)
		return rc;
	if (lang == DSR_LANG_UNKNOWN)
		lang = dsr_detect_language(&scan);
	rc = dsr_entities_extract(&scan, lang, model, &entities);
	if (rc == DSR_OK)
	{
		if (head)
			print_head(doc, lang);
		print_entities(text, &entities);
		dsr_entities_free(&entities);
	}
	dsr_scan_free(&scan);
	return rc;
}

/* Money amounts, after the line's head (print_head) in the language they were read in. */
static int
print_amount_facts(const char *text, size_t len, dsr_lang lang, const document *doc)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_amount_list list;
	size_t		i;
	int			rc;

	rc = dsr_scan_money(text, len, &opts, &scan);
	if (rc != DSR_OK)
		return rc;
	/* as extract_amounts: the words around the amounts, else the text's beginning */
	if (lang == DSR_LANG_UNKNOWN)
		rc = dsr_detect_language_windows(&scan, &lang);
	if (rc == DSR_OK)
		rc = dsr_amounts_extract(&scan, lang, &list);
	dsr_scan_free(&scan);
	if (rc != DSR_OK)
		return rc;

	print_head(doc, lang);
	printf(", \"amounts\": [");
	for (i = 0; i < list.count; i++)
	{
		const dsr_amount *a = &list.items[i];
		char		value[128];
		const char *q = dsr_qualifier_name(a->qualifier);

		dsr_decimal_format(&a->value, value, sizeof(value));
		printf("%s{\"start\": %u, \"end\": %u, \"text\": ", i ? ", " : "",
			   a->char_start, a->char_start + a->char_len);
		print_json_string(text + a->start, a->end - a->start);
		printf(", \"value\": \"%s\"", value);
		if (a->has_max)
		{
			dsr_decimal_format(&a->value_max, value, sizeof(value));
			printf(", \"value_max\": \"%s\"", value);
		}
		else
			printf(", \"value_max\": null");
		printf(", \"currency\": \"%s\", \"qualifier\": %s%s%s, \"sentence\": %u}",
			   a->currency, q ? "\"" : "", q ? q : "null", q ? "\"" : "", a->sentence);
	}
	printf("]");
	dsr_amounts_free(&list);
	return DSR_OK;
}

/*
 * One document's line: all extractors (each finds the language its own way
 * when none is given; the head tells the amounts'), or only the one of mode.
 */
static int
extract_and_print(const char *text, size_t len, dsr_lang lang, const document *doc,
				  const dsr_ner_model *model, run_mode mode)
{
	int			rc;

	switch (mode)
	{
		case RUN_QUOTES:
			rc = print_quote_facts(text, len, lang, model, true, doc);
			break;
		case RUN_ENTITIES:
			rc = print_entity_facts(text, len, lang, model, true, doc);
			break;
		default:
			rc = print_amount_facts(text, len, lang, doc);
			if (rc != DSR_OK)
				return rc;
			if (mode == RUN_ALL)
			{
				rc = print_quote_facts(text, len, lang, model, false, doc);
				if (rc == DSR_OK && model)
					rc = print_entity_facts(text, len, lang, model, false, doc);
			}
	}
	if (rc == DSR_OK || mode == RUN_ALL)
		printf("}\n");
	return rc;
}

/* Read and check the entity model file at path; false after saying why. */
static bool
load_model(const char *path, dsr_ner_model **model)
{
	FILE	   *f = fopen(path, "rb");
	size_t		len;
	char	   *bytes;
	int			rc;

	if (!f)
	{
		fprintf(stderr, "dossier-extract: cannot open model \"%s\"\n", path);
		return false;
	}
	bytes = read_all(f, &len);
	fclose(f);
	if (!bytes)
	{
		fprintf(stderr, "dossier-extract: out of memory\n");
		return false;
	}
	rc = dsr_ner_model_load(bytes, len, model);
	free(bytes);
	if (rc != DSR_OK)
	{
		fprintf(stderr, "dossier-extract: model \"%s\": %s\n", path, dsr_strerror(rc));
		return false;
	}
	return true;
}

int
main(int argc, char **argv)
{
	dsr_lang	lang = DSR_LANG_UNKNOWN;
	int			jsonl = 0;
	size_t		len;
	char	   *input;
	int			i;
	int			rc = DSR_OK;
	dsr_ner_model *model = NULL;
	run_mode	mode = RUN_ALL;

	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--jsonl") == 0)
			jsonl = 1;
		else if (strcmp(argv[i], "--model") == 0 && i + 1 < argc)
		{
			if (!load_model(argv[++i], &model))
				return 1;
		}
		else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
		{
			lang = dsr_lang_from_code(argv[i + 1], strlen(argv[i + 1]));
			if (lang == DSR_LANG_UNKNOWN)
			{
				fprintf(stderr, "dossier-extract: unrecognized language \"%s\"\n", argv[i + 1]);
				return 2;
			}
			i++;
		}
		else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc)
		{
			i++;
			if (strcmp(argv[i], "amounts") == 0)
				mode = RUN_AMOUNTS;
			else if (strcmp(argv[i], "quotes") == 0)
				mode = RUN_QUOTES;
			else if (strcmp(argv[i], "entities") == 0)
				mode = RUN_ENTITIES;
			else
			{
				fprintf(stderr, USAGE);
				return 2;
			}
		}
		else
		{
			fprintf(stderr, USAGE);
			return 2;
		}
	}
	if (mode == RUN_ENTITIES && !model)
	{
		fprintf(stderr, "dossier-extract: --only entities needs --model\n");
		return 2;
	}
	input = read_all(stdin, &len);
	if (!input)
	{
		fprintf(stderr, "dossier-extract: out of memory\n");
		return 1;
	}
	if (!jsonl)
		rc = extract_and_print(input, len, lang, NULL, model, mode);
	else
	{
		char	   *scratch = malloc(len + 1);
		const char *line = input;
		const char *end = input + len;
		size_t		lineno = 0;

		if (!scratch)
		{
			free(input);
			fprintf(stderr, "dossier-extract: out of memory\n");
			return 1;
		}
		while (line < end && rc == DSR_OK)
		{
			const char *nl = memchr(line, '\n', (size_t) (end - line));
			const char *stop = nl ? nl : end;
			document doc;

			lineno++;
			if (stop > line)
			{
				dsr_lang	doc_lang = lang;

				if (!parse_document(line, stop, scratch, &doc))
				{
					fprintf(stderr, "dossier-extract: line %zu: not a JSON object with a \"text\"\n",
							lineno);
					rc = DSR_EINVAL;
					break;
				}
				if (doc_lang == DSR_LANG_UNKNOWN && doc.lang[0])
					doc_lang = dsr_lang_from_code(doc.lang, 2);
				rc = extract_and_print(doc.text, (size_t) doc.text_len, doc_lang, &doc, model,
									   mode);
			}
			line = stop + 1;
		}
		free(scratch);
	}
	free(input);
	dsr_ner_model_free(model);
	if (rc != DSR_OK)
	{
		fprintf(stderr, "dossier-extract: %s\n", dsr_strerror(rc));
		return 1;
	}
	return 0;
}
