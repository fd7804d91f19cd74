/*
 * test_scan.c — dsr_scan_text: token kinds and flags, byte and character
 * offsets in multibyte text, sentence numbering, empty and invalid input,
 * very long runs, cancellation and allocation failure.
 */
#include "unit.h"

/* One expected token: its exact text and kind. */
typedef struct expect_token
{
	const char *text;
	int			kind;
} expect_token;

#define W(t)	{ t, DSR_TOK_WORD }
#define N(t)	{ t, DSR_TOK_NUMBER }
#define C(t)	{ t, DSR_TOK_CURRENCY_SIGN }
#define P(t)	{ t, DSR_TOK_PUNCT }

/*
 * Properties every successful scan of valid UTF-8 has: tokens in order,
 * inside the input, not overlapping; char_start counts the code points
 * before start; sentences start at 1, never go back, grow by one at a time,
 * and the first token of each carries DSR_TF_SENTENCE_START.
 */
static void
check_scan_invariants(const char *buf, size_t len, const dsr_scan *scan,
					  bool valid_utf8)
{
	size_t		i;
	uint32_t	prev_end = 0;
	uint32_t	prev_sentence = 0;
	size_t		cp_pos = 0;		/* code points counted incrementally: */
	size_t		cp_count = 0;	/* cp_count = code points in buf[0..cp_pos) */

	CHECK(scan->buf == buf);
	CHECK_INT_EQ(scan->len, len);
	if (valid_utf8)
		CHECK_INT_EQ(scan->nchars, count_code_points(buf, len));
	for (i = 0; i < scan->ntokens; i++)
	{
		const dsr_token *t = &scan->tokens[i];
		bool		starts;

		CHECK_MSG(t->start < t->end && t->end <= len,
				  "token %zu has span [%u,%u) in an input of %zu bytes",
				  i, t->start, t->end, len);
		if (!(t->start < t->end && t->end <= len))
			continue;
		CHECK_MSG(t->start >= prev_end,
				  "token %zu starts at %u before the previous end %u",
				  i, t->start, prev_end);
		CHECK_MSG(t->kind >= DSR_TOK_WORD && t->kind <= DSR_TOK_PUNCT,
				  "token %zu has kind %u", i, t->kind);
		if (valid_utf8 && t->start < t->end && t->end <= len)
		{
			if (t->start < cp_pos)
				cp_pos = cp_count = 0;
			cp_count += count_code_points(buf + cp_pos, t->start - cp_pos);
			cp_pos = t->start;
			CHECK_MSG(t->char_start == cp_count,
					  "token %zu \"%.*s\": char_start %u, expected %zu", i,
					  (int) (t->end - t->start), buf + t->start, t->char_start,
					  cp_count);
		}
		if (i == 0)
			CHECK_INT_EQ(t->sentence, 1);
		else
			CHECK_MSG(t->sentence == prev_sentence || t->sentence == prev_sentence + 1,
					  "token %zu: sentence %u after sentence %u",
					  i, t->sentence, prev_sentence);
		starts = (i == 0 || t->sentence != prev_sentence);
		CHECK_MSG(((t->flags & DSR_TF_SENTENCE_START) != 0) == starts,
				  "token %zu \"%.*s\": SENTENCE_START flag %s", i,
				  (int) (t->end - t->start), buf + t->start,
				  starts ? "missing" : "set inside a sentence");
		prev_end = t->end;
		prev_sentence = t->sentence;
	}
	if (scan->ntokens > 0)
		CHECK_INT_EQ(scan->nsentences, scan->tokens[scan->ntokens - 1].sentence);
}

