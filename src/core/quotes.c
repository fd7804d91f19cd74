/*
 * quotes.c — quoted statements and who said them. Quote marks are paired
 * line by line in every European style; a quotation that runs over several
 * lines reopens each with its mark. A quote is kept when it is a statement
 * (four words or more, or tied to a speaker by a reporting verb), and its
 * speaker is found around it: "…», a déclaré X", "X said: “…”", "selon X",
 * a pronoun or a role ("le président") standing for the last person named.
 * Speakers are given by their fullest name in the document.
 */
#include "internal.h"
#include "lexicon.h"

/* Nesting deeper than this is not quotation any more. */
#define MAX_DEPTH			8
/* A quote shorter than this many words is a term unless a speaker says it. */
#define STATEMENT_WORDS		4
/* How far around a quote the speaker is looked for, in tokens. */
#define ATTRIBUTION_REACH	12

typedef enum mark_style
{
	STYLE_NONE = 0,
	STYLE_GUILLEMETS,			/* « … » */
	STYLE_GUILLEMETS_REVERSED,	/* » … «, German and Swiss books */
	STYLE_CURLY,				/* “ … ” */
	STYLE_GERMAN,				/* „ … “ (or ”) */
	STYLE_CURLY_SINGLE,			/* ‘ … ’ */
	STYLE_GERMAN_SINGLE,		/* ‚ … ‘ */
	STYLE_STRAIGHT,				/* " … " */
	STYLE_APOSTROPHES			/* '' … '' */
} mark_style;

typedef struct open_mark
{
	mark_style	style;
	size_t		tok;			/* the mark's token */
	size_t		width;			/* tokens it takes (2 for '') */
} open_mark;

/* A paired quotation before attribution: tokens [first, last]. */
typedef struct raw_quote
{
	size_t		open;			/* opening mark token */
	size_t		close;			/* closing mark token, or SIZE_MAX when the line ends open */
	size_t		first;
	size_t		last;
	bool		continued;		/* reopens a quotation left open on the line before */
} raw_quote;

typedef struct speaker_ref
{
	size_t		start;			/* name tokens [start, end), or start == end for none */
	size_t		end;
	bool		indirect;		/* a pronoun or a role: the last person named */
} speaker_ref;

/* canonical_name() reads the whole text: its answers are kept per last word. */
#define CANONICAL_CACHE	256

typedef struct canonical_entry
{
	size_t		word;			/* the last word's token */
	bool		found;
	size_t		start;			/* the fullest form, when found */
	size_t		end;
} canonical_entry;

/*
 * Where each capitalised word of the text comes back: a hash table from the
 * word's bytes to its first token, and a chain from each token to the next
 * with the same word (token + 1, 0 for none), in text order.
 */
typedef struct word_places
{
	uint64_t   *keys;			/* 0: empty slot */
	uint32_t   *first;
	uint32_t   *next;			/* per token */
	size_t		mask;
} word_places;

typedef struct quote_ctx
{
	const dsr_scan *scan;
	unsigned	langs;
	canonical_entry *cache;		/* CANONICAL_CACHE entries, or NULL */
	size_t		cached;
	word_places places;
} quote_ctx;

static bool
tok_is(const dsr_scan *scan, size_t tok, const char *utf8)
{
	const dsr_token *t = &scan->tokens[tok];
	size_t		n = strlen(utf8);

	return t->end - t->start == n && memcmp(scan->buf + t->start, utf8, n) == 0;
}

static bool
is_letter_token(const dsr_scan *scan, size_t tok)
{
	return tok < scan->ntokens && (scan->tokens[tok].kind == DSR_TOK_WORD ||
								   scan->tokens[tok].kind == DSR_TOK_NUMBER);
}

/* ’ or ' between two letters is an apostrophe ("don’t", "l’État"), not a mark. */
static bool
is_apostrophe(const dsr_scan *scan, size_t tok)
{
	return tok > 0 && dsr_token_glued(scan, tok) && is_letter_token(scan, tok - 1) &&
		tok + 1 < scan->ntokens && dsr_token_glued(scan, tok + 1) &&
		is_letter_token(scan, tok + 1);
}

/*
 * What the mark at token tok can do: open (style *opens) and/or close
 * (style *closes, or *closes_too). Straight marks decide by the spaces
 * around them.
 */
static void
mark_roles(const dsr_scan *scan, size_t tok, mark_style *opens, mark_style *closes,
		   mark_style *closes_too, size_t *width)
{
	bool		space_before = tok == 0 || !dsr_token_glued(scan, tok);
	bool		space_after;

	*opens = *closes = *closes_too = STYLE_NONE;
	*width = 1;
	if (scan->tokens[tok].kind != DSR_TOK_PUNCT)
		return;
	if (tok_is(scan, tok, "\xC2\xAB"))	/* « */
	{
		*opens = STYLE_GUILLEMETS;
		*closes = STYLE_GUILLEMETS_REVERSED;
	}
	else if (tok_is(scan, tok, "\xC2\xBB"))	/* » */
	{
		*opens = STYLE_GUILLEMETS_REVERSED;
		*closes = STYLE_GUILLEMETS;
	}
	else if (tok_is(scan, tok, "\xE2\x80\x9C"))	/* “ */
	{
		*opens = STYLE_CURLY;
		*closes = STYLE_GERMAN;
	}
	else if (tok_is(scan, tok, "\xE2\x80\x9D"))	/* ” */
	{
		*closes = STYLE_CURLY;
		*closes_too = STYLE_GERMAN;	/* „…” is common too */
	}
	else if (tok_is(scan, tok, "\xE2\x80\x9E"))	/* „ */
		*opens = STYLE_GERMAN;
	else if (tok_is(scan, tok, "\xE2\x80\x98"))	/* ‘ */
	{
		*opens = STYLE_CURLY_SINGLE;
		*closes = STYLE_GERMAN_SINGLE;
	}
	else if (tok_is(scan, tok, "\xE2\x80\x99"))	/* ’ */
	{
		if (!is_apostrophe(scan, tok))
			*closes = STYLE_CURLY_SINGLE;
	}
	else if (tok_is(scan, tok, "\xE2\x80\x9A"))	/* ‚ */
		*opens = STYLE_GERMAN_SINGLE;
	else if (tok_is(scan, tok, "\"") ||
			 (tok_is(scan, tok, "'") && tok + 1 < scan->ntokens && tok_is(scan, tok + 1, "'") &&
			  dsr_token_glued(scan, tok + 1)))
	{
		mark_style	s = tok_is(scan, tok, "\"") ? STYLE_STRAIGHT : STYLE_APOSTROPHES;
		size_t		after = tok + (s == STYLE_APOSTROPHES ? 2 : 1);

		*width = s == STYLE_APOSTROPHES ? 2 : 1;
		space_after = after >= scan->ntokens || !dsr_token_glued(scan, after);
		/*
		 * A straight mark opens before a word and closes after one; glued to
		 * a word or to "=" (a markup attribute: NAME="…") it opens nothing.
		 */
		if (!space_after && (space_before || (!is_letter_token(scan, tok - 1) &&
											  !dsr_token_is_char(scan, tok - 1, '='))))
			*opens = s;
		if (!space_before)
			*closes = s;
	}
}

