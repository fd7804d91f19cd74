/*
 * amounts.c — money amounts: a number (digits or words) with its scale words
 * and a currency before or after it, ranges of two such bounds, a qualifier
 * in front ("près de", "up to") and cents after ("15 dollars et 15 cents").
 * Work starts only at digits and currency mentions; everything else is
 * skipped with one lexicon probe per word.
 */
#include "internal.h"
#include "lexicon.h"

/* Bounds that keep the work per candidate constant. */
#define MAX_SCALE_WORDS		3
#define MAX_EXPONENT		30
#define WALK_BACK_TOKENS	12

typedef struct extract_ctx
{
	const dsr_scan *scan;
	dsr_lang	lang;			/* one language, or DSR_LANG_UNKNOWN */
	unsigned	langs;			/* lexicon mask: lang, or every language */
	void	   *match_data;
} extract_ctx;

/* A currency mention: the ISO code and the tokens it covers. */
typedef struct currency_match
{
	const char *code;
	size_t		end;			/* first token after the mention */
	int			scale;			/* "MUSD" carries a scale of its own */
	uint8_t		flags;			/* DSR_LEXF_* of the entry */
	bool		is_name;		/* written as a word ("euros"), not a sign or code */
	bool		has_sign;		/* a currency sign is part of it ("$", "US$") */
} currency_match;

/* One side of an amount: [currency] number [scale words] [currency]. */
typedef struct bound
{
	size_t		start;
	size_t		end;
	dsr_decimal value;
	int			scale;			/* total power of ten of the scale words */
	const char *currency;		/* NULL when this side names none */
	bool		currency_before;
	bool		spelled;
} bound;

/* ------------------------------------------------------------ helpers */

static bool
token_key(const extract_ctx *c, size_t tok, char *key, size_t *len)
{
	*len = 0;
	return dsr_lexicon_append_token(c->scan, tok, key, DSR_LEX_MAX_KEY_BYTES, len);
}

/*
 * Add token k to the key of the phrase that starts at token i (key holds
 * *len bytes, DSR_LEX_MAX_KEY_BYTES at most). False when the phrase cannot go
 * on: a gap in the scan before k, or no room left.
 */
static bool
extend_key(const dsr_scan *scan, size_t i, size_t k, char *key, size_t *len)
{
	if (k > i)
	{
		if (!dsr_token_continues(scan, k) || *len + 1 >= DSR_LEX_MAX_KEY_BYTES)
			return false;
		key[(*len)++] = ' ';
	}
	return dsr_lexicon_append_token(scan, k, key, DSR_LEX_MAX_KEY_BYTES, len);
}

/*
 * Longest phrase of the given kind starting at token i. Returns the entry and
 * sets *end to the first token after it, or NULL.
 */
static const dsr_lex_entry *
match_phrase(const extract_ctx *c, size_t i, dsr_lex_kind kind, size_t *end)
{
	const dsr_scan *scan = c->scan;
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	size_t		k;
	const dsr_lex_entry *best = NULL;

	for (k = i; k < scan->ntokens && k < i + DSR_LEX_MAX_PHRASE_TOKENS; k++)
	{
		const dsr_lex_entry *e;

		if (!extend_key(scan, i, k, key, &len))
			break;
		e = dsr_lexicon_find(key, len, kind, c->langs);
		if (e)
		{
			best = e;
			*end = k + 1;
		}
		if (!dsr_lexicon_has_prefix(key, len, c->langs))
			break;
	}
	return best;
}

/* Longest phrase of the given kind ending just before token i; sets *start. */
static const dsr_lex_entry *
match_phrase_before(const extract_ctx *c, size_t i, dsr_lex_kind kind, size_t floor,
					size_t *start)
{
	const dsr_lex_entry *best = NULL;
	size_t		n;

	if (!dsr_token_continues(c->scan, i))
		return NULL;
	for (n = 1; n <= 4 && n <= i && i - n >= floor; n++)
	{
		size_t		end;
		const dsr_lex_entry *e = match_phrase(c, i - n, kind, &end);

		if (e && end == i)
		{
			best = e;
			*start = i - n;
		}
	}
	return best;
}