/* Scan s and compare its tokens, text and kind, with want[0..n). */
static void
check_tokens(const char *s, const expect_token *want, size_t n)
{
	dsr_scan	scan;
	char	   *buf;
	size_t		i;
	int			rc;

	unit_context("\"%s\"", s);
	rc = scan_exact(s, &buf, &scan);
	CHECK_INT_EQ(rc, DSR_OK);
	if (rc == DSR_OK)
	{
		check_scan_invariants(buf, strlen(s), &scan, true);
		CHECK_INT_EQ(scan.ntokens, n);
		for (i = 0; i < n && i < scan.ntokens; i++)
		{
			const dsr_token *t = &scan.tokens[i];

			CHECK_SPAN_EQ(buf + t->start, t->end - t->start, want[i].text);
			CHECK_MSG(t->kind == want[i].kind, "token %zu \"%s\": kind %u, expected %d",
					  i, want[i].text, t->kind, want[i].kind);
		}
		dsr_scan_free(&scan);
	}
	free(buf);
	unit_context("%s", "");
}

#define CHECK_TOKENS(s, ...) \
	do { \
		static const expect_token want_[] = { __VA_ARGS__ }; \
		check_tokens(s, want_, sizeof(want_) / sizeof(want_[0])); \
	} while (0)

/* The first token whose text is exactly text, or NULL. */
static const dsr_token *
find_token(const dsr_scan *scan, const char *buf, const char *text)
{
	size_t		i;
	size_t		n = strlen(text);

	for (i = 0; i < scan->ntokens; i++)
	{
		const dsr_token *t = &scan->tokens[i];

		if (t->end - t->start == n && memcmp(buf + t->start, text, n) == 0)
			return t;
	}
	return NULL;
}

void
test_scan_token_kinds(void)
{
	/* words, digit runs, currency signs, punctuation */
	CHECK_TOKENS("Prix : 15 € le kilo.",
				 W("Prix"), P(":"), N("15"), C("€"), W("le"), W("kilo"), P("."));
	/* digits after letters start a number ("USD115", "COP29"); a decimal comma splits numbers */
	CHECK_TOKENS("COP29 coûte $3,5.",
				 W("COP"), N("29"), W("coûte"), C("$"), N("3"), P(","), N("5"), P("."));
	/* letters after digits start a word of their own */
	CHECK_TOKENS("€2.5bn", C("€"), N("2"), P("."), N("5"), W("bn"));
	/* elision: the apostrophe, straight or curly, is its own token */
	CHECK_TOKENS("d'euros", W("d"), P("'"), W("euros"));
	CHECK_TOKENS("l’État", W("l"), P("’"), W("État"));
	/* a sign glued to letters or digits */
	CHECK_TOKENS("US$ 5 et £3, ¥500 ou 40 M€",
				 W("US"), C("$"), N("5"), W("et"), C("£"), N("3"), P(","),
				 C("¥"), N("500"), W("ou"), N("40"), W("M"), C("€"));
	/* other currency signs of category Sc */
	CHECK_TOKENS("₹ ₽ ¢", C("₹"), C("₽"), C("¢"));
	/* hyphenated number words */
	CHECK_TOKENS("quatre-vingt-dix", W("quatre"), P("-"), W("vingt"), P("-"), W("dix"));
	/* grouping spaces separate digit runs */
	CHECK_TOKENS("1 234,56", N("1"), N("234"), P(","), N("56"));
	/* an en dash in a range, an apostrophe in Swiss grouping */
	CHECK_TOKENS("20–50 CHF 1'234.50",
				 N("20"), P("–"), N("50"), W("CHF"), N("1"), P("'"), N("234"),
				 P("."), N("50"));
	/* a 4-byte code point that is not a currency sign is punctuation */
	CHECK_TOKENS("😀 5 €", P("😀"), N("5"), C("€"));
}

