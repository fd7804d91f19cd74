/*
 * entities.c — named entities: the perceptron tagger over the scanned
 * tokens (ner_features.c, model from ner_model.c), then rules the tagger
 * cannot learn from the open training data: laws and events (heads such as
 * "Act", "Verordnung", "Summit"; "Regulation (EU) 2024/1689"), and canonical
 * names (an abbreviation's full name from the gazetteer, else the fullest
 * mention of the same entity in the document).
 */
#include "ner.h"
#include "lexicon.h"

typedef struct span
{
	uint32_t	first;			/* tokens first..last, inclusive */
	uint32_t	last;
	uint16_t	kind;			/* dsr_entity_kind */
	const char *gaz_canonical;	/* full name from the gazetteer, or NULL */
	int32_t		fullest;		/* span whose text is the canonical name, -1 = none yet */
	bool		in_headline;	/* on a line in Title Case */
	bool		from_layout;	/* a team of a results line: later rules keep its kind */
	uint8_t		genitive_bytes;	/* German "Europas", "Bundestages": bytes the canonical name drops */
} span;

typedef struct span_array
{
	span	   *items;
	size_t		count;
	size_t		capacity;
} span_array;

const char *
dsr_entity_kind_name(dsr_entity_kind kind)
{
	switch (kind)
	{
		case DSR_ENT_PERSON:
			return "person";
		case DSR_ENT_ORGANIZATION:
			return "organization";
		case DSR_ENT_LOCATION:
			return "location";
		case DSR_ENT_LAW:
			return "law";
		case DSR_ENT_EVENT:
			return "event";
		case DSR_ENT_MISC:
			return "misc";
	}
	return NULL;
}

/* ------------------------------------------------------------- tagging */

/*
 * Scores of a token's own features (ner_token_own_features), kept per
 * document in a direct-mapped table: the same names and words come back,
 * and a third of a token's features are its own.
 */
typedef struct own_score
{
	uint64_t	key;			/* ner_token_own_key, 0 = empty */
	int32_t		score[NER_NTAGS];
} own_score;

typedef struct own_cache
{
	own_score  *slots;
	size_t		mask;
} own_cache;

/*
 * Add the weights of features[0..n) to score. A slot's 16 bytes are added
 * at once into 16-bit lanes, the weights being bytes 4..12: fewer than 256
 * weights within ±128 cannot leave the range of an int16_t.
 */
typedef int8_t slot_bytes __attribute__((vector_size(16)));
typedef int16_t slot_lanes __attribute__((vector_size(32)));
typedef uint16_t slot_sums __attribute__((vector_size(32)));

static void
add_weights(const dsr_ner_model *model, const uint64_t *features, int n, int32_t *score)
{
	slot_sums	sum = {0};
	int			f,
				t;

	for (f = 0; f < n; f++)
	{
		const ner_slot *slot = ner_model_find(model, features[f]);
		slot_bytes	bytes;

		if (!slot)
			continue;
		memcpy(&bytes, slot, sizeof(bytes));
		/* unsigned lanes: those of the fingerprint bytes wrap harmlessly */
		sum += (slot_sums) __builtin_convertvector(bytes, slot_lanes);
	}
	for (t = 0; t < NER_NTAGS; t++)
		score[t] += (int16_t) sum[offsetof(ner_slot, weights) + t];
}

static int
best_tag(const ner_doc *doc, const dsr_ner_model *model, size_t i, const uint8_t *tags,
		 own_cache *cache)
{
	uint64_t	features[2 * NER_MAX_FEATURES];
	int32_t		score[NER_NTAGS];
	int			prev1 = i > 0 ? tags[i - 1] : NER_O;
	uint64_t	key = ner_token_own_key(doc, i);
	/* the key's low bit is always set: index by higher bits */
	own_score  *own = &cache->slots[(key >> 7) & cache->mask];
	int			ncontext = ner_token_context_features(doc, i, tags, features);
	int			nown = own->key == key ? 0 : ner_token_own_features(doc, i, features + ncontext);
	int			best = NER_O;
	int			f,
				t;

	/* the table is larger than the caches: ask for every slot before reading any */
	for (f = 0; f < ncontext + nown; f++)
		__builtin_prefetch(&model->slots[(uint32_t) features[f] & (model->capacity - 1)]);
	if (own->key != key)
	{
		own->key = key;
		memset(own->score, 0, sizeof(own->score));
		add_weights(model, features + ncontext, nown, own->score);
	}
	memcpy(score, own->score, sizeof(score));
	add_weights(model, features, ncontext, score);
	for (t = 1; t < NER_NTAGS; t++)
	{
		if (score[t] > score[best] && ner_tag_allowed(doc, i, prev1, t))
			best = t;
	}
	return best;
}

static const uint16_t tag_entity_kind[5] = {
	0, DSR_ENT_PERSON, DSR_ENT_ORGANIZATION, DSR_ENT_LOCATION, DSR_ENT_MISC
};

static bool
append_span(const dsr_options *opts, span_array *spans, const span *s)
{
	if (!dsr_array_reserve(opts, (void **) &spans->items, spans->count, &spans->capacity,
						   sizeof(span)))
		return false;
	spans->items[spans->count++] = *s;
	return true;
}

static bool
push_span(const dsr_options *opts, span_array *spans, size_t first, size_t last, uint16_t kind)
{
	span		s = {(uint32_t) first, (uint32_t) last, kind, NULL, -1, false, false, 0};

	return append_span(opts, spans, &s);
}

/*
 * For passes that rebuild spans into out in text order: copy to out the
 * spans from *next that end before token tok, moving *next past them.
 */
static bool
keep_spans_before(const dsr_options *opts, const span_array *spans, size_t *next,
				  span_array *out, size_t tok)
{
	for (; *next < spans->count && spans->items[*next].last < tok; (*next)++)
		if (!append_span(opts, out, &spans->items[*next]))
			return false;
	return true;
}

/* Ends such a pass: the spans from next on follow in out, which takes spans' place. */
static bool
finish_span_pass(const dsr_options *opts, span_array *spans, size_t next, span_array *out)
{
	for (; next < spans->count; next++)
		if (!append_span(opts, out, &spans->items[next]))
			return false;
	dsr_release(opts, spans->items);
	*spans = *out;
	return true;
}

/*
 * A small open-addressing map from word hashes (never 0) to a span number,
 * -1 for none; sized for `keys` keys at most, half full at worst.
 */
typedef struct span_index
{
	uint64_t   *keys;
	int32_t    *spans;
	size_t		mask;
} span_index;

static bool
span_index_init(const dsr_options *opts, span_index *t, size_t keys)
{
	size_t		capacity = 16;

	while (capacity < keys * 2)
		capacity *= 2;
	t->keys = dsr_alloc(opts, capacity * sizeof(uint64_t));
	t->spans = dsr_alloc(opts, capacity * sizeof(int32_t));
	t->mask = capacity - 1;
	if (!t->keys || !t->spans)
		return false;
	memset(t->keys, 0, capacity * sizeof(uint64_t));
	memset(t->spans, 0xFF, capacity * sizeof(int32_t));	/* -1: no span */
	return true;
}

static void
span_index_free(const dsr_options *opts, span_index *t)
{
	dsr_release(opts, t->keys);
	dsr_release(opts, t->spans);
}

/* The slot of key, added if missing (count it in the keys of init). */
static int32_t *
span_index_slot(span_index *t, uint64_t key)
{
	size_t		i = dsr_key_slot(t->keys, t->mask, key);

	t->keys[i] = key;
	return &t->spans[i];
}

/* The span of key, or -1; adds nothing. */
static int32_t
span_index_find(const span_index *t, uint64_t key)
{
	size_t		i = dsr_key_slot(t->keys, t->mask, key);

	return t->keys[i] == key ? t->spans[i] : -1;
}

/* Trim punctuation off both ends of tokens first..last; false if nothing is left. */
static bool
trim_span(const dsr_scan *scan, size_t *first, size_t *last)
{
	while (*first <= *last && scan->tokens[*first].kind != DSR_TOK_WORD &&
		   scan->tokens[*first].kind != DSR_TOK_NUMBER)
		(*first)++;
	while (*last > *first && scan->tokens[*last].kind == DSR_TOK_PUNCT &&
		   !dsr_token_is_char(scan, *last, ')') && !dsr_token_is_char(scan, *last, '.'))
		(*last)--;
	return *first <= *last && scan->tokens[*first].kind != DSR_TOK_PUNCT;
}

static int
tag_document(const ner_doc *doc, const dsr_ner_model *model, uint8_t *tags, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	int			prev1 = NER_O;
	size_t		open_first = 0;
	int			open_kind = 0;
	size_t		i;
	own_cache	cache;
	size_t		capacity = 64;
	int			rc = DSR_OK;

	/* about one slot per four tokens: enough for a document's recurring words */
	while (capacity < scan->ntokens / 4 && capacity < 4096)
		capacity *= 2;
	cache.slots = dsr_alloc(&scan->opts, capacity * sizeof(own_score));
	cache.mask = capacity - 1;
	if (!cache.slots)
		return DSR_ENOMEM;
	memset(cache.slots, 0, capacity * sizeof(own_score));
	for (i = 0; i <= scan->ntokens && rc == DSR_OK; i++)
	{
		int			tag = NER_O;

		if (i < scan->ntokens)
		{
			if (i % DSR_STOP_POLL_TOKENS == 0 && scan->opts.should_stop &&
				scan->opts.should_stop(scan->opts.stop_arg))
			{
				rc = DSR_ECANCELLED;
				break;
			}
			if (!ner_token_skipped(doc, i, prev1))
				tag = best_tag(doc, model, i, tags, &cache);
		}
		if (open_kind && !ner_tag_is_inside(tag))
		{
			size_t		first = open_first,
						last = i - 1;

			if (trim_span(scan, &first, &last) &&
				!push_span(&scan->opts, spans, first, last, tag_entity_kind[open_kind]))
				rc = DSR_ENOMEM;
			open_kind = 0;
		}
		if (tag != NER_O && !ner_tag_is_inside(tag))
		{
			open_first = i;
			open_kind = ner_tag_kind(tag);
		}
		if (i < scan->ntokens)
			tags[i] = (uint8_t) tag;
		prev1 = tag;
	}
	dsr_release(&scan->opts, cache.slots);
	return rc;
}

/* A person's initial: one capital letter and a period glued to it ("S. Campbell"), not a title ("M." in French). */
static bool
is_initial(const ner_doc *doc, size_t k)
{
	const dsr_scan *scan = doc->scan;
	const dsr_token *t = &scan->tokens[k];
	unsigned char c = (unsigned char) scan->buf[t->start];

	return t->kind == DSR_TOK_WORD && t->end - t->start == 1 && c >= 'A' && c <= 'Z' &&
		!(doc->tokens[k].cues & NER_CUE_TITLE) && k + 1 < scan->ntokens &&
		dsr_token_is_char(scan, k + 1, '.') && dsr_token_glued(scan, k + 1);
}

/* Is token j a word written with a capital? */
static bool
is_capitalised_word(const dsr_scan *scan, size_t j)
{
	return scan->tokens[j].kind == DSR_TOK_WORD && (scan->tokens[j].flags & DSR_TF_CAPITALISED);
}

/* A given name the gazetteer knows, capitalised, just before a person: "Ally" of "Ally McCoist". */
static bool
is_given_name(const ner_doc *doc, size_t k)
{
	return is_capitalised_word(doc->scan, k) && (doc->tokens[k].gaz_begin & GAZ_GIVEN);
}

