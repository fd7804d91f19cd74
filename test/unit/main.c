/*
 * main.c — runs every unit test of the core, prints a summary and exits 1 on
 * any failure. `run_unit_tests NAME...` runs only the tests whose name
 * contains one of the NAMEs. The helpers declared in unit.h live here too.
 */
#include <stdarg.h>

#include "unit.h"

#include <time.h>

int			unit_checks = 0;
int			unit_failures = 0;

static char current_context[512];
static const char *current_test = "";

/* test_scan.c */
void		test_scan_token_kinds(void);
void		test_scan_flags(void);
void		test_scan_offsets_multibyte(void);
void		test_scan_sentences(void);
void		test_scan_empty(void);
void		test_scan_invalid_utf8(void);
void		test_scan_long_runs(void);
void		test_scan_cancel(void);
void		test_scan_alloc_failure(void);

/* test_amounts.c */
void		test_amounts_fr(void);
void		test_amounts_en(void);
void		test_amounts_de(void);
void		test_amounts_es(void);
void		test_amounts_it(void);
void		test_amounts_unknown_lang(void);
void		test_amounts_order_and_sentences(void);
void		test_amounts_long_document(void);
void		test_amounts_huge_numbers(void);
void		test_amounts_junk(void);
void		test_limits_linear_time(void);
void		test_quotes_cases(void);
void		test_quotes_multiline(void);
void		test_quotes_scan_lines(void);
void		test_amounts_alloc_failure(void);
void		test_qualifier_names(void);

/* test_entities.c */
void		test_entities_model_load(void);
void		test_entities_cases(void);
void		test_entities_numbered_events(void);
void		test_entities_offsets(void);
void		test_entities_empty(void);
void		test_entities_cancel(void);
void		test_entities_quote_speakers(void);
void		test_entities_alloc_failure(void);
void		test_entities_linear_time(void);

/* test_decimal.c */
void		test_decimal_format(void);
void		test_decimal_format_small_buffer(void);

/* test_lang.c */
void		test_lang_detect(void);
void		test_lang_detect_unsure(void);
void		test_lang_detect_windows(void);
void		test_lang_codes(void);
void		test_strerror(void);

typedef struct unit_test
{
	const char *name;
	void		(*fn) (void);
} unit_test;

#define TEST(name) { #name, test_##name }

static const unit_test tests[] = {
	TEST(scan_token_kinds),
	TEST(scan_flags),
	TEST(scan_offsets_multibyte),
	TEST(scan_sentences),
	TEST(scan_empty),
	TEST(scan_invalid_utf8),
	TEST(scan_long_runs),
	TEST(scan_cancel),
	TEST(scan_alloc_failure),
	TEST(decimal_format),
	TEST(decimal_format_small_buffer),
	TEST(lang_codes),
	TEST(lang_detect),
	TEST(lang_detect_unsure),
	TEST(lang_detect_windows),
	TEST(strerror),
	TEST(qualifier_names),
	TEST(amounts_fr),
	TEST(amounts_en),
	TEST(amounts_de),
	TEST(amounts_es),
	TEST(amounts_it),
	TEST(amounts_unknown_lang),
	TEST(amounts_order_and_sentences),
	TEST(amounts_long_document),
	TEST(amounts_huge_numbers),
	TEST(amounts_junk),
	TEST(limits_linear_time),
	TEST(quotes_cases),
	TEST(quotes_multiline),
	TEST(quotes_scan_lines),
	TEST(amounts_alloc_failure),
	TEST(entities_model_load),
	TEST(entities_cases),
	TEST(entities_numbered_events),
	TEST(entities_offsets),
	TEST(entities_empty),
	TEST(entities_cancel),
	TEST(entities_quote_speakers),
	TEST(entities_alloc_failure),
	TEST(entities_linear_time),
};