void
test_scan_flags(void)
{
	dsr_scan	scan;
	char	   *buf;
	const dsr_token *t;

	unit_context("flags: capitals, spaces");
	if (scan_exact("Le prix\xc2\xa0: 5 EUR, Über A ÉTAT COP29", &buf, &scan) == DSR_OK)
	{
		check_scan_invariants(buf, scan.len, &scan, true);
		CHECK(scan.ntokens >= 10);
		if ((t = find_token(&scan, buf, "Le")) != NULL)
		{
			CHECK(t->flags & DSR_TF_CAPITALISED);
			CHECK(!(t->flags & DSR_TF_SPACE_BEFORE));
			CHECK(t->flags & DSR_TF_SENTENCE_START);
		}
		if ((t = find_token(&scan, buf, "prix")) != NULL)
		{
			CHECK(!(t->flags & DSR_TF_CAPITALISED));
			CHECK(!(t->flags & DSR_TF_ALL_CAPS));
			CHECK(t->flags & DSR_TF_SPACE_BEFORE);
			CHECK(!(t->flags & DSR_TF_NBSP_BEFORE));
		}
		/* U+00A0 before the colon, as French typography wants */
		if ((t = find_token(&scan, buf, ":")) != NULL)
		{
			CHECK(t->flags & DSR_TF_SPACE_BEFORE);
			CHECK(t->flags & DSR_TF_NBSP_BEFORE);
		}
		else
			CHECK_MSG(false, "no ':' token: U+00A0 must be space, not part of a token");
		if ((t = find_token(&scan, buf, "EUR")) != NULL)
		{
			CHECK(t->flags & DSR_TF_ALL_CAPS);
			CHECK(t->flags & DSR_TF_CAPITALISED);
		}
		else
			CHECK(false);
		if ((t = find_token(&scan, buf, ",")) != NULL)
			CHECK(!(t->flags & DSR_TF_SPACE_BEFORE));
		if ((t = find_token(&scan, buf, "Über")) != NULL)
		{
			CHECK(t->flags & DSR_TF_CAPITALISED);
			CHECK(!(t->flags & DSR_TF_ALL_CAPS));
		}
		else
			CHECK(false);
		/* ALL_CAPS needs more than one letter */
		if ((t = find_token(&scan, buf, "A")) != NULL)
		{
			CHECK(t->flags & DSR_TF_CAPITALISED);
			CHECK(!(t->flags & DSR_TF_ALL_CAPS));
		}
		else
			CHECK(false);
		if ((t = find_token(&scan, buf, "ÉTAT")) != NULL)
			CHECK(t->flags & DSR_TF_ALL_CAPS);
		else
			CHECK(false);
		/* letters and digits glued: a word, then a number that touches it */
		if ((t = find_token(&scan, buf, "COP")) != NULL)
		{
			CHECK_INT_EQ(t->kind, DSR_TOK_WORD);
			CHECK_INT_EQ(t[1].kind, DSR_TOK_NUMBER);
			CHECK(!(t[1].flags & DSR_TF_SPACE_BEFORE));
		}
		else
			CHECK(false);
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);

	/* line breaks: one newline, a blank line, a blank line with spaces, CRLF */
	unit_context("flags: newlines");
	if (scan_exact("a\nb\n\nc\n  \t\nd\r\n\r\ne f", &buf, &scan) == DSR_OK)
	{
		check_scan_invariants(buf, scan.len, &scan, true);
		CHECK_INT_EQ(scan.ntokens, 6);
		if (scan.ntokens == 6)
		{
			CHECK(!(scan.tokens[0].flags & (DSR_TF_SPACE_BEFORE | DSR_TF_NEWLINE_BEFORE)));
			CHECK(scan.tokens[1].flags & DSR_TF_SPACE_BEFORE);
			CHECK(scan.tokens[1].flags & DSR_TF_NEWLINE_BEFORE);
			CHECK(!(scan.tokens[1].flags & DSR_TF_PARAGRAPH_BEFORE));
			CHECK(scan.tokens[2].flags & DSR_TF_NEWLINE_BEFORE);
			CHECK(scan.tokens[2].flags & DSR_TF_PARAGRAPH_BEFORE);
			CHECK(scan.tokens[3].flags & DSR_TF_PARAGRAPH_BEFORE);
			CHECK(scan.tokens[4].flags & DSR_TF_PARAGRAPH_BEFORE);
			CHECK(scan.tokens[5].flags & DSR_TF_SPACE_BEFORE);
			CHECK(!(scan.tokens[5].flags & (DSR_TF_NEWLINE_BEFORE | DSR_TF_PARAGRAPH_BEFORE)));
		}
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);
	unit_context("%s", "");
}