static bool
is_upper_ascii(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		if (s[i] < 'A' || s[i] > 'Z')
			return false;
	}
	return true;
}

typedef struct currency_arg
{
	const extract_ctx *c;
	size_t		first;			/* first token of the phrase */
	size_t		last;			/* last token of the phrase */
	const dsr_lex_entry *found;
} currency_arg;

static bool
accept_currency(const dsr_lex_entry *e, void *arg)
{
	currency_arg *ca = arg;
	const dsr_scan *scan = ca->c->scan;
	const dsr_token *t = &scan->tokens[ca->first];

	if (e->kind != DSR_LEX_CURRENCY)
		return false;
	/* lower-case forms of the major codes ("usd 20") are entries of their own */
	if ((e->flags & DSR_LEXF_UPPER_ONLY) &&
		!is_upper_ascii(scan->buf + t->start, t->end - t->start))
		return false;
	ca->found = e;
	return true;
}

/*
 * Is the mention [first, end) a currency name ("euros", "dollars US") rather
 * than a sign or an ISO code ("$", "US$", "usd")?
 */
static bool
is_currency_name(const extract_ctx *c, size_t first, size_t end, const dsr_lex_entry *e)
{
	const dsr_scan *scan = c->scan;
	size_t		k;

	for (k = first; k < end; k++)
	{
		if (scan->tokens[k].kind != DSR_TOK_WORD)
			return false;
	}
	if (end == first + 1 && scan->tokens[first].end - scan->tokens[first].start == 3)
	{
		const char *s = scan->buf + scan->tokens[first].start;

		if ((s[0] | 0x20) == (e->code[0] | 0x20) && (s[1] | 0x20) == (e->code[1] | 0x20) &&
			(s[2] | 0x20) == (e->code[2] | 0x20))
			return false;
	}
	return true;
}

static bool
has_sign(const extract_ctx *c, size_t first, size_t end)
{
	size_t		k;

	for (k = first; k < end; k++)
	{
		if (c->scan->tokens[k].kind == DSR_TOK_CURRENCY_SIGN)
			return true;
	}
	return false;
}

/* The currency mention starting at token i, longest first. */
static bool
match_currency(const extract_ctx *c, size_t i, currency_match *m)
{
	const dsr_scan *scan = c->scan;
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	size_t		k;
	bool		found = false;

	if (i >= scan->ntokens)
		return false;
	if (scan->tokens[i].kind != DSR_TOK_WORD && scan->tokens[i].kind != DSR_TOK_CURRENCY_SIGN &&
		scan->tokens[i].kind != DSR_TOK_PUNCT)
		return false;

	for (k = i; k < scan->ntokens && k < i + DSR_LEX_MAX_PHRASE_TOKENS; k++)
	{
		currency_arg ca = {c, i, k, NULL};

		if (!extend_key(scan, i, k, key, &len))
			break;
		if (dsr_lexicon_visit(key, len, c->langs, accept_currency, &ca))
		{
			/* "10 $ c'est" is not Canadian: a one-letter word glued to an apostrophe */
			bool		elided = k > i && k + 1 < scan->ntokens &&
				scan->tokens[k].kind == DSR_TOK_WORD &&
				scan->tokens[k].end - scan->tokens[k].start == 1 &&
				dsr_token_glued(scan, k + 1) &&
				(dsr_token_is_char(scan, k + 1, '\'') ||
				 (scan->tokens[k + 1].end - scan->tokens[k + 1].start == 3 &&
				  memcmp(scan->buf + scan->tokens[k + 1].start, "\xE2\x80\x99", 3) == 0));

			if (!elided)
			{
				m->code = ca.found->code;
				m->end = k + 1;
				m->scale = 0;
				m->flags = ca.found->flags;
				m->is_name = is_currency_name(c, i, k + 1, ca.found);
				m->has_sign = has_sign(c, i, k + 1);
				found = true;
			}
		}
		if (!dsr_lexicon_has_prefix(key, len, c->langs))
			break;
	}
	if (found)
		return true;

	/* "MUSD", "MEUR", "kEUR": a scale letter glued to an ISO code */
	if (scan->tokens[i].kind == DSR_TOK_WORD &&
		scan->tokens[i].end - scan->tokens[i].start == 4)
	{
		const char *s = scan->buf + scan->tokens[i].start;

		if ((s[0] == 'M' || s[0] == 'K' || s[0] == 'k') && is_upper_ascii(s + 1, 3))
		{
			char		code[4] = {(char) (s[1] | 0x20), (char) (s[2] | 0x20), (char) (s[3] | 0x20), 0};
			const dsr_lex_entry *e = dsr_lexicon_find(code, 3, DSR_LEX_CURRENCY, DSR_LANG_ALL);

			if (e && strncmp(e->code, s + 1, 3) == 0)
			{
				m->code = e->code;
				m->end = i + 1;
				m->scale = s[0] == 'M' ? 6 : 3;
				m->flags = e->flags;
				m->is_name = false;
				m->has_sign = false;
				return true;
			}
		}
	}
	return false;
}

