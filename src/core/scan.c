/*
 * scan.c — the shared linear pass over a text: tokens with byte and code point
 * offsets, token flags, and sentence numbers. Extractors never re-walk the
 * bytes to find positions; they read them from here.
 */
#include "internal.h"
#include "lexicon.h"

#include <utf8proc.h>

typedef enum char_class
{
	CC_SPACE,
	CC_LETTER,
	CC_DIGIT,
	CC_SIGN,					/* currency sign */
	CC_PUNCT,
	CC_FORMAT					/* zero-width format character: joins nothing, splits nothing */
} char_class;

/* Classify one decoded code point; *upper is set for upper/title-case letters. */
static char_class
classify(utf8proc_int32_t cp, bool *upper)
{
	const utf8proc_property_t *prop;

	*upper = false;
	if (cp < 0x80)
	{
		if (cp >= '0' && cp <= '9')
			return CC_DIGIT;
		if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')
		{
			*upper = cp <= 'Z';
			return CC_LETTER;
		}
		if (cp == ' ' || (cp >= '\t' && cp <= '\r'))
			return CC_SPACE;
		if (cp == '$')
			return CC_SIGN;
		if (cp < 0x20 || cp == 0x7F)
			return CC_SPACE;	/* other control characters separate like spaces */
		return CC_PUNCT;
	}
	prop = utf8proc_get_property(cp);
	switch (prop->category)
	{
		case UTF8PROC_CATEGORY_LU:
		case UTF8PROC_CATEGORY_LT:
			*upper = true;
			return CC_LETTER;
		case UTF8PROC_CATEGORY_LL:
		case UTF8PROC_CATEGORY_LM:
		case UTF8PROC_CATEGORY_LO:
		case UTF8PROC_CATEGORY_MN:
		case UTF8PROC_CATEGORY_MC:
		case UTF8PROC_CATEGORY_ME:
		case UTF8PROC_CATEGORY_ND:	/* non-ASCII digits read as word characters */
			return CC_LETTER;
		case UTF8PROC_CATEGORY_ZS:
		case UTF8PROC_CATEGORY_ZL:
		case UTF8PROC_CATEGORY_ZP:
		case UTF8PROC_CATEGORY_CC:
			return CC_SPACE;
		case UTF8PROC_CATEGORY_SC:
			return CC_SIGN;
		case UTF8PROC_CATEGORY_CF:
			return CC_FORMAT;
		default:
			return CC_PUNCT;
	}
}

/* Decode one code point at p (< end); returns its byte length, cp < 0 if invalid. */
static inline size_t
decode(const unsigned char *p, const unsigned char *end, utf8proc_int32_t *cp)
{
	utf8proc_ssize_t n;

	if (*p < 0x80)
	{
		*cp = *p;
		return 1;
	}
	n = utf8proc_iterate(p, end - p, cp);
	if (n <= 0)
	{
		*cp = -1;
		return 1;
	}
	return (size_t) n;
}

static bool
is_terminal(const dsr_scan *scan, size_t tok)
{
	const dsr_token *t = &scan->tokens[tok];
	const char *s = scan->buf + t->start;
	size_t		n = t->end - t->start;

	if (t->kind != DSR_TOK_PUNCT)
		return false;
	if (n == 1)
		return *s == '.' || *s == '!' || *s == '?';
	/* … U+2026 */
	return n == 3 && memcmp(s, "\xE2\x80\xA6", 3) == 0;
}

static bool
is_closing(const dsr_scan *scan, size_t tok)
{
	const dsr_token *t = &scan->tokens[tok];
	const char *s = scan->buf + t->start;
	size_t		n = t->end - t->start;

	if (t->kind != DSR_TOK_PUNCT)
		return false;
	if (n == 1)
		return *s == '"' || *s == '\'' || *s == ')' || *s == ']';
	/* ” U+201D, ’ U+2019, » U+00BB, “ U+201C (German closing) */
	return (n == 3 && (memcmp(s, "\xE2\x80\x9D", 3) == 0 ||
					   memcmp(s, "\xE2\x80\x99", 3) == 0 ||
					   memcmp(s, "\xE2\x80\x9C", 3) == 0)) ||
		(n == 2 && memcmp(s, "\xC2\xBB", 2) == 0);
}

/* Does the '.' at token dot belong to an abbreviation or an initial? */
static bool
dot_is_abbreviation(const dsr_scan *scan, size_t dot)
{
	const dsr_token *w;
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		pos = 0;

	if (dot == 0 || !dsr_token_glued(scan, dot))
		return false;
	w = &scan->tokens[dot - 1];
	if (w->kind != DSR_TOK_WORD)
		return false;
	/* a single capital letter is an initial: "J. Doe", "M. Dupont" */
	if ((w->flags & DSR_TF_CAPITALISED) && dot >= 1)
	{
		utf8proc_int32_t cp;
		size_t		n = decode((const unsigned char *) scan->buf + w->start,
							   (const unsigned char *) scan->buf + w->end, &cp);

		if (n == w->end - w->start)
			return true;
	}
	if (!dsr_lexicon_append_token(scan, dot - 1, key, sizeof(key), &pos))
		return false;
	return dsr_lexicon_find(key, pos, DSR_LEX_ABBREVIATION, DSR_LANG_ALL) != NULL;
}

/*
 * Number the sentences. A sentence ends at . ! ? … (plus closing quotes or
 * brackets) followed by whitespace and a token that does not start with a
 * lower-case letter, unless the '.' ends an abbreviation or an initial; at a
 * blank line; and at a line break followed by anything but a lower-case word.
 */
