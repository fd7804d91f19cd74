/*
 * dossier_extract.c — the core on the command line, without a server: reads
 * one text document on stdin and writes its money amounts as JSON lines.
 * Used to debug and measure the core apart from PostgreSQL.
 *
 * usage: dossier-extract [--lang CODE] < document.txt
 */
#include "dossier_core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int
main(int argc, char **argv)
{
	dsr_options opts = dsr_default_options();
	dsr_lang	lang = DSR_LANG_UNKNOWN;
	dsr_scan	scan;
	dsr_amount_list list;
	size_t		len;
	char	   *text;
	size_t		i;
	int			rc;

	if (argc == 3 && strcmp(argv[1], "--lang") == 0)
	{
		lang = dsr_lang_from_code(argv[2], strlen(argv[2]));
		if (lang == DSR_LANG_UNKNOWN)
		{
			fprintf(stderr, "dossier-extract: unrecognized language \"%s\"\n", argv[2]);
			return 2;
		}
	}
	else if (argc != 1)
	{
		fprintf(stderr, "usage: dossier-extract [--lang CODE] < document.txt\n");
		return 2;
	}
	text = read_all(stdin, &len);
	if (!text)
	{
		fprintf(stderr, "dossier-extract: out of memory\n");
		return 1;
	}
	rc = dsr_scan_money(text, len, &opts, &scan);
	if (rc == DSR_OK)
	{
		/* as extract_amounts: the words around the amounts, else the text's beginning */
		if (lang == DSR_LANG_UNKNOWN && scan.ntokens > 0)
			lang = dsr_detect_language(&scan);
		if (lang == DSR_LANG_UNKNOWN && scan.ntokens > 0)
			rc = dsr_detect_language_text(text, len, &opts, &lang);
		if (rc == DSR_OK)
			rc = dsr_amounts_extract(&scan, lang, &list);
		dsr_scan_free(&scan);
	}
	if (rc != DSR_OK)
	{
		fprintf(stderr, "dossier-extract: %s\n", dsr_strerror(rc));
		free(text);
		return 1;
	}
	for (i = 0; i < list.count; i++)
	{
		const dsr_amount *a = &list.items[i];
		char		value[128];
		const char *q = dsr_qualifier_name(a->qualifier);

		dsr_decimal_format(&a->value, value, sizeof(value));
		printf("{\"kind\": \"amount\", \"lang\": \"%s\", \"start\": %u, \"end\": %u, \"text\": ",
			   lang == DSR_LANG_UNKNOWN ? "" : dsr_lang_code(lang),
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
		printf(", \"currency\": \"%s\", \"qualifier\": %s%s%s, \"sentence\": %u}\n",
			   a->currency, q ? "\"" : "", q ? q : "null", q ? "\"" : "", a->sentence);
	}
	dsr_amounts_free(&list);
	free(text);
	return 0;
}