/* Does the line that starts at token tok begin with an opening mark of style? */
static bool
line_reopens(const dsr_scan *scan, size_t tok, mark_style style)
{
	mark_style	opens,
				closes,
				closes_too;
	size_t		width;

	if (tok >= scan->ntokens)
		return false;
	mark_roles(scan, tok, &opens, &closes, &closes_too, &width);
	return opens == style;
}

/*
 * Pair the marks line by line. An outer quotation still open at the end of
 * its line is kept only when the next line reopens it with the same mark
 * (a quotation over several paragraphs); otherwise it is dropped, so an
 * unclosed mark never swallows the text after it.
 */
static int
pair_marks(const dsr_scan *scan, raw_quote **out, size_t *count)
{
	open_mark	stack[MAX_DEPTH];
	int			depth = 0;
	size_t		capacity = 0;
	bool		continuing = false;
	size_t		i;

	*out = NULL;
	*count = 0;
	for (i = 0; i < scan->ntokens; i++)
	{
		mark_style	opens,
					closes,
					closes_too;
		size_t		width;

		if (scan->opts.should_stop && (i & (DSR_STOP_POLL_TOKENS - 1)) == 0 &&
			scan->opts.should_stop(scan->opts.stop_arg))
			return DSR_ECANCELLED;
		/* a new line: settle what the last one left open */
		if (i > 0 && (scan->tokens[i].flags & DSR_TF_NEWLINE_BEFORE))
		{
			if (depth > 0 && line_reopens(scan, i, stack[0].style) &&
				stack[0].tok + stack[0].width < i)
			{
				raw_quote	q = {stack[0].tok, SIZE_MAX, stack[0].tok + stack[0].width, i - 1,
				continuing};

				if (!dsr_array_reserve(&scan->opts, (void **) out, *count, &capacity,
									   sizeof(raw_quote)))
					return DSR_ENOMEM;
				(*out)[(*count)++] = q;
				continuing = true;
			}
			else
				continuing = false;
			depth = 0;
		}
		if (scan->tokens[i].kind != DSR_TOK_PUNCT)
			continue;
		mark_roles(scan, i, &opens, &closes, &closes_too, &width);
		if (closes != STYLE_NONE && depth > 0)
		{
			int			d;

			/* close the innermost open mark of that style, and what it holds */
			for (d = depth - 1;
				 d >= 0 && stack[d].style != closes && stack[d].style != closes_too; d--)
				;
			if (d >= 0)
			{
				if (d == 0 && stack[0].tok + stack[0].width < i)
				{
					raw_quote	q = {stack[0].tok, i, stack[0].tok + stack[0].width, i - 1,
					continuing};

					if (!dsr_array_reserve(&scan->opts, (void **) out, *count, &capacity,
										   sizeof(raw_quote)))
						return DSR_ENOMEM;
					(*out)[(*count)++] = q;
				}
				if (d == 0)
					continuing = false;
				depth = d;
				i += width - 1;
				continue;
			}
		}
		if (opens != STYLE_NONE && depth < MAX_DEPTH)
		{
			stack[depth].style = opens;
			stack[depth].tok = i;
			stack[depth].width = width;
			depth++;
			i += width - 1;
		}
	}
	return DSR_OK;
}

/* ------------------------------------------------------------ names */

static bool
has_kind(const quote_ctx *c, size_t tok, dsr_lex_kind kind)
{
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;

	return tok < c->scan->ntokens && c->scan->tokens[tok].kind == DSR_TOK_WORD &&
		dsr_lexicon_append_token(c->scan, tok, key, sizeof(key), &len) &&
		dsr_lexicon_find(key, len, kind, c->langs) != NULL;
}

/* Longest phrase of a kind starting at tok, in the text's language; sets *end. */
static bool
phrase_at(const quote_ctx *c, size_t tok, dsr_lex_kind kind, size_t *end,
		  const dsr_lex_entry **entry)
{
	const dsr_scan *scan = c->scan;
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	size_t		k;
	bool		found = false;

	for (k = tok; k < scan->ntokens && k < tok + DSR_LEX_MAX_PHRASE_TOKENS; k++)
	{
		const dsr_lex_entry *e;

		if (k > tok)
		{
			if (!dsr_token_continues(scan, k) || len + 1 >= sizeof(key))
				break;
			key[len++] = ' ';
		}
		if (!dsr_lexicon_append_token(scan, k, key, sizeof(key), &len))
			break;
		e = dsr_lexicon_find(key, len, kind, c->langs);
		if (e)
		{
			*end = k + 1;
			if (entry)
				*entry = e;
			found = true;
		}
		if (!dsr_lexicon_has_prefix(key, len, c->langs))
			break;
	}
	return found;
}

/* A German compound that ends with a role: "Bundesgesundheitsminister". */
static bool
is_role_compound(const quote_ctx *c, size_t tok)
{
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	size_t		i;

	if (!(c->langs & DSR_LANG_DE) ||
		!dsr_lexicon_append_token(c->scan, tok, key, sizeof(key), &len))
		return false;
	for (i = 1; i + 4 <= len; i++)
	{
		if (((unsigned char) key[i] & 0xC0) != 0x80 &&
			dsr_lexicon_find(key + i, len - i, DSR_LEX_TITLE, DSR_LANG_DE))
			return true;
	}
	return false;
}