/* Does token k start a line or a sentence, so that no name runs across it? */
static bool
starts_line(const dsr_scan *scan, size_t k)
{
	return (scan->tokens[k].flags & (DSR_TF_NEWLINE_BEFORE | DSR_TF_SENTENCE_START)) != 0;
}

/*
 * Are the tokens after last and before first name particles in lower case
 * (one to three: "della", "von", "de la"), or none when the first span
 * already ends with its particle ("Jean-François-Marie de" + "Surville")?
 */
static bool
only_particles_between(const ner_doc *doc, size_t last, size_t first)
{
	const dsr_scan *scan = doc->scan;
	size_t		k;

	if (first == last + 1)
		return (doc->tokens[last].cues & NER_CUE_PARTICLE) &&
			!(scan->tokens[last].flags & DSR_TF_CAPITALISED);
	if (first > last + 4)
		return false;
	for (k = last + 1; k < first; k++)
	{
		if (scan->tokens[k].kind != DSR_TOK_WORD || (scan->tokens[k].flags & DSR_TF_CAPITALISED) ||
			!(doc->tokens[k].cues & NER_CUE_PARTICLE) || starts_line(scan, k))
			return false;
	}
	return true;
}

/* Does span s end on a function word in lower case ("in", "for", "de")? Persons and laws keep theirs. */
static bool
ends_with_function_word(const ner_doc *doc, const span *s)
{
	const dsr_token *t = &doc->scan->tokens[s->last];

	return s->kind != DSR_ENT_PERSON && s->kind != DSR_ENT_LAW && s->last > s->first &&
		t->kind == DSR_TOK_WORD && !(t->flags & DSR_TF_CAPITALISED) &&
		(doc->tokens[s->last].cues & NER_CUE_STOPWORD);
}

/* Is token k a closing quote or bracket? */
static bool
is_closing_mark(const dsr_scan *scan, size_t k)
{
	const dsr_token *t = &scan->tokens[k];
	const unsigned char *p = (const unsigned char *) scan->buf + t->start;

	return t->kind == DSR_TOK_PUNCT &&
		dsr_closing_mark_len(p, (const unsigned char *) scan->buf + t->end) == t->end - t->start;
}

/*
 * Can the year at token y (1900 to 2099, four digits, a word of its own on
 * the line, not a date's "1996-12-06"; a comma, a period or a closing
 * quote or bracket may follow) end the name s before it? "Santé
 * Innovation 2030", "State of the Union 2025", "Naumburger SV 1905": after
 * an organization or a misc name it names a plan, an edition, a club.
 * After a place, a person or an event it is a date ("Weltkrieg 1943").
 */
static bool
takes_year(const dsr_scan *scan, const span *s, size_t y)
{
	const dsr_token *t = &scan->tokens[y];
	const char *p = scan->buf + t->start;

	return (s->kind == DSR_ENT_ORGANIZATION || s->kind == DSR_ENT_MISC) &&
		y == (size_t) s->last + 1 && t->kind == DSR_TOK_NUMBER && t->end - t->start == 4 &&
		((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) &&
		!dsr_token_glued(scan, y) && !starts_line(scan, y) &&
		!(y + 1 < scan->ntokens && dsr_token_glued(scan, y + 1) &&
		  !dsr_token_is_char(scan, y + 1, ',') && !dsr_token_is_char(scan, y + 1, '.') &&
		  !is_closing_mark(scan, y + 1));
}

typedef struct gaz_lookup
{
	unsigned	langs;
	uint16_t	kinds;
	const char *canonical;		/* a full name given in the text's language */
	bool		plain;			/* the text's language has the name as it is */
} gaz_lookup;

static bool
collect_name(const gaz_entry *entry, void *arg)
{
	gaz_lookup *g = arg;

	if (entry->kinds == 0)
		return false;
	g->kinds |= entry->kinds;
	if (!(entry->langs & g->langs))
		return false;			/* another language's name for it is no canonical here */
	if (entry->canonical == NULL)
		g->plain = true;
	else if (g->canonical == NULL)
		g->canonical = entry->canonical;
	return false;
}

/*
 * What the gazetteer holds for the words first..last, lower-cased and
 * joined by spaces, into g; false when they make no key (too long).
 */
static bool
look_up_phrase(const dsr_scan *scan, size_t first, size_t last, gaz_lookup *g)
{
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	size_t		k;

	if (last - first >= GAZ_MAX_TOKENS)
		return false;
	for (k = first; k <= last; k++)
	{
		if (k > first)
		{
			if (len + 1 >= sizeof(key))
				return false;
			key[len++] = ' ';
		}
		if (!ner_append_lower(scan, k, key, sizeof(key), &len))
			return false;
	}
	dsr_gazetteer_visit(key, len, collect_name, g);
	return true;
}

/* A nationality word and nothing else ("German", not also a place or a name). */
static inline bool
only_demonym(uint16_t kinds)
{
	return (kinds & GAZ_DEMONYM) && !(kinds & (GAZ_LOCATION | GAZ_ORG | GAZ_PERSON));
}

/*
 * "Iraqi troops", "Serb authorities": English writes nationality adjectives
 * with a capital, and they are misc names (the tagger, trained mostly on
 * German and French where they are lower case, leaves them out). A word
 * the gazetteer knows only as a demonym, not also as a place or a name.
 */
static bool
is_english_demonym(const ner_doc *doc, size_t i)
{
	gaz_lookup	g = {(unsigned) DSR_LANG_EN, 0, NULL, false};

	return doc->lang == DSR_LANG_EN && (doc->tokens[i].gaz_begin & GAZ_DEMONYM) &&
		look_up_phrase(doc->scan, i, i, &g) && only_demonym(g.kinds);
}

/*
 * "de Paris", "du Louvre", "de l'Économie": a place, an organization or a
 * misc name starts with its first capitalised word; the words before it are
 * the sentence's (persons keep theirs: "de Gaulle", "von der Leyen"; laws
 * their head: "règlement (UE) 2016/679"). Returns false when nothing
 * capitalised is left.
 */
static bool
strip_leading_lower(const dsr_scan *scan, span *s)
{
	size_t		first = s->first;

	if (s->kind != DSR_ENT_LOCATION && s->kind != DSR_ENT_ORGANIZATION &&
		s->kind != DSR_ENT_MISC)
		return true;
	while (first <= s->last && (scan->tokens[first].kind == DSR_TOK_PUNCT ||
								(scan->tokens[first].kind == DSR_TOK_WORD &&
								 !(scan->tokens[first].flags & DSR_TF_CAPITALISED))))
		first++;
	if (first > s->last)
		return false;
	s->first = (uint32_t) first;
	return true;
}

/* The lower-cased token into buf (DSR_LEX_MAX_KEY_BYTES); 0 if it does not fit. */
static size_t
lower_token(const dsr_scan *scan, size_t tok, char *buf)
{
	size_t		n = 0;

	return ner_append_lower(scan, tok, buf, DSR_LEX_MAX_KEY_BYTES, &n) ? n : 0;
}

/*
 * A person's name starts after its titles: "M.", "Mme", "Dr", "Chancellor",
 * "Madam" are cues, not part of the name. Returns false when only titles
 * were tagged.
 */
static bool
strip_titles(const ner_doc *doc, span *s)
{
	const dsr_scan *scan = doc->scan;
	size_t		first,
				last,
				k;

	if (s->kind != DSR_ENT_PERSON)
		return true;
	while (s->first <= s->last && (doc->tokens[s->first].cues & NER_CUE_TITLE))
	{
		s->first++;
		if (s->first <= s->last && dsr_token_is_char(scan, s->first, '.'))
			s->first++;
	}
	first = s->first;
	last = s->last;
	if (first > last || !trim_span(scan, &first, &last))
		return false;
	s->first = (uint32_t) first;
	s->last = (uint32_t) last;
	/* a name is more than its particles ("de" alone is no one) */
	for (k = first; k <= last; k++)
		if (!(doc->tokens[k].cues & NER_CUE_PARTICLE))
			return true;
	return false;
}

/*
 * "COP29", "G7", "G20": "COP" or a capital G, and a number of one or two
 * digits glued to it (the scan makes them a word and a number).
 */
static bool
is_numbered_event(const dsr_scan *scan, size_t first, size_t last)
{
	const dsr_token *w = &scan->tokens[first];
	const dsr_token *num = &scan->tokens[last];
	const char *p = scan->buf + w->start;
	size_t		n = w->end - w->start;

	if (last != first + 1 || num->kind != DSR_TOK_NUMBER ||
		!dsr_token_glued(scan, last) || num->end - num->start > 2)
		return false;
	return (n == 3 && memcmp(p, "COP", 3) == 0) || (n == 1 && p[0] == 'G');
}

/*
 * "Euro", "EUR 50", "CHF": a currency is not a name here (extract_amounts has
 * it). An event or a law is a name even when its first word is also a
 * currency code: "COP29" (COP, the Colombian peso).
 */
static bool
is_currency(const dsr_scan *scan, const span *s)
{
	char		word[DSR_LEX_MAX_KEY_BYTES];
	size_t		n;

	if (!(scan->tokens[s->first].flags & DSR_TF_CURRENCY_CUE) ||
		s->kind == DSR_ENT_EVENT || s->kind == DSR_ENT_LAW ||
		is_numbered_event(scan, s->first, s->last))
		return false;
	n = lower_token(scan, s->first, word);
	return n > 0 && dsr_lexicon_find(word, n, DSR_LEX_CURRENCY, DSR_LANG_ALL) != NULL;
}

/* ------------------------------------------------------ known names */

/* The one kind a gazetteer phrase gives, or 0 when it gives none or several. */
static uint16_t
gazetteer_kind(uint8_t kinds)
{
	switch (kinds & (GAZ_PERSON | GAZ_ORG | GAZ_LOCATION))
	{
		case GAZ_PERSON:
			return DSR_ENT_PERSON;
		case GAZ_ORG:
			return DSR_ENT_ORGANIZATION;
		case GAZ_LOCATION:
			return DSR_ENT_LOCATION;
		case 0:
			break;
		default:
			return 0;
	}
	if (kinds & GAZ_LAW)
		return DSR_ENT_LAW;
	if (kinds & GAZ_EVENT)
		return DSR_ENT_EVENT;
	if (kinds & GAZ_MISC)
		return DSR_ENT_MISC;
	return 0;
}

/*
 * May a known name the tagger left out become an entity? A phrase of two
 * tokens or more ("États-Unis", "Banque de France") is specific enough; one
 * word only as an acronym ("UE", "BEI"): a capitalised single word is too
 * often a common word too ("Nice", "May").
 */
static bool
known_name_stands_alone(const dsr_scan *scan, size_t first, size_t last)
{
	return last > first || (scan->tokens[first].flags & DSR_TF_ALL_CAPS);
}

/*
 * Snap the tagger's spans to the known names they are part of: a span
 * inside a gazetteer phrase grows to the whole phrase ("Ursula" of "Ursula
 * von der Leyen", "Oréal" of "L'Oréal"), and known names the tagger missed
 * are added when they stand alone. A phrase is taken only when it holds
 * every span it touches.
 */
static int
snap_to_known_names(const ner_doc *doc, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	span_array	out = {NULL, 0, 0};
	size_t		next = 0;
	size_t		i = 0;

	while (i < scan->ntokens)
	{
		const ner_token *t = &doc->tokens[i];

		if (t->name_tokens > 0)
		{
			size_t		last = i + t->name_tokens - 1;
			size_t		k = next;
			bool		inside = true;
			uint16_t	kind = gazetteer_kind(t->name_kinds);

			for (; k < spans->count && spans->items[k].first <= last; k++)
				inside &= spans->items[k].last <= last;
			if (kind == 0 && k > next)
				kind = spans->items[next].kind;
			if (inside && kind != 0 &&
				(k > next || known_name_stands_alone(scan, i, last)))
			{
				if (!push_span(&scan->opts, &out, i, last, kind))
					goto nomem;
				next = k;
				i = last + 1;
				continue;
			}
		}
		if (next < spans->count && spans->items[next].first == i)
		{
			if (!append_span(&scan->opts, &out, &spans->items[next]))
				goto nomem;
			i = spans->items[next].last + 1;
			next++;
			continue;
		}
		i++;
	}
	dsr_release(&scan->opts, spans->items);
	*spans = out;
	return DSR_OK;
nomem:
	dsr_release(&scan->opts, out.items);
	return DSR_ENOMEM;
}

/* ------------------------------------------------------- laws and events */

/* Words that make a name a law when they head or end it. */
static const char *const law_heads[] = {
	"act", "regulation", "directive", "treaty", "charter", "code", "convention",
	"règlement", "loi", "traité", "charte",
	"gesetz", "verordnung", "richtlinie", "vertrag", "grundgesetz",
	"ley", "reglamento", "directiva", "tratado", "decreto",
	"legge", "regolamento", "direttiva", "trattato", "codice",
};

/* German compounds ending in these are laws: "Klimaschutzgesetz". */
static const char *const law_suffixes[] = {"gesetz", "verordnung", "richtlinie"};

/* Words that make a name an event. */
static const char *const event_heads[] = {
	"summit", "conference", "forum", "olympics", "games", "cup", "championship", "expo",
	"sommet", "conférence", "jeux", "mondial",
	"gipfel", "konferenz", "spiele", "weltmeisterschaft",
	"cumbre", "conferencia", "juegos",
	"vertice", "conferenza", "giochi",
};

/* Last words that make a name a company or another organization. */
static const char *const organization_suffixes[] = {
	"inc", "corp", "corporation", "ltd", "plc", "llc", "co", "group", "holdings",
	"gmbh", "ag", "kgaa", "se", "sa", "sas", "sarl", "spa", "srl", "nv", "bv", "ab", "asa", "oyj",
};

/*
 * Words that make a name of several words an organization, wherever they
 * stand: "Roma Tre University", "Université de Strasbourg", "Sofia Newsroom"
 * are bodies named after a place, not places. Not "bank" ("West Bank") nor
 * "federation" ("Russian Federation").
 */
static const char *const organization_heads[] = {
	"university", "college", "institute", "ministry", "department", "agency", "council",
	"committee", "commission", "party", "parliament", "court", "police", "foundation",
	"association", "company", "newsroom", "airlines", "airways",
	"université", "institut", "ministère", "agence", "conseil", "comité", "parti",
	"parlement", "cour", "fondation", "compagnie",
	"universität", "hochschule", "ministerium", "behörde", "agentur", "partei", "gericht",
	"stiftung", "verband", "gesellschaft",
	"universidad", "ministerio", "agencia", "consejo", "partido", "tribunal",
	"fundación", "asociación", "compañía",
	"università", "istituto", "ministero", "agenzia", "consiglio", "comitato", "partito",
	"tribunale", "fondazione", "associazione", "società",
};

/* Words after which "2024/1689" is a law number. */
static const char *const law_number_heads[] = {
	"regulation", "directive", "decision", "règlement", "décision",
	"verordnung", "richtlinie", "beschluss", "reglamento", "directiva", "decisión",
	"regolamento", "direttiva", "decisione",
};

/* Heads that end an event's name in English: "Paris AI Summit", "Davis Cup". */
static const char *const event_final_heads[] = {
	"summit", "conference", "forum", "cup", "championship", "championships", "olympics",
	"games", "expo",
};

/* Heads that open an event's name in French, Italian and Spanish: "Vertice di Roma". */
static const char *const event_initial_heads[] = {
	"sommet", "conférence", "vertice", "conferenza", "cumbre", "conferencia",
};

/* Is key (NUL-terminated) word[0..len)? Most keys differ at their first byte: no strlen. */
static inline bool
same_word(const char *key, const char *word, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
		if (key[i] != word[i] || key[i] == '\0')
			return false;
	return key[len] == '\0';
}

static bool
word_in(const char *word, size_t len, const char *const *list, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (same_word(list[i], word, len))
			return true;
	return false;
}

#define WORD_IN(w, n, list) word_in((w), (n), (list), sizeof(list) / sizeof((list)[0]))

/*
 * A filter of the words on the lists above, a bit per hash of each: most
 * words are on none, and their ner_token.lower (the hash of the lower-cased
 * token) says so before they are lower-cased and compared. Built once, on
 * first use, and never changed.
 */
#define LISTED_BITS		4096
static uint64_t listed_words[LISTED_BITS / 64];
static bool listed_words_ready;

static void
list_words(const char *const *list, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		uint64_t	bit = (dsr_fnv1a64(list[i], strlen(list[i])) >> 7) & (LISTED_BITS - 1);

		listed_words[bit / 64] |= UINT64_C(1) << (bit % 64);
	}
}