void
unit_fail(const char *file, int line, const char *fmt,...)
{
	va_list		ap;

	unit_failures++;
	fprintf(stderr, "%s:%d: [%s]%s%s%s ", file, line, current_test,
			current_context[0] ? " (" : "", current_context,
			current_context[0] ? ")" : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
unit_context(const char *fmt,...)
{
	va_list		ap;
	char		raw[sizeof(current_context)];
	size_t		i,
				o = 0;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof(raw), fmt, ap);
	va_end(ap);
	/* line breaks written as \n, so a failure stays on one line */
	for (i = 0; raw[i] != '\0' && o + 2 < sizeof(current_context); i++)
	{
		if (raw[i] == '\n')
		{
			current_context[o++] = '\\';
			current_context[o++] = 'n';
		}
		else
			current_context[o++] = raw[i];
	}
	current_context[o] = '\0';
}

char *
copy_exact_n(const char *s, size_t n)
{
	/* malloc(0) may return NULL; one byte keeps the pointer valid. */
	char	   *p = malloc(n > 0 ? n : 1);

	if (p == NULL)
	{
		fprintf(stderr, "out of memory\n");
		exit(2);
	}
	if (n > 0)
		memcpy(p, s, n);
	return p;
}

char *
copy_exact(const char *s, size_t *len)
{
	*len = strlen(s);
	return copy_exact_n(s, *len);
}

void *
counting_malloc(void *arg, size_t size)
{
	counting_alloc *a = arg;
	void	   *p;

	if (a->budget == 0)
		return NULL;
	p = malloc(size > 0 ? size : 1);
	if (p == NULL)
		return NULL;
	if (a->budget > 0)
		a->budget--;
	a->live++;
	return p;
}

void
counting_free(void *arg, void *ptr)
{
	counting_alloc *a = arg;

	if (ptr == NULL)
		return;
	a->live--;
	free(ptr);
}

double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

void
check_linear_growth(const char *name, size_t len_small, double t_small,
					size_t len_big, double t_big)
{
	/* below a millisecond the clock says little: compare with that floor */
	if (t_small < 0.001)
		t_small = 0.001;
	CHECK_MSG(t_big / t_small < LINEAR_BOUND,
			  "%s: %zu bytes in %.4f s, %zu bytes in %.4f s (x%.1f)",
			  name, len_small, t_small, len_big, t_big, t_big / t_small);
	if (getenv("DOSSIER_UNIT_VERBOSE"))
		printf("     %-36s %8zu B %.4f s  %8zu B %.4f s  x%.1f\n", name, len_small, t_small,
			   len_big, t_big, t_big / t_small);
}

size_t
count_code_points(const char *buf, size_t n)
{
	size_t		count = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		if (((unsigned char) buf[i] & 0xC0) != 0x80)
			count++;
	return count;
}

void
normalize_decimal(char *s)
{
	size_t		n;
	size_t		lead = 0;

	/* leading zeros say nothing: "0001" is 1, "00.5" is 0.5 */
	while (s[lead] == '0' && s[lead + 1] != '\0' && s[lead + 1] != '.')
		lead++;
	if (lead)
		memmove(s, s + lead, strlen(s + lead) + 1);
	if (strchr(s, '.') == NULL)
		return;
	n = strlen(s);
	while (n > 0 && s[n - 1] == '0')
		s[--n] = '\0';
	if (n > 0 && s[n - 1] == '.')
		s[--n] = '\0';
}

bool
format_decimal_normalized(const dsr_decimal *d, char *out, size_t outsize)
{
	if (dsr_decimal_format(d, out, outsize) < 0)
	{
		snprintf(out, outsize, "<unformattable>");
		return false;
	}
	normalize_decimal(out);
	return true;
}

int
scan_exact_with(scan_function scan_fn, const char *s, char **buf, dsr_scan *scan)
{
	dsr_options opts = dsr_default_options();
	size_t		len;

	*buf = copy_exact(s, &len);
	return scan_fn(*buf, len, &opts, scan);
}

int
scan_exact(const char *s, char **buf, dsr_scan *scan)
{
	return scan_exact_with(dsr_scan_text, s, buf, scan);
}

static bool
selected(const char *name, int argc, char **argv)
{
	int			i;

	if (argc < 2)
		return true;
	for (i = 1; i < argc; i++)
		if (strstr(name, argv[i]) != NULL)
			return true;
	return false;
}

int
main(int argc, char **argv)
{
	size_t		i;
	int			run = 0;
	int			failed_tests = 0;

	for (i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
	{
		int			before = unit_failures;

		if (!selected(tests[i].name, argc, argv))
			continue;
		current_test = tests[i].name;
		current_context[0] = '\0';
		tests[i].fn();
		run++;
		if (unit_failures > before)
		{
			failed_tests++;
			printf("FAIL %s (%d failed checks)\n", tests[i].name,
				   unit_failures - before);
		}
		else
			printf("ok   %s\n", tests[i].name);
	}
	current_test = "";
	current_context[0] = '\0';

	printf("%d tests, %d failed; %d checks, %d failed\n",
		   run, failed_tests, unit_checks, unit_failures);
	return unit_failures > 0 ? 1 : 0;
}
