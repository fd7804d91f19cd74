/*
 * test_quotes.c — quoted statements: every mark style, nesting, quotations
 * over several lines, unclosed marks, terms in quotes, speakers and cues;
 * each from a full scan and from the quote scan (lines with marks only).
 */
#include "unit.h"

#include <stdlib.h>

typedef struct quote_case
{
	dsr_lang	lang;
	const char *input;
	int			count;			/* statements expected */
	const char *first;			/* the first quote's words, or NULL */
	const char *speaker;		/* its speaker, or NULL for none */
	const char *cue;			/* its cue, or NULL for none */
} quote_case;

static const quote_case cases[] = {
	/* guillemets with no-break spaces, speaker after an inverted verb */
	{DSR_LANG_FR, "« Ce plan est historique pour nous », a déclaré Ursula von der Leyen.",
	 1, "Ce plan est historique pour nous", "Ursula von der Leyen", "a déclaré"},
	{DSR_LANG_FR, "\xC2\xAB\xC2\xA0Nous tiendrons nos engagements\xC2\xA0\xC2\xBB, a affirmé le ministre.",
	 1, "Nous tiendrons nos engagements", NULL, "a affirmé"},
	/* curly double quotes, "he said" after the quote, the name earlier */
	{DSR_LANG_EN, "Jane Doe spoke in Brussels. “We will not wait any longer,” she said.",
	 1, "We will not wait any longer,", "Jane Doe", "said"},
	/* German „…“ with "sagte" and a surname that the text gives in full earlier */
	{DSR_LANG_DE, "Olaf Scholz reiste nach Paris. „Wir stehen zusammen in dieser Lage“, sagte Scholz.",
	 1, "Wir stehen zusammen in dieser Lage", "Olaf Scholz", "sagte"},
	/* a colon before the quote */
	{DSR_LANG_EN, "The minister John Smith told reporters: “This budget protects every school.”",
	 1, "This budget protects every school.", "John Smith", "told"},
	/* straight quotes */
	{DSR_LANG_EN, "\"The deal is done and it is a good one,\" said Maria Lopez.",
	 1, "The deal is done and it is a good one,", "Maria Lopez", "said"},
	/* a scare quote is not a statement */
	{DSR_LANG_FR, "Le gouvernement veut créer des « usines IA » dans chaque région.", 0, NULL, NULL, NULL},
	/* a name in quotes is not a statement */
	{DSR_LANG_EN, "The “European AI Champions Initiative Group” met on Monday.", 0, NULL, NULL, NULL},
	/* a nested quote stays inside the outer one */
	{DSR_LANG_EN, "“They called it ‘a historic day’ and we agree,” said Anna Berg.",
	 1, "They called it ‘a historic day’ and we agree,", "Anna Berg", "said"},
	/* an unclosed mark is dropped, the next line's quote is still found */
	{DSR_LANG_EN, "He opened with “this never ends and goes on\nThen: “The second quote is closed and long,” said Tom Hill.",
	 1, "The second quote is closed and long,", "Tom Hill", "said"},
	/* according to */
	{DSR_LANG_EN, "“Prices will fall next year for most households,” according to Paul Green.",
	 1, "Prices will fall next year for most households,", "Paul Green", "according to"},
	/* apostrophes are not marks */
	{DSR_LANG_EN, "It’s the government’s plan, and we don’t know more.", 0, NULL, NULL, NULL},
};

static void
run_quote_case(scan_function scan_fn, size_t index, const quote_case *c)
{
	dsr_scan	scan;
	dsr_quote_list list;
	char	   *buf;

	unit_context("quotes #%zu (%s scan): %s", index,
				 scan_fn == dsr_scan_text ? "full" : "quote", c->input);
	if (scan_exact_with(scan_fn, c->input, &buf, &scan) != DSR_OK)
	{
		CHECK(false);
		free(buf);
		return;
	}
	if (dsr_quotes_extract(&scan, c->lang, &list) == DSR_OK)
	{
		CHECK_INT_EQ(list.count, c->count);
		if (c->count > 0 && list.count > 0)
		{
			const dsr_quote *q = &list.items[0];

			CHECK_MSG(q->end - q->start == strlen(c->first) &&
					  memcmp(buf + q->start, c->first, strlen(c->first)) == 0,
					  "quote \"%.*s\", expected \"%s\"", (int) (q->end - q->start),
					  buf + q->start, c->first);
			if (c->speaker)
				CHECK_MSG(q->has_speaker &&
						  q->speaker_end - q->speaker_start == strlen(c->speaker) &&
						  memcmp(buf + q->speaker_start, c->speaker, strlen(c->speaker)) == 0,
						  "speaker \"%.*s\", expected \"%s\"",
						  q->has_speaker ? (int) (q->speaker_end - q->speaker_start) : 0,
						  q->has_speaker ? buf + q->speaker_start : "", c->speaker);
			if (c->cue)
				CHECK_MSG(q->has_cue && q->cue_end - q->cue_start == strlen(c->cue) &&
						  memcmp(buf + q->cue_start, c->cue, strlen(c->cue)) == 0,
						  "cue \"%.*s\", expected \"%s\"",
						  q->has_cue ? (int) (q->cue_end - q->cue_start) : 0,
						  q->has_cue ? buf + q->cue_start : "", c->cue);
			CHECK_INT_EQ(q->char_start, count_code_points(buf, q->start));
		}
		dsr_quotes_free(&list);
	}
	else
		CHECK(false);
	dsr_scan_free(&scan);
	free(buf);
	unit_context("%s", "");
}