#define LIST_WORDS(list) list_words((list), sizeof(list) / sizeof((list)[0]))

static void
init_listed_words(void)
{
	if (listed_words_ready)
		return;
	LIST_WORDS(law_heads);
	LIST_WORDS(event_heads);
	LIST_WORDS(organization_suffixes);
	LIST_WORDS(organization_heads);
	LIST_WORDS(law_number_heads);
	LIST_WORDS(event_final_heads);
	LIST_WORDS(event_initial_heads);
	listed_words_ready = true;
}

/* Might token tok be on a list? False only when its lower-cased form is on none. */
static inline bool
may_be_listed(const ner_doc *doc, size_t tok)
{
	uint64_t	bit = (doc->tokens[tok].lower >> 7) & (LISTED_BITS - 1);

	return (listed_words[bit / 64] >> (bit % 64)) & 1;
}

static bool
ends_with(const char *word, size_t len, const char *suffix)
{
	size_t		n = strlen(suffix);

	return len > n && memcmp(word + len - n, suffix, n) == 0;
}

/* Does a word of the span (of two words or more) make it an organization? */
static bool
has_organization_head(const ner_doc *doc, const span *s)
{
	const dsr_scan *scan = doc->scan;
	char		word[DSR_LEX_MAX_KEY_BYTES];
	size_t		k;

	if (s->last == s->first)
		return false;
	for (k = s->first; k <= s->last; k++)
	{
		size_t		n;

		if (scan->tokens[k].kind != DSR_TOK_WORD || !may_be_listed(doc, k))
			continue;
		n = lower_token(scan, k, word);
		if (WORD_IN(word, n, organization_heads))
			return true;
	}
	return false;
}

static bool
has_acronym(const dsr_scan *scan, const span *s)
{
	size_t		k;

	for (k = s->first; k <= s->last; k++)
		if (scan->tokens[k].flags & DSR_TF_ALL_CAPS)
			return true;
	return false;
}

/* Does the span end on an organization's head ("Navy", "Federation")? */
static bool
ends_with_head(const ner_doc *doc, const span *s)
{
	char		word[DSR_LEX_MAX_KEY_BYTES];
	size_t		n;

	if (doc->scan->tokens[s->last].kind != DSR_TOK_WORD || !may_be_listed(doc, s->last))
		return false;
	n = lower_token(doc->scan, s->last, word);
	return WORD_IN(word, n, organization_heads);
}

/* Is token k the lower-case word w? */
static bool
token_is_word(const dsr_scan *scan, size_t k, const char *w)
{
	char		word[DSR_LEX_MAX_KEY_BYTES];
	size_t		n;

	if (scan->tokens[k].kind != DSR_TOK_WORD || (scan->tokens[k].flags & DSR_TF_CAPITALISED))
		return false;
	n = lower_token(scan, k, word);
	return same_word(w, word, n);
}

/*
 * "the European Coal" "and" "Steel Community", "the Mines and Energy
 * Ministry": English joins the fields of a body with "and" before its head.
 * After "the", a name the gazetteer does not know, of no head of its own,
 * "and", and an organization ending on its head are one organization.
 */
static bool
joins_fields(const ner_doc *doc, const span *prev, const span *s)
{
	const dsr_scan *scan = doc->scan;
	gaz_lookup	g = {(unsigned) DSR_LANG_EN, 0, NULL, false};

	if (doc->lang != DSR_LANG_EN || s->kind != DSR_ENT_ORGANIZATION || s->last == s->first ||
		prev->kind == DSR_ENT_PERSON || s->first != prev->last + 2 || prev->first == 0 ||
		!token_is_word(scan, prev->last + 1, "and") || !token_is_word(scan, prev->first - 1, "the") ||
		starts_line(scan, s->first) || starts_line(scan, prev->last + 1))
		return false;
	if (!ends_with_head(doc, s) || has_organization_head(doc, prev) ||
		(prev->first == prev->last && (scan->tokens[prev->first].flags & DSR_TF_ALL_CAPS)))
		return false;
	return !look_up_phrase(scan, prev->first, prev->last, &g) || !(g.kinds & GAZ_NAME_KINDS);
}

/*
 * The tagger sometimes cuts one name in two: "Japan" + "Credit Rating
 * Agency", "Moody's" + "Investors Service", "S" + "." + "Campbell". On the
 * same line, an organization of two words or more joins the place or the
 * person's name just before it (its head is last: the whole is the
 * organization), a person the initial or the known given name before it,
 * tagged or not ("S. Campbell", "Ally McCoist"), and two persons the
 * particles between them ("Giacomo" della "Porta"). Other pairs stay
 * apart: measured on the labelled data, they are as often two names side by
 * side ("Spaniard Carlos Sainz", lists without commas in old print:
 * "Australie Dcsaix") as one. An English nationality before an organization
 * of two words or more, or ending on a body's head, is part of its name
 * ("Romanian Soccer Federation"), unless the organization holds an acronym
 * ("French GAN"). Last, no name but a person's or a law ends on
 * a function word ("... Human Services for").
 */
