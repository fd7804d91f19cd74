/*
 * number.c — numbers as written: digit literals in every European grouping
 * style (1 234,56 / 1.234,56 / 1,234.56 / 1'234.56) and numbers spelled out
 * in words ("cinquante", "three hundred", "fünfundvierzig", "ventitré").
 * Scale words, currencies and ranges are the caller's business (amounts.c).
 */
#include "internal.h"
#include "lexicon.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>

/* A literal never needs more bytes than this; the regex sees no more. */
#define LITERAL_WINDOW	256
#define MAX_GROUPS		48

/*
 * Digits, then separator + digits again. A space-like separator (space,
 * U+00A0, U+202F, U+2009) groups thousands only before exactly three digits;
 * '.', ',', ' and ’ are interpreted after the match, by language.
 */
static const char literal_pattern[] =
"[0-9]+(?:(?:[.,'\\x{2019}]|[ \\x{A0}\\x{202F}\\x{2009}](?=[0-9]{3}(?![0-9])))[0-9]+)*";

static pcre2_code *literal_re;
static pcre2_match_context *literal_mctx;

int
dsr_number_init(void)
{
	int			err;
	PCRE2_SIZE	erroff;

	if (literal_re)
		return DSR_OK;
	literal_re = pcre2_compile((PCRE2_SPTR) literal_pattern, PCRE2_ZERO_TERMINATED,
							   PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED,
							   &err, &erroff, NULL);
	if (!literal_re)
		return DSR_EINTERNAL;
	/* JIT is an optimisation: without it pcre2_match interprets */
	(void) pcre2_jit_compile(literal_re, PCRE2_JIT_COMPLETE);
	literal_mctx = pcre2_match_context_create(NULL);
	if (!literal_mctx)
	{
		pcre2_code_free(literal_re);
		literal_re = NULL;
		return DSR_ENOMEM;
	}
	/* the pattern cannot backtrack much, but no input may make it try */
	pcre2_set_match_limit(literal_mctx, 10000);
	pcre2_set_depth_limit(literal_mctx, 200);
	return DSR_OK;
}

void	   *
dsr_number_match_data_create(void)
{
	return pcre2_match_data_create(4, NULL);
}

void
dsr_number_match_data_free(void *md)
{
	pcre2_match_data_free(md);
}

typedef enum sep_kind
{
	SEP_NONE,
	SEP_DOT,
	SEP_COMMA,
	SEP_SPACE,					/* space, no-break spaces, apostrophes: always grouping */
} sep_kind;

typedef struct group
{
	size_t		off;			/* byte offset in the subject */
	size_t		len;			/* digits */
	sep_kind	sep;			/* separator before this group */
} group;

/*
 * Decide what the separators of a matched literal mean. Returns the number
 * of groups kept (a trailing part that breaks the grouping rules is cut off)
 * and sets *decimal_group to the index of the fractional group, or -1.
 */
