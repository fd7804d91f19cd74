/*
 * scan.c — the shared pass over a text: tokens with byte and code point
 * offsets, token flags, and sentence numbers. A full scan tokenizes every
 * byte; a money scan tokenizes only windows around currency cues (signs,
 * codes, currency words), found by one cheap pass. Both number sentences
 * with the same byte-level rules, so every extractor agrees on them.
 */
#include "internal.h"
#include "lexicon.h"

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Bytes of context tokenized around a currency cue in a money scan. */
#define WINDOW_BEFORE	48
#define WINDOW_AFTER	48
/* The longest abbreviation in src/data/abbreviations.tsv, in letters. */
#define MAX_ABBREVIATION_LETTERS	6

typedef enum char_class
{
	CC_SPACE,
	CC_LETTER,
	CC_DIGIT,
	CC_SIGN,					/* currency sign */
	CC_PUNCT,
	CC_FORMAT					/* zero-width format character: joins nothing, splits nothing */
} char_class;

/* Classes of ASCII, upper-case letters marked apart. */
#define CC_UPPER_ASCII	0x80
static uint8_t ascii_class[128];
/* Bytes that may end a sentence: . ! ? line breaks, and the lead byte of … and U+2029. */
static const unsigned char sentence_end_bytes[] = {'.', '!', '?', '\n', '\r', 0xE2};
static bool sentence_byte[256];

static bool ascii_ready;

static void
init_ascii_class(void)
{
	int			c;

	if (ascii_ready)
		return;
	for (c = 0; c < 128; c++)
	{
		uint8_t		cls;

		if (c >= '0' && c <= '9')
			cls = CC_DIGIT;
		else if (c >= 'a' && c <= 'z')
			cls = CC_LETTER;
		else if (c >= 'A' && c <= 'Z')
			cls = CC_LETTER | CC_UPPER_ASCII;
		else if (c == ' ' || (c >= '\t' && c <= '\r'))
			cls = CC_SPACE;
		else if (c == '$')
			cls = CC_SIGN;
		else if (c < 0x20 || c == 0x7F)
			cls = CC_SPACE;		/* other control characters separate like spaces */
		else
			cls = CC_PUNCT;
		ascii_class[c] = cls;
	}
	for (c = 0; c < (int) sizeof(sentence_end_bytes); c++)
		sentence_byte[sentence_end_bytes[c]] = true;

	ascii_ready = true;
}

/* Classify a non-ASCII code point; *upper is set for upper/title-case letters. */
static char_class
classify_wide(utf8proc_int32_t cp, bool *upper)
{
	const utf8proc_property_t *prop = utf8proc_get_property(cp);

	*upper = false;
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

/*
 * Decode and classify the code point at p (< end). Returns its byte length;
 * an invalid byte is one byte of punctuation.
 */
static inline size_t
next_char(const unsigned char *p, const unsigned char *end, utf8proc_int32_t *cp,
		  char_class *cls, bool *upper)
{
	utf8proc_ssize_t n;

	if (*p < 0x80)
	{
		uint8_t		c = ascii_class[*p];

		*cp = *p;
		*cls = (char_class) (c & ~CC_UPPER_ASCII);
		*upper = (c & CC_UPPER_ASCII) != 0;
		return 1;
	}
	n = utf8proc_iterate(p, end - p, cp);
	if (n <= 0)
	{
		*cp = -1;
		*cls = CC_PUNCT;
		*upper = false;
		return 1;
	}
	*cls = classify_wide(*cp, upper);
	return (size_t) n;
}

/* Length of the line break at p ("\n", a lone "\r", U+2029), or 0. */
static size_t
line_break_len(const unsigned char *p, const unsigned char *end)
{
	if (*p == '\n')
		return 1;
	if (*p == '\r')
		return (p + 1 < end && p[1] == '\n') ? 0 : 1;
	if (*p == 0xE2 && end - p >= 3 && p[1] == 0x80 && p[2] == 0xA9)
		return 3;
	return 0;
}

static inline bool
is_space_at(const unsigned char *p, const unsigned char *end, size_t *n, bool *newline)
{
	utf8proc_int32_t cp;
	char_class	cls;
	bool		upper;

	*n = next_char(p, end, &cp, &cls, &upper);
	*newline = line_break_len(p, end) != 0;
	return cls == CC_SPACE;
}

/* Code points in [p, end): bytes that do not continue a sequence (10xxxxxx). */
static uint32_t
count_chars(const unsigned char *p, const unsigned char *end)
{
	uint32_t	n = 0;

#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time: continuation bytes (0x80-0xBF, signed below
	 * -64) are counted in byte lanes, added up before a lane can overflow.
	 */
	while (end - p >= 16)
	{
		size_t		steps = (size_t) (end - p) / 16;
		size_t		i;
		__m128i		cont = _mm_setzero_si128();
		__m128i		sums;

		if (steps > 255)
			steps = 255;
		for (i = 0; i < steps; i++, p += 16)
			cont = _mm_sub_epi8(cont, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *) p),
													 _mm_set1_epi8(-64)));
		sums = _mm_sad_epu8(cont, _mm_setzero_si128());
		n += (uint32_t) (16 * steps) -
			(uint32_t) (_mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
	}
#endif
	/* eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear */
	while (end - p >= 8)
	{
		uint64_t	w,
					cont;

		memcpy(&w, p, 8);
		cont = (w & ~(w << 1)) & UINT64_C(0x8080808080808080);

		/* add up the continuation flags, one per byte, with a multiply */
		n += 8 - (uint32_t) (((cont >> 7) * UINT64_C(0x0101010101010101)) >> 56);
		p += 8;
	}
	while (p < end)
		n += (*p++ & 0xC0) != 0x80;
	return n;
}

/* -------------------------------------------------------------- words */

/* Bit 7 set in each byte of w that is an ASCII letter. */
static inline uint64_t
ascii_letter_mask(uint64_t w)
{
	const uint64_t high = UINT64_C(0x8080808080808080);
	const uint64_t low7 = UINT64_C(0x7F7F7F7F7F7F7F7F);
	/* fold case, then test each byte for 'a' <= x <= 'z' without carries between bytes */
	uint64_t	x = (w | UINT64_C(0x2020202020202020)) & low7;
	uint64_t	ge_a = x + UINT64_C(0x1F1F1F1F1F1F1F1F);	/* 0x80 - 'a' */
	uint64_t	gt_z = x + UINT64_C(0x0505050505050505);	/* 0x80 - ('z' + 1) */

	return ge_a & ~gt_z & ~w & high;
}