static void
join_split_names(const ner_doc *doc, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	size_t		i,
				kept = 0;

	for (i = 0; i < spans->count; i++)
	{
		span		s = spans->items[i];
		span	   *prev = kept > 0 ? &spans->items[kept - 1] : NULL;
		size_t		before = prev ? prev->last + 1 : 0;

		if (s.kind == DSR_ENT_PERSON && s.first >= before + 2 && is_initial(doc, s.first - 2) &&
			!starts_line(scan, s.first))
			s.first -= 2;
		if (s.kind == DSR_ENT_PERSON && s.first >= before + 1 && !starts_line(scan, s.first) &&
			is_given_name(doc, s.first - 1))
			s.first -= 1;
		if (prev && s.kind == DSR_ENT_PERSON && prev->kind == DSR_ENT_PERSON &&
			!starts_line(scan, s.first) && only_particles_between(doc, prev->last, s.first))
		{
			/* "Giacomo" della "Porta", "Heinrich Gottlob" von "Miltitz" */
			prev->last = s.last;
			continue;
		}
		if (prev && s.first == prev->last + 1 && s.first == s.last && prev->first == prev->last &&
			!starts_line(scan, s.first) && is_english_demonym(doc, prev->first) &&
			is_english_demonym(doc, s.first))
		{
			/* "Bosnian" "Serb" tagged apart */
			prev->last = s.last;
			prev->kind = DSR_ENT_MISC;
			continue;
		}
		if (prev && s.kind == DSR_ENT_ORGANIZATION && s.first == prev->last + 1 &&
			prev->first == prev->last && !starts_line(scan, s.first) &&
			is_english_demonym(doc, prev->first) &&
			(ends_with_head(doc, &s) || (s.last > s.first && !has_acronym(scan, &s))))
		{
			/* "Iraqi" "National Congress", "Romanian" "Soccer Federation": the nation's body */
			prev->last = s.last;
			prev->kind = s.kind;
			continue;
		}
		if (prev && joins_fields(doc, prev, &s))
		{
			prev->last = s.last;
			prev->kind = s.kind;
			continue;
		}
		if (prev && s.first == s.last && takes_year(scan, prev, s.first))
		{
			/* the year was tagged alone */
			prev->last++;
			continue;
		}
		if (prev && !starts_line(scan, s.first) &&
			((s.first == prev->last + 1 && s.kind == DSR_ENT_ORGANIZATION && s.last > s.first &&
			  (prev->kind == DSR_ENT_LOCATION || prev->kind == DSR_ENT_PERSON)) ||
			 (s.first == prev->last + 2 && s.kind == DSR_ENT_PERSON && prev->first == prev->last &&
			  is_initial(doc, prev->last))))
		{
			prev->last = s.last;
			prev->kind = s.kind;
			continue;
		}
		spans->items[kept++] = s;
	}
	spans->count = kept;
	/* a year no span holds, after a name that takes it */
	for (i = 0; i < spans->count; i++)
	{
		span	   *s = &spans->items[i];
		size_t		y = s->last + 1;

		if (y < scan->ntokens && takes_year(scan, s, y) &&
			(i + 1 == spans->count || spans->items[i + 1].first > y))
			s->last++;
	}
	/* a name does not end on "of", "for", "in" */
	for (i = 0; i < spans->count; i++)
	{
		span	   *s = &spans->items[i];

		while (s->last > s->first && ends_with_function_word(doc, s))
			s->last--;
	}
}

static void
refine_kind(const ner_doc *doc, span *s)
{
	const dsr_scan *scan = doc->scan;
	char		first[DSR_LEX_MAX_KEY_BYTES],
				last[DSR_LEX_MAX_KEY_BYTES];
	size_t		nfirst = 0,
				nlast;
	bool		first_listed,
				last_listed;

	if (s->kind == DSR_ENT_LAW || s->kind == DSR_ENT_EVENT || s->kind == DSR_ENT_PERSON)
		return;
	first_listed = may_be_listed(doc, s->first);
	last_listed = may_be_listed(doc, s->last);
	if (first_listed)
		nfirst = lower_token(scan, s->first, first);
	nlast = lower_token(scan, s->last, last);	/* law_suffixes need it */
	if (s->kind != DSR_ENT_ORGANIZATION && s->first != s->last && last_listed &&
		WORD_IN(last, nlast, organization_suffixes))
		s->kind = DSR_ENT_ORGANIZATION;
	else if (s->kind == DSR_ENT_LOCATION && has_organization_head(doc, s))
		s->kind = DSR_ENT_ORGANIZATION;
	else if ((last_listed && WORD_IN(last, nlast, law_heads)) ||
		(s->first != s->last && first_listed && WORD_IN(first, nfirst, law_heads)) ||
		ends_with(last, nlast, law_suffixes[0]) || ends_with(last, nlast, law_suffixes[1]) ||
		ends_with(last, nlast, law_suffixes[2]))
		s->kind = DSR_ENT_LAW;
	else if ((last_listed && WORD_IN(last, nlast, event_heads)) ||
			 (first_listed && WORD_IN(first, nfirst, event_heads)) ||
			 is_numbered_event(scan, s->first, s->last))
		s->kind = DSR_ENT_EVENT;
}

/*
 * "Regulation (EU) 2024/1689", "Directive 2019/790", "règlement (UE)
 * n° 2016/679": a law head (capitalised or not: the number makes it a
 * name), an optional (EU), an optional number sign, then NUMBER / NUMBER.
 * Called only for a word that may be listed, when a number follows within
 * five tokens (add_numbered_laws tests both first). Returns the last token
 * of the match, or 0.
 */
static size_t
match_law_number(const dsr_scan *scan, size_t i)
{
	char		word[DSR_LEX_MAX_KEY_BYTES];
	size_t		n;
	size_t		k = i + 1;

	n = lower_token(scan, i, word);
	if (!WORD_IN(word, n, law_number_heads))
		return 0;
	if (k + 2 < scan->ntokens && dsr_token_is_char(scan, k, '(') &&
		(scan->tokens[k + 1].flags & DSR_TF_ALL_CAPS) && dsr_token_is_char(scan, k + 2, ')'))
		k += 3;
	if (k < scan->ntokens && scan->tokens[k].kind == DSR_TOK_WORD)
	{
		n = lower_token(scan, k, word);
		if ((n == 2 && (memcmp(word, "no", 2) == 0 || memcmp(word, "nr", 2) == 0)) ||
			(n == 1 && word[0] == 'n') || (n == 3 && memcmp(word, "n\xc2\xb0", 3) == 0))
		{
			k++;
			if (k < scan->ntokens && (dsr_token_is_char(scan, k, '.') ||
									  dsr_token_is_char(scan, k, '\xba')))
				k++;
		}
	}
	if (k + 2 < scan->ntokens && scan->tokens[k].kind == DSR_TOK_NUMBER &&
		dsr_token_is_char(scan, k + 1, '/') && scan->tokens[k + 2].kind == DSR_TOK_NUMBER &&
		dsr_token_glued(scan, k + 1) && dsr_token_glued(scan, k + 2))
		return k + 2;
	return 0;
}

/*
 * Add the numbered laws, replacing tagger spans they overlap; spans stay
 * in text order.
 */
static int
add_numbered_laws(const ner_doc *doc, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	span_array	out = {NULL, 0, 0};
	size_t		next = 0;
	size_t		number = 0;		/* the first number token after i, or ntokens */
	size_t		i;

	for (i = 0; i < scan->ntokens; i++)
	{
		size_t		last;

		if (scan->tokens[i].kind != DSR_TOK_WORD || !may_be_listed(doc, i))
			continue;
		/* cheap test first, as this runs on every word: a number within five tokens */
		if (number <= i)
			for (number = i + 1;
				 number < scan->ntokens && scan->tokens[number].kind != DSR_TOK_NUMBER; number++)
				;
		if (number >= scan->ntokens || number > i + 5 || (last = match_law_number(scan, i)) == 0)
			continue;
		/* keep the spans before this law, drop those it overlaps */
		if (!keep_spans_before(&scan->opts, spans, &next, &out, i))
			goto nomem;
		while (next < spans->count && spans->items[next].first <= last)
			next++;
		if (!push_span(&scan->opts, &out, i, last, DSR_ENT_LAW))
			goto nomem;
		i = last;
	}
	if (out.count == 0)
		return DSR_OK;
	if (!finish_span_pass(&scan->opts, spans, next, &out))
		goto nomem;
	return DSR_OK;
nomem:
	dsr_release(&scan->opts, out.items);
	return DSR_ENOMEM;
}

/* -------------------------------------------------- names the rules find */

/* The shortest name genitive_stem takes, in bytes with its s. */
#define GENITIVE_MIN_BYTES	4

/*
 * German glues the genitive's s to a name: "Merkels Rede", "die Zukunft
 * Europas", "Berlins Bürger". For a capitalised word of a German text
 * ending so, the lower-case hash of its stem, which goes with its s into
 * stem (*len bytes without the s); else 0.
 */
static uint64_t
genitive_stem(const ner_doc *doc, size_t tok, char *stem, size_t size, size_t *len)
{
	const dsr_scan *scan = doc->scan;
	const dsr_token *t = &scan->tokens[tok];

	*len = 0;
	if (doc->lang != DSR_LANG_DE || t->kind != DSR_TOK_WORD ||
		!(t->flags & DSR_TF_CAPITALISED) || (t->flags & DSR_TF_ALL_CAPS) ||
		t->end - t->start < GENITIVE_MIN_BYTES || scan->buf[t->end - 1] != 's' ||
		scan->buf[t->end - 2] == 's' || !ner_append_lower(scan, tok, stem, size, len))
		return 0;
	(*len)--;
	return dsr_fnv1a64(stem, *len);
}

/* Does the gazetteer know the word itself, s included ("Paris", "Siemens")? */
static bool
genitive_is_a_name(const char *stem, size_t len)
{
	gaz_lookup	g = {(unsigned) DSR_LANG_DE, 0, NULL, false};

	dsr_gazetteer_visit(stem, len + 1, collect_name, &g);
	return (g.kinds & GAZ_NAME_KINDS) != 0;
}

/* Is token tok the genitive of a surname in surnames ("Baerbocks" of "Annalena Baerbock")? */
static bool
is_surname_genitive(const ner_doc *doc, size_t tok, const span_index *surnames)
{
	char		stem[DSR_LEX_MAX_KEY_BYTES];
	size_t		len;
	uint64_t	hash = genitive_stem(doc, tok, stem, sizeof(stem), &len);

	return hash != 0 && span_index_find(surnames, hash) >= 0 && !genitive_is_a_name(stem, len);
}

/* A capitalised German compound ending in "-gesetz", "-verordnung", "-richtlinie". */
static bool
is_law_compound(const dsr_scan *scan, size_t i)
{
	const dsr_token *t = &scan->tokens[i];
	char		word[DSR_LEX_MAX_KEY_BYTES];
	size_t		n;
	size_t		k;

	if (!(t->flags & DSR_TF_CAPITALISED) || t->end - t->start < 9)
		return false;
	n = lower_token(scan, i, word);
	for (k = 0; k < sizeof(law_suffixes) / sizeof(law_suffixes[0]); k++)
		if (n > strlen(law_suffixes[k]) + 2 && ends_with(word, n, law_suffixes[k]))
			return true;
	return false;
}

/*
 * Names the tagger left out that rules find: a surname alone after the
 * full name ("von der Leyen", "Vance"), German compound laws
 * ("Klimaschutzgesetz"), numbered events ("COP29", "G7"). Only tokens no
 * span holds are considered; spans stay in text order.
 */