/* A word of a name: capitalised, and not a function word ("The", "Le", "Der") or a role. */
static bool
is_name_word(const quote_ctx *c, size_t tok)
{
	const dsr_token *t = &c->scan->tokens[tok];

	return t->kind == DSR_TOK_WORD && (t->flags & DSR_TF_CAPITALISED) &&
		!has_kind(c, tok, DSR_LEX_STOPWORD) && !has_kind(c, tok, DSR_LEX_PRONOUN) &&
		!has_kind(c, tok, DSR_LEX_TITLE) && !has_kind(c, tok, DSR_LEX_ACCORDING) &&
		!is_role_compound(c, tok);
}

/*
 * The name that starts at tok: capitalised words, with particles (von der,
 * de) and hyphens inside ("Jean-Noël"). Returns its end, or tok for none.
 */
static size_t
name_from(const quote_ctx *c, size_t tok, size_t limit)
{
	const dsr_scan *scan = c->scan;
	size_t		k = tok;
	size_t		end = tok;

	while (k < limit && k < scan->ntokens && k < tok + 8)
	{
		if (k > tok && !dsr_token_continues(scan, k))
			break;
		if (is_name_word(c, k))
			end = ++k;
		else if (has_kind(c, k, DSR_LEX_PARTICLE) && k + 1 < limit)
			k++;				/* "von der Leyen", "de Gaulle": particles inside or first */
		else if (k > tok && (dsr_token_is_char(scan, k, '-') || dsr_token_is_char(scan, k, '\'') ||
							 tok_is(scan, k, "\xE2\x80\x99")) &&
				 dsr_token_glued(scan, k) && k + 1 < scan->ntokens && dsr_token_glued(scan, k + 1))
			k++;				/* "Jean-Noël", "O'Brien" */
		else if (k > tok && dsr_token_is_char(scan, k, '.') && dsr_token_glued(scan, k) &&
				 scan->tokens[k - 1].end - scan->tokens[k - 1].start == 1)
			k++;				/* the period of an initial: "Paul D. Ryan" */
		else
			break;
	}
	return end;
}

/* The name that ends just before token end: scans back over the same words. */
static size_t
name_until(const quote_ctx *c, size_t end, size_t floor)
{
	size_t		start = end;
	size_t		k = end;

	while (k > floor && end - k < 8)
	{
		k--;
		if (is_name_word(c, k) || has_kind(c, k, DSR_LEX_PARTICLE) ||
			dsr_token_is_char(c->scan, k, '-') || dsr_token_is_char(c->scan, k, '.') ||
			dsr_token_is_char(c->scan, k, '\'') || tok_is(c->scan, k, "\xE2\x80\x99"))
		{
			/* a candidate start must read forward to exactly this end */
			if (is_name_word(c, k) && name_from(c, k, end) == end)
				start = k;
			continue;
		}
		break;
	}
	return start;
}

/*
 * A speaker mention starting at tok: a pronoun, a name (after a determiner
 * and titles: "the minister, Jane Doe", "le président Macron"), or a role
 * alone ("der Minister", "le président"), which stands for the last person.
 */
static bool
speaker_from(const quote_ctx *c, size_t tok, size_t limit, speaker_ref *ref, size_t *next)
{
	const dsr_scan *scan = c->scan;
	size_t		k = tok;
	bool		role = false;
	size_t		end;
	int			guard;

	ref->start = ref->end = tok;
	ref->indirect = false;
	if (tok >= limit)
		return false;
	if (has_kind(c, tok, DSR_LEX_PRONOUN))
	{
		ref->indirect = true;
		*next = tok + 1;
		return true;
	}
	for (guard = 0; guard < 6 && k < limit; guard++)
	{
		/* determiners and function words ("the", "le", "der") */
		if (scan->tokens[k].kind == DSR_TOK_WORD &&
			!(scan->tokens[k].flags & DSR_TF_CAPITALISED) && has_kind(c, k, DSR_LEX_STOPWORD))
			k++;
		else if (phrase_at(c, k, DSR_LEX_TITLE, &end, NULL))
		{
			role = true;
			k = end;
			if (k < limit && dsr_token_is_char(scan, k, '.'))
				k++;
		}
		else if (role && dsr_token_is_char(scan, k, ','))
			k++;				/* "the minister, Jane Doe" */
		else
			break;
	}
	/*
	 * German writes every noun with a capital: after a determiner, one word
	 * ("der Minister", "der SPD-Politiker") is a role, not a name.
	 */
	if (c->langs == DSR_LANG_DE && !role && k > tok && k < limit &&
		scan->tokens[k].kind == DSR_TOK_WORD && !has_kind(c, k, DSR_LEX_PARTICLE))
	{
		size_t		w = k + 1;

		while (w + 1 < limit && dsr_token_is_char(scan, w, '-') && dsr_token_glued(scan, w) &&
			   dsr_token_glued(scan, w + 1))
			w += 2;
		if (w >= limit || !is_name_word(c, w))
		{
			/* "die Ministerin, Katharina von Albrecht": the name in apposition */
			if (w + 1 < limit && dsr_token_is_char(scan, w, ',') &&
				(end = name_from(c, w + 1, limit)) > w + 1)
			{
				ref->start = w + 1;
				ref->end = end;
				*next = end;
				return true;
			}
			ref->indirect = true;
			*next = w;
			return true;
		}
	}
	end = k < limit ? name_from(c, k, limit) : k;
	if (end > k)
	{
		size_t		t = end,
					title_end,
					name_end;

		/* "Commission President Ingrid Halvorsen", "Executive Vice-President X": the person */
		if (t < limit && dsr_token_is_char(scan, t, '-') && dsr_token_glued(scan, t))
			t++;
		if (t < limit && phrase_at(c, t, DSR_LEX_TITLE, &title_end, NULL) && title_end < limit &&
			(name_end = name_from(c, title_end, limit)) > title_end)
		{
			k = title_end;
			end = name_end;
		}
		ref->start = k;
		ref->end = end;
		*next = end;
		return true;
	}
	/* "der SPD-Politiker": a determiner and a noun for a role we do not list */
	if (!role && k > tok && k < limit && scan->tokens[k].kind == DSR_TOK_WORD)
	{
		role = true;
		k++;
		while (k < limit && (dsr_token_is_char(scan, k, '-') || scan->tokens[k].kind == DSR_TOK_WORD) &&
			   dsr_token_glued(scan, k))
			k++;
	}
	if (role)
	{
		ref->indirect = true;
		*next = k;
		return true;
	}
	return false;
}