/*
 * sign_word for a word with letters beyond ASCII: lower-case it as
 * dsr_lexicon_append_token does, then sign it. Out of line: it is rare.
 */
static __attribute__((noinline)) const unsigned char *
sign_word_wide(const unsigned char *p, const unsigned char *end, uint32_t *sig,
			   unsigned *letters, bool *all_caps)
{
	unsigned char lower[DSR_LEX_MAX_KEY_BYTES];
	size_t		n = 0;
	bool		all_upper = true;
	const unsigned char *q = p;

	*letters = 0;
	while (q < end)
	{
		utf8proc_int32_t cp;
		char_class	cls;
		bool		upper;
		size_t		m = next_char(q, end, &cp, &cls, &upper);

		if (cls == CC_FORMAT)
		{
			q += m;
			continue;
		}
		if (cls != CC_LETTER)
			break;
		if (n + 4 <= sizeof(lower))
		{
			utf8proc_ssize_t k = utf8proc_encode_char(cp == 0x02BC ? '\'' : utf8proc_tolower(cp),
													  lower + n);

			n += k > 0 ? (size_t) k : 0;
		}
		(*letters)++;
		all_upper = all_upper && upper;
		q += m;
	}
	*all_caps = all_upper && *letters > 0;
	*sig = dsr_lex_signature_of(lower, n);
	return q;
}


/*
 * The end of the word of ASCII letters starting at p, and whether they are all
 * capitals; NULL when the word goes on with other letters (sign_word_wide).
 */
static inline __attribute__((always_inline)) const unsigned char *
ascii_word_end(const unsigned char *p, const unsigned char *end, bool *all_caps)
{
	const unsigned char *q = p;
	bool		all_upper = true;

	/* eight bytes at a time */
	for (;;)
	{
		uint64_t	w,
					letters_mask,
					upper_mask,
					stop;
		unsigned	k;

		if (end - q < 8)
		{
			while (q < end && *q < 0x80 && (ascii_class[*q] & ~CC_UPPER_ASCII) == CC_LETTER)
			{
				all_upper = all_upper && (ascii_class[*q] & CC_UPPER_ASCII);
				q++;
			}
			break;
		}
		memcpy(&w, q, 8);
		letters_mask = ascii_letter_mask(w);
		/* an upper-case ASCII letter has bit 5 clear */
		upper_mask = letters_mask & ~(w << 2);
		stop = ~letters_mask & UINT64_C(0x8080808080808080);
		k = stop ? (unsigned) __builtin_ctzll(stop) / 8 : 8;
		if (k < 8)
		{
			uint64_t	first = (UINT64_C(1) << (8 * k)) - 1;

			all_upper = all_upper && (upper_mask & first) == (letters_mask & first);
			q += k;
			break;
		}
		all_upper = all_upper && upper_mask == letters_mask;
		q += 8;
	}
	*all_caps = all_upper && q > p;
	/* a letter beyond ASCII goes on: not ours */
	return (q >= end || *q < 0x80) ? q : NULL;
}

/* The signature of the ASCII word [p, q): | 0x20 lower-cases its letters. */
static inline uint32_t
ascii_signature(const unsigned char *p, const unsigned char *q)
{
	size_t		len = (size_t) (q - p);
	uint32_t	head,
				tail;

	if (len >= 3)
	{
		head = (p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16)) | 0x202020;
		tail = (q[-1] | ((uint32_t) q[-2] << 8) | ((uint32_t) q[-3] << 16)) | 0x202020;
	}
	else if (len == 2)
	{
		head = (p[0] | ((uint32_t) p[1] << 8)) | 0x2020;
		tail = (p[1] | ((uint32_t) p[0] << 8)) | 0x2020;
	}
	else
		head = tail = p[0] | 0x20;
	return dsr_lex_signature(len, head, tail);
}

/*
 * The end of the word starting at p, with the cue-filter signature of its
 * lower-cased form (dsr_lex_signature_of), its number of letters and whether
 * they are all capitals.
 */
static inline const unsigned char *
sign_word(const unsigned char *p, const unsigned char *end, uint32_t *sig, unsigned *letters,
		  bool *all_caps)
{
	const unsigned char *q = ascii_word_end(p, end, all_caps);

	if (!q)
		return sign_word_wide(p, end, sig, letters, all_caps);
	*letters = (unsigned) (q - p);
	*sig = ascii_signature(p, q);
	return q;
}

/* Is the word [p, q) of that many letters a scale letter glued to a code ("MUSD", "kEUR")? */
static inline bool
is_glued_scale_code(const unsigned char *p, const unsigned char *q, unsigned letters,
					bool all_caps)
{
	return letters == 4 && q - p == 4 && (all_caps || *p == 'k') &&
		(*p == 'M' || *p == 'K' || *p == 'k') && p[1] <= 'Z';
}

/*
 * Is the word [p, q) a currency cue: a word of a currency mention written in
 * words ("euros", "EUR"), or a scale letter glued to a code ("MUSD", "kEUR")?
 */
static inline bool
is_currency_cue(const unsigned char *p, const unsigned char *q, uint32_t sig, unsigned letters,
				bool all_caps)
{
	return (letters <= 32 && dsr_lexicon_may_end_currency(sig, all_caps)) ||
		is_glued_scale_code(p, q, letters, all_caps);
}

/*
 * is_currency_cue for a word of ASCII letters only: most words fail the shape
 * test and need no signature.
 */
static inline __attribute__((always_inline)) bool
is_ascii_currency_cue(const unsigned char *p, const unsigned char *q, bool all_caps)
{
	size_t		len = (size_t) (q - p);

	return (len >= 2 && dsr_lexicon_cue_shape(len, p[0], q[-1], all_caps) &&
			dsr_lexicon_may_end_currency(ascii_signature(p, q), all_caps)) ||
		is_glued_scale_code(p, q, (unsigned) len, all_caps);
}

/* --------------------------------------------------------- tokenizing */

/*
 * Characters in the n bytes of one step at p, counted as count_chars does:
 * a stray continuation byte of invalid UTF-8 belongs to the character before.
 */
static inline uint32_t
char_units(const unsigned char *p, size_t n)
{
	return n > 1 || (*p & 0xC0) != 0x80;
}

/*
 * Append the tokens of [from, to) to scan. from must not be inside a code
 * point; chars is the code point offset of from. With gap, the first token
 * is marked DSR_TF_GAP_BEFORE (text before it was not tokenized).
 */