static int
add_rule_spans(const ner_doc *doc, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	const dsr_options *opts = &scan->opts;
	span_array	out = {NULL, 0, 0};
	span_index	surnames;		/* last word of a person named in full -> that span */
	size_t		next = 0;
	size_t		i;
	int			rc = DSR_ENOMEM;

	if (!span_index_init(opts, &surnames, spans->count))
		goto done;
	for (i = 0; i < spans->count; i++)
		if (spans->items[i].kind == DSR_ENT_PERSON && spans->items[i].last > spans->items[i].first)
			*span_index_slot(&surnames, doc->tokens[spans->items[i].last].lower) = (int32_t) i;

	for (i = 0; i < scan->ntokens; i++)
	{
		size_t		first = i;
		uint16_t	kind = 0;
		bool		numbered = i + 1 < scan->ntokens &&
			scan->tokens[i + 1].kind == DSR_TOK_NUMBER && is_numbered_event(scan, i, i + 1) &&
			!(next < spans->count && spans->items[next].first == i + 1);

		if (next < spans->count && spans->items[next].first == i)
		{
			span		event = {(uint32_t) i, (uint32_t) i + 1, DSR_ENT_EVENT, NULL, -1, false, false, 0};

			/* the tagger took "G" of "G20": the event is the word and its number */
			const span *kept = numbered && spans->items[next].last == i ? &event : &spans->items[next];

			if (!append_span(opts, &out, kept))
				goto done;
			i = kept->last;
			next++;
			continue;
		}
		if (!is_capitalised_word(scan, i))
			continue;
		if (span_index_find(&surnames, doc->tokens[i].lower) >= 0 ||
			is_surname_genitive(doc, i, &surnames))
		{
			kind = DSR_ENT_PERSON;
			/* take the particles before it: "von der Leyen" */
			while (first > 0 && (doc->tokens[first - 1].cues & NER_CUE_PARTICLE) &&
				   !(scan->tokens[first].flags & DSR_TF_SENTENCE_START) &&
				   (out.count == 0 || out.items[out.count - 1].last < first - 1))
				first--;
		}
		else if (is_law_compound(scan, i))
			kind = DSR_ENT_LAW;
		else if (is_english_demonym(doc, i))
		{
			span	   *prev = out.count > 0 ? &out.items[out.count - 1] : NULL;

			/* "Bosnian Serb" is one name, when the tagger took either word or none */
			if (prev && prev->first == prev->last && prev->last + 1 == i && !starts_line(scan, i) &&
				is_english_demonym(doc, prev->first))
			{
				prev->last = (uint32_t) i;
				prev->kind = DSR_ENT_MISC;
				continue;
			}
			kind = DSR_ENT_MISC;
		}
		else if (numbered)
		{
			if (!push_span(opts, &out, i, i + 1, DSR_ENT_EVENT))
				goto done;
			i++;
			continue;
		}
		if (kind && !push_span(opts, &out, first, i, kind))
			goto done;
	}
	dsr_release(opts, spans->items);
	*spans = out;
	out.items = NULL;
	rc = DSR_OK;
done:
	dsr_release(opts, out.items);
	span_index_free(opts, &surnames);
	return rc;
}

/* -------------------------------------------------------- results lines */

/* Does token k end a line (the next token starts one, or there is none)? */
static bool
ends_line(const dsr_scan *scan, size_t k)
{
	return k + 1 >= scan->ntokens || (scan->tokens[k + 1].flags & DSR_TF_NEWLINE_BEFORE);
}

/* May token j sit between the words of a team's or a player's name? */
static bool
is_inside_name(const ner_doc *doc, size_t j)
{
	const dsr_scan *scan = doc->scan;

	return (scan->tokens[j].kind == DSR_TOK_WORD && (doc->tokens[j].cues & NER_CUE_PARTICLE)) ||
		dsr_token_is_char(scan, j, '.') || dsr_token_is_char(scan, j, '\'') ||
		dsr_token_is_char(scan, j, '-') || dsr_token_is_char(scan, j, '&');
}

/*
 * The name at token k of a results line: capitalised words, with the
 * particles, periods, apostrophes, hyphens and ampersands inside a club's
 * name ("Paris St Germain", "St. Louis", "Brighton & Hove Albion"), up to
 * its last word. Returns the token after it, k when there is no name.
 */
static size_t
team_name_end(const ner_doc *doc, size_t k, size_t end)
{
	size_t		last_word = k;
	size_t		j;

	if (k >= end || !is_capitalised_word(doc->scan, k))
		return k;
	for (j = k + 1; j < end; j++)
	{
		if (is_capitalised_word(doc->scan, j))
			last_word = j;
		else if (!is_inside_name(doc, j))
			break;
	}
	return last_word + 1;
}

/* Skips "(Ravelle 8th, Kubelik 85th)" at k, on the line; returns the token after it. */
static size_t
skip_parenthesis(const dsr_scan *scan, size_t k, size_t end)
{
	size_t		j;

	if (k >= end || !dsr_token_is_char(scan, k, '('))
		return k;
	for (j = k + 1; j < end; j++)
		if (dsr_token_is_char(scan, j, ')'))
			return j + 1;
	return k;
}

/*
 * The scorers in the parenthesis at k, before end, after a team's score:
 * "(Ravelle 8th, Kubelik 52nd)", "(Dawes 39, Rook 89)": each name followed
 * by a minute is a person's.
 */
static bool
push_scorers(const ner_doc *doc, size_t k, size_t end, span_array *teams)
{
	const dsr_scan *scan = doc->scan;
	size_t		close = skip_parenthesis(scan, k, end);

	if (close == k)
		return true;
	for (k++; k < close - 1; k++)
	{
		size_t		name_end = team_name_end(doc, k, close - 1);

		if (name_end > k && scan->tokens[name_end].kind == DSR_TOK_NUMBER &&
			!push_span(&scan->opts, teams, k, name_end - 1, DSR_ENT_PERSON))
			return false;
		while (k < close - 1 && !dsr_token_is_char(scan, k, ',') && !dsr_token_is_char(scan, k, ';'))
			k++;
	}
	return true;
}

/* The number of integers from k on, one token each, separated by spaces. */
static size_t
count_integers(const dsr_scan *scan, size_t *k, size_t end)
{
	size_t		n = 0;

	while (*k < end && scan->tokens[*k].kind == DSR_TOK_NUMBER &&
		   (n == 0 || !dsr_token_glued(scan, *k)))
	{
		(*k)++;
		n++;
	}
	return n;
}

/*
 * The token after a score at k: digits, or in Australian rules goals and
 * behinds before the total in parentheses ("14.16 (100)"); k when there is
 * none. A decimal without the total is some other figure ("BOND 7.0 PCT").
 */
static size_t
score_end(const dsr_scan *scan, size_t k, size_t end)
{
	if (k >= end || scan->tokens[k].kind != DSR_TOK_NUMBER)
		return k;
	if (k + 3 < end && dsr_token_is_char(scan, k + 1, '.') && dsr_token_glued(scan, k + 1) &&
		scan->tokens[k + 2].kind == DSR_TOK_NUMBER && dsr_token_glued(scan, k + 2))
		return dsr_token_is_char(scan, k + 3, '(') ? k + 3 : k;
	return k + 1;
}

/*
 * Does a standings row of wins, losses (and ties) and a win percentage go
 * on from k: two or three integers, then the percentage written without its
 * leading zero (".567"), then only figures to the line's end (games behind:
 * "-", "7 1/2")?
 */
static bool
is_win_percentage_row(const dsr_scan *scan, size_t k, size_t end)
{
	size_t		integers = count_integers(scan, &k, end);

	if (integers < 2 || integers > 3 || k + 1 >= end || !dsr_token_is_char(scan, k, '.') ||
		dsr_token_glued(scan, k) || scan->tokens[k + 1].kind != DSR_TOK_NUMBER ||
		!dsr_token_glued(scan, k + 1) || scan->tokens[k + 1].end - scan->tokens[k + 1].start != 3)
		return false;
	for (k += 2; k < end; k++)
		if (scan->tokens[k].kind == DSR_TOK_WORD)
			return false;
	return true;
}

/*
 * A cricket scorecard's batting line: the batsman, how he was out with the
 * fielder and the bowler, then his runs: "Tom Ashby c Okafor b Lindqvist
 * 57", "Ravi Menon lbw b Pryce 4", "Joe Kerr run out 10", "Dan Whitfield
 * not out 56". Pushes the names, persons; false on no memory.
 */
static bool
push_batting_line(const ner_doc *doc, size_t first, size_t end, span_array *teams, bool *matched)
{
	const dsr_scan *scan = doc->scan;
	size_t		names[3][2];
	size_t		count = 0,
				k = team_name_end(doc, first, end),
				name_end,
				i;

	*matched = false;
	if (k == first)
		return true;
	names[count][0] = first;
	names[count++][1] = k - 1;
	if (k < end && (token_is_word(scan, k, "c") || token_is_word(scan, k, "st")))
	{
		if ((name_end = team_name_end(doc, k + 1, end)) == k + 1)
			return true;
		names[count][0] = k + 1;
		names[count++][1] = name_end - 1;
		k = name_end;
	}
	if (k < end && token_is_word(scan, k, "lbw"))
		k++;
	if (k < end && token_is_word(scan, k, "b"))
	{
		if ((name_end = team_name_end(doc, k + 1, end)) == k + 1)
			return true;
		names[count][0] = k + 1;
		names[count++][1] = name_end - 1;
		k = name_end;
	}
	else if (count == 1 && k + 1 < end && token_is_word(scan, k + 1, "out") &&
			 (token_is_word(scan, k, "run") || token_is_word(scan, k, "not")))
		k = skip_parenthesis(scan, k + 2, end);
	else
		return true;
	if (k + 1 != end || scan->tokens[k].kind != DSR_TOK_NUMBER)
		return true;
	*matched = true;
	for (i = 0; i < count; i++)
		if (!push_span(&scan->opts, teams, names[i][0], names[i][1], DSR_ENT_PERSON))
			return false;
	return true;
}

/* Is token k an integer of at most max_digits digits? */
static bool
is_small_integer(const dsr_scan *scan, size_t k, size_t max_digits)
{
	return scan->tokens[k].kind == DSR_TOK_NUMBER &&
		scan->tokens[k].end - scan->tokens[k].start <= max_digits;
}

/*
 * The token after a bowler's figures at k, overs-maidens-runs-wickets
 * ("8-0-39-3", "9.4-0-43-1"); k when there are none.
 */
static size_t
bowling_figures_end(const dsr_scan *scan, size_t k, size_t end)
{
	size_t		j = k,
				part;

	if (j >= end || !is_small_integer(scan, j, 2) || dsr_token_glued(scan, j))
		return k;
	j++;
	if (j + 1 < end && dsr_token_is_char(scan, j, '.') && dsr_token_glued(scan, j) &&
		is_small_integer(scan, j + 1, 1) && dsr_token_glued(scan, j + 1))
		j += 2;
	for (part = 0; part < 3; part++, j += 2)
		if (j + 1 >= end || !dsr_token_is_char(scan, j, '-') || !dsr_token_glued(scan, j) ||
			!is_small_integer(scan, j + 1, part == 1 ? 3 : 2) || !dsr_token_glued(scan, j + 1))
			return k;
	/* not a longer run of figures ("L14-12-1-1-2", a telephone number) */
	if (j < end && dsr_token_glued(scan, j) &&
		(scan->tokens[j].kind != DSR_TOK_PUNCT || dsr_token_is_char(scan, j, '-')))
		return k;
	return j;
}

/* The first token of the name that ends just before k, on the line from first; k when none. */
static size_t
name_start_before(const ner_doc *doc, size_t first, size_t k)
{
	size_t		j = k;

	while (j > first && (is_capitalised_word(doc->scan, j - 1) || is_inside_name(doc, j - 1)))
		j--;
	while (j < k && !is_capitalised_word(doc->scan, j))
		j++;
	return j;
}

/*
 * Bowlers and their figures on a scorecard line: "Bowling: Pryce 8-0-37-3,
 * Castell 6-0-28-1 (1nb)". Pushes each name just before figures, a person.
 * Looks for the figures first: most lines have none.
 */
static bool
push_bowlers(const ner_doc *doc, size_t first, size_t end, span_array *teams)
{
	const dsr_scan *scan = doc->scan;
	size_t		k;

	for (k = first + 1; k < end; k++)
	{
		size_t		figures_end,
					start;

		if (scan->tokens[k].kind != DSR_TOK_NUMBER ||
			(figures_end = bowling_figures_end(scan, k, end)) == k)
			continue;
		start = name_start_before(doc, first, k);
		if (start < k && team_name_end(doc, start, k) == k &&
			!push_span(&scan->opts, teams, start, k - 1, DSR_ENT_PERSON))
			return false;
		k = figures_end - 1;
	}
	return true;
}