/* ------------------------------------------------------ attribution */

typedef struct attribution
{
	speaker_ref speaker;
	size_t		cue_start;		/* cue tokens [cue_start, cue_end) */
	size_t		cue_end;
	bool		found;
} attribution;

static size_t
sentence_end_after(const dsr_scan *scan, size_t tok)
{
	size_t		k = tok;

	while (k < scan->ntokens && k < tok + ATTRIBUTION_REACH * 2 &&
		   scan->tokens[k].sentence == scan->tokens[tok].sentence &&
		   !(k > tok && (scan->tokens[k].flags & DSR_TF_NEWLINE_BEFORE)) &&
		   dsr_token_continues(scan, k))
		k++;
	return k;
}

/* After the closing mark: ", a déclaré X", "said the minister", "he said", "so Scholz". */
static bool
attribution_after(const quote_ctx *c, const raw_quote *q, attribution *a)
{
	const dsr_scan *scan = c->scan;
	size_t		k,
				limit,
				end,
				next;
	const dsr_lex_entry *verb;

	if (q->close == SIZE_MAX || q->close + 1 >= scan->ntokens)
		return false;
	k = q->close + 1;
	limit = sentence_end_after(scan, k);
	while (k < limit && (dsr_token_is_char(scan, k, ',') || tok_is(scan, k, "\xE2\x80\x93") ||
						 tok_is(scan, k, "\xE2\x80\x94")))
		k++;
	if (k >= limit)
		return false;
	/* verb first: ", a déclaré Ursula von der Leyen", "a-t-elle affirmé" */
	if (phrase_at(c, k, DSR_LEX_REPORTING, &end, &verb))
	{
		a->cue_start = k;
		a->cue_end = end;
		if (verb->value == 1)
		{
			/* an inversion carries its pronoun: "a-t-elle dit" */
			a->speaker.start = a->speaker.end = k;
			a->speaker.indirect = true;
			a->found = true;
			return true;
		}
		a->found = speaker_from(c, end, limit, &a->speaker, &next);
		/* "a déclaré la ministre chargée du Numérique, Claire Vasseur": the apposition */
		if (a->found && a->speaker.indirect && !has_kind(c, end, DSR_LEX_PRONOUN))
		{
			size_t		j,
						name_end;

			for (j = next; j + 1 < limit && j < next + ATTRIBUTION_REACH; j++)
			{
				if (dsr_token_is_char(scan, j, ',') &&
					(name_end = name_from(c, j + 1, limit)) >= j + 3)
				{
					a->speaker.start = j + 1;
					a->speaker.end = name_end;
					a->speaker.indirect = false;
					break;
				}
			}
		}
		return a->found;
	}
	/* speaker first: "he said", "Smith said", "the Commission said" */
	if (speaker_from(c, k, limit, &a->speaker, &next) && next < limit &&
		phrase_at(c, next, DSR_LEX_REPORTING, &end, &verb))
	{
		a->cue_start = next;
		a->cue_end = end;
		a->found = true;
		return true;
	}
	/* "according to X", "selon X" */
	if (phrase_at(c, k, DSR_LEX_ACCORDING, &end, NULL))
	{
		a->cue_start = k;
		a->cue_end = end;
		a->found = speaker_from(c, end, limit, &a->speaker, &next);
		return a->found;
	}
	return false;
}

/*
 * Before the opening mark, in the same sentence: "X a insisté : « … »",
 * "He told MPs: ‘…’", "selon X, « … »", or a partial quote after its
 * reporting verb ("X said the plan would “…”"). The nearest verb wins.
 */
static bool
attribution_before(const quote_ctx *c, const raw_quote *q, attribution *a)
{
	const dsr_scan *scan = c->scan;
	size_t		k = q->open;
	uint32_t	sentence = scan->tokens[q->open].sentence;
	size_t		floor = q->open > ATTRIBUTION_REACH * 2 ? q->open - ATTRIBUTION_REACH * 2 : 0;

	while (k > floor)
	{
		size_t		end,
					next,
					start;
		const dsr_lex_entry *verb;

		k--;
		if (scan->tokens[k].sentence != sentence || !dsr_token_continues(scan, k + 1))
			break;
		if (phrase_at(c, k, DSR_LEX_ACCORDING, &end, NULL) &&
			speaker_from(c, end, q->open, &a->speaker, &next))
		{
			a->cue_start = k;
			a->cue_end = end;
			a->found = true;
			return true;
		}
		if (!phrase_at(c, k, DSR_LEX_REPORTING, &end, &verb) || end > q->open ||
			scan->tokens[end - 1].end - scan->tokens[k].start <= 2)
			continue;			/* German "so" reads only after a quote */
		/* "a dit", "has said": the auxiliary before belongs to the verb */
		{
			size_t		s2,
						end2;

			for (s2 = k >= 3 ? k - 3 : 0; s2 < k; s2++)
			{
				if (phrase_at(c, s2, DSR_LEX_REPORTING, &end2, &verb) && end2 >= end)
				{
					k = s2;
					break;
				}
			}
		}
		a->cue_start = k;
		a->cue_end = end;
		/* the subject just before the verb: a name, a pronoun or "the minister" */
		start = name_until(c, k, floor);
		if (start < k)
		{
			a->speaker.start = start;
			a->speaker.end = k;
			a->speaker.indirect = false;
			a->found = true;
			return true;
		}
		if (k > 0 && has_kind(c, k - 1, DSR_LEX_PRONOUN))
		{
			a->speaker.start = a->speaker.end = k - 1;
			a->speaker.indirect = true;
			a->found = true;
			return true;
		}
		if (k >= 2 && speaker_from(c, k - 2, k, &a->speaker, &next) && next == k)
		{
			a->found = true;
			return true;
		}
		/* the verb alone ("a qualifié"): the cue, without a speaker in reach */
		a->found = false;
		return false;
	}
	return false;
}