static int
tokenize_range(dsr_scan *scan, size_t *capacity, size_t from, size_t to, uint32_t chars,
			   bool gap)
{
	const dsr_options *opts = &scan->opts;
	const unsigned char *base = (const unsigned char *) scan->buf;
	const unsigned char *p = base + from;
	const unsigned char *end = base + to;
	unsigned	newlines = 0;
	bool		space = false;
	bool		only_nbsp = true;

	/* prose has a token every five bytes or so: reserve once, grow rarely */
	if (!dsr_array_reserve_n(opts, (void **) &scan->tokens, scan->ntokens, capacity,
							 sizeof(dsr_token), (to - from) / 5 + 8))
		return DSR_ENOMEM;

	while (p < end)
	{
		utf8proc_int32_t cp;
		char_class	cc;
		bool		upper;
		size_t		n;
		dsr_token  *t;

		/* the space between two words, the commonest character, as below */
		if (*p == ' ')
		{
			space = true;
			only_nbsp = false;
			chars++;
			p++;
			continue;
		}
		n = next_char(p, end, &cp, &cc, &upper);
		if (cc == CC_SPACE || cc == CC_FORMAT)
		{
			if (cc == CC_SPACE)
			{
				space = true;
				if (cp != 0xA0 && cp != 0x202F)
					only_nbsp = false;
				if (cp == '\n' || (cp == '\r' && !(p + 1 < end && p[1] == '\n')))
					newlines++;
				else if (cp == 0x2029)
					newlines += 2;
			}
			chars += char_units(p, n);
			p += n;
			continue;
		}

		if (!dsr_array_reserve(opts, (void **) &scan->tokens, scan->ntokens, capacity,
							   sizeof(dsr_token)))
			return DSR_ENOMEM;
		if ((scan->ntokens & (DSR_STOP_POLL_TOKENS - 1)) == 0 && opts->should_stop &&
			opts->should_stop(opts->stop_arg))
			return DSR_ECANCELLED;
		t = &scan->tokens[scan->ntokens++];
		t->start = (uint32_t) (p - base);
		t->char_start = chars;
		t->sentence = 0;
		t->flags = 0;
		if (gap)
		{
			t->flags |= DSR_TF_GAP_BEFORE | DSR_TF_SPACE_BEFORE;
			gap = false;
		}
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
		chars += char_units(p, n);
		p += n;

		if (cc == CC_LETTER)
		{
			const unsigned char *word = p - n;
			uint32_t	sig;
			unsigned	letters;
			bool		all_caps;

			t->kind = DSR_TOK_WORD;
			if (upper)
				t->flags |= DSR_TF_CAPITALISED;
			p = sign_word(word, end, &sig, &letters, &all_caps);
			/* a letter a byte: all ASCII, one character a byte, nothing to count */
			chars += letters == (size_t) (p - word) ? letters - 1 : count_chars(word + n, p);
			if (all_caps && letters > 1)
				t->flags |= DSR_TF_ALL_CAPS;
			if (is_currency_cue(word, p, sig, letters, all_caps))
				t->flags |= DSR_TF_CURRENCY_CUE;
		}
		else if (cc == CC_DIGIT)
		{
			t->kind = DSR_TOK_NUMBER;
			while (p < end && *p >= '0' && *p <= '9')
			{
				p++;
				chars++;
			}
		}
		else
			t->kind = cc == CC_SIGN ? DSR_TOK_CURRENCY_SIGN : DSR_TOK_PUNCT;
		t->end = (uint32_t) (p - base);
	}
	return DSR_OK;
}

/* ------------------------------------------------------------ sentences */

/* Is the code point ending just before byte pos a letter? Sets *start to its first byte. */
static bool
letter_before(const unsigned char *base, size_t pos, size_t *start, bool *upper)
{
	size_t		s = pos;
	utf8proc_int32_t cp;
	char_class	cls;

	if (pos == 0)
		return false;
	s = pos - 1;
	while (s > 0 && (base[s] & 0xC0) == 0x80 && pos - s < 4)
		s--;
	next_char(base + s, base + pos, &cp, &cls, upper);
	*start = s;
	return cls == CC_LETTER;
}

/* Does the '.' at byte dot end an abbreviation ("Mrd.", "Dr.") or an initial ("J.")? */
static bool
ends_abbreviation(const char *buf, size_t dot)
{
	const unsigned char *base = (const unsigned char *) buf;
	size_t		start = dot;
	size_t		s;
	bool		upper,
				first_upper = false;
	unsigned	letters = 0;
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		pos = 0;
	size_t		i;

	/* abbreviations are short words: look no further back than that */
	while (letters <= MAX_ABBREVIATION_LETTERS)
	{
		/* an ASCII byte is a whole character: no decoding */
		if (start > 0 && base[start - 1] < 0x80)
		{
			uint8_t		c = ascii_class[base[start - 1]];

			if ((c & ~CC_UPPER_ASCII) != CC_LETTER)
				break;
			start--;
			upper = (c & CC_UPPER_ASCII) != 0;
		}
		else if (letter_before(base, start, &s, &upper))
			start = s;
		else
			break;
		first_upper = upper;
		letters++;
	}
	if (letters == 0 || letters > MAX_ABBREVIATION_LETTERS)
		return false;
	/* a single capital letter is an initial: "J. Doe", "M. Dupont" */
	if (letters == 1 && first_upper)
		return true;
	/* lower-case the word as the lexicon keys are */
	for (i = start; i < dot && pos + 4 < sizeof(key);)
	{
		utf8proc_int32_t cp;
		char_class	cls;
		utf8proc_ssize_t m;

		if (base[i] < 0x80)
		{
			/* an ASCII letter: lower-cased as utf8proc_tolower does */
			key[pos++] = (char) (base[i] >= 'A' && base[i] <= 'Z' ? base[i] | 0x20 : base[i]);
			i++;
			continue;
		}
		i += next_char(base + i, base + dot, &cp, &cls, &upper);
		if (cp < 0)
			return false;
		m = utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *) key + pos);
		if (m <= 0)
			return false;
		pos += m;
	}
	if (i < dot)
		return false;
	return dsr_lexicon_find(key, pos, DSR_LEX_ABBREVIATION, DSR_LANG_ALL) != NULL;
}

size_t
dsr_closing_mark_len(const unsigned char *p, const unsigned char *end)
{
	if (*p == '"' || *p == '\'' || *p == ')' || *p == ']')
		return 1;
	/* » U+00BB */
	if (end - p >= 2 && p[0] == 0xC2 && p[1] == 0xBB)
		return 2;
	/* ’ U+2019, “ U+201C (German closing), ” U+201D */
	if (end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
		(p[2] == 0x99 || p[2] == 0x9C || p[2] == 0x9D))
		return 3;
	return 0;
}