/* Is the name first..last a country ("Sweden", "South Korea")? */
static bool
is_country(const ner_doc *doc, size_t first, size_t last)
{
	gaz_lookup	g = {(unsigned) doc->lang, 0, NULL, false};

	return look_up_phrase(doc->scan, first, last, &g) && (g.kinds & GAZ_COUNTRY);
}

/*
 * Sports results set out one per line name the teams, not the places they
 * come from: "Crystal Palace 3 Oldham 1", "Lens 3 (Ravelle 8th) Montpellier
 * 2", "Essendon 14.16 (100) Sydney 12.10 (82)", and a standings row "Oldham
 * 22 9 1 12 473 681 19" (a name and five integers or more) or "Texas 81 60
 * .574 -" (wins, losses and a win percentage); the names with a minute in
 * the parentheses after a score are the scorers, persons. On the labelled news a city on such a
 * line is a club 98% of the time; the layout tells what prose would need
 * context for. Countries stay locations (national sides) in a standings row
 * or when both teams are countries. Fills teams
 * with the names of lines first..end (end excluded).
 */
static bool
find_results_teams(const ner_doc *doc, size_t first, size_t end, span_array *teams)
{
	const dsr_scan *scan = doc->scan;
	size_t		home_end = team_name_end(doc, first, end);
	size_t		k = home_end;
	size_t		home_scorers,
				away,
				away_end,
				away_scorers;
	uint16_t	kind;

	if (home_end == first)
		return true;
	if ((count_integers(scan, &k, end) >= 5 && k == end) ||
		is_win_percentage_row(scan, home_end, end))
		return push_span(&scan->opts, teams, first, home_end - 1,
						 is_country(doc, first, home_end - 1) ? DSR_ENT_LOCATION : DSR_ENT_ORGANIZATION);
	home_scorers = score_end(scan, home_end, end);
	if (home_scorers == home_end)
		return true;
	away = skip_parenthesis(scan, home_scorers, end);
	away_end = team_name_end(doc, away, end);
	away_scorers = score_end(scan, away_end, end);
	if (away_end == away || away_scorers == away_end)
		return true;
	k = skip_parenthesis(scan, away_scorers, end);
	if (k < end && dsr_token_is_char(scan, k, '.'))
		k++;
	if (k != end)
		return true;
	/* two countries are national sides; a country against a club is a club ("Monaco") */
	kind = is_country(doc, first, home_end - 1) && is_country(doc, away, away_end - 1) ?
		DSR_ENT_LOCATION : DSR_ENT_ORGANIZATION;
	return push_span(&scan->opts, teams, first, home_end - 1, kind) &&
		push_scorers(doc, home_scorers, away, teams) &&
		push_span(&scan->opts, teams, away, away_end - 1, kind) &&
		push_scorers(doc, away_scorers, end, teams);
}

/*
 * The names a line's layout tells the kind of: a cricket batting line's, a
 * results line's or standings row's, else the bowlers'. Fills teams.
 */
static bool
find_line_teams(const ner_doc *doc, size_t first, size_t end, span_array *teams)
{
	size_t		before = teams->count;
	bool		batting;

	if (!push_batting_line(doc, first, end, teams, &batting))
		return false;
	if (batting)
		return true;
	if (!find_results_teams(doc, first, end, teams))
		return false;
	return teams->count > before || push_bowlers(doc, first, end, teams);
}

/* Replace the spans that overlap a results line's team by the team. */
static int
mark_results_lines(const ner_doc *doc, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	span_array	teams = {NULL, 0, 0};
	span_array	out = {NULL, 0, 0};
	size_t		first = 0;
	size_t		i,
				t;

	for (i = 0; i < scan->ntokens; i++)
	{
		if (!ends_line(scan, i))
			continue;
		if (!find_line_teams(doc, first, i + 1, &teams))
			goto nomem;
		first = i + 1;
	}
	if (teams.count == 0)
		return DSR_OK;
	for (i = 0, t = 0; i < spans->count || t < teams.count;)
	{
		const span *s = i < spans->count ? &spans->items[i] : NULL;
		span	   *team = t < teams.count ? &teams.items[t] : NULL;

		if (s && team && s->last >= team->first && s->first <= team->last)
		{
			i++;				/* the team replaces it */
			continue;
		}
		if (team && (!s || team->first < s->first))
		{
			team->from_layout = true;
			if (!append_span(&scan->opts, &out, team))
				goto nomem;
			t++;
		}
		else
		{
			if (!append_span(&scan->opts, &out, s))
				goto nomem;
			i++;
		}
	}
	dsr_release(&scan->opts, teams.items);
	dsr_release(&scan->opts, spans->items);
	*spans = out;
	return DSR_OK;
nomem:
	dsr_release(&scan->opts, teams.items);
	dsr_release(&scan->opts, out.items);
	return DSR_ENOMEM;
}

/* ------------------------------------------------------- event phrases */

/* The longest name a head-first event phrase may take, in tokens. */
#define EVENT_PHRASE_TOKENS	12

/* The token before "(AI)" of "Artificial Intelligence (AI) Action Summit", or k when k is no such ")". */
static size_t
skip_acronym_back(const dsr_scan *scan, size_t k)
{
	if (k >= 3 && dsr_token_is_char(scan, k, ')') && dsr_token_is_char(scan, k - 2, '(') &&
		(scan->tokens[k - 1].flags & DSR_TF_ALL_CAPS))
		return k - 3;
	return k;
}

/* Does a span of spans, from the next-th on, start at token k? */
static bool
span_starts_at(const span_array *spans, size_t next, size_t k)
{
	while (next < spans->count && spans->items[next].first < k)
		next++;
	return next < spans->count && spans->items[next].first == k;
}

/*
 * The first token of the capitalised phrase that head h ends ("Paris AI
 * Summit", "Artificial Intelligence (AI) Action Summit"), h when none: it
 * stops at a function word, a title, a sentence's start or a line's, and
 * leaves out a sentence's first word unless it is a name the tagger or the
 * gazetteer knows, or an acronym ("Previous World Cup").
 */
static size_t
event_phrase_start(const ner_doc *doc, const span_array *spans, size_t next, size_t h)
{
	const dsr_scan *scan = doc->scan;
	size_t		first = h,
				k;

	for (k = h - 1;; k--)
	{
		size_t		before = skip_acronym_back(scan, k);

		if (before != k && starts_line(scan, before + 1))
			break;
		if (!is_capitalised_word(scan, before) ||
			(doc->tokens[before].cues & (NER_CUE_STOPWORD | NER_CUE_TITLE)))
			break;
		first = before;
		if (starts_line(scan, before) || before == 0)
			break;
		k = before;
	}
	if (first < h && (scan->tokens[first].flags & DSR_TF_SENTENCE_START) &&
		!(scan->tokens[first].flags & DSR_TF_ALL_CAPS) &&
		!(doc->tokens[first].gaz_begin & GAZ_NAME_KINDS) && !span_starts_at(spans, next, first))
	{
		first++;
		while (first < h && scan->tokens[first].kind != DSR_TOK_WORD)
			first++;
	}
	return first;
}

/*
 * The last token of the phrase that head h opens ("Vertice di Roma", "Sommet
 * pour l'Action sur l'IA"): its last capitalised word before anything but
 * function words, particles and elided articles, within the sentence and
 * the line; h when none.
 */
static size_t
event_phrase_end(const ner_doc *doc, size_t h)
{
	const dsr_scan *scan = doc->scan;
	size_t		last = h,
				k;

	for (k = h + 1; k < scan->ntokens && k <= h + EVENT_PHRASE_TOKENS && !starts_line(scan, k); k++)
	{
		const dsr_token *w = &scan->tokens[k];

		if (is_capitalised_word(scan, k))
			last = k;
		else if (!(w->kind == DSR_TOK_WORD &&
				   (doc->tokens[k].cues & (NER_CUE_STOPWORD | NER_CUE_PARTICLE))) &&
				 !(dsr_token_is_char(scan, k, '\'') && dsr_token_glued(scan, k)))
			break;
	}
	return last;
}

/*
 * A capitalised phrase that an event's head in Title Case ends (English) or
 * opens (French, Italian, Spanish) is the event's name, the words the tagger
 * took for a place or for nothing included. Spans inside the phrase give way
 * to it; one that runs across its edge keeps it from being taken.
 */
static int
mark_event_phrases(const ner_doc *doc, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	span_array	out = {NULL, 0, 0};
	size_t		next = 0;
	size_t		h;

	for (h = 1; h < scan->ntokens; h++)
	{
		const dsr_token *t = &scan->tokens[h];
		char		word[DSR_LEX_MAX_KEY_BYTES];
		size_t		n,
					first = h,
					last = h,
					k;
		bool		inside = true;

		/* a head in capitals is on a headline line, where every word is capitalised */
		if (!is_capitalised_word(scan, h) ||
			(t->flags & (DSR_TF_SENTENCE_START | DSR_TF_ALL_CAPS)) || starts_line(scan, h) ||
			!may_be_listed(doc, h))
			continue;
		n = lower_token(scan, h, word);
		if (WORD_IN(word, n, event_final_heads))
			first = event_phrase_start(doc, spans, next, h);
		else if (WORD_IN(word, n, event_initial_heads))
			last = event_phrase_end(doc, h);
		if (first == last)
			continue;
		/* the spans before the phrase stay; those in it give way */
		if (!keep_spans_before(&scan->opts, spans, &next, &out, first))
			goto nomem;
		for (k = next; k < spans->count && spans->items[k].first <= last; k++)
			inside &= spans->items[k].first >= first && spans->items[k].last <= last;
		if (!inside || (out.count > 0 && out.items[out.count - 1].last >= first))
			continue;
		if (!push_span(&scan->opts, &out, first, last, DSR_ENT_EVENT))
			goto nomem;
		next = k;
		h = last;
	}
	if (!finish_span_pass(&scan->opts, spans, next, &out))
		goto nomem;
	return DSR_OK;
nomem:
	dsr_release(&scan->opts, out.items);
	return DSR_ENOMEM;
}

/* ------------------------------------------------------ canonical names */

/*
 * What the gazetteer knows of the whole span: its kind, a full name, or
 * that it is a common word ("AI", "GDP"), which makes look_up_span return false.
 */
static bool
look_up_span(const dsr_scan *scan, span *s, unsigned langs)
{
	gaz_lookup	g = {langs, 0, NULL, false};
	uint16_t	known;
	size_t		span_bytes = scan->tokens[s->last].end - scan->tokens[s->first].start;

	if (!look_up_phrase(scan, s->first, s->last, &g))
		return true;
	if ((g.kinds & GAZ_COMMON) && !(g.kinds & GAZ_NAME_KINDS))
		return false;
	known = gazetteer_kind(g.kinds);
	if (only_demonym(g.kinds))
		s->kind = DSR_ENT_MISC;
	else if (known == DSR_ENT_LAW || known == DSR_ENT_EVENT)
	{
		if (s->kind != DSR_ENT_PERSON)
			s->kind = known;
	}
	else if (known != 0 && s->first != s->last)
		s->kind = known;		/* one word ("Toyota", "Kingston") is left to the tagger, which saw the gazetteer */
	/*
	 * a known full name, when the text's own is a short form of it ("UE",
	 * "BEI"); a place only from an abbreviation ("USA"): "Madrid" is a city
	 * before it is "Comunidad de Madrid"
	 */
	if (g.canonical && !g.plain && strlen(g.canonical) > span_bytes &&
		(s->kind != DSR_ENT_LOCATION || (scan->tokens[s->first].flags & DSR_TF_ALL_CAPS)))
		s->gaz_canonical = g.canonical;
	return true;
}