/* ------------------------------------------------------------ canonical */

/* A token's bytes hashed (FNV-1a), never 0 so that 0 marks an empty slot. */
static uint64_t
token_hash(const dsr_scan *scan, size_t tok)
{
	const dsr_token *t = &scan->tokens[tok];

	return dsr_fnv1a64(scan->buf + t->start, t->end - t->start) | 1;
}

static void
release_places(const dsr_options *opts, word_places *places)
{
	dsr_release(opts, places->keys);
	dsr_release(opts, places->first);
	dsr_release(opts, places->next);
	memset(places, 0, sizeof(*places));
}

/*
 * Index the capitalised words of the text, so that the places of a name's
 * last word are found without reading the whole text once per name.
 */
static int
index_places(const dsr_scan *scan, word_places *places)
{
	size_t		capitalised = 0,
				capacity = 16,
				k;

	for (k = 0; k < scan->ntokens; k++)
		capitalised += scan->tokens[k].kind == DSR_TOK_WORD &&
			(scan->tokens[k].flags & DSR_TF_CAPITALISED);
	while (capacity < 2 * capitalised + 1)
		capacity *= 2;
	places->keys = dsr_alloc(&scan->opts, capacity * sizeof(uint64_t));
	places->first = dsr_alloc(&scan->opts, capacity * sizeof(uint32_t));
	places->next = dsr_alloc(&scan->opts, scan->ntokens * sizeof(uint32_t));
	places->mask = capacity - 1;
	if (!places->keys || !places->first || !places->next)
	{
		release_places(&scan->opts, places);
		return DSR_ENOMEM;
	}
	memset(places->keys, 0, capacity * sizeof(uint64_t));
	/* from the end, so that each chain runs in text order */
	for (k = scan->ntokens; k > 0; k--)
	{
		size_t		slot;
		uint64_t	h;

		places->next[k - 1] = 0;
		if (scan->tokens[k - 1].kind != DSR_TOK_WORD ||
			!(scan->tokens[k - 1].flags & DSR_TF_CAPITALISED))
			continue;
		h = token_hash(scan, k - 1);
		slot = dsr_key_slot(places->keys, places->mask, h);
		if (places->keys[slot] == 0)
		{
			places->keys[slot] = h;
			places->first[slot] = 0;
		}
		places->next[k - 1] = places->first[slot];
		places->first[slot] = (uint32_t) k;
	}
	return DSR_OK;
}

/* A name form: tokens [start, end) of the text. */
typedef struct name_form
{
	size_t		start;
	size_t		end;
	unsigned	words;			/* name words, initials not counted */
	unsigned	seen;			/* how often the same words occur */
} name_form;

static bool
same_text(const dsr_scan *scan, size_t a_start, size_t a_end, size_t b_start, size_t b_end)
{
	size_t		la = scan->tokens[a_end - 1].end - scan->tokens[a_start].start;
	size_t		lb = scan->tokens[b_end - 1].end - scan->tokens[b_start].start;

	return la == lb && memcmp(scan->buf + scan->tokens[a_start].start,
							  scan->buf + scan->tokens[b_start].start, la) == 0;
}

#define MAX_FORMS	64

/*
 * The fullest form of a name in the document, by the runs of name words that
 * end with the same word: each gives its last two and last three words
 * ("Karl Lauterbach", "Bundesgesundheitsminister Karl Lauterbach"). The form
 * seen most often wins, the longer one on a tie: "Donald Trump" over a
 * headline's "Hit Piece Exploits Trump", "New York Post" over "York Post",
 * "Ursula von der Leyen" for "von der Leyen". Sets [*start, *end).
 */
static void
canonical_name(quote_ctx *c, size_t *start, size_t *end)
{
	const dsr_scan *scan = c->scan;
	const dsr_token *last = &scan->tokens[*end - 1];
	size_t		last_len = last->end - last->start;
	name_form	forms[MAX_FORMS];
	size_t		nforms = 0;
	size_t		k,
				f,
				slot,
				best = SIZE_MAX;
	uint32_t	place;
	int			name_word = -1;	/* is_name_word of the last word, once read */

	if (!c->cache || !c->places.keys)
		return;
	for (k = 0; k < c->cached; k++)
	{
		const dsr_token *w = &scan->tokens[c->cache[k].word];

		if (w->end - w->start == last_len &&
			memcmp(scan->buf + w->start, scan->buf + last->start, last_len) == 0)
		{
			if (c->cache[k].found)
			{
				*start = c->cache[k].start;
				*end = c->cache[k].end;
			}
			return;
		}
	}
	/* past that many different names the text is not prose: keep mentions as written */
	if (c->cached >= CANONICAL_CACHE)
		return;

	slot = dsr_key_slot(c->places.keys, c->places.mask, token_hash(scan, *end - 1));
	for (place = c->places.keys[slot] ? c->places.first[slot] : 0;
		 place != 0 && nforms + 2 <= MAX_FORMS; place = c->places.next[place - 1])
	{
		size_t		k = place - 1;
		const dsr_token *t = &scan->tokens[k];
		size_t		run,
					s;
		unsigned	words = 0;

		if (t->end - t->start != last_len ||
			memcmp(scan->buf + t->start, scan->buf + last->start, last_len) != 0)
			continue;
		/* every place is a capitalised word of the same bytes: one answer for all */
		if (name_word < 0)
			name_word = is_name_word(c, k);
		if (!name_word)
			break;
		run = name_until(c, k + 1, k >= 8 ? k - 8 : 0);
		for (s = k + 1; s > run;)
		{
			s--;
			if (!is_name_word(c, s) || scan->tokens[s].end - scan->tokens[s].start == 1)
				continue;		/* particles, hyphens, initials */
			if (++words >= 2)
			{
				name_form	form = {s, k + 1, words, 0};

				forms[nforms++] = form;
				if (words == 3)
					break;
			}
		}
	}
	for (f = 0; f < nforms; f++)
	{
		size_t		g;

		for (g = 0; g < nforms; g++)
		{
			if (same_text(scan, forms[f].start, forms[f].end, forms[g].start, forms[g].end))
				forms[f].seen++;
		}
		if (best == SIZE_MAX || forms[f].seen > forms[best].seen ||
			(forms[f].seen == forms[best].seen && forms[f].words > forms[best].words))
			best = f;
	}
	{
		canonical_entry *ce = &c->cache[c->cached++];

		ce->word = *end - 1;
		ce->found = best != SIZE_MAX;
		ce->start = ce->found ? forms[best].start : 0;
		ce->end = ce->found ? forms[best].end : 0;
	}
	if (best != SIZE_MAX)
	{
		*start = forms[best].start;
		*end = forms[best].end;
	}
}