/* A currency sign or code glued to a following number belongs to that number. */
static bool
belongs_to_next_number(const extract_ctx *c, const currency_match *m)
{
	const dsr_scan *scan = c->scan;

	return !m->is_name && m->end < scan->ntokens &&
		scan->tokens[m->end].kind == DSR_TOK_NUMBER && dsr_token_glued(scan, m->end);
}

static bool
is_hyphen(const extract_ctx *c, size_t i)
{
	const dsr_scan *scan = c->scan;
	const dsr_token *t;

	if (i >= scan->ntokens)
		return false;
	t = &scan->tokens[i];
	return dsr_token_is_char(scan, i, '-') ||
		(t->end - t->start == 3 &&
		 (memcmp(scan->buf + t->start, "\xE2\x80\x93", 3) == 0 ||	/* – */
		  memcmp(scan->buf + t->start, "\xE2\x80\x90", 3) == 0));	/* ‐ */
}

/* A year written alone ("Euro 2024") is not an amount of that currency. */
static bool
looks_like_year(const dsr_decimal *d)
{
	uint64_t	v;

	return dsr_decimal_to_u64(d, &v) && v >= 1900 && v <= 2100 && strlen(d->digits) >= 2;
}

/* -------------------------------------------------------------- parts */

/*
 * Scale words after a number: "millions", "Mrd.", "bn", "mil millones".
 * Returns the first token after them and adds their powers to *scale.
 */
static size_t
take_scale_words(const extract_ctx *c, size_t j, int *scale)
{
	const dsr_scan *scan = c->scan;
	int			n;

	for (n = 0; n < MAX_SCALE_WORDS && j < scan->ntokens; n++)
	{
		size_t		k = j;
		char		key[DSR_LEX_MAX_KEY_BYTES];
		size_t		len;
		const dsr_lex_entry *e;
		size_t		wlen;

		if (!dsr_token_continues(scan, k))
			break;
		/* "200-billion-euro" */
		if (is_hyphen(c, k) && dsr_token_glued(scan, k) && dsr_token_continues(scan, k + 1) &&
			dsr_token_glued(scan, k + 1))
			k++;
		if (scan->tokens[k].kind != DSR_TOK_WORD || !token_key(c, k, key, &len))
			break;
		e = dsr_lexicon_find(key, len, DSR_LEX_SCALE, c->langs);
		if (!e)
			break;
		wlen = scan->tokens[k].end - scan->tokens[k].start;
		/*
		 * One-letter scales ("5m", "k€") must touch the number or a currency
		 * sign, or "5 m" of cable would become five million.
		 */
		if (wlen == 1 && !dsr_token_glued(scan, k) &&
			!(k + 1 < scan->ntokens && dsr_token_glued(scan, k + 1) &&
			  scan->tokens[k + 1].kind == DSR_TOK_CURRENCY_SIGN))
			break;
		*scale += e->value;
		j = k + 1;
		/* "Mrd. Euro": the abbreviation's period, when a currency follows */
		if (wlen <= 4 && j + 1 < scan->ntokens && dsr_token_is_char(scan, j, '.') &&
			dsr_token_glued(scan, j))
		{
			currency_match m;

			if (match_currency(c, j + 1, &m))
				j++;
		}
	}
	return j;
}

