/*
 * test_limits.c — adversarial inputs run in time linear in their size: long
 * digit runs, runs of separators, currency signs, blanks, quote marks,
 * sentence ends, currency words, number words and quotations. Each family is run at size
 * N and 8N; linear work takes about 8 times as long, quadratic work 64 times.
 * The bound (24) leaves room for noise and never needs a fast machine.
 */
#include "unit.h"

typedef struct family
{
	const char *name;
	const char *unit;			/* repeated to fill the input */
	const char *tail;			/* appended once ("" for none) */
} family;

static const family families[] = {
	{"digits", "1", " €"},
	{"dotted digits", "1.", " €"},
	{"spaced digits", "1 ", " €"},
	{"grouped thousands", " 000", " €"},
	{"commas", ",", " 5 €"},
	{"euro signs", "€", ""},
	{"dollars and digits", "$1", ""},
	{"blanks", " ", "5 €"},
	{"no-break spaces", "\xC2\xA0", "5 €"},
	{"quote marks", "\"«»„“", " 5 €"},
	{"periods", ". ", "5 €"},
	{"line breaks", "\n", "5 €"},
	{"one long word", "a", " 5 €"},
	{"currency words", "euros ", ""},
	{"number words", "cent ", "euros"},
	{"amounts", "5 € ", ""},
	{"scale words", "millions ", "d'euros"},
	{"attributed quotes", "« Nous tiendrons le cap », a dit Claire Duval. ", ""},
	{"quotes by many speakers", "“Yes,” said Ann Lee. “No,” said Bo Ray. ", ""},
	{"opening marks", "« ", ""},
};

static char *
build(const family *f, size_t size, size_t *len)
{
	size_t		ulen = strlen(f->unit);
	size_t		tlen = strlen(f->tail);
	size_t		n = size / ulen;
	char	   *buf = malloc(n * ulen + tlen);
	size_t		i;

	for (i = 0; i < n; i++)
		memcpy(buf + i * ulen, f->unit, ulen);
	memcpy(buf + n * ulen, f->tail, tlen);
	*len = n * ulen + tlen;
	return buf;
}

/* CPU time of the whole pipeline on buf, best of three runs. */
static double
time_pipeline(const char *buf, size_t len)
{
	double		best = 1e9;
	int			run;

	for (run = 0; run < 3; run++)
	{
		dsr_options opts = dsr_default_options();
		dsr_scan	scan;
		dsr_amount_list list;
		dsr_lang	lang;
		double		t0 = cpu_seconds();

		if (dsr_scan_money(buf, len, &opts, &scan) == DSR_OK)
		{
			if (dsr_detect_language_text(buf, len, &opts, &lang) != DSR_OK)
				lang = DSR_LANG_UNKNOWN;
			if (dsr_amounts_extract(&scan, lang, &list) == DSR_OK)
				dsr_amounts_free(&list);
			dsr_scan_free(&scan);
		}
		if (dsr_scan_quotes(buf, len, &opts, &scan) == DSR_OK)
		{
			dsr_quote_list quotes;

			if (dsr_quotes_extract(&scan, DSR_LANG_UNKNOWN, &quotes) == DSR_OK)
				dsr_quotes_free(&quotes);
			dsr_scan_free(&scan);
		}
		if (cpu_seconds() - t0 < best)
			best = cpu_seconds() - t0;
	}
	return best;
}

void
test_limits_linear_time(void)
{
	size_t		i;

	for (i = 0; i < sizeof(families) / sizeof(families[0]); i++)
	{
		size_t		len_small,
					len_big;
		char	   *small = build(&families[i], LINEAR_SMALL, &len_small);
		char	   *big = build(&families[i], LINEAR_SMALL * LINEAR_FACTOR, &len_big);

		unit_context("%s", families[i].name);
		check_linear_growth(families[i].name, len_small, time_pipeline(small, len_small),
							len_big, time_pipeline(big, len_big));
		free(small);
		free(big);
	}
	unit_context("%s", "");
}