/*
 * The nearest name of two words or more before token tok, no more than
 * `sentences` sentences back (and 400 tokens), as its fullest form.
 */
static bool
nearest_name(quote_ctx *c, size_t tok, uint32_t sentences, size_t *start, size_t *end)
{
	const dsr_scan *scan = c->scan;
	uint32_t	here = tok < scan->ntokens ? scan->tokens[tok].sentence : 0;
	size_t		e;

	for (e = tok; e > 0 && tok - e < 400; e--)
	{
		size_t		s;

		if (here - scan->tokens[e - 1].sentence > sentences)
			break;
		s = name_until(c, e, e >= 8 ? e - 8 : 0);
		if (e - s >= 2)
		{
			*start = s;
			*end = e;
			canonical_name(c, start, end);
			return true;
		}
	}
	return false;
}

/*
 * A name made the subject of its clause between token `after` and token tok,
 * in the last two sentences: at a sentence start or after a comma, and
 * followed by a lower-case word ("…, Donald Trump suggested that …").
 */
static bool
subject_since(quote_ctx *c, size_t tok, size_t after, size_t *start, size_t *end)
{
	const dsr_scan *scan = c->scan;
	uint32_t	here = tok < scan->ntokens ? scan->tokens[tok].sentence : 0;
	size_t		e;

	for (e = tok; e > after + 1 && tok - e < 200; e--)
	{
		size_t		s;

		if (here - scan->tokens[e - 1].sentence > 2)
			break;
		if (e >= scan->ntokens || scan->tokens[e].kind != DSR_TOK_WORD ||
			(scan->tokens[e].flags & DSR_TF_CAPITALISED))
			continue;
		s = name_until(c, e, e >= 8 ? e - 8 : 0);
		if (e - s >= 2 && s >= after &&
			((scan->tokens[s].flags & DSR_TF_SENTENCE_START) ||
			 (s > 0 && dsr_token_is_char(scan, s - 1, ','))))
		{
			*start = s;
			*end = e;
			canonical_name(c, start, end);
			return true;
		}
	}
	return false;
}

/*
 * A quote with no cue after a sentence of indirect speech ("Merz hatte im ZDF
 * betont, die Union wolle …"): the name before that sentence's reporting verb.
 */
static bool
reporter_in_previous_sentence(quote_ctx *c, size_t open, size_t *start, size_t *end)
{
	const dsr_scan *scan = c->scan;
	uint32_t	here = scan->tokens[open].sentence;
	size_t		first,
				k;

	if (here < 2)
		return false;
	/* the previous sentence: [first, open) when the quote starts its own sentence */
	for (k = open; k > 0 && scan->tokens[k - 1].sentence == here; k--)
		;
	if (k != open)
		return false;
	for (first = k; first > 0 && scan->tokens[first - 1].sentence == here - 1 &&
		 k - first < 80; first--)
		;
	for (k = first; k < open; k++)
	{
		size_t		vend,
					s;

		if (!phrase_at(c, k, DSR_LEX_REPORTING, &vend, NULL) ||
			scan->tokens[vend - 1].end - scan->tokens[k].start <= 2)
			continue;
		/* the subject: a name somewhere before the verb in that sentence */
		for (s = k; s > first; s--)
		{
			size_t		ns = name_until(c, s, first);

			if (s - ns >= 2)
			{
				*start = ns;
				*end = s;
				canonical_name(c, start, end);
				return true;
			}
		}
	}
	return false;
}

/* Count the word tokens of a quote; all_capitalised when every one is. */
static size_t
quote_words(const dsr_scan *scan, const raw_quote *q, bool *all_capitalised, bool *sentence_like)
{
	size_t		k,
				words = 0;

	*all_capitalised = true;
	*sentence_like = false;
	for (k = q->first; k <= q->last; k++)
	{
		const dsr_token *t = &scan->tokens[k];

		if (t->kind == DSR_TOK_WORD || t->kind == DSR_TOK_NUMBER)
		{
			words++;
			if (t->kind == DSR_TOK_WORD && !(t->flags & DSR_TF_CAPITALISED) &&
				t->end - t->start > 3)
				*all_capitalised = false;
		}
		else if (dsr_token_is_char(scan, k, '.') || dsr_token_is_char(scan, k, '!') ||
				 dsr_token_is_char(scan, k, '?') || dsr_token_is_char(scan, k, ','))
			*sentence_like = true;
	}
	return words;
}