/* A fraction word after (or instead of) a number: "half", "three quarters". */
static bool
apply_fraction(const extract_ctx *c, size_t j, dsr_decimal *value, bool have_number,
			   size_t *end)
{
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len;
	const dsr_lex_entry *e;
	uint32_t	num,
				den;

	if (!dsr_token_continues(c->scan, j) || c->scan->tokens[j].kind != DSR_TOK_WORD ||
		!token_key(c, j, key, &len))
		return false;
	e = dsr_lexicon_find(key, len, DSR_LEX_FRACTION, c->langs);
	if (!e)
		return false;
	num = (uint32_t) e->value / 100;
	den = (uint32_t) e->value % 100;
	if (!have_number)
		dsr_decimal_from_u64(value, 1);
	if (!dsr_decimal_mul_small(value, num))
		return false;
	/* only halves, quarters and fifths stay exact in decimal */
	if (den == 2 || den == 4 || den == 5)
	{
		if (!dsr_decimal_mul_small(value, 100 / den))
			return false;
		value->exponent -= 2;
	}
	else if (den != 1)
		return false;
	*end = j + 1;
	return true;
}

/*
 * "and a half", "et demi", "und ein halb" after a whole number: adds the
 * fraction to *value. Returns the first token after it, or j.
 */
static size_t
add_and_fraction(const extract_ctx *c, size_t j, dsr_decimal *value)
{
	const dsr_scan *scan = c->scan;
	size_t		k;
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len;
	const dsr_lex_entry *e;
	uint64_t	v;
	uint32_t	den;

	if (!dsr_token_continues(scan, j) || !match_phrase(c, j, DSR_LEX_AND, &k) ||
		!dsr_token_continues(scan, k))
		return j;
	if (dsr_number_is_article(scan, k) && dsr_token_continues(scan, k + 1))
		k++;
	if (scan->tokens[k].kind != DSR_TOK_WORD || !token_key(c, k, key, &len))
		return j;
	e = dsr_lexicon_find(key, len, DSR_LEX_FRACTION, c->langs);
	if (!e || e->value / 100 != 1)
		return j;
	den = (uint32_t) e->value % 100;
	if ((den != 2 && den != 4) || !dsr_decimal_to_u64(value, &v) || v > UINT64_MAX / 8)
		return j;
	/* v + 1/den, exactly: (v × den + 1) × (100 / den) hundredths */
	if (!dsr_decimal_from_u64(value, v * den + 1) || !dsr_decimal_mul_small(value, 100 / den))
		return j;
	value->exponent -= 2;
	return k + 1;
}

/*
 * A quantity at token i: a digit literal or number words, an optional
 * fraction, then scale words. Fills value, scale, spelled and *end.
 */
static bool
parse_quantity(const extract_ctx *c, size_t i, bound *b, bool *article_only)
{
	const dsr_scan *scan = c->scan;
	dsr_number	n;
	size_t		j,
				k;

	*article_only = false;
	if (scan->tokens[i].kind == DSR_TOK_NUMBER)
	{
		if (!dsr_number_literal(scan, i, c->lang, c->match_data, &n))
			return false;
	}
	else if (scan->tokens[i].kind == DSR_TOK_WORD)
	{
		if (!dsr_number_spelled(scan, i, scan->ntokens, c->langs, &n))
		{
			/* "half a million" has no number before the fraction */
			if (!apply_fraction(c, i, &n.value, false, &n.end_token))
				return false;
			n.spelled = true;
			n.article_only = false;
		}
		*article_only = n.article_only;
	}
	else
		return false;

	b->value = n.value;
	b->spelled = n.spelled;
	j = n.end_token;
	if (apply_fraction(c, j, &b->value, true, &k))
	{
		j = k;
		*article_only = false;
	}
	/* "half a billion": the article between fraction and scale word */
	if (b->spelled && j > i && dsr_token_continues(scan, j) && dsr_number_is_article(scan, j) &&
		dsr_token_continues(scan, j + 1))
	{
		int			probe = 0;

		if (take_scale_words(c, j + 1, &probe) != j + 1)
			j++;
	}
	/* "one and a half million", "un milliard et demi" */
	k = add_and_fraction(c, j, &b->value);
	if (k != j)
		*article_only = false;
	j = k;
	b->scale = 0;
	k = take_scale_words(c, j, &b->scale);
	if (k != j)
	{
		*article_only = false;
		k = add_and_fraction(c, k, &b->value);
	}
	b->end = k;
	return true;
}