/*
 * A short mention is linked to the longest mention of its kind holding its
 * first word, when it is a shorter form of that one (shorter_mention): one
 * span_index from (kind, word) to that span, linear time.
 */
static inline uint64_t
word_key(const ner_doc *doc, size_t tok, uint16_t kind)
{
	return ner_mix(doc->tokens[tok].lower + kind);
}

static bool
same_words(const ner_doc *doc, size_t a, size_t b, size_t n)
{
	size_t		k;

	for (k = 0; k < n; k++)
		if (doc->tokens[a + k].lower != doc->tokens[b + k].lower)
			return false;
	return true;
}

/*
 * Is inner a shorter mention of outer? A person's name ends the same way
 * ("Vance", "JD Vance"); another name keeps its head word, first or last
 * ("Commission" of "European Commission" and of "Commission européenne"),
 * and an acronym alone is never a piece of a longer name ("AI" of "AI
 * Factories").
 */
static bool
shorter_mention(const ner_doc *doc, const span *outer, const span *inner, bool person)
{
	size_t		n = inner->last - inner->first + 1;

	if (outer->last - outer->first + 1 <= n)
		return false;
	if (same_words(doc, outer->last + 1 - n, inner->first, n))
		return true;
	if (person)
		return false;
	if (n == 1 && (doc->scan->tokens[inner->first].flags & DSR_TF_ALL_CAPS))
		return false;
	return same_words(doc, outer->first, inner->first, n);
}

/*
 * A surname linked to the full name takes the particles the full name has
 * before it, when the text has them too: "Leyen" after "selon von der" of
 * "Ursula von der Leyen" is "von der Leyen".
 */
static void
take_particles(const ner_doc *doc, span_array *spans, size_t i, const span *full)
{
	span	   *s = &spans->items[i];
	size_t		matched = s->last - s->first + 1;
	size_t		floor = i > 0 ? spans->items[i - 1].last + 1 : 0;

	while (full->last + 1 >= full->first + matched + 1 && s->first > floor)
	{
		size_t		f = full->last - matched;
		size_t		t = s->first - 1;

		if (!(doc->tokens[f].cues & NER_CUE_PARTICLE) ||
			doc->tokens[t].lower != doc->tokens[f].lower ||
			(doc->scan->tokens[s->first].flags & DSR_TF_SENTENCE_START))
			break;
		s->first = (uint32_t) t;
		matched++;
	}
}

/*
 * Does the acronym token tok spell the initials of span p, every word or
 * only its capitalised ones ("BCE" of "Banque centrale européenne", "ECB"
 * of "European Central Bank", "IAEA" of "International Atomic Energy Agency")?
 */
static bool
spells_initials(const dsr_scan *scan, size_t tok, const span *p)
{
	const dsr_token *a = &scan->tokens[tok];
	size_t		n = a->end - a->start;
	int			pass;

	for (pass = 0; pass < 2; pass++)
	{
		size_t		matched = 0;
		size_t		k;

		for (k = p->first; k <= p->last && matched <= n; k++)
		{
			const dsr_token *w = &scan->tokens[k];
			unsigned char c = (unsigned char) scan->buf[w->start];

			if (w->kind != DSR_TOK_WORD || (pass == 1 && !(w->flags & DSR_TF_CAPITALISED)))
				continue;
			if (matched == n || (c | 0x20) != ((unsigned char) scan->buf[a->start + matched] | 0x20))
			{
				matched = n + 1;
				break;
			}
			matched++;
		}
		if (matched == n)
			return true;
	}
	return false;
}

/*
 * "Banque centrale européenne (BCE)": an acronym in parentheses right after
 * the name it stands for takes that name, and so do its later uses.
 */
static void
link_acronyms(const ner_doc *doc, span_array *spans, span_index *t)
{
	const dsr_scan *scan = doc->scan;
	size_t		i;

	for (i = 1; i < spans->count; i++)
	{
		span	   *s = &spans->items[i];
		const span *p = &spans->items[i - 1];
		size_t		n = scan->tokens[s->first].end - scan->tokens[s->first].start;
		int32_t    *defined;

		if (s->first != s->last || !(scan->tokens[s->first].flags & DSR_TF_ALL_CAPS) ||
			n > 8 || s->fullest >= 0 || s->gaz_canonical)
			continue;
		defined = span_index_slot(t, ner_mix(doc->tokens[s->first].lower ^ UINT64_C(0xAC40)));
		if (s->first >= 2 && p->last + 2 == s->first &&
			dsr_token_is_char(scan, s->first - 1, '(') && spells_initials(scan, s->first, p))
			*defined = p->fullest >= 0 ? p->fullest : (int32_t) (i - 1);
		if (*defined >= 0)
		{
			/* the same entity: "Marine Le Pen (MLP)" makes MLP a person */
			s->fullest = *defined;
			s->kind = spans->items[*defined].kind;
		}
	}
}

/* The key of the words first..last of a kind: their lower-case forms in order. */
static uint64_t
phrase_key_add(uint64_t key, const ner_doc *doc, size_t tok)
{
	return ner_mix(key * 31 + doc->tokens[tok].lower) | 1;
}

static uint64_t
phrase_key(const ner_doc *doc, size_t first, size_t last, uint16_t kind)
{
	uint64_t	key = kind;
	size_t		k;

	for (k = first; k <= last; k++)
		key = phrase_key_add(key, doc, k);
	return key;
}

/* The longest tail of a person's name that extend_to_name_tails compares, in tokens. */
#define NAME_TAIL_TOKENS	4

/*
 * "Le Pen n'a pas réagi": a capitalised function word opening a sentence
 * starts no name for the tagger, which then finds "Pen" alone. A span whose
 * previous word, capitalised and outside any span, makes with it the tail
 * of a person named in the text ("Marine Le Pen") takes that word and
 * becomes that person.
 */
static int
extend_to_name_tails(const ner_doc *doc, span_array *spans)
{
	const dsr_scan *scan = doc->scan;
	const dsr_options *opts = &scan->opts;
	span_index	tails;
	size_t		i;

	if (!span_index_init(opts, &tails, spans->count * (NAME_TAIL_TOKENS - 1)))
	{
		span_index_free(opts, &tails);
		return DSR_ENOMEM;
	}
	for (i = 0; i < spans->count; i++)
	{
		const span *p = &spans->items[i];
		size_t		from;

		if (p->kind != DSR_ENT_PERSON)
			continue;
		/* the tails of two tokens or more, not the whole name */
		for (from = p->first + 1; from < p->last && p->last - from < NAME_TAIL_TOKENS; from++)
			*span_index_slot(&tails, phrase_key(doc, from, p->last, DSR_ENT_PERSON)) = (int32_t) i;
	}
	for (i = 0; i < spans->count; i++)
	{
		span	   *s = &spans->items[i];
		size_t		before = s->first - 1;

		if (s->first == 0 || s->last - before >= NAME_TAIL_TOKENS ||
			(i > 0 && spans->items[i - 1].last >= before) ||
			!is_capitalised_word(scan, before) ||
			(scan->tokens[s->first].flags & DSR_TF_NEWLINE_BEFORE))
			continue;
		if (span_index_find(&tails, phrase_key(doc, before, s->last, DSR_ENT_PERSON)) >= 0)
		{
			s->first = (uint32_t) before;
			s->kind = DSR_ENT_PERSON;
		}
	}
	span_index_free(opts, &tails);
	return DSR_OK;
}

/* Enough letters that a word in lower case would show the line is prose. */
#define HEADLINE_WORD_BYTES	4

/*
 * Mark the spans on headline lines: four words or more of at least
 * HEADLINE_WORD_BYTES bytes, all capitalised, one of them outside every
 * span ("Lindsey Graham Says He Will Vote"). A list of names is not one.
 */
static void
mark_headline_spans(const dsr_scan *scan, span_array *spans)
{
	size_t		line = 0,
				first_span = 0;

	while (line < scan->ntokens)
	{
		size_t		end = line + 1,
					k,
					i = first_span;
		unsigned	long_words = 0,
					lower = 0,
					outside = 0;

		/* text left out of the scan ends a line too: it may hold the line break */
		while (end < scan->ntokens &&
			   !(scan->tokens[end].flags & (DSR_TF_NEWLINE_BEFORE | DSR_TF_GAP_BEFORE)))
			end++;
		/* a long word in lower case makes the line prose: no need to read on */
		for (k = line; k < end && lower == 0; k++)
		{
			const dsr_token *t = &scan->tokens[k];

			if (t->kind != DSR_TOK_WORD || t->end - t->start < HEADLINE_WORD_BYTES)
				continue;
			long_words++;
			if (!(t->flags & DSR_TF_CAPITALISED))
				lower++;
			while (i < spans->count && spans->items[i].last < k)
				i++;
			if (i >= spans->count || spans->items[i].first > k)
				outside++;
		}
		for (i = first_span; i < spans->count && spans->items[i].first < end; i++)
			spans->items[i].in_headline = long_words >= 4 && lower == 0 && outside > 0;
		first_span = i;
		line = end;
	}
}

/*
 * A name on a headline runs into the headline's verbs ("Lindsey Graham
 * Says"): when the text names the same entity out of headlines by the first
 * words of that span ("Lindsey Graham"), the span keeps only those words.
 */
static int
trim_headline_spans(const ner_doc *doc, span_array *spans)
{
	const dsr_options *opts = &doc->scan->opts;
	span_index	prose;
	size_t		i;

	if (!span_index_init(opts, &prose, spans->count))
	{
		span_index_free(opts, &prose);
		return DSR_ENOMEM;
	}
	for (i = 0; i < spans->count; i++)
	{
		const span *s = &spans->items[i];

		if (!s->in_headline)
			*span_index_slot(&prose, phrase_key(doc, s->first, s->last, s->kind)) = (int32_t) i;
	}
	for (i = 0; i < spans->count; i++)
	{
		span	   *s = &spans->items[i];
		uint64_t	key = s->kind;
		size_t		k,
					keep = s->last;

		if (!s->in_headline)
			continue;
		for (k = s->first; k < s->last; k++)
		{
			key = phrase_key_add(key, doc, k);
			if (span_index_find(&prose, key) >= 0)
				keep = k;
		}
		s->last = (uint32_t) keep;
	}
	span_index_free(opts, &prose);
	return DSR_OK;
}

/*
 * A German genitive names what its stem names: the mention of the same
 * kind whose last word is the stem ("Angela Merkel" for "Merkels"), else a
 * place or an organization the gazetteer knows ("Europa" for "Europas",
 * "Bundestag" for "Bundestages": the stem may drop an e too).
 */