static int
interpret_groups(const group *g, int ng, const unsigned char *subject, dsr_lang lang,
				 int *decimal_group)
{
	int			keep = ng;
	int			k;

	*decimal_group = -1;
	/* space-like grouping: 1-3 digits, then groups of exactly 3, before any . or , */
	for (k = 1; k < keep; k++)
	{
		if (g[k].sep != SEP_SPACE)
			continue;
		if (g[k].len != 3 || (k == 1 && g[0].len > 3) ||
			g[k - 1].sep == SEP_DOT || g[k - 1].sep == SEP_COMMA)
		{
			keep = k;
			break;
		}
	}

	while (keep > 1)
	{
		int			ndot = 0,
					ncomma = 0,
					last = -1;
		bool		spaced = false;

		/* a decimal group found before a cut may lie beyond the groups kept */
		*decimal_group = -1;
		for (k = 1; k < keep; k++)
		{
			if (g[k].sep == SEP_DOT)
				ndot++;
			else if (g[k].sep == SEP_COMMA)
				ncomma++;
			else
			{
				spaced = true;
				continue;
			}
			last = k;
		}
		if (last < 0)
			return keep;
		if (ndot && ncomma)
		{
			/* the last separator is the decimal one, if it is its only use */
			if ((g[last].sep == SEP_DOT ? ndot : ncomma) == 1)
				*decimal_group = last;
		}
		else if (ndot + ncomma == 1)
		{
			bool		lead_zero = g[last - 1].len == 1 && subject[g[last - 1].off] == '0';
			bool		grouping;

			if (g[last].len != 3 || g[last - 1].len > 3 || spaced || lead_zero)
				grouping = false;
			/* 1,234 is ambiguous: English groups with ',', the others with '.' */
			else if (lang == DSR_LANG_EN || lang == DSR_LANG_UNKNOWN)
				grouping = g[last].sep == SEP_COMMA;
			else
				grouping = g[last].sep == SEP_DOT;
			if (!grouping)
				*decimal_group = last;
		}

		/* grouping separators need 1-3 leading digits and groups of 3 */
		for (k = 1; k < keep; k++)
		{
			if (k == *decimal_group || g[k].sep == SEP_SPACE)
				continue;
			if (g[k].len != 3 || g[0].len > 3)
				break;
		}
		if (k == keep)
			return keep;
		/* cut before the offending separator and decide again */
		keep = k;
	}
	*decimal_group = -1;
	return 1;
}

bool
dsr_number_literal(const dsr_scan *scan, size_t tok, dsr_lang lang, void *match_data,
				   dsr_number *out)
{
	const dsr_token *t = &scan->tokens[tok];
	const unsigned char *subject = (const unsigned char *) scan->buf + t->start;
	size_t		avail = scan->len - t->start;
	size_t		window = avail < LITERAL_WINDOW ? avail : LITERAL_WINDOW;
	PCRE2_SIZE *ov;
	size_t		mend;
	group		g[MAX_GROUPS];
	int			ng = 0;
	int			keep,
				decimal_group;
	char		digits[DSR_DECIMAL_MAX_DIGITS + 1];
	size_t		nd = 0;
	size_t		p;
	size_t		end_byte;
	int			k;
	int			rc;

	if (t->kind != DSR_TOK_NUMBER)
		return false;
	rc = pcre2_match(literal_re, subject, window, 0, PCRE2_NO_UTF_CHECK, match_data,
					 literal_mctx);
	if (rc < 0)
	{
		/* a window cut inside a code point is not valid UTF-8: fall back to the digit run */
		mend = t->end - t->start;
	}
	else
	{
		ov = pcre2_get_ovector_pointer(match_data);
		mend = ov[1];
	}

	/* split the match into digit groups and their separators */
	p = 0;
	while (p < mend && ng < MAX_GROUPS)
	{
		sep_kind	sep = SEP_NONE;
		size_t		start;

		if (ng > 0)
		{
			unsigned char c = subject[p];

			if (c == '.')
				sep = SEP_DOT, p++;
			else if (c == ',')
				sep = SEP_COMMA, p++;
			else if (c == ' ' || c == '\'')
				sep = SEP_SPACE, p++;
			else if (c == 0xC2)
				sep = SEP_SPACE, p += 2;	/* U+00A0 */
			else
				sep = SEP_SPACE, p += 3;	/* U+202F, U+2009, U+2019 */
		}
		start = p;
		while (p < mend && subject[p] >= '0' && subject[p] <= '9')
			p++;
		g[ng].off = start;
		g[ng].len = p - start;
		g[ng].sep = sep;
		ng++;
	}
	if (ng == 0)
		return false;

	keep = interpret_groups(g, ng, subject, lang, &decimal_group);
	/* where the literal ends is known even if its value cannot be kept */
	end_byte = t->start + g[keep - 1].off + g[keep - 1].len;
	out->end_token = tok + 1;
	while (out->end_token < scan->ntokens && scan->tokens[out->end_token].start < end_byte)
		out->end_token++;
	out->spelled = false;
	out->article_only = false;
	for (k = 0; k < keep; k++)
	{
		size_t		j;

		for (j = 0; j < g[k].len; j++)
		{
			/* leading zeros do not count against the budget */
			if (nd == 0 && subject[g[k].off + j] == '0' && k != decimal_group)
				continue;
			if (nd >= DSR_DECIMAL_MAX_DIGITS)
				return false;	/* too many digits to keep exact: skip it */
			digits[nd++] = (char) subject[g[k].off + j];
		}
	}
	if (nd == 0)
		digits[nd++] = '0';
	if (!dsr_decimal_from_digits(&out->value, digits, nd,
								 decimal_group >= 0 ? -(int32_t) g[decimal_group].len : 0))
		return false;

	return true;
}