/* A currency after a quantity ending at token k, possibly behind "de"/"of" or a hyphen. */
static bool
currency_after(const extract_ctx *c, size_t k, const bound *b, currency_match *m)
{
	const dsr_scan *scan = c->scan;
	size_t		link_end;

	if (!dsr_token_continues(scan, k))
		return false;
	/* "4ALL" is a name: a currency that is also a word stands apart from the number */
	if (match_currency(c, k, m) && !belongs_to_next_number(c, m) &&
		!((m->flags & DSR_LEXF_AFTER_ONLY) && scan->tokens[k].kind == DSR_TOK_WORD &&
		  dsr_token_glued(scan, k)))
		return true;
	/* "siebenhundert-Euro", "one-yen" */
	if (is_hyphen(c, k) && dsr_token_glued(scan, k) && dsr_token_continues(scan, k + 1) &&
		dsr_token_glued(scan, k + 1) && match_currency(c, k + 1, m))
		return true;
	/* "50 milliards d'euros", "millions de $": a link word needs a scale word */
	if (b->scale > 0 && match_phrase(c, k, DSR_LEX_LINK, &link_end) &&
		dsr_token_continues(scan, link_end) &&
		match_currency(c, link_end, m) && !belongs_to_next_number(c, m))
		return true;
	return false;
}

/*
 * A currency written before a number at token i ("€5", "US$ 10", "Rs. 20")?
 * Sets *m with m->end on the number.
 */
static bool
number_after_currency(const extract_ctx *c, size_t i, currency_match *m)
{
	const dsr_scan *scan = c->scan;

	if (!match_currency(c, i, m) || (m->flags & DSR_LEXF_AFTER_ONLY))
		return false;
	/* an abbreviated name keeps its period */
	if (dsr_token_continues(scan, m->end + 1) && scan->tokens[m->end - 1].kind == DSR_TOK_WORD &&
		dsr_token_is_char(scan, m->end, '.') && dsr_token_glued(scan, m->end) &&
		scan->tokens[m->end + 1].kind == DSR_TOK_NUMBER)
		m->end++;
	return dsr_token_continues(scan, m->end) && scan->tokens[m->end].kind == DSR_TOK_NUMBER;
}

/*
 * One bound at token i: "[currency] number [scale] [currency]". With
 * allow_before, a currency written before the number is read too.
 */
static bool
parse_bound(const extract_ctx *c, size_t i, bool allow_before, bound *b)
{
	const dsr_scan *scan = c->scan;
	currency_match m;
	bool		article_only;
	size_t		j = i;

	memset(b, 0, sizeof(*b));
	b->start = i;
	if (i >= scan->ntokens)
		return false;

	if (allow_before && scan->tokens[i].kind != DSR_TOK_NUMBER && number_after_currency(c, i, &m))
	{
		if (!parse_quantity(c, m.end, b, &article_only))
			return false;
		/* "Euro 2024" is a tournament, "dollar 5" a price */
		if (m.is_name && b->scale == 0 && looks_like_year(&b->value))
			return false;
		b->start = i;
		b->currency = m.code;
		b->currency_before = true;
		b->scale += m.scale;
		return true;
	}

	if (!parse_quantity(c, j, b, &article_only))
		return false;
	if (currency_after(c, b->end, b, &m))
	{
		/*
		 * "one dollar" is money; "a $48 million contract" and "a GBP 150m
		 * contract" are not "a $" nor "a GBP": after words, a sign never
		 * counts, a code only when no number follows it, an article alone
		 * only with a currency name.
		 */
		if (b->spelled &&
			(m.has_sign || (article_only && !m.is_name) ||
			 (!m.is_name && m.end < scan->ntokens &&
			  scan->tokens[m.end].kind == DSR_TOK_NUMBER)))
			return !article_only;
		b->currency = m.code;
		b->scale += m.scale;
		b->end = m.end;
		/* "75 USD million": the scale word after the code */
		if (b->scale == 0)
			b->end = take_scale_words(c, b->end, &b->scale);
	}
	else if (article_only)
		return false;
	return true;
}

