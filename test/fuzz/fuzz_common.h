/*
 * fuzz_common.h — invariants every fuzz target checks on what the core
 * returns; a broken invariant aborts, which the fuzzer reports as a crash.
 */
#ifndef DOSSIER_FUZZ_COMMON_H
#define DOSSIER_FUZZ_COMMON_H

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Inputs beyond this size teach nothing new and slow the fuzzer down. */
#define FUZZ_MAX_INPUT	(64 * 1024)

#define FUZZ_CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/* Copy data into an exact-size heap buffer, so a read past the end is caught. */
static inline char *
fuzz_copy(const uint8_t *data, size_t size)
{
	char	   *buf = malloc(size ? size : 1);

	FUZZ_CHECK(buf != NULL);
	if (size)
		memcpy(buf, data, size);
	return buf;
}

/*
 * Tokens lie inside the text, in order, with sentence numbers that never fall.
 * Character offsets never fall either; they may stay equal after a stray
 * continuation byte of invalid UTF-8, which counts with the character before.
 */
static inline void
fuzz_check_scan(const dsr_scan *scan)
{
	size_t		i;

	for (i = 0; i < scan->ntokens; i++)
	{
		const dsr_token *t = &scan->tokens[i];

		FUZZ_CHECK(t->start < t->end && t->end <= scan->len);
		FUZZ_CHECK(t->sentence >= 1);
		if (i > 0)
		{
			FUZZ_CHECK(t->start >= scan->tokens[i - 1].end);
			FUZZ_CHECK(t->char_start >= scan->tokens[i - 1].char_start);
			FUZZ_CHECK(t->sentence >= scan->tokens[i - 1].sentence);
		}
	}
}

/* Amounts lie inside the text, in order, without overlap, with printable values. */
static inline void
fuzz_check_amounts(const dsr_scan *scan, const dsr_amount_list *list)
{
	size_t		i;

	for (i = 0; i < list->count; i++)
	{
		const dsr_amount *a = &list->items[i];
		char		value[128];

		FUZZ_CHECK(a->start < a->end && a->end <= scan->len);
		FUZZ_CHECK(a->char_len >= 1 && a->char_len <= a->end - a->start);
		FUZZ_CHECK(a->sentence >= 1);
		FUZZ_CHECK(strlen(a->currency) == 3);
		FUZZ_CHECK(dsr_decimal_format(&a->value, value, sizeof(value)) > 0);
		if (a->has_max)
		{
			FUZZ_CHECK(dsr_decimal_format(&a->value_max, value, sizeof(value)) > 0);
			FUZZ_CHECK(dsr_decimal_compare(&a->value, &a->value_max) < 0);
		}
		if (i > 0)
			FUZZ_CHECK(a->start >= list->items[i - 1].end);
	}
}

#endif							/* DOSSIER_FUZZ_COMMON_H */