static size_t
terminal_len(const unsigned char *p, const unsigned char *end)
{
	if (*p == '.' || *p == '!' || *p == '?')
		return 1;
	/* … U+2026 */
	if (end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xA6)
		return 3;
	return 0;
}

/* Does a lower-case letter start at p? */
static bool
lower_letter_at(const unsigned char *p, const unsigned char *end)
{
	utf8proc_int32_t cp;
	char_class	cls;
	bool		upper;

	if (*p < 0x80)
		return ascii_class[*p] == CC_LETTER;
	next_char(p, end, &cp, &cls, &upper);
	return cls == CC_LETTER && !upper;
}

/* Sentence starts found so far: byte offsets, in order. */
typedef struct sentence_starts
{
	uint32_t   *items;
	size_t		count;
	size_t		capacity;
} sentence_starts;

/*
 * Sentence rules, applied at a byte that may end a sentence (sentence_byte):
 * a sentence ends at . ! ? … (plus closing quotes or brackets) followed by
 * whitespace and something other than a lower-case letter, unless the '.'
 * ends an abbreviation or an initial; at a blank line; and at a line break
 * followed by anything but a lower-case letter. Records the start of the
 * next sentence in ss and returns where to go on reading (> p), or NULL when
 * out of memory.
 */
static const unsigned char *
sentence_event(const char *buf, size_t len, const unsigned char *p, const dsr_options *opts,
			   sentence_starts *ss)
{
	const unsigned char *base = (const unsigned char *) buf;
	const unsigned char *end = base + len;
	const unsigned char *q = p;
	const unsigned char *r;
	unsigned	newlines = 0;
	bool		terminal = false;
	bool		dot = false;
	bool		spaced = false;
	size_t		tl = terminal_len(p, end);

	if (tl)
	{
		size_t		cl = 0;

		dot = *p == '.';
		q = p + tl;
		/* "?!", "...", closing quotes: all part of the same end */
		while (q < end && ((tl = terminal_len(q, end)) || (cl = dsr_closing_mark_len(q, end))))
		{
			q += tl ? tl : cl;
			dot = false;
		}
		terminal = true;
	}
	else if (*p != '\n' && *p != '\r' && !(end - p >= 3 && p[1] == 0x80 && p[2] == 0xA9))
		return p + 1;			/* some other character starting with 0xE2 */

	/* the whitespace after the end (or the line break itself) */
	r = q;
	while (r < end)
	{
		size_t		n;
		bool		nl;

		if (*r < 0x80)
		{
			/* ASCII: its class and line_break_len's answer without decoding */
			if (ascii_class[*r] != CC_SPACE)
				break;
			spaced = true;
			newlines += *r == '\n' || (*r == '\r' && !(r + 1 < end && r[1] == '\n'));
			r++;
			continue;
		}
		if (!is_space_at(r, end, &n, &nl))
			break;
		spaced = true;
		if (nl)
			newlines += (r[0] == 0xE2) ? 2 : 1;
		r += n;
	}
	if (r < end && spaced && r > base &&
		(newlines >= 2 ||
		 ((newlines == 1 || terminal) && !lower_letter_at(r, end) &&
		  !(newlines == 0 && dot && ends_abbreviation(buf, (size_t) (p - base))))))
	{
		if (!dsr_array_reserve(opts, (void **) &ss->items, ss->count, &ss->capacity,
							   sizeof(uint32_t)))
			return NULL;
		ss->items[ss->count++] = (uint32_t) (r - base);
	}
	return r > p ? r : p + 1;
}

/*
 * The first byte in [p, end) that is one of the n bytes of set, or end:
 * sixteen bytes at a time with SSE2. Inlined with a constant set, its
 * compares unroll as if written out.
 */
static inline const unsigned char *
next_byte_in(const unsigned char *p, const unsigned char *end, const unsigned char *set, size_t n)
{
	size_t		i;

#ifdef __SSE2__
	while (end - p >= 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) p);
		__m128i		hit = _mm_setzero_si128();
		unsigned	mask;

#pragma GCC unroll 8
		for (i = 0; i < n; i++)
			hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8((char) set[i])));
		mask = (unsigned) _mm_movemask_epi8(hit);
		if (mask)
			return p + __builtin_ctz(mask);
		p += 16;
	}
#endif
	for (; p < end; p++)
		for (i = 0; i < n; i++)
			if (*p == set[i])
				return p;
	return end;
}

/* The first byte in [p, end) that may end a sentence (sentence_byte), or end. */
static const unsigned char *
next_sentence_byte(const unsigned char *p, const unsigned char *end)
{
	return next_byte_in(p, end, sentence_end_bytes, sizeof(sentence_end_bytes));
}

/* The sentence starts in [0, limit) of the text, limit <= len. */
static int
find_sentence_starts(const char *buf, size_t len, size_t limit, const dsr_options *opts,
					 sentence_starts *ss)
{
	const unsigned char *p = (const unsigned char *) buf;
	const unsigned char *end = p + limit;
	size_t		polled = 0;

	while (p < end)
	{
		p = next_sentence_byte(p, end);
		if (p >= end)
			break;
		if (++polled >= DSR_STOP_POLL_TOKENS)
		{
			polled = 0;
			if (opts->should_stop && opts->should_stop(opts->stop_arg))
				return DSR_ECANCELLED;
		}
		p = sentence_event(buf, len, p, opts, ss);
		if (!p)
			return DSR_ENOMEM;
	}
	return DSR_OK;
}

/*
 * Give every token its sentence number from the sorted sentence starts:
 * 1 + the starts at or before it. first_visible is the offset of the text's
 * first non-space character, where sentence 1 begins.
 */
static void
assign_sentences(dsr_scan *scan, const uint32_t *starts, size_t nstarts, size_t first_visible)
{
	size_t		i;
	size_t		s = 0;

	/* a line break before the first word starts nothing */
	while (s < nstarts && starts[s] <= first_visible)
		starts++, nstarts--;
	for (i = 0; i < scan->ntokens; i++)
	{
		dsr_token  *t = &scan->tokens[i];

		while (s < nstarts && starts[s] < t->start)
			s++;
		if ((s < nstarts && starts[s] == t->start) || t->start == first_visible)
			t->flags |= DSR_TF_SENTENCE_START;
		if (s < nstarts && starts[s] == t->start)
			s++;
		t->sentence = (uint32_t) s + 1;
	}
	scan->nsentences = first_visible < scan->len ? (uint32_t) nstarts + 1 : 0;
}