int
dsr_quotes_extract(const dsr_scan *scan, dsr_lang lang, dsr_quote_list *out)
{
	quote_ctx	c = {scan, lang == DSR_LANG_UNKNOWN ? DSR_LANG_ALL : (unsigned) lang, NULL, 0, {NULL, NULL, NULL, 0}};
	raw_quote  *raw;
	size_t		nraw;
	size_t		capacity = 0;
	size_t		i;
	int			rc;
	/* the last person named as a speaker, for pronouns and roles */
	size_t		person_start = 0,
				person_end = 0;
	/* the mention that named that person: "Graham" for "Lindsey Graham" */
	size_t		mention_start = 0,
				mention_end = 0;
	/* the previous statement, for quotes that continue it */
	size_t		previous = SIZE_MAX;
	size_t		chain_first = 0;
	uint32_t	previous_sentence = 0;

	memset(out, 0, sizeof(*out));
	out->opts = scan->opts;
	rc = dsr_core_init();
	if (rc != DSR_OK)
		return rc;
	rc = pair_marks(scan, &raw, &nraw);
	if (rc != DSR_OK)
	{
		dsr_release(&scan->opts, raw);
		return rc;
	}
	if (nraw > 0)
	{
		c.cache = dsr_alloc(&scan->opts, CANONICAL_CACHE * sizeof(canonical_entry));
		if (!c.cache || index_places(scan, &c.places) != DSR_OK)
		{
			dsr_release(&scan->opts, raw);
			dsr_release(&scan->opts, c.cache);
			return DSR_ENOMEM;
		}
	}

	for (i = 0; i < nraw; i++)
	{
		const raw_quote *q = &raw[i];
		attribution a;
		bool		all_capitalised,
					sentence_like;
		size_t		words = quote_words(scan, q, &all_capitalised, &sentence_like);
		dsr_quote	item;
		bool		statement;

		memset(&a, 0, sizeof(a));
		if (!attribution_after(&c, q, &a))
		{
			memset(&a, 0, sizeof(a));
			attribution_before(&c, q, &a);
		}
		/* terms, titles and names in quote marks are not statements */
		statement = a.found ? !(all_capitalised && words < STATEMENT_WORDS)
			: (words >= STATEMENT_WORDS && !all_capitalised) || q->continued;
		if (!statement)
			continue;

		memset(&item, 0, sizeof(item));
		item.start = scan->tokens[q->first].start;
		item.end = scan->tokens[q->last].end;
		item.char_start = scan->tokens[q->first].char_start;
		item.char_len = (uint32_t) dsr_utf8_count(scan->buf + item.start, item.end - item.start);
		item.sentence = scan->tokens[q->first].sentence;
		if (a.cue_end > a.cue_start)
		{
			item.has_cue = true;
			item.cue_start = scan->tokens[a.cue_start].start;
			item.cue_end = scan->tokens[a.cue_end - 1].end;
		}
		if (a.found && !a.speaker.indirect && a.speaker.end > a.speaker.start)
		{
			size_t		s = a.speaker.start,
						e = a.speaker.end;

			canonical_name(&c, &s, &e);
			person_start = s;
			person_end = e;
			mention_start = a.speaker.start;
			mention_end = a.speaker.end;
		}
		if (a.found && a.speaker.indirect)
		{
			/*
			 * "he", "elle", "der Minister": the last speaker, unless a person
			 * was made the subject of a sentence since ("…, Donald Trump
			 * suggested …. He said: …"); with no speaker yet, the last name.
			 */
			size_t		s,
						e;

			if (subject_since(&c, q->open, person_end, &s, &e) ||
				(person_end == person_start && nearest_name(&c, q->open, UINT32_MAX, &s, &e)))
			{
				person_start = mention_start = s;
				person_end = mention_end = e;
			}
		}
		else if (!a.found && !(previous != SIZE_MAX && out->items[previous].has_speaker &&
							   (q->continued || item.sentence <= previous_sentence + 2)))
		{
			/* indirect speech just before: "Merz hatte betont, …" then the quote */
			size_t		s,
						e;

			if (reporter_in_previous_sentence(&c, q->open, &s, &e))
			{
				a.found = true;
				person_start = mention_start = s;
				person_end = mention_end = e;
			}
		}
		if (a.found && person_end > person_start)
		{
			item.has_speaker = true;
			item.speaker_start = scan->tokens[person_start].start;
			item.speaker_end = scan->tokens[person_end - 1].end;
			item.mention_start = scan->tokens[mention_start].start;
			item.mention_end = scan->tokens[mention_end - 1].end;
		}
		else if (!a.found && previous != SIZE_MAX && out->items[previous].has_speaker &&
				 (q->continued || item.sentence <= previous_sentence + 2))
		{
			/* a quote right after another, without a cue, goes on with its speaker */
			item.has_speaker = true;
			item.speaker_start = out->items[previous].speaker_start;
			item.speaker_end = out->items[previous].speaker_end;
			item.mention_start = out->items[previous].mention_start;
			item.mention_end = out->items[previous].mention_end;
		}
		if (!dsr_array_reserve(&scan->opts, (void **) &out->items, out->count, &capacity,
							   sizeof(dsr_quote)))
		{
			dsr_release(&scan->opts, raw);
			dsr_release(&scan->opts, c.cache);
			release_places(&scan->opts, &c.places);
			dsr_quotes_free(out);
			return DSR_ENOMEM;
		}
		out->items[out->count++] = item;
		previous = out->count - 1;
		/* a quotation over several lines is named at its end: name its parts too */
		if (!q->continued)
			chain_first = previous;
		else if (item.has_speaker)
		{
			size_t		j;

			for (j = chain_first; j < previous; j++)
			{
				if (!out->items[j].has_speaker)
				{
					out->items[j].has_speaker = true;
					out->items[j].speaker_start = item.speaker_start;
					out->items[j].speaker_end = item.speaker_end;
					out->items[j].mention_start = item.mention_start;
					out->items[j].mention_end = item.mention_end;
				}
			}
		}
		previous_sentence = scan->tokens[q->last].sentence;
	}
	dsr_release(&scan->opts, raw);
	dsr_release(&scan->opts, c.cache);
	release_places(&scan->opts, &c.places);
	for (i = 0; i < out->count; i++)
	{
		dsr_quote  *item = &out->items[i];

		if (item->has_speaker)
		{
			item->speaker_name = scan->buf + item->speaker_start;
			item->speaker_name_len = item->speaker_end - item->speaker_start;
		}
	}
	return DSR_OK;
}

void
dsr_quotes_free(dsr_quote_list *list)
{
	if (list->items)
		dsr_release(&list->opts, list->items);
	list->items = NULL;
	list->count = 0;
}

/* ------------------------------------------------------- speaker names */

/* The token of scan that ends at byte end, or SIZE_MAX. */
static size_t
token_ending_at(const dsr_scan *scan, uint32_t end)
{
	size_t		lo = 0,
				hi = scan->ntokens;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (scan->tokens[mid].end < end)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < scan->ntokens && scan->tokens[lo].end == end ? lo : SIZE_MAX;
}

static inline bool
sentence_marked(const uint8_t *marked, uint32_t sentence)
{
	return (marked[sentence / 8] >> (sentence % 8)) & 1;
}