static bool
apply_scale(dsr_decimal *d, int scale)
{
	if (scale > MAX_EXPONENT || d->exponent > MAX_EXPONENT - scale)
		return false;
	d->exponent += scale;
	return true;
}

/* "15 dollars et 15 cents", "zwei Euro fünfzig", "15 USD 50": cents after the currency. */
static void
take_cents(const extract_ctx *c, const bound *b, size_t *end, dsr_decimal *value)
{
	const dsr_scan *scan = c->scan;
	size_t		j = *end;
	size_t		link_end;
	bool		linked = false;
	dsr_number	n;
	uint64_t	units,
				cents;
	size_t		after;
	bool		subunit = false;

	if (b->scale != 0 || !dsr_decimal_is_integer(value) || !dsr_token_continues(scan, j))
		return;
	if (match_phrase(c, j, DSR_LEX_AND, &link_end))
	{
		j = link_end;
		linked = true;
	}
	if (!dsr_token_continues(scan, j))
		return;
	if (scan->tokens[j].kind == DSR_TOK_NUMBER)
	{
		if (scan->tokens[j].end - scan->tokens[j].start > 2 ||
			!dsr_number_literal(scan, j, c->lang, c->match_data, &n) ||
			n.end_token != j + 1)
			return;
	}
	else
	{
		/* "quarante-cinq cents": "cents" is the subunit here, not French hundreds */
		size_t		limit = j + 1;

		while (limit < scan->ntokens && limit < j + 8 &&
			   !match_phrase(c, limit, DSR_LEX_SUBUNIT, &link_end))
			limit++;
		/* "50 EUR a year": an article is not a number of cents */
		if (!dsr_number_spelled(scan, j, limit, c->langs, &n) || n.article_only)
			return;
	}
	if (!dsr_decimal_to_u64(&n.value, &cents) || cents == 0 || cents > 99 ||
		!dsr_decimal_to_u64(value, &units) || units > UINT64_MAX / 100 - 100)
		return;
	after = n.end_token;
	if (dsr_token_continues(scan, after) && match_phrase(c, after, DSR_LEX_SUBUNIT, &link_end))
	{
		after = link_end;
		subunit = true;
	}
	/*
	 * Without a subunit word: after "and" the sentence must not go on ("5 euros
	 * and 20 people"); right after the currency, no other amount may follow.
	 */
	/* "$100 and fifty": a currency written first needs the "and" or the subunit */
	if (b->currency_before && !linked && !subunit)
		return;
	if (!subunit && dsr_token_continues(scan, after))
	{
		const dsr_token *t = &scan->tokens[after];
		currency_match m;

		if (linked && (t->kind == DSR_TOK_WORD || t->kind == DSR_TOK_NUMBER))
			return;
		if (t->kind == DSR_TOK_NUMBER || t->kind == DSR_TOK_CURRENCY_SIGN ||
			match_currency(c, after, &m))
			return;
	}
	if (!dsr_decimal_from_u64(value, units * 100 + cents))
		return;
	value->exponent -= 2;
	*end = after;
}

/* ------------------------------------------------------------ amounts */

static uint32_t
token_chars(const dsr_scan *scan, size_t tok)
{
	const dsr_token *t = &scan->tokens[tok];
	uint32_t	n = 0;
	uint32_t	i;

	for (i = t->start; i < t->end; i++)
	{
		if (((unsigned char) scan->buf[i] & 0xC0) != 0x80)
			n++;
	}
	return n;
}

static void
fill_amount(const extract_ctx *c, size_t start, size_t end, dsr_amount *a)
{
	const dsr_scan *scan = c->scan;
	const dsr_token *first = &scan->tokens[start];
	const dsr_token *last = &scan->tokens[end - 1];

	a->start = first->start;
	a->end = last->end;
	a->char_start = first->char_start;
	a->char_len = last->char_start + token_chars(scan, end - 1) - first->char_start;
	a->sentence = first->sentence;
}

/*
 * An amount whose first bound starts at token i (after any range opener).
 * floor is the first token not yet used by an earlier amount.
 */