/* Offset of the first character that is not whitespace, or len. */
static size_t
first_visible_offset(const char *buf, size_t len)
{
	const unsigned char *base = (const unsigned char *) buf;
	const unsigned char *p = base;
	const unsigned char *end = base + len;

	while (p < end)
	{
		utf8proc_int32_t cp;
		char_class	cls;
		bool		upper;
		size_t		n = next_char(p, end, &cp, &cls, &upper);

		if (cls != CC_SPACE && cls != CC_FORMAT)
			break;
		p += n;
	}
	return (size_t) (p - base);
}

static int
begin_scan(const char *buf, size_t len, const dsr_options *opts, dsr_scan *scan)
{
	memset(scan, 0, sizeof(*scan));
	scan->buf = buf;
	scan->len = len;
	scan->opts = *opts;
	init_ascii_class();
	if (len > DSR_MAX_INPUT)
		return DSR_ETOOBIG;
	return dsr_lexicon_init();
}

/* Number the sentences of the tokens from ss, then release ss. */
static int
finish_scan(dsr_scan *scan, int rc, sentence_starts *ss)
{
	if (rc == DSR_OK)
		assign_sentences(scan, ss->items, ss->count, first_visible_offset(scan->buf, scan->len));
	dsr_release(&scan->opts, ss->items);
	if (rc != DSR_OK)
		dsr_scan_free(scan);
	return rc;
}

int
dsr_scan_text(const char *buf, size_t len, const dsr_options *opts, dsr_scan *scan)
{
	size_t		capacity = 0;
	sentence_starts ss = {NULL, 0, 0};
	int			rc = begin_scan(buf, len, opts, scan);

	if (rc == DSR_OK)
	{
		rc = tokenize_range(scan, &capacity, 0, len, 0, false);
		scan->nchars = count_chars((const unsigned char *) buf,
								   (const unsigned char *) buf + len);
	}
	if (rc == DSR_OK)
		rc = find_sentence_starts(buf, len, len, opts, &ss);
	return finish_scan(scan, rc, &ss);
}

/* ------------------------------------------------------------ money scan */

/* Is byte pos a place to cut the text without splitting a token or a number? */
static bool
cut_point(const unsigned char *base, size_t len, size_t pos)
{
	if (pos == 0 || pos >= len)
		return true;
	/* after an ASCII space or line break, unless digits sit on both sides */
	if (base[pos - 1] != ' ' && base[pos - 1] != '\n' && base[pos - 1] != '\t')
		return false;
	return !(pos >= 2 && base[pos - 2] >= '0' && base[pos - 2] <= '9' &&
			 base[pos] >= '0' && base[pos] <= '9');
}

/*
 * Window edges are counted in bytes of words and signs, not of blanks or
 * digits: from pos, move until `want` such bytes are passed (a run of blanks
 * between an amount's parts, or a long number, must not cut it).
 */
static size_t
reach_forward(const unsigned char *base, size_t len, size_t pos, size_t want)
{
	while (pos < len && want > 0)
	{
		if (base[pos] >= 0x80 || (ascii_class[base[pos]] != CC_SPACE &&
								  ascii_class[base[pos]] != CC_DIGIT))
			want--;
		pos++;
	}
	return pos;
}

static size_t
reach_back(const unsigned char *base, size_t pos, size_t floor, size_t want)
{
	while (pos > floor && want > 0)
	{
		pos--;
		if (base[pos] >= 0x80 || (ascii_class[base[pos]] != CC_SPACE &&
								  ascii_class[base[pos]] != CC_DIGIT))
			want--;
	}
	return pos;
}

/* A stretch of text to tokenize; gap when text before it is skipped. */
typedef struct text_window
{
	size_t		start;
	size_t		end;
	bool		gap;
} text_window;

/*
 * Windows are listed while the text is searched and tokenized at the end, so
 * that the token array is allocated once for all of them: grown by doubling
 * over a 10 MB text, it was copied and its fresh pages faulted in again and
 * again.
 */
typedef struct window_builder
{
	dsr_scan   *scan;
	size_t		win_start;		/* the open window, [win_start, win_end) */
	size_t		win_end;
	bool		open;
	size_t		done;			/* bytes before this are in a window or skipped */
	text_window *windows;		/* the closed windows, in text order */
	size_t		nwindows;
	size_t		wcapacity;
} window_builder;

/* Close the open window: add it to the list. */
static int
flush_window(window_builder *wb)
{
	const unsigned char *base = (const unsigned char *) wb->scan->buf;
	text_window w;

	if (!wb->open)
		return DSR_OK;
	w.gap = wb->win_start > wb->done;
	/* start at the whitespace before the window, so the first token's flags are right */
	while (wb->win_start > wb->done && wb->win_start > 0 &&
		   (base[wb->win_start - 1] == ' ' || base[wb->win_start - 1] == '\n' ||
			base[wb->win_start - 1] == '\t' || base[wb->win_start - 1] == '\r'))
		wb->win_start--;
	w.start = wb->win_start;
	w.end = wb->win_end;
	if (!dsr_array_reserve(&wb->scan->opts, (void **) &wb->windows, wb->nwindows,
						   &wb->wcapacity, sizeof(text_window)))
		return DSR_ENOMEM;
	wb->windows[wb->nwindows++] = w;
	wb->done = wb->win_end;
	wb->open = false;
	return DSR_OK;
}

/*
 * Close the open window and tokenize the listed ones, when rc is DSR_OK;
 * sets the scan's nchars to the code points before the end of the last one.
 * Releases the list.
 */
static int
finish_windows(window_builder *wb, int rc)
{
	dsr_scan   *scan = wb->scan;
	const unsigned char *base = (const unsigned char *) scan->buf;
	size_t		capacity = 0,
				want = 0,
				prev = 0,
				i;
	uint32_t	chars = 0;

	if (rc == DSR_OK)
		rc = flush_window(wb);
	/* prose has a token every five bytes or so, as tokenize_range reserves */
	for (i = 0; rc == DSR_OK && i < wb->nwindows; i++)
		want += (wb->windows[i].end - wb->windows[i].start) / 5 + 8;
	if (rc == DSR_OK && want > 0 &&
		!dsr_array_reserve_n(&scan->opts, (void **) &scan->tokens, scan->ntokens, &capacity,
							 sizeof(dsr_token), want))
		rc = DSR_ENOMEM;
	for (i = 0; rc == DSR_OK && i < wb->nwindows; i++)
	{
		const text_window *w = &wb->windows[i];

		chars += count_chars(base + prev, base + w->start);
		rc = tokenize_range(scan, &capacity, w->start, w->end, chars, w->gap && w->start > 0);
		chars += count_chars(base + w->start, base + w->end);
		prev = w->end;
	}
	scan->nchars = chars;
	dsr_release(&scan->opts, wb->windows);
	wb->windows = NULL;
	wb->nwindows = 0;
	return rc;
}

