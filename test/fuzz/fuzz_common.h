/*
 * fuzz_common.h — invariants every fuzz target checks on what the core
 * returns; a broken invariant aborts, which the fuzzer reports as a crash.
 */
#ifndef DOSSIER_FUZZ_COMMON_H
#define DOSSIER_FUZZ_COMMON_H

#include "internal.h"
#include "ner.h"

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

/*
 * Options whose allocator fails after a number of allocations and whose
 * should_stop says yes after a number of polls, both taken from input bytes
 * (0: never; n: after n - 1). Every path must then return an error code and
 * release everything; LeakSanitizer checks the latter.
 */
typedef struct fuzz_budget
{
	unsigned	allocs_left;	/* UINT_MAX: no limit */
	unsigned	polls_left;		/* UINT_MAX: never stop */
} fuzz_budget;

static inline void *
fuzz_limited_alloc(void *arg, size_t size)
{
	fuzz_budget *b = arg;

	if (b->allocs_left == 0)
		return NULL;
	if (b->allocs_left != ~0u)
		b->allocs_left--;
	return malloc(size);
}

static inline void
fuzz_plain_release(void *arg, void *ptr)
{
	free(ptr);
}

static inline bool
fuzz_limited_stop(void *arg)
{
	fuzz_budget *b = arg;

	if (b->polls_left == ~0u)
		return false;
	if (b->polls_left == 0)
		return true;
	b->polls_left--;
	return false;
}

static inline dsr_options
fuzz_budget_options(fuzz_budget *b, uint8_t allocs, uint8_t polls)
{
	dsr_options opts = dsr_default_options();

	b->allocs_left = allocs ? allocs - 1u : ~0u;
	b->polls_left = polls ? polls - 1u : ~0u;
	opts.alloc = fuzz_limited_alloc;
	opts.release = fuzz_plain_release;
	opts.alloc_arg = b;
	opts.should_stop = fuzz_limited_stop;
	opts.stop_arg = b;
	return opts;
}

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

/* The gazetteer's full names and German forms, sorted by address: the static canonicals. */
static const char **fuzz_gaz_names;
static size_t fuzz_gaz_nnames;

static inline int
fuzz_cmp_ptr(const void *a, const void *b)
{
	uintptr_t	x = (uintptr_t) *(const char *const *) a;
	uintptr_t	y = (uintptr_t) *(const char *const *) b;

	return x < y ? -1 : x > y;
}

static inline bool
fuzz_is_gazetteer_name(const char *s)
{
	if (!fuzz_gaz_names)
	{
		size_t		i;

		fuzz_gaz_names = malloc(2 * dsr_gaz_entry_count * sizeof(const char *));
		FUZZ_CHECK(fuzz_gaz_names != NULL);
		for (i = 0; i < dsr_gaz_entry_count; i++)
		{
			if (dsr_gaz_entries[i].canonical)
				fuzz_gaz_names[fuzz_gaz_nnames++] = dsr_gaz_entries[i].canonical;
			if (dsr_gaz_entries[i].form)
				fuzz_gaz_names[fuzz_gaz_nnames++] = dsr_gaz_entries[i].form;
		}
		qsort(fuzz_gaz_names, fuzz_gaz_nnames, sizeof(const char *), fuzz_cmp_ptr);
	}
	return bsearch(&s, fuzz_gaz_names, fuzz_gaz_nnames, sizeof(const char *),
				   fuzz_cmp_ptr) != NULL;
}

/* Code points in s[0..n) as the scan counts them: bytes that do not continue a sequence. */
static inline uint32_t
fuzz_count_chars(const char *s, size_t n)
{
	uint32_t	count = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		count += ((unsigned char) s[i] & 0xC0) != 0x80;
	return count;
}

