/*
 * test_decimal.c — dsr_decimal_format on hand-built decimals: digits ×
 * 10^exponent written as a plain decimal string, and buffers too small.
 */
#include "unit.h"

typedef struct decimal_case
{
	const char *digits;
	int32_t		exponent;
	const char *expected;
} decimal_case;

static const decimal_case decimal_cases[] = {
	{"0", 0, "0"},
	{"1", 0, "1"},
	{"5", 0, "5"},
	{"15", -1, "1.5"},
	{"125", -1, "12.5"},
	{"123456", -2, "1234.56"},
	{"15", 8, "1500000000"},
	{"25", 8, "2500000000"},
	{"1", 12, "1000000000000"},
	{"5", -3, "0.005"},
	{"123", -3, "0.123"},
	{"1", -1, "0.1"},
	{"999999999999", 9, "999999999999000000000"},
	/* forty digits, the most a dsr_decimal holds */
	{"1234567890123456789012345678901234567890", 0,
	"1234567890123456789012345678901234567890"},
	{"1234567890123456789012345678901234567890", -20,
	"12345678901234567890.12345678901234567890"},
	{"1", 49, "10000000000000000000000000000000000000000000000000"},
};

static dsr_decimal
make_decimal(const char *digits, int32_t exponent)
{
	dsr_decimal d;

	memset(&d, 0, sizeof(d));
	snprintf(d.digits, sizeof(d.digits), "%s", digits);
	d.exponent = exponent;
	return d;
}

void
test_decimal_format(void)
{
	size_t		i;

	for (i = 0; i < sizeof(decimal_cases) / sizeof(decimal_cases[0]); i++)
	{
		const decimal_case *c = &decimal_cases[i];
		dsr_decimal d = make_decimal(c->digits, c->exponent);
		char		out[128];
		int			n;

		unit_context("{\"%s\", %d}", c->digits, (int) c->exponent);
		memset(out, 'X', sizeof(out));
		n = dsr_decimal_format(&d, out, sizeof(out));
		CHECK_INT_EQ(n, strlen(c->expected));
		if (n >= 0)
		{
			CHECK_INT_EQ(strnlen(out, sizeof(out)), n);
			CHECK_STR_EQ(out, c->expected);
		}
	}
	unit_context("%s", "");
}

/*
 * Output buffers are exact-size heap blocks, so a write past outsize is an
 * AddressSanitizer report, not a silent pass.
 */
static int
format_into_exact(const dsr_decimal *d, size_t outsize, char *copy, size_t copysize)
{
	char	   *out = malloc(outsize > 0 ? outsize : 1);
	int			n;

	if (out == NULL)
		exit(2);
	n = dsr_decimal_format(d, out, outsize);
	if (n >= 0 && copy != NULL)
		snprintf(copy, copysize, "%.*s", n, out);
	free(out);
	return n;
}

void
test_decimal_format_small_buffer(void)
{
	dsr_decimal big = make_decimal("15", 8);	/* "1500000000", 10 chars */
	dsr_decimal frac = make_decimal("5", -3);	/* "0.005", 5 chars */
	char		copy[64];

	unit_context("1500000000 into small buffers");
	CHECK_INT_EQ(format_into_exact(&big, 0, NULL, 0), -1);
	CHECK_INT_EQ(format_into_exact(&big, 1, NULL, 0), -1);
	CHECK_INT_EQ(format_into_exact(&big, 5, NULL, 0), -1);
	CHECK_INT_EQ(format_into_exact(&big, 9, NULL, 0), -1);
	/* room for the text and its NUL */
	CHECK_INT_EQ(format_into_exact(&big, 11, copy, sizeof(copy)), 10);
	CHECK_STR_EQ(copy, "1500000000");

	unit_context("0.005 into small buffers");
	CHECK_INT_EQ(format_into_exact(&frac, 2, NULL, 0), -1);
	CHECK_INT_EQ(format_into_exact(&frac, 4, NULL, 0), -1);
	CHECK_INT_EQ(format_into_exact(&frac, 6, copy, sizeof(copy)), 5);
	CHECK_STR_EQ(copy, "0.005");
	unit_context("%s", "");
}