/*
 * Add the window [start, end) (both cut points, start at or after what is
 * already tokenized): it extends the open window when it touches it, else
 * the open window is tokenized and this one opens.
 */
static int
add_window(window_builder *wb, size_t start, size_t end)
{
	if (wb->open && start <= wb->win_end)
	{
		if (end > wb->win_end)
			wb->win_end = end;
		return DSR_OK;
	}
	if (wb->open)
	{
		int			rc = flush_window(wb);

		if (rc != DSR_OK)
			return rc;
	}
	wb->win_start = start;
	wb->win_end = end;
	wb->open = true;
	return DSR_OK;
}

/* The text not yet covered by a window starts here. */
static size_t
window_floor(const window_builder *wb)
{
	return wb->open ? wb->win_end : wb->done;
}

/* Open or extend a window around the cue [from, to). */
static int
add_cue(window_builder *wb, size_t from, size_t to)
{
	const unsigned char *base = (const unsigned char *) wb->scan->buf;
	size_t		len = wb->scan->len;
	size_t		floor = window_floor(wb);
	size_t		start = reach_back(base, from, floor, WINDOW_BEFORE);
	size_t		end = reach_forward(base, len, to, WINDOW_AFTER);

	/*
	 * Window edges go to the nearest cut point outward, however far: a token
	 * cut in two would not be the token of a full scan. Each stretch of text
	 * is walked at most once, as windows only move forward.
	 */
	if (!wb->open || end > wb->win_end)
	{
		while (end < len && !cut_point(base, len, end))
			end++;
	}
	while (start > floor && !cut_point(base, len, start))
		start--;
	return add_window(wb, start, end);
}

static inline bool
is_ascii_letter(unsigned char c)
{
	return c < 0x80 && (ascii_class[c] & ~CC_UPPER_ASCII) == CC_LETTER;
}

/* Are the ASCII letters [p, q) all capitals (below 'a')? Read only for the few words that may be cues. */
static inline bool
ascii_all_caps(const unsigned char *p, const unsigned char *q)
{
	for (; p < q; p++)
	{
		if (*p >= 'a')
			return false;
	}
	return true;
}

/* What a block of up to 64 bytes holds, one bit per byte. */
typedef struct block_masks
{
	uint64_t	letters;		/* ASCII letters */
	uint64_t	high;			/* bytes beyond ASCII */
	uint64_t	wide;			/* first bytes of code points beyond ASCII */
	uint64_t	sentence;		/* bytes that may end a sentence (sentence_byte) */
	uint64_t	dollar;			/* $ */
} block_masks;

#ifdef __SSE2__
static inline void
classify_block(const unsigned char *p, block_masks *m)
{
	int			i;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < 4; i++)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (p + 16 * i));
		__m128i		folded = _mm_or_si128(x, _mm_set1_epi8(0x20));
		/* signed compares: bytes from 0x80 are negative, so never letters */
		__m128i		letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
										   _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
		/* continuation bytes 0x80-0xBF are the signed bytes below -64 */
		__m128i		cont = _mm_cmplt_epi8(x, _mm_set1_epi8(-64));
		__m128i		end = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
													_mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
									   _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
																 _mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE2))),
													_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
																 _mm_cmpeq_epi8(x, _mm_set1_epi8('\r')))));
		uint64_t	high = (uint64_t) (uint16_t) _mm_movemask_epi8(x);

		m->letters |= (uint64_t) (uint16_t) _mm_movemask_epi8(letter) << (16 * i);
		m->high |= high << (16 * i);
		m->wide |= (high & ~(uint64_t) (uint16_t) _mm_movemask_epi8(cont)) << (16 * i);
		m->sentence |= (uint64_t) (uint16_t) _mm_movemask_epi8(end) << (16 * i);
		m->dollar |= (uint64_t) (uint16_t) _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('$')))
			<< (16 * i);
	}
}
#else
static inline void
classify_block(const unsigned char *p, block_masks *m)
{
	int			i;

	memset(m, 0, sizeof(*m));
	for (i = 0; i < 64; i++)
	{
		uint64_t	bit = UINT64_C(1) << i;

		if (sentence_byte[p[i]])
			m->sentence |= bit;
		if (p[i] >= 0x80)
		{
			m->high |= bit;
			if ((p[i] & 0xC0) != 0x80)
				m->wide |= bit;
		}
		else if ((ascii_class[p[i]] & ~CC_UPPER_ASCII) == CC_LETTER)
			m->letters |= bit;
		else if (p[i] == '$')
			m->dollar |= bit;
	}
}
#endif

/*
 * Does the word of ASCII letters at w, which reaches the block's last byte,
 * need a visit: a cue, or a word that goes on beyond ASCII?
 */
static bool
edge_word_to_visit(const unsigned char *w, const unsigned char *end)
{
	bool		all_caps;
	const unsigned char *q = ascii_word_end(w, end, &all_caps);

	return !q || is_ascii_currency_cue(w, q, all_caps);
}

/*
 * The words of ASCII letters starting in the block (starts) that need a visit
 * in text order: the cues, and the words that may go on beyond ASCII. Most
 * words are judged from the block's masks and one lookup (the loop below);
 * those next to a byte beyond ASCII are all visited. high_before: the byte
 * before the block is beyond ASCII.
 */