void
test_scan_offsets_multibyte(void)
{
	dsr_scan	scan;
	char	   *buf;

	/* Ü is 2 bytes, € is 3 bytes: byte and character offsets part ways */
	unit_context("Über 5 €");
	if (scan_exact("Über 5 €", &buf, &scan) == DSR_OK)
	{
		check_scan_invariants(buf, scan.len, &scan, true);
		CHECK_INT_EQ(scan.len, 11);
		CHECK_INT_EQ(scan.nchars, 8);
		CHECK_INT_EQ(scan.ntokens, 3);
		if (scan.ntokens == 3)
		{
			CHECK_INT_EQ(scan.tokens[0].start, 0);
			CHECK_INT_EQ(scan.tokens[0].end, 5);
			CHECK_INT_EQ(scan.tokens[0].char_start, 0);
			CHECK_INT_EQ(scan.tokens[0].kind, DSR_TOK_WORD);
			CHECK_INT_EQ(scan.tokens[1].start, 6);
			CHECK_INT_EQ(scan.tokens[1].end, 7);
			CHECK_INT_EQ(scan.tokens[1].char_start, 5);
			CHECK_INT_EQ(scan.tokens[1].kind, DSR_TOK_NUMBER);
			CHECK_INT_EQ(scan.tokens[2].start, 8);
			CHECK_INT_EQ(scan.tokens[2].end, 11);
			CHECK_INT_EQ(scan.tokens[2].char_start, 7);
			CHECK_INT_EQ(scan.tokens[2].kind, DSR_TOK_CURRENCY_SIGN);
		}
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);

	/* ’ is 3 bytes, É and û 2 */
	unit_context("l’État coûte 3 €");
	if (scan_exact("l’État coûte 3 €", &buf, &scan) == DSR_OK)
	{
		check_scan_invariants(buf, scan.len, &scan, true);
		CHECK_INT_EQ(scan.nchars, 16);
		CHECK_INT_EQ(scan.ntokens, 6);
		if (scan.ntokens == 6)
		{
			CHECK_INT_EQ(scan.tokens[2].start, 4);
			CHECK_INT_EQ(scan.tokens[2].end, 9);
			CHECK_INT_EQ(scan.tokens[2].char_start, 2);
			CHECK_INT_EQ(scan.tokens[3].start, 10);
			CHECK_INT_EQ(scan.tokens[3].end, 16);
			CHECK_INT_EQ(scan.tokens[3].char_start, 7);
			CHECK_INT_EQ(scan.tokens[5].start, 19);
			CHECK_INT_EQ(scan.tokens[5].end, 22);
			CHECK_INT_EQ(scan.tokens[5].char_start, 15);
		}
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);

	/* U+00A0 and U+202F are spaces: 1 234 with either is two digit runs */
	unit_context("no-break spaces");
	if (scan_exact("1\xc2\xa0" "234 et 5\xe2\x80\xaf" "678 €", &buf, &scan) == DSR_OK)
	{
		check_scan_invariants(buf, scan.len, &scan, true);
		CHECK_INT_EQ(scan.ntokens, 6);
		if (scan.ntokens == 6)
		{
			CHECK_INT_EQ(scan.tokens[1].kind, DSR_TOK_NUMBER);
			CHECK_INT_EQ(scan.tokens[1].start, 3);
			CHECK(scan.tokens[1].flags & DSR_TF_NBSP_BEFORE);
			CHECK_INT_EQ(scan.tokens[4].kind, DSR_TOK_NUMBER);
			CHECK_SPAN_EQ(buf + scan.tokens[4].start,
						  scan.tokens[4].end - scan.tokens[4].start, "678");
			CHECK(scan.tokens[4].flags & DSR_TF_SPACE_BEFORE);
		}
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);
	unit_context("%s", "");
}

/* An input, a token text in it, and that token's expected sentence. */
typedef struct sentence_case
{
	const char *input;
	const char *token;
	uint32_t	sentence;
	uint32_t	nsentences;
} sentence_case;