/* ------------------------------------------------------------ in words */

typedef struct spelled_state
{
	uint64_t	total;			/* completed thousands */
	uint64_t	current;		/* below one thousand */
	uint64_t	last_add;		/* value of the last additive piece */
	unsigned	pieces;
	bool		overflow;
} spelled_state;

/* Apply one number word (entry e) to the running value. */
static void
apply_piece(spelled_state *st, const dsr_lex_entry *e)
{
	uint64_t	v = (uint64_t) e->value;

	if (e->flags & DSR_LEXF_NUM_JOINER)
		return;
	st->pieces++;
	if (e->flags & DSR_LEXF_NUM_HUNDRED)
	{
		st->current = (st->current ? st->current : 1) * 100;
		st->last_add = 0;
	}
	else if (e->flags & DSR_LEXF_NUM_THOUSAND)
	{
		uint64_t	add = st->current ? st->current : 1;

		if (st->total > UINT64_MAX / 1000000)
			st->overflow = true;
		else
			st->total = (st->total + add) * 1000;
		st->current = 0;
		st->last_add = 0;
	}
	else
	{
		/* French 80 is "quatre-vingts": four times twenty, not four plus twenty */
		if (v == 20 && st->last_add == 4 && (e->langs & DSR_LANG_FR))
		{
			st->current = st->current - 4 + 80;
			st->last_add = 80;
		}
		else
		{
			st->current += v;
			st->last_add = v;
		}
	}
}

typedef struct number_arg
{
	const dsr_lex_entry *found;
} number_arg;

static bool
is_number_entry(const dsr_lex_entry *e, void *arg)
{
	number_arg *na = arg;

	if (e->kind != DSR_LEX_NUMBER)
		return false;
	na->found = e;
	return true;
}

static const dsr_lex_entry *
find_number(const char *key, size_t len, unsigned langs)
{
	number_arg	na = {NULL};

	dsr_lexicon_visit(key, len, langs, is_number_entry, &na);
	return na.found;
}

/*
 * Split a compound like "fünfundvierzig" or "duecentomila" into number words,
 * longest piece first, and apply them. Returns false (state untouched) when
 * the word is not made only of number words.
 */
static bool
apply_compound(spelled_state *st, const char *key, size_t len, unsigned langs)
{
	const dsr_lex_entry *pieces[12];
	size_t		npieces = 0;
	size_t		pos = 0;
	size_t		i;

	while (pos < len)
	{
		size_t		n;
		const dsr_lex_entry *e = NULL;

		if (npieces == sizeof(pieces) / sizeof(pieces[0]))
			return false;
		for (n = len - pos; n >= 2; n--)
		{
			/* only cut on code point boundaries */
			if (pos + n < len && ((unsigned char) key[pos + n] & 0xC0) == 0x80)
				continue;
			e = find_number(key + pos, n, langs);
			if (e)
				break;
		}
		if (!e)
			return false;
		pieces[npieces++] = e;
		pos += n;
	}
	for (i = 0; i < npieces; i++)
		apply_piece(st, pieces[i]);
	return true;
}