static inline uint64_t
words_to_visit(const unsigned char *block, const unsigned char *end, const block_masks *m,
			   uint64_t starts, bool high_before)
{
	uint64_t	letters = m->letters;
	uint64_t	visit = starts & ((m->high << 1) | (high_before ? 1 : 0));
	/* the byte after each word that ends in the block: a carry runs through each word */
	uint64_t	high_after = (letters + starts) & ~letters & m->high;

	for (; high_after; high_after &= high_after - 1)
	{
		uint64_t	before = starts & ((high_after & -high_after) - 1);

		visit |= UINT64_C(1) << (63 - __builtin_clzll(before));
	}
	starts &= ~visit;
	if (starts && (letters >> 63))
	{
		/* the last word may reach the block's end: read it on */
		unsigned	top = 63 - (unsigned) __builtin_clzll(starts);

		if ((letters >> top) == (~UINT64_C(0) >> top))
		{
			if (edge_word_to_visit(block + top, end))
				visit |= UINT64_C(1) << top;
			starts &= ~(UINT64_C(1) << top);
		}
	}
	/* words inside the block between ASCII bytes */
	while (starts)
	{
		unsigned	s = (unsigned) __builtin_ctzll(starts);
		unsigned	e = s + (unsigned) __builtin_ctzll(~letters >> s);	/* just after the word */

		starts &= starts - 1;
		/* one lookup rejects most words; is_ascii_currency_cue decides the others */
		if (__builtin_expect((dsr_cue_shapes_any[e - s][block[s] & 31] >> (block[e - 1] & 31)) & 1, 0))
		{
			if (is_ascii_currency_cue(block + s, block + e, ascii_all_caps(block + s, block + e)))
				visit |= UINT64_C(1) << s;
		}
	}
	return visit;
}

/*
 * The money scan's cue pass: every word is tested against the cue filters,
 * every sign is a cue, and sentence ends are noted on the way. The text goes
 * by in blocks of 64 bytes classified at once; most words are judged from the
 * block's masks (words_to_visit), and only the bytes where something may
 * happen (a cue or a word that may be one, a sign, a code point beyond ASCII)
 * are visited one by one, in order, as windows only move forward. Sentence
 * ends are visited apart: nothing a cue visit reads over can end a sentence,
 * and nothing a sentence end reads over (marks, closing quotes, blanks) is a
 * cue.
 */
int
dsr_scan_money(const char *buf, size_t len, const dsr_options *opts, dsr_scan *scan)
{
	const unsigned char *base = (const unsigned char *) buf;
	const unsigned char *end = base + len;
	const unsigned char *p = base;	/* cue visits are done before p */
	const unsigned char *sp = base; /* sentence visits are done before sp */
	const unsigned char *block = base;
	window_builder wb;
	sentence_starts ss = {NULL, 0, 0};
	size_t		polled = 0;
	int			rc = begin_scan(buf, len, opts, scan);

	memset(&wb, 0, sizeof(wb));
	wb.scan = scan;
	while (rc == DSR_OK && block < end)
	{
		block_masks m;
		uint64_t	events,
					sentence,
					word_ends;
		const unsigned char *done;
		size_t		avail = (size_t) (end - block);
		bool		letter_before = block > base && is_ascii_letter(block[-1]);

		if (avail >= 64)
			classify_block(block, &m);
		else
		{
			unsigned char tail[64] = {0};

			memcpy(tail, block, avail);
			classify_block(tail, &m);
		}
		/* word starts: a letter after a non-letter; word ends: before a non-letter */
		events = words_to_visit(block, end, &m,
								m.letters & ~((m.letters << 1) | (letter_before ? 1 : 0)),
								block > base && block[-1] >= 0x80) | m.wide | m.dollar;
		word_ends = m.letters & ~(m.letters >> 1);

		for (sentence = m.sentence; sentence && rc == DSR_OK; sentence &= sentence - 1)
		{
			const unsigned char *at = block + __builtin_ctzll(sentence);

			if (at < sp)
				continue;		/* read over by the last sentence end */
			sp = sentence_event(buf, len, at, opts, &ss);
			if (!sp)
				rc = DSR_ENOMEM;
		}

		while (events && rc == DSR_OK)
		{
			unsigned	bit = (unsigned) __builtin_ctzll(events);
			const unsigned char *at = block + bit;
			uint64_t	one = UINT64_C(1) << bit;

			events &= events - 1;
			if (at < p)
				continue;		/* inside something already read */
			if (m.dollar & one)
			{
				rc = add_cue(&wb, (size_t) (at - base), (size_t) (at - base) + 1);
				p = at + 1;
			}
			else if (m.wide & one)
			{
				utf8proc_int32_t cp;
				char_class	cls;
				bool		upper;
				size_t		n = next_char(at, end, &cp, &cls, &upper);

				if (cls == CC_LETTER)
				{
					uint32_t	sig;
					unsigned	letters;
					bool		all_caps;
					const unsigned char *q = sign_word_wide(at, end, &sig, &letters, &all_caps);

					if (is_currency_cue(at, q, sig, letters, all_caps))
						rc = add_cue(&wb, (size_t) (at - base), (size_t) (q - base));
					p = q;
				}
				else
				{
					if (cls == CC_SIGN)
						rc = add_cue(&wb, (size_t) (at - base), (size_t) (at - base) + n);
					p = at + n;
				}
			}
			else
			{
				/* a word: its end from the block's letters when it ends inside the block */
				uint64_t	after = word_ends & (~UINT64_C(0) << bit);
				unsigned	last = after ? (unsigned) __builtin_ctzll(after) : 64;
				const unsigned char *q;
				bool		all_caps;

				if (last < 63 || (last == 63 && avail == 64 && block + 64 < end &&
								  !is_ascii_letter(block[64])))
				{
					q = block + last + 1;
					all_caps = ascii_all_caps(at, q);
					if (q < end && *q >= 0x80)
						q = NULL;	/* it may go on beyond ASCII */
				}
				else
					q = ascii_word_end(at, end, &all_caps);
				if (!q)
				{
					/* the word goes on beyond ASCII: read it whole */
					uint32_t	sig;
					unsigned	letters;

					q = sign_word_wide(at, end, &sig, &letters, &all_caps);
					if (is_currency_cue(at, q, sig, letters, all_caps))
						rc = add_cue(&wb, (size_t) (at - base), (size_t) (q - base));
				}
				else if (is_ascii_currency_cue(at, q, all_caps))
					rc = add_cue(&wb, (size_t) (at - base), (size_t) (q - base));
				p = q;
			}
		}
		if (++polled >= DSR_STOP_POLL_TOKENS / 16)
		{
			polled = 0;
			if (opts->should_stop && opts->should_stop(opts->stop_arg))
				rc = DSR_ECANCELLED;
		}
		/* the next block starts where both visits stopped, if that is further on */
		done = p < sp ? p : sp;
		block = done > block + 64 ? done : block + 64;
	}
	/* positions matter only as far as the last window */
	rc = finish_windows(&wb, rc);
	return finish_scan(scan, rc, &ss);
}

/* ------------------------------------------------------------ quote scan */

