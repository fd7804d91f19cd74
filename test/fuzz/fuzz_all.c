/*
 * fuzz_all.c — the whole pipeline as the server runs it (money scan, language
 * detection, amounts) under failing allocations and cancellation: the first
 * byte says after how many allocations the allocator fails, the second after
 * how many polls should_stop says yes (0: never). Every path must return an
 * error code and release everything; LeakSanitizer checks the latter.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct budget
{
	unsigned	allocs_left;	/* UINT_MAX: no limit */
	unsigned	polls_left;		/* UINT_MAX: never stop */
} budget;

static void *
limited_alloc(void *arg, size_t size)
{
	budget	   *b = arg;

	if (b->allocs_left == 0)
		return NULL;
	if (b->allocs_left != ~0u)
		b->allocs_left--;
	return malloc(size);
}

static void
plain_release(void *arg, void *ptr)
{
	free(ptr);
}

static bool
limited_stop(void *arg)
{
	budget	   *b = arg;

	if (b->polls_left == ~0u)
		return false;
	if (b->polls_left == 0)
		return true;
	b->polls_left--;
	return false;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	budget		b;
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_amount_list list;
	dsr_lang	lang = DSR_LANG_UNKNOWN;
	char	   *buf;
	int			rc;

	if (size < 2 || size > FUZZ_MAX_INPUT)
		return 0;
	b.allocs_left = data[0] ? data[0] - 1u : ~0u;
	b.polls_left = data[1] ? data[1] - 1u : ~0u;
	opts.alloc = limited_alloc;
	opts.release = plain_release;
	opts.alloc_arg = &b;
	opts.should_stop = limited_stop;
	opts.stop_arg = &b;
	buf = fuzz_copy(data + 2, size - 2);

	rc = dsr_scan_money(buf, size - 2, &opts, &scan);
	FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
	if (rc == DSR_OK)
	{
		fuzz_check_scan(&scan);
		if (scan.ntokens > 0)
			lang = dsr_detect_language(&scan);
		if (lang == DSR_LANG_UNKNOWN)
		{
			rc = dsr_detect_language_text(buf, size - 2, &opts, &lang);
			FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
		}
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