static void
link_genitive(const ner_doc *doc, span_array *spans, size_t i, const span_index *t)
{
	span	   *s = &spans->items[i];
	char		stem[DSR_LEX_MAX_KEY_BYTES];
	size_t		len;
	uint64_t	hash = genitive_stem(doc, s->first, stem, sizeof(stem), &len);
	int32_t		best;
	uint8_t		dropped;
	gaz_lookup	g = {(unsigned) DSR_LANG_DE, 0, NULL, false};

	if (hash == 0 || genitive_is_a_name(stem, len))
		return;
	best = span_index_find(t, ner_mix(hash + s->kind));
	if (best >= 0 && (size_t) best != i &&
		doc->tokens[spans->items[best].last].lower == hash)
	{
		s->fullest = best;
		return;
	}
	if (s->kind == DSR_ENT_PERSON)
		return;
	dsr_gazetteer_visit(stem, len, collect_name, &g);
	dropped = 1;
	/* the e as written, lower case: "Bundestages", not "BundestagEs" */
	if (gazetteer_kind(g.kinds) != s->kind && stem[len - 1] == 'e' && len > GENITIVE_MIN_BYTES &&
		doc->scan->buf[doc->scan->tokens[s->first].end - 2] == 'e')
	{
		/* a new lookup: no canonical name of the stem with its e carries over */
		g = (gaz_lookup) {(unsigned) DSR_LANG_DE, 0, NULL, false};
		dsr_gazetteer_visit(stem, --len, collect_name, &g);
		dropped = 2;
	}
	if (gazetteer_kind(g.kinds) == s->kind)
	{
		s->genitive_bytes = dropped;
		if (g.canonical && !g.plain)
			s->gaz_canonical = g.canonical;
	}
}

/* The most adjectives german_base_name tries other endings for. */
#define BASE_NAME_ADJECTIVES	2

/* Endings an inflected adjective of a name may have had ("Europäische", "-r", "-s"). */
static const char *const adjective_endings[] = {"e", "er", "es"};

typedef struct base_name_search
{
	uint16_t	kind;			/* the span's */
	const char *form;			/* the name found */
} base_name_search;

static bool
collect_base_name(const gaz_entry *entry, void *arg)
{
	base_name_search *b = arg;

	if (entry->form && (entry->langs & DSR_LANG_DE) && gazetteer_kind(entry->kinds) == b->kind)
		b->form = entry->form;
	return b->form != NULL;
}

/*
 * German inflects the adjectives of a name and marks the genitive on its
 * last noun: "der Europäischen Union", "im Europäischen Parlament", "des
 * Europäischen Parlaments". A German span of several words that the
 * gazetteer does not know as written takes the name its words make with an
 * adjective's base ending (-e, -er, -es for the -en, -em, -er, -es of its
 * first two words) and the last word without a genitive s or es, when the
 * gazetteer knows that name as one of the span's kind. NULL when none.
 */
static const char *
german_base_name(const ner_doc *doc, const span *s)
{
	const dsr_scan *scan = doc->scan;
	char		words[GAZ_MAX_TOKENS][DSR_LEX_MAX_KEY_BYTES];
	size_t		lens[GAZ_MAX_TOKENS];
	size_t		choices[GAZ_MAX_TOKENS];
	size_t		pick[GAZ_MAX_TOKENS] = {0};
	size_t		n = s->last - s->first + 1,
				adjectives = 0,
				k;
	base_name_search b = {s->kind, NULL};
	gaz_lookup	g = {(unsigned) DSR_LANG_DE, 0, NULL, false};

	if (doc->lang != DSR_LANG_DE || s->kind == DSR_ENT_PERSON || n < 2 || n > GAZ_MAX_TOKENS ||
		!look_up_phrase(scan, s->first, s->last, &g) || (g.kinds & GAZ_NAME_KINDS))
		return NULL;
	for (k = 0; k < n; k++)
	{
		const dsr_token *t = &scan->tokens[s->first + k];
		const char *w = words[k];

		lens[k] = 0;
		if (!ner_append_lower(scan, s->first + k, words[k], sizeof(words[k]), &lens[k]))
			return NULL;
		choices[k] = 1;
		if (t->kind != DSR_TOK_WORD)
			continue;
		if (k + 1 < n && adjectives < BASE_NAME_ADJECTIVES && lens[k] >= 5 && w[lens[k] - 2] == 'e' &&
			strchr("nmrs", w[lens[k] - 1]))
		{
			choices[k] += sizeof(adjective_endings) / sizeof(adjective_endings[0]);
			adjectives++;
		}
		else if (k + 1 == n && lens[k] >= GENITIVE_MIN_BYTES && w[lens[k] - 1] == 's')
			choices[k] += w[lens[k] - 2] == 'e' ? 2 : 1;
	}
	/* every combination of the choices but the text's own, the first choice of each word */
	for (;;)
	{
		char		key[DSR_LEX_MAX_KEY_BYTES];
		size_t		len = 0;

		for (k = 0; k < n && ++pick[k] == choices[k]; k++)
			pick[k] = 0;
		if (k == n)
			return NULL;
		for (k = 0; k < n; k++)
		{
			size_t		keep = lens[k];
			const char *ending = "";

			if (pick[k] > 0 && k + 1 < n)
			{
				keep -= 2;
				ending = adjective_endings[pick[k] - 1];
			}
			else if (pick[k] > 0)
				keep -= pick[k];	/* the genitive's s, or es */
			if (len + keep + strlen(ending) + 1 >= sizeof(key))
				return NULL;
			if (k > 0)
				key[len++] = ' ';
			memcpy(key + len, words[k], keep);
			len += keep;
			memcpy(key + len, ending, strlen(ending));
			len += strlen(ending);
		}
		if (dsr_gazetteer_visit(key, len, collect_base_name, &b) && b.form)
			return b.form;
	}
}

/*
 * Is a the better fullest form for the words they share: out of headlines
 * first (a Title Case line lends its verbs to names), then the longer?
 */
static bool
fuller_mention(const span *a, const span *b)
{
	if (a->in_headline != b->in_headline)
		return !a->in_headline;
	return a->last - a->first > b->last - b->first;
}

static int
link_mentions(const ner_doc *doc, span_array *spans)
{
	const dsr_options *opts = &doc->scan->opts;
	span_index	t;
	size_t		words = 0;
	size_t		i;

	if (extend_to_name_tails(doc, spans) != DSR_OK)
		return DSR_ENOMEM;
	for (i = 0; i < spans->count; i++)
		words += spans->items[i].last - spans->items[i].first + 1;
	mark_headline_spans(doc->scan, spans);
	if (trim_headline_spans(doc, spans) != DSR_OK)
		return DSR_ENOMEM;
	/* a key per (kind, word), and one per acronym (link_acronyms) */
	if (!span_index_init(opts, &t, words + spans->count))
	{
		span_index_free(opts, &t);
		return DSR_ENOMEM;
	}

	for (i = 0; i < spans->count; i++)
	{
		const span *s = &spans->items[i];
		size_t		k;

		for (k = s->first; k <= s->last; k++)
		{
			int32_t    *best = span_index_slot(&t, word_key(doc, k, s->kind));

			if (*best < 0 || fuller_mention(s, &spans->items[*best]))
				*best = (int32_t) i;
		}
	}
	for (i = 0; i < spans->count; i++)
	{
		span	   *s = &spans->items[i];
		int32_t		best = span_index_find(&t, word_key(doc, s->first, s->kind));

		/* a place inside a longer place name is another place ("Loire", "Pays de la Loire") */
		if (s->kind != DSR_ENT_LOCATION && best >= 0 && (size_t) best != i &&
			shorter_mention(doc, &spans->items[best], s, s->kind == DSR_ENT_PERSON))
		{
			s->fullest = best;
			if (s->kind == DSR_ENT_PERSON)
				take_particles(doc, spans, i, &spans->items[best]);
		}
		else if (s->fullest < 0 && !s->gaz_canonical && s->first == s->last)
			link_genitive(doc, spans, i, &t);
		else if (s->fullest < 0 && !s->gaz_canonical)
			s->gaz_canonical = german_base_name(doc, s);
	}
	link_acronyms(doc, spans, &t);
	span_index_free(opts, &t);
	return DSR_OK;
}

/* --------------------------------------------------------------- output */

static void
fill_entity(const dsr_scan *scan, const span_array *spans, size_t i, dsr_entity *e)
{
	const span *s = &spans->items[i];
	const span *canon = s->fullest >= 0 ? &spans->items[s->fullest] : s;

	e->start = scan->tokens[s->first].start;
	e->end = scan->tokens[s->last].end;
	e->char_start = scan->tokens[s->first].char_start;
	e->char_len = (uint32_t) dsr_utf8_count(scan->buf + e->start, e->end - e->start);
	e->sentence = scan->tokens[s->first].sentence;
	e->kind = s->kind;
	if (canon->gaz_canonical)
	{
		e->canonical = canon->gaz_canonical;
		e->canonical_len = (uint32_t) strlen(canon->gaz_canonical);
	}
	else
	{
		e->canonical = scan->buf + scan->tokens[canon->first].start;
		e->canonical_len = scan->tokens[canon->last].end - scan->tokens[canon->first].start -
			canon->genitive_bytes;
	}
}

int
dsr_entities_extract(const dsr_scan *scan, dsr_lang lang, const dsr_ner_model *model,
					 dsr_entity_list *out)
{
	ner_doc		doc;
	uint8_t    *tags = NULL;
	span_array	spans = {NULL, 0, 0};
	unsigned	langs = lang != DSR_LANG_UNKNOWN ? (unsigned) lang : DSR_LANG_ALL;
	int			rc;
	size_t		i,
				kept;

	memset(out, 0, sizeof(*out));
	out->opts = scan->opts;
	if (!model)
		return DSR_EINVAL;
	if ((rc = dsr_core_init()) != DSR_OK || (rc = dsr_gazetteer_init()) != DSR_OK)
		return rc;
	init_listed_words();
	if (scan->ntokens == 0)
		return DSR_OK;

	doc.scan = scan;
	doc.lang = lang;
	doc.tokens = dsr_alloc(&scan->opts, scan->ntokens * sizeof(ner_token));
	tags = dsr_alloc(&scan->opts, scan->ntokens);
	if (!doc.tokens || !tags)
	{
		rc = DSR_ENOMEM;
		goto done;
	}
	if ((rc = ner_doc_prepare(&doc)) != DSR_OK ||
		(rc = tag_document(&doc, model, tags, &spans)) != DSR_OK)
		goto done;
	join_split_names(&doc, &spans);
	if ((rc = snap_to_known_names(&doc, &spans)) != DSR_OK ||
		(rc = add_rule_spans(&doc, &spans)) != DSR_OK ||
		(rc = add_numbered_laws(&doc, &spans)) != DSR_OK ||
		(rc = mark_results_lines(&doc, &spans)) != DSR_OK ||
		(rc = mark_event_phrases(&doc, &spans)) != DSR_OK)
		goto done;
	for (i = 0, kept = 0; i < spans.count; i++)
	{
		span		s = spans.items[i];

		uint16_t	kind = s.kind;

		if (!strip_titles(&doc, &s) || !strip_leading_lower(scan, &s) || is_currency(scan, &s) ||
			!look_up_span(scan, &s, langs))
			continue;
		if (s.from_layout)
			s.kind = kind;
		else
			refine_kind(&doc, &s);
		spans.items[kept++] = s;
	}
	spans.count = kept;
	if ((rc = link_mentions(&doc, &spans)) != DSR_OK)
		goto done;

	if (spans.count > 0)
	{
		out->items = dsr_alloc(&scan->opts, spans.count * sizeof(dsr_entity));
		if (!out->items)
		{
			rc = DSR_ENOMEM;
			goto done;
		}
		for (i = 0; i < spans.count; i++)
			fill_entity(scan, &spans, i, &out->items[i]);
		out->count = spans.count;
	}
done:
	dsr_release(&scan->opts, spans.items);
	dsr_release(&scan->opts, doc.tokens);
	dsr_release(&scan->opts, tags);
	return rc;
}

void
dsr_entities_free(dsr_entity_list *list)
{
	dsr_release(&list->opts, list->items);
	list->items = NULL;
	list->count = 0;
}