static const sentence_case sentence_cases[] = {
	/* ". " then a capital starts a sentence; the period stays in the first */
	{"Le budget augmente. Il atteint 5 €.", "augmente", 1, 2},
	{"Le budget augmente. Il atteint 5 €.", ".", 1, 2},
	{"Le budget augmente. Il atteint 5 €.", "Il", 2, 2},
	{"Le budget augmente. Il atteint 5 €.", "€", 2, 2},
	/* a capital with an accent */
	{"Le vote est clos. Élections demain.", "Élections", 2, 2},
	/* a line break after the period works like a space */
	{"Fin du chapitre.\nDébut du suivant.", "Début", 2, 2},
	/* abbreviations before a capital do not end a sentence */
	{"M. Dupont a payé 5 €.", "Dupont", 1, 1},
	{"Laut Dr. Müller kostet das Projekt 5 Euro.", "Müller", 1, 1},
	{"Laut Dr. Müller kostet das Projekt 5 Euro.", "Euro", 1, 1},
	{"Das kostet 1,5 Mrd. Euro im Jahr.", "Euro", 1, 1},
	{"Das kostet 1,5 Mrd. Euro im Jahr.", "Jahr", 1, 1},
	/* an abbreviation at the start of a sentence still starts it */
	{"Le maire a parlé. M. Dupont a répondu.", "Dupont", 2, 2},
	/* a decimal point is not a sentence end */
	{"It costs $1.5 billion. Then it grows.", "billion", 1, 2},
	{"It costs $1.5 billion. Then it grows.", "Then", 2, 2},
	/* ? and ! end sentences */
	{"Wirklich? Ja! Gut.", "Wirklich", 1, 3},
	{"Wirklich? Ja! Gut.", "Ja", 2, 3},
	{"Wirklich? Ja! Gut.", "Gut", 3, 3},
	/* a blank line ends a heading without a period */
	{"Titre du rapport\n\nLe budget est de 5 €.", "rapport", 1, 2},
	{"Titre du rapport\n\nLe budget est de 5 €.", "Le", 2, 2},
	/* trailing text without a final period is still a sentence */
	{"Premier point. Second point", "Second", 2, 2},
};

void
test_scan_sentences(void)
{
	size_t		i;

	for (i = 0; i < sizeof(sentence_cases) / sizeof(sentence_cases[0]); i++)
	{
		const sentence_case *c = &sentence_cases[i];
		dsr_scan	scan;
		char	   *buf;
		const dsr_token *t;

		unit_context("\"%s\" / \"%s\"", c->input, c->token);
		if (scan_exact(c->input, &buf, &scan) != DSR_OK)
		{
			CHECK(false);
			free(buf);
			continue;
		}
		check_scan_invariants(buf, scan.len, &scan, true);
		CHECK_INT_EQ(scan.nsentences, c->nsentences);
		t = find_token(&scan, buf, c->token);
		CHECK_MSG(t != NULL, "token \"%s\" not found", c->token);
		if (t != NULL)
			CHECK_INT_EQ(t->sentence, c->sentence);
		dsr_scan_free(&scan);
		free(buf);
	}
	unit_context("%s", "");
}

void
test_scan_empty(void)
{
	static const char *inputs[] = {"", " ", "  \n\t \r\n", "\n\n\n", "\xc2\xa0\xe2\x80\xaf"};
	size_t		i;

	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		dsr_scan	scan;
		char	   *buf;
		int			rc;

		unit_context("blank input #%zu", i);
		rc = scan_exact(inputs[i], &buf, &scan);
		CHECK_INT_EQ(rc, DSR_OK);
		if (rc == DSR_OK)
		{
			CHECK_INT_EQ(scan.ntokens, 0);
			CHECK_INT_EQ(scan.nchars, count_code_points(inputs[i], strlen(inputs[i])));
			dsr_scan_free(&scan);
		}
		free(buf);
	}
	unit_context("%s", "");
}