static void
number_sentences(dsr_scan *scan)
{
	uint32_t	sentence = 0;
	size_t		i;
	size_t		break_at = 0;	/* token index that starts the next sentence */

	for (i = 0; i < scan->ntokens; i++)
	{
		dsr_token  *t = &scan->tokens[i];
		bool		lower_word = t->kind == DSR_TOK_WORD && !(t->flags & DSR_TF_CAPITALISED);
		bool		starts = (i == 0) || (i == break_at);

		if (!starts && (t->flags & DSR_TF_PARAGRAPH_BEFORE))
			starts = true;
		if (!starts && (t->flags & DSR_TF_NEWLINE_BEFORE) && !lower_word)
			starts = true;
		if (starts)
		{
			sentence++;
			t->flags |= DSR_TF_SENTENCE_START;
		}
		t->sentence = sentence;

		if (is_terminal(scan, i))
		{
			size_t		j = i + 1;

			while (j < scan->ntokens && dsr_token_glued(scan, j) &&
				   (is_terminal(scan, j) || is_closing(scan, j)))
				j++;
			if (j < scan->ntokens && !dsr_token_glued(scan, j) &&
				!(scan->tokens[j].kind == DSR_TOK_WORD &&
				  !(scan->tokens[j].flags & DSR_TF_CAPITALISED)) &&
				!(scan->buf[scan->tokens[i].start] == '.' && dot_is_abbreviation(scan, i)))
				break_at = j;
		}
	}
	scan->nsentences = sentence;
}

int
dsr_scan_text(const char *buf, size_t len, const dsr_options *opts, dsr_scan *scan)
{
	const unsigned char *p = (const unsigned char *) buf;
	const unsigned char *end = p + len;
	uint32_t	nchars = 0;
	size_t		capacity = 0;
	unsigned	newlines = 0;
	bool		space = false;
	bool		only_nbsp = true;
	int			rc;

	memset(scan, 0, sizeof(*scan));
	scan->buf = buf;
	scan->len = len;
	scan->opts = *opts;
	if (len > DSR_MAX_INPUT)
		return DSR_ETOOBIG;
	rc = dsr_lexicon_init();
	if (rc != DSR_OK)
		return rc;

	while (p < end)
	{
		utf8proc_int32_t cp;
		bool		upper;
		size_t		n = decode(p, end, &cp);
		char_class	cc = cp < 0 ? CC_PUNCT : classify(cp, &upper);
		dsr_token  *t;

		if (cp < 0)
			upper = false;
		if (cc == CC_SPACE || cc == CC_FORMAT)
		{
			if (cc == CC_SPACE)
			{
				space = true;
				if (cp != 0xA0 && cp != 0x202F)
					only_nbsp = false;
				if (cp == '\n' || cp == 0x2029 ||
					(cp == '\r' && !(p + 1 < end && p[1] == '\n')))
					newlines += cp == 0x2029 ? 2 : 1;
			}
			p += n;
			nchars++;
			continue;
		}

		if (!dsr_array_reserve(opts, (void **) &scan->tokens, scan->ntokens, &capacity,
							   sizeof(dsr_token)))
		{
			dsr_scan_free(scan);
			return DSR_ENOMEM;
		}
		if ((scan->ntokens & (DSR_STOP_POLL_TOKENS - 1)) == 0 && opts->should_stop &&
			opts->should_stop(opts->stop_arg))
		{
			dsr_scan_free(scan);
			return DSR_ECANCELLED;
		}
		t = &scan->tokens[scan->ntokens++];
		t->start = (uint32_t) ((const char *) p - buf);
		t->char_start = nchars;
		t->sentence = 0;
		t->flags = 0;
		if (space)
		{
			t->flags |= DSR_TF_SPACE_BEFORE;
			if (only_nbsp)
				t->flags |= DSR_TF_NBSP_BEFORE;
		}
		if (newlines >= 1)
			t->flags |= DSR_TF_NEWLINE_BEFORE;
		if (newlines >= 2)
			t->flags |= DSR_TF_PARAGRAPH_BEFORE;
		space = false;
		only_nbsp = true;
		newlines = 0;
		p += n;
		nchars++;

		if (cc == CC_LETTER)
		{
			bool		all_upper = upper;
			unsigned	letters = 1;

			t->kind = DSR_TOK_WORD;
			if (upper)
				t->flags |= DSR_TF_CAPITALISED;
			while (p < end)
			{
				size_t		m = decode(p, end, &cp);
				bool		up;
				char_class	c2 = cp < 0 ? CC_PUNCT : classify(cp, &up);

				if (c2 == CC_LETTER || c2 == CC_FORMAT)
				{
					if (c2 == CC_LETTER)
					{
						letters++;
						all_upper = all_upper && up;
					}
				}
				else if (c2 == CC_DIGIT)
					t->flags |= DSR_TF_HAS_DIGIT;
				else
					break;
				p += m;
				nchars++;
			}
			if (all_upper && letters > 1)
				t->flags |= DSR_TF_ALL_CAPS;
		}
		else if (cc == CC_DIGIT)
		{
			t->kind = DSR_TOK_NUMBER;
			while (p < end && *p >= '0' && *p <= '9')
			{
				p++;
				nchars++;
			}
		}
		else
			t->kind = cc == CC_SIGN ? DSR_TOK_CURRENCY_SIGN : DSR_TOK_PUNCT;
		t->end = (uint32_t) ((const char *) p - buf);
	}
	scan->nchars = nchars;
	number_sentences(scan);
	return DSR_OK;
}

void
dsr_scan_free(dsr_scan *scan)
{
	if (scan->tokens)
		dsr_release(&scan->opts, scan->tokens);
	scan->tokens = NULL;
	scan->ntokens = 0;
}
