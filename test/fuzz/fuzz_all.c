/*
 * fuzz_all.c — the whole pipeline as the server runs it (money scan, language
 * detection, amounts) under failing allocations and cancellation: the first
 * byte says after how many allocations the allocator fails, the second after
 * how many polls should_stop says yes (0: never). Every path must return an
 * error code and release everything; LeakSanitizer checks the latter.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_budget b;
	dsr_options opts;
	dsr_scan	scan;
	dsr_amount_list list;
	dsr_lang	lang = DSR_LANG_UNKNOWN;
	char	   *buf;
	int			rc;

	if (size < 2 || size > FUZZ_MAX_INPUT)
		return 0;
	opts = fuzz_budget_options(&b, data[0], data[1]);
	buf = fuzz_copy(data + 2, size - 2);

	rc = dsr_scan_money(buf, size - 2, &opts, &scan);
	FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
	if (rc == DSR_OK)
	{
		fuzz_check_scan(&scan);
		rc = dsr_detect_language_windows(&scan, &lang);
		FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
		rc = dsr_amounts_extract(&scan, lang, &list);
		FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
		if (rc == DSR_OK)
		{
			fuzz_check_amounts(&scan, &list);
			dsr_amounts_free(&list);
		}
		dsr_scan_free(&scan);
	}
	free(buf);
	return 0;
}