/* Invalid UTF-8: byte strings with their lengths. */
typedef struct bytes_case
{
	const char *bytes;
	size_t		len;
} bytes_case;

#define BYTES(s) { s, sizeof(s) - 1 }

static const bytes_case invalid_cases[] = {
	BYTES("\xff"),
	BYTES("abc \xff\xfe def"),
	BYTES("abc\xff" "def"),
	BYTES("5 \xe2\x82"),		/* € cut short at the end of the input */
	BYTES("prix \xc3"),			/* a lead byte as the last byte */
	BYTES("\xc0\xaf 5 \xc1\xbf"),	/* overlong encodings */
	BYTES("\xed\xa0\x80 5 \xed\xbf\xbf"),	/* UTF-16 surrogates */
	BYTES("\xf4\x90\x80\x80 5"),	/* beyond U+10FFFF */
	BYTES("\x80\x80\xbf 5 \x80"),	/* lone continuation bytes */
	BYTES("\xe2\x82\xac\xac 5"),	/* a valid € then a stray byte */
	BYTES("\xf0\x9f\x98"),		/* a 4-byte sequence missing its last byte */
	BYTES("5 \xe2\x82\xac" "\xe2"),	/* € then a lone lead byte at the end */
};

void
test_scan_invalid_utf8(void)
{
	size_t		i;

	for (i = 0; i < sizeof(invalid_cases) / sizeof(invalid_cases[0]); i++)
	{
		const bytes_case *c = &invalid_cases[i];
		char	   *buf = copy_exact_n(c->bytes, c->len);
		dsr_scan	scan;
		dsr_options opts = dsr_default_options();
		int			rc;

		unit_context("invalid UTF-8 #%zu", i);
		rc = dsr_scan_text(buf, c->len, &opts, &scan);
		CHECK_INT_EQ(rc, DSR_OK);
		if (rc == DSR_OK)
		{
			size_t		pos = 0;
			size_t		k;

			check_scan_invariants(buf, c->len, &scan, false);
			/* every byte is in a token or is (ASCII) whitespace */
			for (k = 0; k < scan.ntokens; k++)
			{
				for (; pos < scan.tokens[k].start && pos < c->len; pos++)
					CHECK_MSG(buf[pos] == ' ' || buf[pos] == '\n',
							  "byte %zu (0x%02x) is in no token", pos,
							  (unsigned char) buf[pos]);
				pos = scan.tokens[k].end;
			}
			for (; pos < c->len; pos++)
				CHECK_MSG(buf[pos] == ' ' || buf[pos] == '\n',
						  "byte %zu (0x%02x) is in no token", pos,
						  (unsigned char) buf[pos]);
			dsr_scan_free(&scan);
		}
		free(buf);
	}

	/* a lone invalid byte is one single-byte punctuation token */
	{
		char	   *buf = copy_exact_n("\xff", 1);
		dsr_scan	scan;
		dsr_options opts = dsr_default_options();

		unit_context("0xff");
		if (dsr_scan_text(buf, 1, &opts, &scan) == DSR_OK)
		{
			CHECK_INT_EQ(scan.ntokens, 1);
			if (scan.ntokens == 1)
			{
				CHECK_INT_EQ(scan.tokens[0].start, 0);
				CHECK_INT_EQ(scan.tokens[0].end, 1);
				CHECK_INT_EQ(scan.tokens[0].kind, DSR_TOK_PUNCT);
			}
			dsr_scan_free(&scan);
		}
		else
			CHECK(false);
		free(buf);
	}

	/* a NUL byte inside the input is not the end of it */
	{
		static const char bytes[] = "a\0b 5";
		char	   *buf = copy_exact_n(bytes, sizeof(bytes) - 1);
		dsr_scan	scan;
		dsr_options opts = dsr_default_options();

		unit_context("embedded NUL");
		if (dsr_scan_text(buf, sizeof(bytes) - 1, &opts, &scan) == DSR_OK)
		{
			check_scan_invariants(buf, sizeof(bytes) - 1, &scan, false);
			CHECK(scan.ntokens >= 3);
			if (scan.ntokens >= 3)
			{
				CHECK_INT_EQ(scan.tokens[scan.ntokens - 1].kind, DSR_TOK_NUMBER);
				CHECK_INT_EQ(scan.tokens[scan.ntokens - 1].start, 4);
			}
			dsr_scan_free(&scan);
		}
		else
			CHECK(false);
		free(buf);
	}
	unit_context("%s", "");
}