/*
 * Bytes of context tokenized before a line that opens a quote: the speaker
 * search looks back at most 400 tokens (quotes.c), about 2,500 bytes of prose.
 */
#define QUOTE_CONTEXT_BEFORE	3072
/* Bytes searched for marks between two calls of should_stop(). */
#define QUOTE_SEARCH_STRETCH	65536

/* Bytes that may start a quote mark: " ' and the lead bytes of « » and “ „ ‘ ‚. */
static const unsigned char mark_lead_bytes[] = {'"', '\'', 0xC2, 0xE2};

/* The first byte in [p, end) that may start a quote mark, or end. */
static const unsigned char *
next_mark_lead(const unsigned char *p, const unsigned char *end)
{
	return next_byte_in(p, end, mark_lead_bytes, sizeof(mark_lead_bytes));
}

/* Is the byte before a straight mark one that lets it open (quotes.c, mark_roles)? */
static bool
straight_mark_may_open(const unsigned char *base, const unsigned char *p,
					   const unsigned char *after, const unsigned char *end)
{
	unsigned char before = p > base ? p[-1] : ' ';

	/* it must touch the next word; anything beyond ASCII may be a letter, so it may open */
	if (after >= end || (*after < 0x80 && ascii_class[*after] == CC_SPACE))
		return false;
	if (before >= 0x80 || ascii_class[before] == CC_SPACE)
		return true;
	return (ascii_class[before] & ~CC_UPPER_ASCII) != CC_LETTER &&
		ascii_class[before] != CC_DIGIT && before != '=';
}

/*
 * Can a quote open at p? « and » (» opens in German books), “ „ ‘ ‚ always;
 * " and '' as the pairing in quotes.c lets them. The closing ” and ’ cannot
 * open a quote, so apostrophes cost nothing.
 */
static bool
opens_quote(const unsigned char *base, const unsigned char *p, const unsigned char *end)
{
	size_t		avail = (size_t) (end - p);

	switch (*p)
	{
		case '"':
			return straight_mark_may_open(base, p, p + 1, end);
		case '\'':
			return avail >= 2 && p[1] == '\'' && straight_mark_may_open(base, p, p + 2, end);
		case 0xC2:
			return avail >= 2 && (p[1] == 0xAB || p[1] == 0xBB);
		case 0xE2:
			return avail >= 3 && p[1] == 0x80 &&
				(p[2] == 0x9C || p[2] == 0x9E || p[2] == 0x98 || p[2] == 0x9A);
		default:
			return false;
	}
}

/* Where the line holding byte pos starts, not looking before floor. */
static size_t
line_start(const unsigned char *base, size_t len, size_t pos, size_t floor)
{
	while (pos > floor && !line_break_len(base + pos - 1, base + len) &&
		   !(pos >= 3 && line_break_len(base + pos - 3, base + len) == 3))
		pos--;
	return pos;
}

/* Just after the line break that ends the line holding byte pos, or len. */
static size_t
line_end(const unsigned char *base, size_t len, size_t pos)
{
	while (pos < len)
	{
		size_t		n = line_break_len(base + pos, base + len);

		if (n)
			return pos + n;
		pos++;
	}
	return len;
}

/*
 * Open or extend the window of a line that opens a quote at byte mark: from
 * QUOTE_CONTEXT_BEFORE bytes before the line (the speaker may be named
 * there) to the end of the next line (a quotation may go on there, and its
 * speaker follow it). Returns where the line ends, in *line_after.
 */
static int
add_quote_line(window_builder *wb, size_t mark, size_t *line_after)
{
	const unsigned char *base = (const unsigned char *) wb->scan->buf;
	size_t		len = wb->scan->len;
	size_t		floor = window_floor(wb);
	size_t		start = mark;
	size_t		end;

	*line_after = line_end(base, len, mark);
	end = line_end(base, len, *line_after);
	if (mark > floor)
	{
		/* a line not yet in the window: from its context on */
		start = line_start(base, len, mark, floor);
		start = start - floor > QUOTE_CONTEXT_BEFORE ? start - QUOTE_CONTEXT_BEFORE : floor;
		while (start > floor && !cut_point(base, len, start))
			start--;
	}
	while (end < len && !cut_point(base, len, end))
		end++;
	return add_window(wb, start, end);
}

/*
 * The quote scan: lines that can open a quote are found by a byte search for
 * the marks' lead bytes; only they, their context and the next line are
 * tokenized, and sentences are counted as far as the last of them. A text
 * without an opening mark costs one pass of the byte search.
 */
int
dsr_scan_quotes(const char *buf, size_t len, const dsr_options *opts, dsr_scan *scan)
{
	const unsigned char *base = (const unsigned char *) buf;
	const unsigned char *end = base + len;
	const unsigned char *p = base;
	const unsigned char *poll_at = base + QUOTE_SEARCH_STRETCH;
	window_builder wb;
	sentence_starts ss = {NULL, 0, 0};
	int			rc = begin_scan(buf, len, opts, scan);

	memset(&wb, 0, sizeof(wb));
	wb.scan = scan;
	while (rc == DSR_OK && p < end)
	{
		/* the search goes by stretches, so that a cancel is seen on a long text */
		const unsigned char *stretch = (size_t) (end - p) > QUOTE_SEARCH_STRETCH ?
			p + QUOTE_SEARCH_STRETCH : end;
		const unsigned char *mark = next_mark_lead(p, stretch);
		size_t		line_after;

		if (mark >= poll_at)
		{
			poll_at = mark + QUOTE_SEARCH_STRETCH;
			if (opts->should_stop && opts->should_stop(opts->stop_arg))
				rc = DSR_ECANCELLED;
		}
		if (rc != DSR_OK)
			break;
		if (mark == stretch)
			p = stretch;
		else if (!opens_quote(base, mark, end))
			p = mark + 1;
		else
		{
			/* marks later on the same line change nothing; the next line's do */
			rc = add_quote_line(&wb, (size_t) (mark - base), &line_after);
			p = base + line_after;
		}
	}
	{
		/* sentences are counted as far as the last window */
		size_t		last = wb.open ? wb.win_end : 0;

		rc = finish_windows(&wb, rc);
		if (rc == DSR_OK && last > 0)
			rc = find_sentence_starts(buf, len, last, opts, &ss);
	}
	return finish_scan(scan, rc, &ss);
}

void
dsr_scan_free(dsr_scan *scan)
{
	if (scan->tokens)
		dsr_release(&scan->opts, scan->tokens);
	scan->tokens = NULL;
	scan->ntokens = 0;
}
