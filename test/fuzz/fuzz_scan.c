/*
 * fuzz_scan.c — the full scan, the money scan and the quote scan on any
 * bytes: no crash, no read past the input, sane tokens, and every token of
 * the money and quote scans is the same token, with the same offsets and
 * sentence, in the full scan.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every token of part is the token of full at the same place. */
static void
check_tokens_in_full_scan(const dsr_scan *part, const dsr_scan *full)
{
	size_t		i,
				j = 0;

	for (i = 0; i < part->ntokens; i++)
	{
		const dsr_token *m = &part->tokens[i];

		while (j < full->ntokens && full->tokens[j].start < m->start)
			j++;
		FUZZ_CHECK(j < full->ntokens);
		FUZZ_CHECK(full->tokens[j].start == m->start && full->tokens[j].end == m->end);
		FUZZ_CHECK(full->tokens[j].char_start == m->char_start);
		FUZZ_CHECK(full->tokens[j].sentence == m->sentence);
		FUZZ_CHECK(full->tokens[j].kind == m->kind);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	full,
				money,
				quotes;
	char	   *buf;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	buf = fuzz_copy(data, size);
	FUZZ_CHECK(dsr_scan_text(buf, size, &opts, &full) == DSR_OK);
	FUZZ_CHECK(dsr_scan_money(buf, size, &opts, &money) == DSR_OK);
	FUZZ_CHECK(dsr_scan_quotes(buf, size, &opts, &quotes) == DSR_OK);
	fuzz_check_scan(&full);
	fuzz_check_scan(&money);
	fuzz_check_scan(&quotes);
	check_tokens_in_full_scan(&money, &full);
	check_tokens_in_full_scan(&quotes, &full);
	dsr_scan_free(&full);
	dsr_scan_free(&money);
	dsr_scan_free(&quotes);
	free(buf);
	return 0;
}
