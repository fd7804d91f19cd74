/*
 * fuzz_quotes.c — quoted statements on any bytes (the first byte picks the
 * language), from a full scan and from the quote scan: quotes, speakers and
 * cues lie inside the text, in order, and a quote of the quote scan starts
 * on a token of the full scan with the same character offset and sentence.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const dsr_lang langs[] = {
	DSR_LANG_UNKNOWN, DSR_LANG_FR, DSR_LANG_EN, DSR_LANG_DE, DSR_LANG_ES, DSR_LANG_IT
};

/* The quotes of scan in language lang, checked; the caller frees *list. */
static void
extract_checked(const dsr_scan *scan, dsr_lang lang, dsr_quote_list *list)
{
	size_t		i;

	FUZZ_CHECK(dsr_quotes_extract(scan, lang, list) == DSR_OK);
	for (i = 0; i < list->count; i++)
	{
		const dsr_quote *q = &list->items[i];

		FUZZ_CHECK(q->start < q->end && q->end <= scan->len);
		FUZZ_CHECK(q->sentence >= 1);
		/* a quote of stray continuation bytes (invalid UTF-8) counts no character */
		FUZZ_CHECK(q->char_len <= q->end - q->start);
		if (q->has_speaker)
		{
			FUZZ_CHECK(q->speaker_start < q->speaker_end && q->speaker_end <= scan->len);
			FUZZ_CHECK(q->mention_start < q->mention_end && q->mention_end <= scan->len);
		}
		if (q->has_cue)
			FUZZ_CHECK(q->cue_start < q->cue_end && q->cue_end <= scan->len);
		if (i > 0)
			FUZZ_CHECK(q->start > list->items[i - 1].start);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsr_options opts = dsr_default_options();
	dsr_lang	lang;
	dsr_scan	full,
				lines;
	dsr_quote_list from_full,
				from_lines;
	char	   *buf;
	size_t		i,
				j = 0;

	if (size < 1 || size > FUZZ_MAX_INPUT)
		return 0;
	lang = langs[data[0] % (sizeof(langs) / sizeof(langs[0]))];
	buf = fuzz_copy(data + 1, size - 1);
	FUZZ_CHECK(dsr_scan_text(buf, size - 1, &opts, &full) == DSR_OK);
	FUZZ_CHECK(dsr_scan_quotes(buf, size - 1, &opts, &lines) == DSR_OK);
	extract_checked(&full, lang, &from_full);
	extract_checked(&lines, lang, &from_lines);
	for (i = 0; i < from_lines.count; i++)
	{
		const dsr_quote *q = &from_lines.items[i];

		while (j < full.ntokens && full.tokens[j].start < q->start)
			j++;
		FUZZ_CHECK(j < full.ntokens && full.tokens[j].start == q->start);
		FUZZ_CHECK(full.tokens[j].char_start == q->char_start);
		FUZZ_CHECK(full.tokens[j].sentence == q->sentence);
	}
	dsr_quotes_free(&from_full);
	dsr_quotes_free(&from_lines);
	dsr_scan_free(&full);
	dsr_scan_free(&lines);
	free(buf);
	return 0;
}
