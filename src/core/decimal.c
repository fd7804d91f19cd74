/*
 * decimal.c — exact decimals as digit strings with a power-of-ten exponent.
 * Money values never pass through a double: "1,5 milliard" is the digits
 * "15" with exponent 8, handed to PostgreSQL's numeric as text.
 */
#include "internal.h"

#include <stdio.h>

/* Strip leading zeros and move trailing zeros into the exponent. */
static void
normalize(dsr_decimal *d)
{
	size_t		len = strlen(d->digits);
	size_t		lead = 0;

	while (lead + 1 < len && d->digits[lead] == '0')
		lead++;
	if (lead)
	{
		memmove(d->digits, d->digits + lead, len - lead + 1);
		len -= lead;
	}
	if (len == 1 && d->digits[0] == '0')
	{
		d->exponent = 0;
		return;
	}
	while (len > 1 && d->digits[len - 1] == '0')
	{
		d->digits[--len] = '\0';
		d->exponent++;
	}
}

bool
dsr_decimal_from_digits(dsr_decimal *d, const char *digits, size_t ndigits, int32_t exponent)
{
	size_t		start = 0;

	/* leading zeros do not count against the digit budget */
	while (start + 1 < ndigits && digits[start] == '0')
		start++;
	if (ndigits == 0 || ndigits - start > DSR_DECIMAL_MAX_DIGITS)
		return false;
	memcpy(d->digits, digits + start, ndigits - start);
	d->digits[ndigits - start] = '\0';
	d->exponent = exponent;
	normalize(d);
	return true;
}

bool
dsr_decimal_from_u64(dsr_decimal *d, uint64_t v)
{
	char		tmp[24];
	int			n = snprintf(tmp, sizeof(tmp), "%llu", (unsigned long long) v);

	return dsr_decimal_from_digits(d, tmp, (size_t) n, 0);
}

bool
dsr_decimal_mul_small(dsr_decimal *d, uint32_t factor)
{
	char		out[DSR_DECIMAL_MAX_DIGITS + 12];
	size_t		len = strlen(d->digits);
	size_t		w = sizeof(out);
	uint64_t	carry = 0;
	size_t		i;

	for (i = len; i > 0; i--)
	{
		uint64_t	x = (uint64_t) (d->digits[i - 1] - '0') * factor + carry;

		out[--w] = (char) ('0' + x % 10);
		carry = x / 10;
	}
	while (carry)
	{
		if (w == 0)
			return false;
		out[--w] = (char) ('0' + carry % 10);
		carry /= 10;
	}
	return dsr_decimal_from_digits(d, out + w, sizeof(out) - w, d->exponent);
}

bool
dsr_decimal_is_integer(const dsr_decimal *d)
{
	return d->exponent >= 0;
}

bool
dsr_decimal_to_u64(const dsr_decimal *d, uint64_t *out)
{
	uint64_t	v = 0;
	size_t		i;
	int32_t		e;

	if (d->exponent < 0)
		return false;
	for (i = 0; d->digits[i]; i++)
	{
		if (v > (UINT64_MAX - 9) / 10)
			return false;
		v = v * 10 + (uint64_t) (d->digits[i] - '0');
	}
	for (e = 0; e < d->exponent; e++)
	{
		if (v > UINT64_MAX / 10)
			return false;
		v *= 10;
	}
	*out = v;
	return true;
}

int
dsr_decimal_compare(const dsr_decimal *a, const dsr_decimal *b)
{
	bool		az = a->digits[0] == '0';
	bool		bz = b->digits[0] == '0';
	int64_t		amag,
				bmag;
	size_t		i;

	if (az || bz)
		return az == bz ? 0 : (az ? -1 : 1);
	/* magnitude: position of the leading digit */
	amag = (int64_t) strlen(a->digits) + a->exponent;
	bmag = (int64_t) strlen(b->digits) + b->exponent;
	if (amag != bmag)
		return amag < bmag ? -1 : 1;
	for (i = 0;; i++)
	{
		char		ca = a->digits[i] ? a->digits[i] : '0';
		char		cb = b->digits[i] ? b->digits[i] : '0';

		if (!a->digits[i] && !b->digits[i])
			return 0;
		if (ca != cb)
			return ca < cb ? -1 : 1;
	}
}

int
dsr_decimal_format(const dsr_decimal *d, char *out, size_t outsize)
{
	size_t		len = strlen(d->digits);
	size_t		need;
	size_t		w = 0;
	size_t		i;

	if (d->exponent >= 0)
	{
		need = len + (size_t) d->exponent;
		if (need + 1 > outsize)
			return -1;
		memcpy(out, d->digits, len);
		memset(out + len, '0', (size_t) d->exponent);
		w = need;
	}
	else
	{
		size_t		frac = (size_t) (-(int64_t) d->exponent);

		if (frac >= len)
		{
			need = 2 + frac;
			if (need + 1 > outsize)
				return -1;
			out[w++] = '0';
			out[w++] = '.';
			for (i = len; i < frac; i++)
				out[w++] = '0';
			memcpy(out + w, d->digits, len);
			w += len;
		}
		else
		{
			need = len + 1;
			if (need + 1 > outsize)
				return -1;
			memcpy(out, d->digits, len - frac);
			w = len - frac;
			out[w++] = '.';
			memcpy(out + w, d->digits + len - frac, frac);
			w += frac;
		}
	}
	out[w] = '\0';
	return (int) w;
}