static bool
try_amount(const extract_ctx *c, size_t i, size_t floor, dsr_amount *a, size_t *next)
{
	const dsr_scan *scan = c->scan;
	bound		b1,
				b2;
	size_t		open_start = i;
	size_t		join_end;
	size_t		end;
	size_t		qual_start;
	const dsr_lex_entry *opener,
			   *join,
			   *qual;
	const char *currency = NULL;
	bool		range = false;

	if (!parse_bound(c, i, true, &b1))
		return false;
	opener = match_phrase_before(c, i, DSR_LEX_RANGE_OPEN, floor, &open_start);

	join = dsr_token_continues(scan, b1.end) ?
		match_phrase(c, b1.end, DSR_LEX_RANGE_JOIN, &join_end) : NULL;
	if (join && (!(join->flags & DSR_LEXF_NEEDS_OPEN) || opener) &&
		dsr_token_continues(scan, join_end) && parse_bound(c, join_end, true, &b2))
	{
		if (b1.currency && b2.currency)
			range = strcmp(b1.currency, b2.currency) == 0;
		else if (b1.currency && b1.currency_before)
			range = true;		/* "€20-50bn", "$3 to 5 million" */
		else if (!b1.currency && b2.currency)
			range = true;		/* "20 à 50 milliards d'euros" */
		currency = b1.currency ? b1.currency : b2.currency;
		if (range)
		{
			/* "between 3 and 5 million dollars": the scale is shared */
			if (b1.scale == 0)
				b1.scale = b2.scale;
			if (!apply_scale(&b1.value, b1.scale) || !apply_scale(&b2.value, b2.scale) ||
				dsr_decimal_compare(&b1.value, &b2.value) >= 0)
				range = false;
			else
			{
				a->value = b1.value;
				a->value_max = b2.value;
				a->has_max = true;
				end = b2.end;
			}
		}
		if (!range)
		{
			/* undo: fall back to the first bound alone */
			if (!parse_bound(c, i, true, &b1))
				return false;
		}
	}
	if (!range)
	{
		if (!b1.currency)
			return false;
		currency = b1.currency;
		if (!apply_scale(&b1.value, b1.scale))
			return false;
		a->value = b1.value;
		a->has_max = false;
		end = b1.end;
		take_cents(c, &b1, &end, &a->value);
		open_start = i;
	}
	else if (!opener)
		open_start = i;

	fill_amount(c, i, end, a);
	memcpy(a->currency, currency, 3);
	a->currency[3] = '\0';
	a->qualifier = DSR_QUAL_NONE;
	qual = match_phrase_before(c, open_start, DSR_LEX_QUALIFIER, floor, &qual_start);
	/* "ca. 5 Mio. Euro": the abbreviation's period sits between */
	if (!qual && open_start > floor + 1 && dsr_token_is_char(scan, open_start - 1, '.'))
		qual = match_phrase_before(c, open_start - 1, DSR_LEX_QUALIFIER, floor, &qual_start);
	if (qual)
		a->qualifier = (dsr_qualifier) qual->value;
	*next = end;
	return true;
}

/*
 * The first token of the currency mention that holds the sign or cue word at
 * token i: it may start a few tokens earlier ("US" of "US$", "new" of "new
 * zealand dollars"). Returns i when the mention starts there or nowhere.
 */
static size_t
currency_mention_start(const extract_ctx *c, size_t i, size_t floor)
{
	size_t		k = i >= floor + DSR_LEX_MAX_PHRASE_TOKENS ? i - DSR_LEX_MAX_PHRASE_TOKENS + 1 : floor;

	for (; k < i; k++)
	{
		currency_match m;

		if (match_currency(c, k, &m) && m.end > i)
			return k;
	}
	return i;
}

/*
 * Before a currency name, the words of a spelled-out amount: walk back over
 * number words, fractions, scale words, hyphens and links ("cinq millions
 * de yens", "three quarters billion us dollars"). Returns the first token.
 */