/* Is token tok a number word (whole or compound) in langs? Applies it to st. */
static bool
take_number_word(const dsr_scan *scan, size_t tok, unsigned langs, spelled_state *st)
{
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	const dsr_lex_entry *e;

	if (scan->tokens[tok].kind != DSR_TOK_WORD ||
		!dsr_lexicon_append_token(scan, tok, key, sizeof(key), &len))
		return false;
	e = find_number(key, len, langs);
	if (e)
	{
		if (e->flags & DSR_LEXF_NUM_JOINER)
			return false;
		apply_piece(st, e);
		return true;
	}
	/* compounds are written as one word in German, Italian and Dutch */
	if (len >= 5 && (langs & (DSR_LANG_DE | DSR_LANG_IT | DSR_LANG_NL)))
		return apply_compound(st, key, len, langs & (DSR_LANG_DE | DSR_LANG_IT | DSR_LANG_NL));
	return false;
}

bool
dsr_number_is_article(const dsr_scan *scan, size_t tok)
{
	static const char *const articles[] = {"a", "an", "un", "une", "ein", "eine", "einen",
	"einem", "einer", "uno", "una", "um", "uma", "één"};
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	size_t		i;

	if (tok >= scan->ntokens || !dsr_lexicon_append_token(scan, tok, key, sizeof(key), &len))
		return false;
	for (i = 0; i < sizeof(articles) / sizeof(articles[0]); i++)
	{
		if (strlen(articles[i]) == len && memcmp(articles[i], key, len) == 0)
			return true;
	}
	return false;
}

bool
dsr_number_spelled(const dsr_scan *scan, size_t tok, size_t limit, unsigned langs,
				   dsr_number *out)
{
	spelled_state st = {0, 0, 0, 0, false};
	size_t		i = tok;
	size_t		end = tok;

	if (limit > scan->ntokens)
		limit = scan->ntokens;
	while (i < limit && i < tok + 16)
	{
		spelled_state before = st;

		if (i > tok && !dsr_token_continues(scan, i))
			break;
		if (take_number_word(scan, i, langs, &st))
		{
			end = ++i;
			continue;
		}
		st = before;
		/* "quarante-cinq", "forty-five": hyphen between two number words */
		if (i > tok && dsr_token_is_char(scan, i, '-') && dsr_token_glued(scan, i) &&
			i + 1 < limit && dsr_token_continues(scan, i + 1) && dsr_token_glued(scan, i + 1) &&
			take_number_word(scan, i + 1, langs, &st))
		{
			i += 2;
			end = i;
			continue;
		}
		st = before;
		/* "vingt et un", "one hundred and five", "treinta y cinco" */
		if (i > tok && i + 1 < limit && st.pieces > 0)
		{
			char		key[DSR_LEX_MAX_KEY_BYTES];
			size_t		len = 0;
			uint64_t	cur = st.current;

			if (dsr_token_continues(scan, i + 1) &&
				dsr_lexicon_append_token(scan, i, key, sizeof(key), &len) &&
				dsr_lexicon_find(key, len, DSR_LEX_AND, langs) &&
				take_number_word(scan, i + 1, langs, &st) &&
				st.current > cur && st.current - cur < 20 &&
				(cur % 10 == 0))
			{
				i += 2;
				end = i;
				continue;
			}
		}
		st = before;
		break;
	}
	if (end == tok || st.overflow || st.total > UINT64_MAX - st.current)
		return false;
	if (!dsr_decimal_from_u64(&out->value, st.total + st.current))
		return false;
	out->end_token = end;
	out->spelled = true;
	out->article_only = (end == tok + 1) && dsr_number_is_article(scan, tok);
	return true;
}

bool
dsr_number_is_word(const dsr_scan *scan, size_t tok, unsigned langs)
{
	spelled_state st = {0, 0, 0, 0, false};

	return take_number_word(scan, tok, langs, &st);
}
