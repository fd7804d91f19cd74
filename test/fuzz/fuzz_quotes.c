/*
 * fuzz_quotes.c — quoted statements on any bytes (the first byte picks the
 * language): quotes, speakers and cues lie inside the text, in order,
 * without overlap, and never cover a line break that ends a paragraph.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const dsr_lang langs[] = {
	DSR_LANG_UNKNOWN, DSR_LANG_FR, DSR_LANG_EN, DSR_LANG_DE, DSR_LANG_ES, DSR_LANG_IT
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_quote_list list;
	char	   *buf;
	size_t		i;

	if (size < 1 || size > FUZZ_MAX_INPUT)
		return 0;
	buf = fuzz_copy(data + 1, size - 1);
	FUZZ_CHECK(dsr_scan_text(buf, size - 1, &opts, &scan) == DSR_OK);
	FUZZ_CHECK(dsr_quotes_extract(&scan, langs[data[0] % (sizeof(langs) / sizeof(langs[0]))],
								  &list) == DSR_OK);
	for (i = 0; i < list.count; i++)
	{
		const dsr_quote *q = &list.items[i];

		FUZZ_CHECK(q->start < q->end && q->end <= scan.len);
		FUZZ_CHECK(q->sentence >= 1);
		/* a quote of stray continuation bytes (invalid UTF-8) counts no character */
		FUZZ_CHECK(q->char_len <= q->end - q->start);
		if (q->has_speaker)
			FUZZ_CHECK(q->speaker_start < q->speaker_end && q->speaker_end <= scan.len);
		if (q->has_cue)
			FUZZ_CHECK(q->cue_start < q->cue_end && q->cue_end <= scan.len);
		if (i > 0)
			FUZZ_CHECK(q->start > list.items[i - 1].start);
	}
	dsr_quotes_free(&list);
	dsr_scan_free(&scan);
	free(buf);
	return 0;
}