static size_t
spelled_start(const extract_ctx *c, size_t i, size_t floor)
{
	const dsr_scan *scan = c->scan;
	size_t		s = i;
	size_t		first_number = i;
	size_t		steps = 0;

	while (s > floor && steps++ < WALK_BACK_TOKENS && dsr_token_continues(scan, s))
	{
		size_t		k = s - 1;
		char		key[DSR_LEX_MAX_KEY_BYTES];
		size_t		len;

		if (is_hyphen(c, k) && dsr_token_glued(scan, k))
		{
			s = k;
			continue;
		}
		/* "d'", "de", "of" between the scale word and the currency */
		if (s == i && k > floor)
		{
			size_t		link_end;

			if (match_phrase(c, k - 1, DSR_LEX_LINK, &link_end) && link_end == s)
			{
				s = k - 1;
				continue;
			}
		}
		if (scan->tokens[k].kind != DSR_TOK_WORD || !token_key(c, k, key, &len))
			break;
		if (dsr_number_is_word(scan, k, c->langs))
		{
			s = k;
			first_number = k;
			continue;
		}
		if (dsr_lexicon_find(key, len, DSR_LEX_FRACTION, c->langs))
		{
			s = k;
			first_number = k;
			continue;
		}
		if (dsr_lexicon_find(key, len, DSR_LEX_SCALE, c->langs) ||
			dsr_lexicon_find(key, len, DSR_LEX_LINK, c->langs) ||
			dsr_lexicon_find(key, len, DSR_LEX_AND, c->langs))
		{
			s = k;
			continue;
		}
		break;
	}
	return first_number;
}

int
dsr_amounts_extract(const dsr_scan *scan, dsr_lang lang, dsr_amount_list *out)
{
	extract_ctx c;
	size_t		capacity = 0;
	size_t		floor = 0;
	size_t		i = 0;
	size_t		polled = 0;
	int			rc;

	memset(out, 0, sizeof(*out));
	out->opts = scan->opts;
	rc = dsr_core_init();
	if (rc != DSR_OK)
		return rc;
	c.scan = scan;
	c.lang = lang;
	c.langs = lang == DSR_LANG_UNKNOWN ? DSR_LANG_ALL : (unsigned) lang;
	c.match_data = dsr_number_match_data_create();
	if (!c.match_data)
		return DSR_ENOMEM;

	while (i < scan->ntokens)
	{
		const dsr_token *t = &scan->tokens[i];
		dsr_amount	a;
		size_t		next = i + 1;
		bool		found = false;

		if (++polled >= DSR_STOP_POLL_TOKENS)
		{
			polled = 0;
			if (scan->opts.should_stop && scan->opts.should_stop(scan->opts.stop_arg))
			{
				rc = DSR_ECANCELLED;
				break;
			}
		}
		if (t->kind == DSR_TOK_NUMBER)
		{
			dsr_number	n;

			found = try_amount(&c, i, floor, &a, &next);
			/* no amount here: skip the rest of this literal, even one too long to read */
			n.end_token = i + 1;
			if (!found)
			{
				(void) dsr_number_literal(scan, i, lang, c.match_data, &n);
				next = n.end_token;
			}
		}
		else if (t->kind == DSR_TOK_CURRENCY_SIGN || (t->flags & DSR_TF_CURRENCY_CUE))
		{
			size_t		k = currency_mention_start(&c, i, floor);
			currency_match m;

			/*
			 * Words before a currency word read first: in "twenty dollar 43
			 * cents" the dollar belongs to twenty, not to 43.
			 */
			if (scan->tokens[k].kind == DSR_TOK_WORD && match_currency(&c, k, &m) && !m.has_sign)
			{
				size_t		s = spelled_start(&c, k, floor);

				found = s < k && try_amount(&c, s, floor, &a, &next) && next > k;
			}
			if (!found)
				found = try_amount(&c, k, floor, &a, &next);
			if (!found)
				next = i + 1;
		}
		if (found)
		{
			if (!dsr_array_reserve(&scan->opts, (void **) &out->items, out->count, &capacity,
								   sizeof(dsr_amount)))
			{
				rc = DSR_ENOMEM;
				break;
			}
			out->items[out->count++] = a;
			floor = next;
		}
		i = next > i ? next : i + 1;
	}
	dsr_number_match_data_free(c.match_data);
	if (rc != DSR_OK)
	{
		dsr_amounts_free(out);
		return rc;
	}
	return DSR_OK;
}

void
dsr_amounts_free(dsr_amount_list *list)
{
	if (list->items)
		dsr_release(&list->opts, list->items);
	list->items = NULL;
	list->count = 0;
}