void
test_quotes_cases(void)
{
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		run_quote_case(dsr_scan_text, i, &cases[i]);
		run_quote_case(dsr_scan_quotes, i, &cases[i]);
	}
}

/* A quotation over three lines: one statement per line, the same speaker. */
static void
check_multiline(scan_function scan_fn)
{
	static const char text[] =
		"Maria Rossi spoke for an hour.\n"
		"“The first part of what we decided today is about schools.\n"
		"“The second part is about hospitals and their staff.\n"
		"“The last part is about roads,” she said.";
	dsr_scan	scan;
	dsr_quote_list list;
	char	   *buf;

	if (scan_exact_with(scan_fn, text, &buf, &scan) != DSR_OK)
	{
		CHECK(false);
		free(buf);
		return;
	}
	if (dsr_quotes_extract(&scan, DSR_LANG_EN, &list) == DSR_OK)
	{
		size_t		i;

		CHECK_INT_EQ(list.count, 3);
		for (i = 0; i < list.count; i++)
			CHECK_MSG(list.items[i].has_speaker &&
					  memcmp(buf + list.items[i].speaker_start, "Maria Rossi", 11) == 0,
					  "quote %zu has no speaker Maria Rossi", i);
		dsr_quotes_free(&list);
	}
	dsr_scan_free(&scan);
	free(buf);
}

void
test_quotes_multiline(void)
{
	check_multiline(dsr_scan_text);
	check_multiline(dsr_scan_quotes);
}

/* Lines of prose with apostrophes and markup attributes, but no quote. */
static const char filler_line[] =
	"The committee’s report, which the members didn’t discuss, is on page 12.\n"
	"<SPEAKER ID=\"176\" NAME=\"Jens Rohde\" AFFILIATION=\"ALDE\">\n";

/* filler_line `lines` times, then tail. */
static char *
after_filler(size_t lines, const char *tail)
{
	size_t		fl = strlen(filler_line);
	size_t		tl = strlen(tail);
	char	   *text = malloc(lines * fl + tl + 1);
	size_t		i;

	for (i = 0; i < lines; i++)
		memcpy(text + i * fl, filler_line, fl);
	memcpy(text + lines * fl, tail, tl + 1);
	return text;
}

/*
 * The quote scan tokenizes only lines that can open a quote and their
 * context: none for apostrophes and markup, and the quotes it finds far in
 * a text are those of a full scan, at the same characters and sentences.
 */
void
test_quotes_scan_lines(void)
{
	static const char *const tails[] = {
		"",
		"Anna Berg chaired the session.\n“We will finish the work before the summer, whatever it takes,” she said.\n",
		"Olaf Scholz reiste nach Paris.\n„Wir stehen zusammen“, sagte Scholz. „Und wir bleiben es.\n„Das ist sicher“, fügte er hinzu.\n",
		"« Le texte est prêt depuis longtemps et sera voté », a déclaré Élise Martin.",
	};
	size_t		t;

	for (t = 0; t < sizeof(tails) / sizeof(tails[0]); t++)
	{
		char	   *text = after_filler(2000, tails[t]);
		char	   *full_buf,
				   *quote_buf;
		dsr_scan	full,
					lines;
		dsr_quote_list from_full,
					from_lines;

		unit_context("quote scan, tail #%zu", t);
		CHECK_INT_EQ(scan_exact(text, &full_buf, &full), DSR_OK);
		CHECK_INT_EQ(scan_exact_with(dsr_scan_quotes, text, &quote_buf, &lines), DSR_OK);
		/* the filler alone is never tokenized */
		CHECK(lines.ntokens < 2000);
		if (t == 0)
			CHECK_INT_EQ(lines.ntokens, 0);
		CHECK_INT_EQ(dsr_quotes_extract(&full, DSR_LANG_UNKNOWN, &from_full), DSR_OK);
		CHECK_INT_EQ(dsr_quotes_extract(&lines, DSR_LANG_UNKNOWN, &from_lines), DSR_OK);
		CHECK_INT_EQ(from_lines.count, from_full.count);
		CHECK(t == 0 || from_lines.count > 0);
		if (from_lines.count == from_full.count)
		{
			size_t		i;

			for (i = 0; i < from_full.count; i++)
			{
				const dsr_quote *a = &from_full.items[i];
				const dsr_quote *b = &from_lines.items[i];

				CHECK_INT_EQ(b->start, a->start);
				CHECK_INT_EQ(b->end, a->end);
				CHECK_INT_EQ(b->char_start, a->char_start);
				CHECK_INT_EQ(b->sentence, a->sentence);
				CHECK_INT_EQ(b->has_speaker, a->has_speaker);
				CHECK(!a->has_speaker || (b->speaker_start == a->speaker_start &&
										  b->speaker_end == a->speaker_end));
				CHECK_INT_EQ(b->has_cue, a->has_cue);
			}
		}
		dsr_quotes_free(&from_full);
		dsr_quotes_free(&from_lines);
		dsr_scan_free(&full);
		dsr_scan_free(&lines);
		free(full_buf);
		free(quote_buf);
		free(text);
	}
	unit_context("%s", "");
}
