/*
 * internal.h — helpers shared by the core's files and not part of the API:
 * allocation through dsr_options, growable arrays, small decimal arithmetic.
 */
#ifndef DOSSIER_INTERNAL_H
#define DOSSIER_INTERNAL_H

#include "dossier_core.h"

#include <string.h>

/* How many tokens pass between two calls of should_stop(). */
#define DSR_STOP_POLL_TOKENS	4096

static inline void *
dsr_alloc(const dsr_options *opts, size_t size)
{
	return opts->alloc(opts->alloc_arg, size ? size : 1);
}

static inline void
dsr_release(const dsr_options *opts, void *ptr)
{
	if (ptr)
		opts->release(opts->alloc_arg, ptr);
}

/*
 * Make room for `more` elements in a growable array (*items, count,
 * *capacity) of elements of elem_size bytes. Returns false on allocation
 * failure, leaving the array as it was.
 */
bool		dsr_array_reserve_n(const dsr_options *opts, void **items, size_t count,
								size_t *capacity, size_t elem_size, size_t more);

/* The same for one more element; inline, as the array has room nearly always. */
static inline bool
dsr_array_reserve(const dsr_options *opts, void **items, size_t count, size_t *capacity,
				  size_t elem_size)
{
	return count < *capacity || dsr_array_reserve_n(opts, items, count, capacity, elem_size, 1);
}

/* Decimal helpers (decimal.c). All return false when the result does not fit. */
bool		dsr_decimal_from_digits(dsr_decimal *d, const char *digits, size_t ndigits,
									int32_t exponent);
bool		dsr_decimal_from_u64(dsr_decimal *d, uint64_t v);
bool		dsr_decimal_mul_small(dsr_decimal *d, uint32_t factor);
bool		dsr_decimal_is_integer(const dsr_decimal *d);
bool		dsr_decimal_to_u64(const dsr_decimal *d, uint64_t *out);
int			dsr_decimal_compare(const dsr_decimal *a, const dsr_decimal *b);

/* Number literals and spelled-out numbers (number.c). */
typedef struct dsr_number
{
	dsr_decimal value;
	size_t		end_token;		/* first token after the number */
	bool		spelled;		/* written in words */
	bool		article_only;	/* just "a", "un", "ein": needs a currency name */
} dsr_number;

int			dsr_number_init(void);

/* pcre2 match data for dsr_number_literal, one per extraction call. */
void	   *dsr_number_match_data_create(void);
void		dsr_number_match_data_free(void *match_data);

/*
 * Read the digit literal starting at NUMBER token tok, with the grouping and
 * decimal conventions of lang. False when it cannot be kept exact; out->end_token
 * then still tells where the literal ends.
 */
bool		dsr_number_literal(const dsr_scan *scan, size_t tok, dsr_lang lang,
							   void *match_data, dsr_number *out);

/*
 * Read a number written in words starting at token tok ("deux cent mille"),
 * using no token at or after limit.
 */
bool		dsr_number_spelled(const dsr_scan *scan, size_t tok, size_t limit, unsigned langs,
							   dsr_number *out);

/* Is token tok an indefinite article that also means one ("a", "un", "ein")? */
bool		dsr_number_is_article(const dsr_scan *scan, size_t tok);

/* Is token tok a number word, whole or compound, in langs? */
bool		dsr_number_is_word(const dsr_scan *scan, size_t tok, unsigned langs);

/* FNV-1a of n bytes, 32 and 64 bits: the hash of every table of the core. */
static inline uint32_t
dsr_fnv1a32(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

/* The 64-bit hash byte by byte, for a caller that reads the bytes anyway. */
#define DSR_FNV1A64_START	UINT64_C(14695981039346656037)

static inline uint64_t
dsr_fnv1a64_add(uint64_t h, unsigned char c)
{
	return (h ^ c) * UINT64_C(1099511628211);
}

static inline uint64_t
dsr_fnv1a64(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint64_t	h = DSR_FNV1A64_START;
	size_t		i;

	for (i = 0; i < n; i++)
		h = dsr_fnv1a64_add(h, p[i]);
	return h;
}

/*
 * The slot of key (a hash, never 0) in an open-addressed table of keys,
 * mask + 1 slots, 0 marking an empty one: where the key is, or the empty
 * slot where it would go. Low bits are skipped: callers may set them.
 */
static inline size_t
dsr_key_slot(const uint64_t *keys, size_t mask, uint64_t key)
{
	size_t		i = (size_t) (key >> 7) & mask;

	while (keys[i] != 0 && keys[i] != key)
		i = (i + 1) & mask;
	return i;
}

/* Code points in s[0..n): bytes that do not continue a UTF-8 sequence. */
static inline size_t
dsr_utf8_count(const char *s, size_t n)
{
	size_t		count = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		count += ((unsigned char) s[i] & 0xC0) != 0x80;
	return count;
}

/* Token text helpers. */
static inline bool
dsr_token_is_char(const dsr_scan *scan, size_t tok, char c)
{
	const dsr_token *t = &scan->tokens[tok];

	return t->end - t->start == 1 && scan->buf[t->start] == c;
}

/*
 * True when token tok exists and follows the previous token in the text: a
 * money scan leaves gaps, and no phrase may run across one.
 */
static inline bool
dsr_token_continues(const dsr_scan *scan, size_t tok)
{
	return tok < scan->ntokens && !(scan->tokens[tok].flags & DSR_TF_GAP_BEFORE);
}

/*
 * The length of the closing quote or bracket at p (" ' ) ] » ’ “ ”), 0 when
 * there is none: what may follow a sentence's final mark.
 */
size_t		dsr_closing_mark_len(const unsigned char *p, const unsigned char *end);

/* True when token tok touches the previous token (no whitespace between). */
static inline bool
dsr_token_glued(const dsr_scan *scan, size_t tok)
{
	return tok > 0 && !(scan->tokens[tok].flags & DSR_TF_SPACE_BEFORE);
}

#endif							/* DOSSIER_INTERNAL_H */