static inline void
mark_sentence(uint8_t *marked, uint32_t sentence)
{
	marked[sentence / 8] |= (uint8_t) (1u << (sentence % 8));
}

/*
 * A speaker's full name is in the first sentences that hold its last word
 * (news and debates name a person or a body in full first): the tagger reads
 * that many of them for each word, so that "Commission" in a 10 MB debate
 * costs a few sentences, not most of the text.
 */
#define SPEAKER_WORD_SENTENCES	4

/*
 * The tokens of the sentences that hold a mention of a speaker, and of the
 * first SPEAKER_WORD_SENTENCES sentences that hold each word of words (a hash
 * set; sightings counts them per slot), as a scan of their own: text between
 * them is a gap, as in a money scan.
 */
static int
sentences_with_words(const dsr_scan *scan, const uint64_t *words, uint8_t *sightings,
					 size_t nslots, const dsr_quote_list *quotes, dsr_scan *sub)
{
	uint32_t	last_sentence = scan->tokens[scan->ntokens - 1].sentence;
	uint8_t    *marked = dsr_alloc(&scan->opts, last_sentence / 8 + 1);
	bool		previous_kept = true;
	size_t		k,
				count = 0;

	*sub = *scan;
	sub->tokens = NULL;
	sub->ntokens = 0;
	if (!marked)
		return DSR_ENOMEM;
	memset(marked, 0, last_sentence / 8 + 1);
	for (k = 0; k < scan->ntokens; k++)
	{
		size_t		slot;

		if (scan->tokens[k].kind != DSR_TOK_WORD)
			continue;
		slot = dsr_key_slot(words, nslots - 1, token_hash(scan, k));
		if (words[slot] != 0 && sightings[slot] < SPEAKER_WORD_SENTENCES)
		{
			mark_sentence(marked, scan->tokens[k].sentence);
			sightings[slot]++;
		}
	}
	for (k = 0; k < quotes->count; k++)
	{
		size_t		last = quotes->items[k].has_speaker ?
			token_ending_at(scan, quotes->items[k].mention_end) : SIZE_MAX;

		if (last != SIZE_MAX)
			mark_sentence(marked, scan->tokens[last].sentence);
	}
	for (k = 0; k < scan->ntokens; k++)
		count += sentence_marked(marked, scan->tokens[k].sentence);
	sub->tokens = dsr_alloc(&scan->opts, count * sizeof(dsr_token));
	if (!sub->tokens)
	{
		dsr_release(&scan->opts, marked);
		return DSR_ENOMEM;
	}
	for (k = 0; k < scan->ntokens; k++)
	{
		if (!sentence_marked(marked, scan->tokens[k].sentence))
		{
			previous_kept = false;
			continue;
		}
		sub->tokens[sub->ntokens] = scan->tokens[k];
		if (!previous_kept)
			sub->tokens[sub->ntokens].flags |= DSR_TF_GAP_BEFORE | DSR_TF_SPACE_BEFORE;
		sub->ntokens++;
		previous_kept = true;
	}
	dsr_release(&scan->opts, marked);
	return DSR_OK;
}

/*
 * The entity of entities (sorted) that names the speaker words [start, end):
 * one that holds their last word (the surname, the head of "Commission"), a
 * person first, else an organization.
 */
static const dsr_entity *
entity_naming(const dsr_entity_list *entities, uint32_t start, uint32_t end)
{
	const dsr_entity *found = NULL;
	size_t		lo = 0,
				hi = entities->count;

	/* the first entity that ends after start */
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (entities->items[mid].end <= start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < entities->count && entities->items[lo].start < end; lo++)
	{
		const dsr_entity *e = &entities->items[lo];

		if (e->end < end)
			continue;
		if (e->kind == DSR_ENT_PERSON)
			found = e;
		else if (e->kind == DSR_ENT_ORGANIZATION && (!found || found->kind != DSR_ENT_PERSON))
			found = e;
	}
	return found;
}

int
dsr_quotes_name_speakers(const dsr_scan *scan, dsr_lang lang, const dsr_ner_model *model,
						 dsr_quote_list *quotes)
{
	size_t		speakers = 0,
				nslots = 16,
				i;
	uint64_t   *words;
	uint8_t    *sightings;
	dsr_scan	sub;
	dsr_entity_list entities;
	int			rc;

	for (i = 0; i < quotes->count; i++)
		speakers += quotes->items[i].has_speaker;
	if (speakers == 0 || scan->ntokens == 0)
		return DSR_OK;
	/* the last word of each speaker's name, in a set at most half full */
	while (nslots < 2 * speakers + 1)
		nslots *= 2;
	words = dsr_alloc(&scan->opts, nslots * sizeof(uint64_t));
	sightings = dsr_alloc(&scan->opts, nslots);
	if (!words || !sightings)
	{
		dsr_release(&scan->opts, words);
		dsr_release(&scan->opts, sightings);
		return DSR_ENOMEM;
	}
	memset(words, 0, nslots * sizeof(uint64_t));
	memset(sightings, 0, nslots);
	for (i = 0; i < quotes->count; i++)
	{
		size_t		last = quotes->items[i].has_speaker ?
			token_ending_at(scan, quotes->items[i].mention_end) : SIZE_MAX;

		if (last != SIZE_MAX)
		{
			uint64_t	h = token_hash(scan, last);

			words[dsr_key_slot(words, nslots - 1, h)] = h;
		}
	}
	rc = sentences_with_words(scan, words, sightings, nslots, quotes, &sub);
	dsr_release(&scan->opts, words);
	dsr_release(&scan->opts, sightings);
	if (rc != DSR_OK)
		return rc;
	rc = dsr_entities_extract(&sub, lang, model, &entities);
	dsr_release(&scan->opts, sub.tokens);
	if (rc != DSR_OK)
		return rc;
	for (i = 0; i < quotes->count; i++)
	{
		dsr_quote  *q = &quotes->items[i];
		const dsr_entity *e = q->has_speaker ?
			entity_naming(&entities, q->mention_start, q->mention_end) : NULL;

		if (e)
		{
			q->speaker_name = e->canonical;
			q->speaker_name_len = e->canonical_len;
		}
	}
	dsr_entities_free(&entities);
	return DSR_OK;
}