/* A buffer of count copies of unit (no NUL); *len receives its length. */
static char *
repeat_exact(const char *unit, size_t count, size_t *len)
{
	size_t		n = strlen(unit);
	char	   *buf;
	size_t		i;

	*len = n * count;
	buf = malloc(*len > 0 ? *len : 1);
	if (buf == NULL)
	{
		fprintf(stderr, "out of memory\n");
		exit(2);
	}
	for (i = 0; i < count; i++)
		memcpy(buf + i * n, unit, n);
	return buf;
}

/* Scan unit × count and expect exactly one token of that kind spanning it all. */
static void
check_single_token_run(const char *unit, size_t count, int kind, size_t nchars)
{
	size_t		len;
	char	   *buf = repeat_exact(unit, count, &len);
	dsr_scan	scan;
	dsr_options opts = dsr_default_options();

	if (dsr_scan_text(buf, len, &opts, &scan) == DSR_OK)
	{
		CHECK_INT_EQ(scan.ntokens, 1);
		CHECK_INT_EQ(scan.nchars, nchars);
		if (scan.ntokens == 1)
		{
			CHECK_INT_EQ(scan.tokens[0].start, 0);
			CHECK_INT_EQ(scan.tokens[0].end, len);
			CHECK_INT_EQ(scan.tokens[0].kind, kind);
		}
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);
}

void
test_scan_long_runs(void)
{
	size_t		len;
	char	   *buf;
	dsr_scan	scan;
	dsr_options opts = dsr_default_options();

	unit_context("100000 × a");
	check_single_token_run("a", 100000, DSR_TOK_WORD, 100000);
	unit_context("100000 × é");
	check_single_token_run("é", 100000, DSR_TOK_WORD, 100000);
	unit_context("100000 digits");
	check_single_token_run("7", 100000, DSR_TOK_NUMBER, 100000);

	/* 100000 spaces, then one word */
	unit_context("spaces then a word");
	buf = repeat_exact(" ", 100001, &len);
	buf[len - 1] = 'x';
	if (dsr_scan_text(buf, len, &opts, &scan) == DSR_OK)
	{
		CHECK_INT_EQ(scan.ntokens, 1);
		if (scan.ntokens == 1)
		{
			CHECK_INT_EQ(scan.tokens[0].start, 100000);
			CHECK_INT_EQ(scan.tokens[0].char_start, 100000);
		}
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);

	/* 50000 euro signs in a row are 50000 tokens */
	unit_context("50000 × €");
	buf = repeat_exact("€", 50000, &len);
	if (dsr_scan_text(buf, len, &opts, &scan) == DSR_OK)
	{
		CHECK_INT_EQ(scan.ntokens, 50000);
		if (scan.ntokens == 50000)
		{
			CHECK_INT_EQ(scan.tokens[49999].start, 3 * 49999);
			CHECK_INT_EQ(scan.tokens[49999].char_start, 49999);
			CHECK_INT_EQ(scan.tokens[49999].kind, DSR_TOK_CURRENCY_SIGN);
		}
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);

	/* 20000 sentences */
	unit_context("20000 sentences");
	buf = repeat_exact("Le budget augmente. ", 20000, &len);
	if (dsr_scan_text(buf, len, &opts, &scan) == DSR_OK)
	{
		check_scan_invariants(buf, len, &scan, true);
		CHECK_INT_EQ(scan.ntokens, 4 * 20000);
		CHECK_INT_EQ(scan.nsentences, 20000);
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);
	unit_context("%s", "");
}

typedef struct stop_state
{
	int			calls;
	bool		answer;
} stop_state;

