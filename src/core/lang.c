/*
 * lang.c — language identification from function words. Counting a few
 * dozen frequent words per language over the first words of a text is
 * enough for documents of a sentence or more; shorter texts stay unknown.
 */
#include "internal.h"
#include "lexicon.h"

/* Words looked at: a few hundred decide. */
#define DETECT_MAX_WORDS	500
/* One hit is worth HIT points, shared equally by the languages of the word. */
#define HIT			60
/* Evidence needed: points for the best language (two words of its own). */
#define DETECT_MIN_POINTS	(2 * HIT)

static const dsr_lang detect_langs[] = {
	DSR_LANG_FR, DSR_LANG_EN, DSR_LANG_DE, DSR_LANG_ES, DSR_LANG_IT, DSR_LANG_NL, DSR_LANG_PT
};
#define NDETECT (sizeof(detect_langs) / sizeof(detect_langs[0]))

static bool
count_stopword(const dsr_lex_entry *e, void *arg)
{
	unsigned   *hits = arg;
	unsigned	shared = 0;
	size_t		l;

	if (e->kind != DSR_LEX_STOPWORD)
		return false;
	for (l = 0; l < NDETECT; l++)
		shared += (e->langs & detect_langs[l]) != 0;
	for (l = 0; l < NDETECT; l++)
	{
		if (e->langs & detect_langs[l])
			hits[l] += HIT / shared;
	}
	return false;				/* keep visiting: other entries may share the key */
}

dsr_lang
dsr_detect_language(const dsr_scan *scan)
{
	unsigned	hits[NDETECT] = {0};
	size_t		words = 0;
	size_t		i;
	size_t		best = 0,
				second = 1;

	for (i = 0; i < scan->ntokens && words < DETECT_MAX_WORDS; i++)
	{
		char		key[DSR_LEX_MAX_KEY_BYTES];
		size_t		len = 0;

		if (scan->tokens[i].kind != DSR_TOK_WORD)
			continue;
		words++;
		if (scan->tokens[i].end - scan->tokens[i].start > 12 ||
			!dsr_lexicon_append_token(scan, i, key, sizeof(key), &len))
			continue;
		dsr_lexicon_visit(key, len, DSR_LANG_ALL, count_stopword, hits);
	}
	if (hits[second] > hits[best])
		best = 1, second = 0;
	for (i = 2; i < NDETECT; i++)
	{
		if (hits[i] > hits[best])
		{
			second = best;
			best = i;
		}
		else if (hits[i] > hits[second])
			second = i;
	}
	/* the winner must have some evidence and beat the runner-up clearly */
	if (hits[best] < DETECT_MIN_POINTS || hits[best] * 2 < hits[second] * 3)
		return DSR_LANG_UNKNOWN;
	return detect_langs[best];
}

/* Enough text to tell the language; more only costs time. */
#define DETECT_MAX_BYTES	1024

int
dsr_detect_language_text(const char *buf, size_t len, const dsr_options *opts, dsr_lang *lang)
{
	dsr_scan	scan;
	size_t		n = len;
	int			rc;

	if (n > DETECT_MAX_BYTES)
	{
		/* cut after a space so that no code point is split */
		n = DETECT_MAX_BYTES;
		while (n > 0 && buf[n - 1] != ' ' && buf[n - 1] != '\n')
			n--;
	}
	*lang = DSR_LANG_UNKNOWN;
	rc = dsr_scan_text(buf, n, opts, &scan);
	if (rc != DSR_OK)
		return rc;
	*lang = dsr_detect_language(&scan);
	dsr_scan_free(&scan);
	return DSR_OK;
}

int
dsr_detect_language_windows(const dsr_scan *scan, dsr_lang *lang)
{
	*lang = DSR_LANG_UNKNOWN;
	if (scan->ntokens == 0)
		return DSR_OK;
	*lang = dsr_detect_language(scan);
	if (*lang != DSR_LANG_UNKNOWN)
		return DSR_OK;
	return dsr_detect_language_text(scan->buf, scan->len, &scan->opts, lang);
}