/* The entity of list whose span is exactly [start, end), or NULL. */
static inline const dsr_entity *
fuzz_entity_at(const dsr_entity_list *list, uint32_t start, uint32_t end)
{
	size_t		lo = 0,
				hi = list->count;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (list->items[mid].start < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < list->count && list->items[lo].start == start &&
		list->items[lo].end == end ? &list->items[lo] : NULL;
}

/*
 * Entities lie inside the text on token edges, in order, without overlap,
 * with the character offsets a recount gives and the sentence of their first
 * token; a canonical name is the text of an entity of the same kind in the
 * list (a German genitive's without its s or es), or one of the gazetteer's
 * full names or German forms (static, NUL-terminated).
 */
static inline void
fuzz_check_entities(const dsr_scan *scan, const dsr_entity_list *list)
{
	size_t		tok = 0;
	uint32_t	chars = 0,
				counted_to = 0;
	size_t		i;

	for (i = 0; i < list->count; i++)
	{
		const dsr_entity *e = &list->items[i];

		FUZZ_CHECK(e->start < e->end && e->end <= scan->len);
		FUZZ_CHECK(e->kind >= DSR_ENT_PERSON && e->kind <= DSR_ENT_MISC);
		FUZZ_CHECK(dsr_entity_kind_name(e->kind) != NULL);
		FUZZ_CHECK(e->sentence >= 1);
		if (i > 0)
		{
			FUZZ_CHECK(e->start >= list->items[i - 1].end);
			FUZZ_CHECK(e->sentence >= list->items[i - 1].sentence);
		}
		/* the first token starts the entity, a later one ends it */
		while (tok < scan->ntokens && scan->tokens[tok].start < e->start)
			tok++;
		FUZZ_CHECK(tok < scan->ntokens && scan->tokens[tok].start == e->start);
		FUZZ_CHECK(e->sentence == scan->tokens[tok].sentence);
		FUZZ_CHECK(e->char_start == scan->tokens[tok].char_start);
		while (tok < scan->ntokens && scan->tokens[tok].end < e->end)
			tok++;
		FUZZ_CHECK(tok < scan->ntokens && scan->tokens[tok].end == e->end);
		/* offsets recounted from the text, incrementally */
		chars += fuzz_count_chars(scan->buf + counted_to, e->start - counted_to);
		counted_to = e->start;
		FUZZ_CHECK(e->char_start == chars);
		FUZZ_CHECK(e->char_len == fuzz_count_chars(scan->buf + e->start, e->end - e->start));

		FUZZ_CHECK(e->canonical != NULL && e->canonical_len > 0);
		if ((uintptr_t) e->canonical >= (uintptr_t) scan->buf &&
			(uintptr_t) e->canonical < (uintptr_t) scan->buf + scan->len)
		{
			const dsr_entity *c;
			uint32_t	cstart = (uint32_t) ((uintptr_t) e->canonical - (uintptr_t) scan->buf);

			FUZZ_CHECK(e->canonical_len <= scan->len - cstart);
			c = fuzz_entity_at(list, cstart, cstart + e->canonical_len);
			/* or a German genitive without its s or es: "Europa" of "Europas" */
			if (c == NULL && cstart + e->canonical_len + 1 < scan->len &&
				memcmp(scan->buf + cstart + e->canonical_len, "es", 2) == 0)
				c = fuzz_entity_at(list, cstart, cstart + e->canonical_len + 2);
			if (c == NULL && cstart + e->canonical_len < scan->len &&
				scan->buf[cstart + e->canonical_len] == 's')
				c = fuzz_entity_at(list, cstart, cstart + e->canonical_len + 1);
			FUZZ_CHECK(c != NULL);
			FUZZ_CHECK(c->kind == e->kind);
		}
		else
		{
			FUZZ_CHECK(fuzz_is_gazetteer_name(e->canonical));
			FUZZ_CHECK(strlen(e->canonical) == e->canonical_len);
		}
	}
}

#endif							/* DOSSIER_FUZZ_COMMON_H */