static bool
stop_now(void *arg)
{
	stop_state *s = arg;

	s->calls++;
	return s->answer;
}

void
test_scan_cancel(void)
{
	size_t		len;
	char	   *buf = repeat_exact("mot ", 200000, &len);
	dsr_scan	scan;
	dsr_options opts = dsr_default_options();
	stop_state	st = {0, true};
	int			rc;

	/* should_stop answering true: the scan gives up and returns nothing */
	opts.should_stop = stop_now;
	opts.stop_arg = &st;
	rc = dsr_scan_text(buf, len, &opts, &scan);
	CHECK_INT_EQ(rc, DSR_ECANCELLED);
	CHECK(st.calls >= 1);
	if (rc == DSR_OK)
		dsr_scan_free(&scan);
	else
		CHECK_INT_EQ(scan.ntokens, 0);

	/* answering false: polled, but the scan completes */
	st.calls = 0;
	st.answer = false;
	rc = dsr_scan_text(buf, len, &opts, &scan);
	CHECK_INT_EQ(rc, DSR_OK);
	CHECK(st.calls >= 1);
	if (rc == DSR_OK)
	{
		CHECK_INT_EQ(scan.ntokens, 200000);
		dsr_scan_free(&scan);
	}
	free(buf);

	/* the quote scan polls while it searches a text with no mark, and while it tokenizes */
	buf = repeat_exact("mot ", 200000, &len);
	st.calls = 0;
	st.answer = true;
	CHECK_INT_EQ(dsr_scan_quotes(buf, len, &opts, &scan), DSR_ECANCELLED);
	CHECK_INT_EQ(scan.ntokens, 0);
	free(buf);
	buf = repeat_exact("« mot mot » ", 100000, &len);
	st.calls = 0;
	CHECK_INT_EQ(dsr_scan_quotes(buf, len, &opts, &scan), DSR_ECANCELLED);
	CHECK(st.calls >= 1);
	st.answer = false;
	rc = dsr_scan_quotes(buf, len, &opts, &scan);
	CHECK_INT_EQ(rc, DSR_OK);
	if (rc == DSR_OK)
	{
		CHECK_INT_EQ(scan.ntokens, 400000);
		dsr_scan_free(&scan);
	}
	free(buf);
}

/* Each allocation of scan_fn on text failing in turn: DSR_ENOMEM and nothing left behind. */
static void
check_scan_alloc_failure(scan_function scan_fn, const char *text)
{
	size_t		len;
	char	   *buf = copy_exact(text, &len);
	long		budget;
	bool		succeeded = false;

	for (budget = 0; budget < 200 && !succeeded; budget++)
	{
		counting_alloc a = {budget, 0};
		dsr_options opts = dsr_default_options();
		dsr_scan	scan;
		int			rc;

		opts.alloc = counting_malloc;
		opts.release = counting_free;
		opts.alloc_arg = &a;
		unit_context("allocation budget %ld", budget);
		rc = scan_fn(buf, len, &opts, &scan);
		CHECK_MSG(rc == DSR_OK || rc == DSR_ENOMEM, "rc %d", rc);
		if (rc == DSR_OK)
		{
			succeeded = true;
			if (scan_fn == dsr_scan_text)
				check_scan_invariants(buf, len, &scan, true);
			dsr_scan_free(&scan);
		}
		else
			CHECK_INT_EQ(scan.ntokens, 0);
		CHECK_INT_EQ(a.live, 0);
	}
	unit_context("%s", "");
	CHECK_MSG(succeeded, "no allocation budget under 200 let the scan succeed");
	free(buf);
}

void
test_scan_alloc_failure(void)
{
	const char *text = "Le budget atteint 5 millions d'euros. M. Dupont réclame "
		"3 milliards d'euros de plus, soit 1 234,56 € par habitant.\n"
		"« C'est trop peu pour les communes », a-t-il dit.";

	check_scan_alloc_failure(dsr_scan_text, text);
	check_scan_alloc_failure(dsr_scan_money, text);
	check_scan_alloc_failure(dsr_scan_quotes, text);
}
