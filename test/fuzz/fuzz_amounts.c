/*
 * fuzz_amounts.c — money amounts on any bytes (the first byte picks the
 * language): sane amounts, and the money scan finds exactly what the full
 * scan finds.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const dsr_lang langs[] = {
	DSR_LANG_UNKNOWN, DSR_LANG_FR, DSR_LANG_EN, DSR_LANG_DE, DSR_LANG_ES, DSR_LANG_IT,
	DSR_LANG_NL, DSR_LANG_PT
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	full,
				money;
	dsr_amount_list a,
				b;
	dsr_lang	lang;
	char	   *buf;
	size_t		i;

	if (size < 1 || size > FUZZ_MAX_INPUT)
		return 0;
	lang = langs[data[0] % (sizeof(langs) / sizeof(langs[0]))];
	buf = fuzz_copy(data + 1, size - 1);
	FUZZ_CHECK(dsr_scan_text(buf, size - 1, &opts, &full) == DSR_OK);
	FUZZ_CHECK(dsr_scan_money(buf, size - 1, &opts, &money) == DSR_OK);
	FUZZ_CHECK(dsr_amounts_extract(&full, lang, &a) == DSR_OK);
	FUZZ_CHECK(dsr_amounts_extract(&money, lang, &b) == DSR_OK);
	fuzz_check_amounts(&full, &a);
	fuzz_check_amounts(&money, &b);
	FUZZ_CHECK(a.count == b.count);
	for (i = 0; i < a.count; i++)
	{
		FUZZ_CHECK(a.items[i].start == b.items[i].start && a.items[i].end == b.items[i].end);
		FUZZ_CHECK(a.items[i].char_start == b.items[i].char_start);
		FUZZ_CHECK(a.items[i].sentence == b.items[i].sentence);
		FUZZ_CHECK(dsr_decimal_compare(&a.items[i].value, &b.items[i].value) == 0);
		FUZZ_CHECK(strcmp(a.items[i].currency, b.items[i].currency) == 0);
	}
	dsr_amounts_free(&a);
	dsr_amounts_free(&b);
	dsr_scan_free(&full);
	dsr_scan_free(&money);
	free(buf);
	return 0;
}
