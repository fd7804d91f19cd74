/*
 * unit.h — a tiny test harness for the core: CHECK macros that record a
 * failure with file:line and keep going, and helpers shared by the tests.
 * The list of tests lives in main.c; each test_*.c file defines its tests.
 */
#ifndef DOSSIER_UNIT_H
#define DOSSIER_UNIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dossier_core.h"

/* Counters, owned by main.c. */
extern int	unit_checks;
extern int	unit_failures;

/*
 * Record a failure at file:line with a printf-style message, prefixed by the
 * current context (the table case being run), and keep going.
 */
void		unit_fail(const char *file, int line, const char *fmt,...)
			__attribute__((format(printf, 3, 4)));

/*
 * Name the case being checked ("fr #12: 5 millions d'euros"), so a failure
 * inside a table-driven loop says which row it came from. Empty string to
 * clear. The text is copied (truncated to a few hundred bytes).
 */
void		unit_context(const char *fmt,...)
			__attribute__((format(printf, 1, 2)));

#define CHECK(cond) \
	do { \
		unit_checks++; \
		if (!(cond)) \
			unit_fail(__FILE__, __LINE__, "CHECK(%s)", #cond); \
	} while (0)

/* CHECK with an explanation of its own. */
#define CHECK_MSG(cond, ...) \
	do { \
		unit_checks++; \
		if (!(cond)) \
			unit_fail(__FILE__, __LINE__, __VA_ARGS__); \
	} while (0)

#define CHECK_INT_EQ(actual, expected) \
	do { \
		long long unit_a_ = (long long) (actual); \
		long long unit_e_ = (long long) (expected); \
		unit_checks++; \
		if (unit_a_ != unit_e_) \
			unit_fail(__FILE__, __LINE__, "%s == %lld, expected %s == %lld", \
					  #actual, unit_a_, #expected, unit_e_); \
	} while (0)

/* String equality; both sides may be NULL (NULL equals only NULL). */
#define CHECK_STR_EQ(actual, expected) \
	do { \
		const char *unit_a_ = (actual); \
		const char *unit_e_ = (expected); \
		unit_checks++; \
		if (!unit_str_eq(unit_a_, unit_e_)) \
			unit_fail(__FILE__, __LINE__, "%s == %s%s%s, expected %s%s%s", #actual, \
					  unit_a_ ? "\"" : "", unit_a_ ? unit_a_ : "NULL", unit_a_ ? "\"" : "", \
					  unit_e_ ? "\"" : "", unit_e_ ? unit_e_ : "NULL", unit_e_ ? "\"" : ""); \
	} while (0)

/* Compare len bytes at actual (not NUL-terminated) with the C string expected. */
#define CHECK_SPAN_EQ(actual, len, expected) \
	do { \
		const char *unit_a_ = (actual); \
		size_t		unit_l_ = (len); \
		const char *unit_e_ = (expected); \
		unit_checks++; \
		if (strlen(unit_e_) != unit_l_ || memcmp(unit_a_, unit_e_, unit_l_) != 0) \
			unit_fail(__FILE__, __LINE__, "span \"%.*s\", expected \"%s\"", \
					  (int) unit_l_, unit_a_, unit_e_); \
	} while (0)

static inline bool
unit_str_eq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* ------------------------------------------------------------- helpers */

/*
 * A malloc'd copy of the bytes of s WITHOUT a terminating NUL, exactly
 * strlen(s) bytes long, so AddressSanitizer reports any read of buf[len].
 * *len receives the length. Free with free(). Never returns NULL.
 */
char	   *copy_exact(const char *s, size_t *len);

/* The same for n bytes that may contain NULs or invalid UTF-8. */
char	   *copy_exact_n(const char *s, size_t n);

/* Code points in buf[0..n): bytes that are not UTF-8 continuation bytes. */
size_t		count_code_points(const char *buf, size_t n);

/*
 * Normalize a plain decimal string in place so that "12.50" and "12.5",
 * "3.0" and "3" compare equal: strip trailing zeros after a '.', then a
 * trailing '.'. Strings without '.' are left alone.
 */
void		normalize_decimal(char *s);

/*
 * Format d with dsr_decimal_format and normalize it into out (at least 128
 * bytes). Returns false (and writes "<unformattable>") if formatting fails.
 */
bool		format_decimal_normalized(const dsr_decimal *d, char *out, size_t outsize);

/*
 * Scan the C string s from an exact-size copy. On success *buf holds the copy
 * (free it after dsr_scan_free). Returns the dsr_scan_text result.
 */
int			scan_exact(const char *s, char **buf, dsr_scan *scan);

/* The same with another scan: dsr_scan_money, dsr_scan_quotes. */
typedef int (*scan_function) (const char *buf, size_t len, const dsr_options *opts,
							  dsr_scan *scan);
int			scan_exact_with(scan_function scan_fn, const char *s, char **buf, dsr_scan *scan);

/*
 * An allocator for dsr_options that fails once `budget` allocations have
 * succeeded (budget < 0: never) and counts what is still allocated, so a
 * test sees both the failure path and the leaks. Set opts.alloc =
 * counting_malloc, opts.release = counting_free, opts.alloc_arg = &a.
 */
typedef struct counting_alloc
{
	long		budget;			/* successful allocations left; < 0: unlimited */
	long		live;			/* allocated and not yet released */
} counting_alloc;

void	   *counting_malloc(void *arg, size_t size);
void		counting_free(void *arg, void *ptr);

/* CPU time of this process, in seconds. */
double		cpu_seconds(void);

/*
 * Linear time: an adversarial input is timed at LINEAR_SMALL and
 * LINEAR_FACTOR times that size; linear work takes about 8 times as long,
 * quadratic 64 times. check_linear_growth fails when the bigger one took
 * LINEAR_BOUND times as long or more (times under a millisecond count as one).
 */
#define LINEAR_SMALL	(128 * 1024)
#define LINEAR_FACTOR	8
#define LINEAR_BOUND	24.0

void		check_linear_growth(const char *name, size_t len_small, double t_small,
								size_t len_big, double t_big);

#endif							/* DOSSIER_UNIT_H */
