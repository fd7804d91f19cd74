/*
 * ner_features.c — what the entity tagger looks at. Each token is reduced
 * once to hashes (its lower-cased form, affixes, shape) and cue bits
 * (gazetteer phrases, titles, particles, how the same word is written
 * elsewhere in the document); a feature is then a mix of a template number
 * and one or two of those values, so scoring a token builds no strings.
 * The trainer (src/train) calls the same functions: a feature changed here
 * needs a retrained model.
 */
#include "ner.h"
#include "lexicon.h"

#include <stdlib.h>

/* Feature templates. Append only: the numbers are part of the model. */
enum
{
	T_BIAS = 1,
	T_WORD, T_PREFIX2, T_PREFIX3, T_SUFFIX2, T_SUFFIX3, T_SUFFIX4,
	T_SHAPE, T_WORD_P1, T_WORD_P2, T_WORD_N1, T_WORD_N2,
	T_SHAPE_P1, T_SHAPE_N1, T_SHAPE_P1_I, T_SHAPE_I_N1,
	T_BIGRAM_P1, T_BIGRAM_N1,
	T_PREV1, T_PREV12, T_PREV1_WORD, T_PREV1_SHAPE,
	T_GAZ_BEGIN, T_GAZ_INSIDE, T_GAZ_N1,
	T_CUES, T_CUES_P1, T_CUES_N1, T_LANG_SHAPE, T_GAZ_P1, T_WORD_CASE, T_HISTORY
};

/* Values standing for the neighbours outside the sentence. */
#define OUTSIDE_WORD	UINT64_C(0x5bd1e9955bd1e995)
#define OUTSIDE_SHAPE	0xFFFFu

static inline uint64_t
feature1(uint32_t template, uint64_t a)
{
	return ner_mix(a * UINT64_C(0x9E3779B97F4A7C15) + template);
}

static inline uint64_t
feature2(uint32_t template, uint64_t a, uint64_t b)
{
	return ner_mix((a * UINT64_C(0x9E3779B97F4A7C15)) ^ (ner_mix(b) + template));
}

/* Shape bits of a word's bytes, found by token_shape or lower_and_hash. */
#define SHAPE_DIGIT			0x400
#define SHAPE_INNER_UPPER	0x800

/*
 * The lower-cased token into buf, its dsr_fnv1a64 hash and its shape bits,
 * in one pass, when the token is all ASCII and fits: the common case, without
 * the per-code-point work of dsr_lexicon_append_token; false otherwise.
 */
static inline bool
lower_and_hash(const dsr_scan *scan, const dsr_token *t, unsigned char *buf, size_t *n,
			   uint64_t *hash, int *bits)
{
	const unsigned char *s = (const unsigned char *) scan->buf + t->start;
	size_t		len = t->end - t->start;
	uint64_t	h = DSR_FNV1A64_START;
	int			b = 0;
	size_t		i;

	if (len > DSR_LEX_MAX_KEY_BYTES)
		return false;
	for (i = 0; i < len; i++)
	{
		unsigned char c = s[i];

		if (c >= 0x80)
			return false;
		if (c >= 'A' && c <= 'Z')
		{
			if (i > 0)
				b |= SHAPE_INNER_UPPER;
			c += 32;
		}
		else if (c >= '0' && c <= '9')
			b |= SHAPE_DIGIT;
		buf[i] = c;
		h = dsr_fnv1a64_add(h, c);
	}
	*n = len;
	*hash = h;
	*bits = b;
	return true;
}

bool
ner_append_lower(const dsr_scan *scan, size_t tok, char *key, size_t size, size_t *len)
{
	size_t		n = 0;
	uint64_t	hash;			/* not needed here: inlined, they cost nothing */
	int			bits;

	if (size - *len >= DSR_LEX_MAX_KEY_BYTES &&
		lower_and_hash(scan, &scan->tokens[tok], (unsigned char *) key + *len, &n, &hash, &bits))
	{
		*len += n;
		return true;
	}
	return dsr_lexicon_append_token(scan, tok, key, size, len);
}


/*
 * A word's shape: token kind, capitalisation, digits, inner capitals and a
 * length class; punctuation keeps its first byte (so '.', '-' and '(' differ).
 * bits: SHAPE_DIGIT and SHAPE_INNER_UPPER of the word's bytes when the
 * caller has them, else -1.
 */
static uint32_t
token_shape(const dsr_scan *scan, const dsr_token *t, int bits)
{
	const unsigned char *s = (const unsigned char *) scan->buf + t->start;
	size_t		n = t->end - t->start;
	uint32_t	shape = t->kind;
	uint32_t	length_class;
	size_t		i;

	if (t->kind == DSR_TOK_PUNCT || t->kind == DSR_TOK_CURRENCY_SIGN)
		return shape | ((uint32_t) s[0] << 8);
	length_class = n <= 3 ? (uint32_t) n : n <= 6 ? 4 : n <= 10 ? 5 : 6;
	if (t->kind == DSR_TOK_NUMBER)
		return shape | (length_class << 4);
	if (bits < 0)
	{
		bits = 0;
		for (i = 0; i < n; i++)
		{
			if (s[i] >= '0' && s[i] <= '9')
				bits |= SHAPE_DIGIT;
			else if (i > 0 && s[i] >= 'A' && s[i] <= 'Z')
				bits |= SHAPE_INNER_UPPER;
		}
	}
	if (t->flags & DSR_TF_ALL_CAPS)
	{
		shape |= 0x100;
		bits &= ~SHAPE_INNER_UPPER;
	}
	else if (t->flags & DSR_TF_CAPITALISED)
		shape |= 0x200;
	return shape | (uint32_t) bits | (length_class << 4);
}


/*
 * The lexicon's cue words (titles, particles, function words) by the hash
 * of their key, the tokens' own lower-case hash: a token's cues without
 * hashing it again. Built once, on first use, and never changed.
 */
typedef struct cue_word
{
	const char *key;			/* NULL: an empty slot */
	uint64_t	hash;			/* dsr_fnv1a64 of key */
	size_t		len;
	uint8_t		langs[3];		/* dsr_lang masks of the key as each of cue_kinds */
} cue_word;

static const uint8_t cue_kinds[3] = {DSR_LEX_TITLE, DSR_LEX_PARTICLE, DSR_LEX_STOPWORD};
static const uint8_t cue_bits[3] = {NER_CUE_TITLE, NER_CUE_PARTICLE, NER_CUE_STOPWORD};

static cue_word *cue_words;
static size_t cue_mask;

static int
cue_kind_index(uint8_t kind)
{
	int			k;

	for (k = 0; k < 3; k++)
		if (cue_kinds[k] == kind)
			return k;
	return -1;
}

static bool
build_cue_words(void)
{
	size_t		count = 0,
				size = 64,
				e;
	cue_word   *words;

	for (e = 0; e < dsr_lex_entry_count; e++)
		count += cue_kind_index(dsr_lex_entries[e].kind) >= 0;
	while (size < 2 * count)
		size *= 2;
	words = calloc(size, sizeof(cue_word));
	if (!words)
		return false;
	for (e = 0; e < dsr_lex_entry_count; e++)
	{
		const dsr_lex_entry *entry = &dsr_lex_entries[e];
		int			k = cue_kind_index(entry->kind);
		size_t		len,
					i;
		uint64_t	hash;

		if (k < 0)
			continue;
		len = strlen(entry->key);
		hash = dsr_fnv1a64(entry->key, len);
		for (i = (hash >> 7) & (size - 1); words[i].key; i = (i + 1) & (size - 1))
			if (words[i].hash == hash && words[i].len == len &&
				memcmp(words[i].key, entry->key, len) == 0)
				break;
		words[i].key = entry->key;
		words[i].hash = hash;
		words[i].len = len;
		words[i].langs[k] |= entry->langs;
	}
	cue_mask = size - 1;
	cue_words = words;
	return true;
}

/* Is some cue word's hash that one? (Then word_cues tells.) */
static bool
may_hash_cue(uint64_t hash)
{
	size_t		i;

	for (i = (hash >> 7) & cue_mask; cue_words[i].key; i = (i + 1) & cue_mask)
		if (cue_words[i].hash == hash)
			return true;
	return false;
}

/* The cues of the lower-cased word[0..n) of that hash, as the lexicon's entries in langs give them. */
static uint8_t
word_cues(const unsigned char *word, size_t n, uint64_t hash, unsigned langs)
{
	size_t		i;

	for (i = (hash >> 7) & cue_mask; cue_words[i].key; i = (i + 1) & cue_mask)
	{
		const cue_word *w = &cue_words[i];
		uint8_t		cues = 0;
		int			k;

		if (w->hash != hash || w->len != n || memcmp(w->key, word, n) != 0)
			continue;
		for (k = 0; k < 3; k++)
			if (w->langs[k] & langs)
				cues |= cue_bits[k];
		return cues;
	}
	return 0;
}

typedef struct gaz_match
{
	unsigned	langs;
	uint8_t		kinds;			/* the feature bits only */
	bool		any;			/* some key (maybe only a prefix) matched */
} gaz_match;

static bool
collect_gazetteer(const gaz_entry *entry, void *arg)
{
	gaz_match  *m = arg;

	if (entry->langs & m->langs)
		m->kinds |= (uint8_t) entry->kinds;
	return false;
}

/* Mark the gazetteer phrases that start at token i (a capitalised word). */
static void
match_gazetteer(ner_doc *doc, size_t i, unsigned langs)
{
	const dsr_scan *scan = doc->scan;
	char		key[DSR_LEX_MAX_KEY_BYTES];
	size_t		len = 0;
	size_t		k;

	for (k = i; k < scan->ntokens && k < i + GAZ_MAX_TOKENS; k++)
	{
		gaz_match	m = {langs, 0, false};
		size_t		j;

		if (k > i)
		{
			if (scan->tokens[k].flags & (DSR_TF_SENTENCE_START | DSR_TF_PARAGRAPH_BEFORE))
				break;
			if (len + 1 >= sizeof(key))
				break;
			key[len++] = ' ';
		}
		if (!ner_append_lower(scan, k, key, sizeof(key), &len))
			break;
		if (!dsr_gazetteer_visit(key, len, collect_gazetteer, &m))
			break;
		if (m.kinds == 0)
			continue;
		doc->tokens[i].gaz_begin |= m.kinds;
		for (j = i + 1; j <= k; j++)
			doc->tokens[j].gaz_inside |= m.kinds;
		if (m.kinds & GAZ_NAME_KINDS)
		{
			doc->tokens[i].name_tokens = (uint8_t) (k - i + 1);
			doc->tokens[i].name_kinds = m.kinds;
		}
	}
}

/*
 * Document-wide spellings: a small open-addressing set of the words' hashes,
 * each with how it is written and its latest capitalised token.
 */
#define SPELLING_CAPMID	0x1
#define SPELLING_LOWER	0x2

typedef struct spelling_set
{
	uint64_t   *keys;
	uint8_t    *bits;
	uint32_t   *last;			/* latest capitalised token with this spelling, + 1 */
	size_t		mask;
	size_t		count;			/* keys held */
} spelling_set;

/* An empty set of capacity slots (a power of two); false when out of memory. */
static bool
spelling_init(const dsr_options *opts, spelling_set *set, size_t capacity)
{
	set->keys = dsr_alloc(opts, capacity * sizeof(uint64_t));
	set->bits = dsr_alloc(opts, capacity);
	set->last = dsr_alloc(opts, capacity * sizeof(uint32_t));
	set->mask = capacity - 1;
	set->count = 0;
	if (!set->keys || !set->bits || !set->last)
		return false;
	memset(set->keys, 0, capacity * sizeof(uint64_t));
	memset(set->bits, 0, capacity);
	memset(set->last, 0, capacity * sizeof(uint32_t));
	return true;
}

static void
spelling_free(const dsr_options *opts, spelling_set *set)
{
	dsr_release(opts, set->keys);
	dsr_release(opts, set->bits);
	dsr_release(opts, set->last);
}

/*
 * The slot of key, added if missing; SIZE_MAX when out of memory. The set
 * doubles when half full: a document has far fewer distinct words than
 * words (a 10 MB debate, about 60,000 of 1.8 million), so it stays small.
 */
static size_t
spelling_slot(const dsr_options *opts, spelling_set *set, uint64_t key)
{
	size_t		i = dsr_key_slot(set->keys, set->mask, key);

	if (set->keys[i] == key)
		return i;
	if (2 * (set->count + 1) > set->mask + 1)
	{
		spelling_set bigger;
		size_t		j;

		if (!spelling_init(opts, &bigger, 2 * (set->mask + 1)))
		{
			spelling_free(opts, &bigger);
			return SIZE_MAX;
		}
		for (j = 0; j <= set->mask; j++)
		{
			size_t		k;

			if (set->keys[j] == 0)
				continue;
			k = dsr_key_slot(bigger.keys, bigger.mask, set->keys[j]);
			bigger.keys[k] = set->keys[j];
			bigger.bits[k] = set->bits[j];
			bigger.last[k] = set->last[j];
		}
		bigger.count = set->count;
		spelling_free(opts, set);
		*set = bigger;
		i = dsr_key_slot(set->keys, set->mask, key);
	}
	set->keys[i] = key;
	set->count++;
	return i;
}

static bool
is_lower_word(const dsr_scan *scan, const dsr_token *t)
{
	unsigned char c = (unsigned char) scan->buf[t->start];

	return t->kind == DSR_TOK_WORD && !(t->flags & DSR_TF_CAPITALISED) &&
		!(c >= 'A' && c <= 'Z');
}

/*
 * Which words are looked up for cues (title, particle, function word) in
 * the first pass: capitalised ones and short ones (particles are short).
 * Longer lower-case words are looked up only next to a candidate, the only
 * place their cues are read (lookup_neighbour_cues).
 */
#define SHORT_WORD_BYTES	5
#define LONGEST_CUE_BYTES	24

static inline bool
may_be_cue(const dsr_token *t, size_t n)
{
	return n <= LONGEST_CUE_BYTES && ((t->flags & DSR_TF_CAPITALISED) || n <= SHORT_WORD_BYTES);
}

/*
 * Cues of token i if it is a longer lower-case word (next to a candidate).
 * The hash is looked up first: most such words are no cue, and need not be
 * lower-cased. Looking a word up twice changes nothing.
 */
static void
lookup_neighbour_cues(const ner_doc *doc, size_t i, unsigned langs)
{
	const dsr_scan *scan = doc->scan;
	const dsr_token *t = &scan->tokens[i];
	unsigned char lower[DSR_LEX_MAX_KEY_BYTES];
	size_t		n = t->end - t->start;

	if (t->kind != DSR_TOK_WORD || may_be_cue(t, n) || n > LONGEST_CUE_BYTES ||
		!may_hash_cue(doc->tokens[i].lower))
		return;
	n = 0;
	if (ner_append_lower(scan, i, (char *) lower, sizeof(lower), &n))
		doc->tokens[i].cues |= word_cues(lower, n, doc->tokens[i].lower, langs);
}

/* The cues of the longer lower-case words next to candidate c. */
static void
lookup_around(const ner_doc *doc, size_t c, unsigned langs)
{
	if (c > 0)
		lookup_neighbour_cues(doc, c - 1, langs);
	if (c + 1 < doc->scan->ntokens)
		lookup_neighbour_cues(doc, c + 1, langs);
}

static void
release_prepare(const dsr_options *opts, spelling_set *set, uint32_t *marked)
{
	spelling_free(opts, set);
	dsr_release(opts, marked);
}

/*
 * One pass over all tokens hashes them and finds their shapes, cues and
 * spellings, and the candidacy of the lower-case words; the capitalised
 * words and the lower-case candidates are listed (marked: the former from
 * the start, the latter from the end) for the passes that read the whole
 * document's spellings or only the candidates' neighbours.
 */
int
ner_doc_prepare(ner_doc *doc)
{
	const dsr_scan *scan = doc->scan;
	unsigned	langs = doc->lang != DSR_LANG_UNKNOWN ? (unsigned) doc->lang : DSR_LANG_ALL;
	spelling_set set;
	uint32_t   *marked;
	size_t		ncapitalised = 0,
				nlower = 0;
	size_t		i,
				k;

	if (!cue_words && !build_cue_words())
		return DSR_ENOMEM;
	marked = dsr_alloc(&scan->opts, scan->ntokens * sizeof(uint32_t));
	if (!spelling_init(&scan->opts, &set, 1024) || !marked)
	{
		release_prepare(&scan->opts, &set, marked);
		return DSR_ENOMEM;
	}

	for (i = 0; i < scan->ntokens; i++)
	{
		const dsr_token *t = &scan->tokens[i];
		ner_token  *nt = &doc->tokens[i];
		unsigned char lower[DSR_LEX_MAX_KEY_BYTES];
		size_t		n = 0;
		int			shape_bits = -1;

		if (i % DSR_STOP_POLL_TOKENS == 0 && scan->opts.should_stop &&
			scan->opts.should_stop(scan->opts.stop_arg))
		{
			release_prepare(&scan->opts, &set, marked);
			return DSR_ECANCELLED;
		}
		memset(nt, 0, sizeof(*nt));
		if (!lower_and_hash(scan, t, lower, &n, &nt->lower, &shape_bits))
		{
			const unsigned char *s = lower;

			n = 0;
			if (!dsr_lexicon_append_token(scan, i, (char *) lower, sizeof(lower), &n))
			{
				/* too long for the buffer: its raw bytes stand for it */
				s = (const unsigned char *) scan->buf + t->start;
				n = t->end - t->start;
			}
			nt->lower = dsr_fnv1a64(s, n);
			if (s != lower)
				n = SIZE_MAX;	/* no cue */
		}
		nt->shape = token_shape(scan, t, shape_bits);
		if (t->flags & DSR_TF_SENTENCE_START)
			nt->cues |= NER_CUE_SENT_START;
		if (t->kind != DSR_TOK_WORD)
			continue;
		if (n != SIZE_MAX && may_be_cue(t, n))
			nt->cues |= word_cues(lower, n, nt->lower, langs);
		k = spelling_slot(&scan->opts, &set, nt->lower);
		if (k == SIZE_MAX)
		{
			release_prepare(&scan->opts, &set, marked);
			return DSR_ENOMEM;
		}
		if (is_lower_word(scan, t))
		{
			set.bits[k] |= SPELLING_LOWER;
			nt->candidate = (nt->shape & SHAPE_INNER_UPPER) || (nt->cues & NER_CUE_PARTICLE);
			if (nt->candidate)
				marked[scan->ntokens - ++nlower] = (uint32_t) i;
		}
		else
		{
			if (!(t->flags & (DSR_TF_SENTENCE_START | DSR_TF_ALL_CAPS)))
				set.bits[k] |= SPELLING_CAPMID;
			nt->previous_same = set.last[k];
			set.last[k] = (uint32_t) i + 1;
			marked[ncapitalised++] = (uint32_t) i;
		}
	}

	for (k = 0; k < ncapitalised; k++)
	{
		ner_token  *nt = &doc->tokens[marked[k]];
		uint8_t		bits = set.bits[dsr_key_slot(set.keys, set.mask, nt->lower)];

		if (bits & SPELLING_CAPMID)
			nt->cues |= NER_CUE_DOC_CAPMID;
		if (bits & SPELLING_LOWER)
			nt->cues |= NER_CUE_DOC_LOWER;
		if (dsr_gazetteer_may_be_key(nt->lower))
			match_gazetteer(doc, marked[k], langs);
		/* "The", "Die", "Le": a capitalised function word starts no name the gazetteer does not know */
		nt->candidate = !(nt->cues & NER_CUE_STOPWORD) || nt->gaz_begin != 0;
	}

	for (k = 0; k < ncapitalised; k++)
	{
		if (doc->tokens[marked[k]].candidate)
			lookup_around(doc, marked[k], langs);
	}
	for (k = scan->ntokens - nlower; k < scan->ntokens; k++)
		lookup_around(doc, marked[k], langs);
	release_prepare(&scan->opts, &set, marked);
	return DSR_OK;
}

bool
ner_tag_allowed(const ner_doc *doc, size_t i, int prev, int tag)
{
	if (!ner_tag_is_inside(tag))
		return true;
	if (doc->scan->tokens[i].flags & (DSR_TF_SENTENCE_START | DSR_TF_PARAGRAPH_BEFORE))
		return false;
	return prev == tag || prev == tag - 1;
}

/*
 * The hashes of a token's prefixes and suffixes (2 and 3; 2, 3 and 4 bytes),
 * read only when the tagger scores the token's own features (a few tokens in
 * ten, most of them once): computed then, not kept.
 */
typedef struct affixes
{
	uint64_t	prefix2,
				prefix3,
				suffix2,
				suffix3,
				suffix4;
} affixes;

static void
hash_affixes(const ner_doc *doc, size_t i, affixes *a)
{
	const dsr_scan *scan = doc->scan;
	const dsr_token *t = &scan->tokens[i];
	unsigned char lower[DSR_LEX_MAX_KEY_BYTES];
	const unsigned char *s = lower;
	size_t		n = 0;

	if (!ner_append_lower(scan, i, (char *) lower, sizeof(lower), &n))
	{
		s = (const unsigned char *) scan->buf + t->start;
		n = t->end - t->start;
	}
	a->prefix2 = dsr_fnv1a64(s, n < 2 ? n : 2);
	a->prefix3 = dsr_fnv1a64(s, n < 3 ? n : 3);
	a->suffix2 = dsr_fnv1a64(s + (n > 2 ? n - 2 : 0), n < 2 ? n : 2);
	a->suffix3 = dsr_fnv1a64(s + (n > 3 ? n - 3 : 0), n < 3 ? n : 3);
	a->suffix4 = dsr_fnv1a64(s + (n > 4 ? n - 4 : 0), n < 4 ? n : 4);
}

int
ner_token_own_features(const ner_doc *doc, size_t i, uint64_t *out)
{
	const ner_token *t = &doc->tokens[i];
	affixes		a;
	int			n = 0;
	int			bit;

	hash_affixes(doc, i, &a);
	out[n++] = feature1(T_BIAS, 0);
	out[n++] = feature1(T_WORD, t->lower);
	out[n++] = feature1(T_PREFIX2, a.prefix2);
	out[n++] = feature1(T_PREFIX3, a.prefix3);
	out[n++] = feature1(T_SUFFIX2, a.suffix2);
	out[n++] = feature1(T_SUFFIX3, a.suffix3);
	out[n++] = feature1(T_SUFFIX4, a.suffix4);
	out[n++] = feature1(T_SHAPE, t->shape);
	for (bit = 0; bit < GAZ_NKINDS; bit++)
	{
		if (t->gaz_begin & (1 << bit))
			out[n++] = feature1(T_GAZ_BEGIN, (uint64_t) bit);
		if (t->gaz_inside & (1 << bit))
			out[n++] = feature1(T_GAZ_INSIDE, (uint64_t) bit);
	}
	out[n++] = feature2(T_CUES, t->cues, t->shape & 0xF00);
	out[n++] = feature2(T_LANG_SHAPE, (uint64_t) doc->lang, t->shape);
	out[n++] = feature2(T_WORD_CASE, t->lower, t->shape & 0x300);
	return n;
}

uint64_t
ner_token_own_key(const ner_doc *doc, size_t i)
{
	const ner_token *t = &doc->tokens[i];

	return ner_mix(ner_mix(t->lower ^ t->shape) +
				   ((uint64_t) t->gaz_begin | (uint64_t) t->gaz_inside << 8 |
					(uint64_t) t->cues << 16)) | 1;
}

int
ner_token_context_features(const ner_doc *doc, size_t i, const uint8_t *tags, uint64_t *out)
{
	int			prev1 = i > 0 ? tags[i - 1] : NER_O;
	int			prev2 = i > 1 ? tags[i - 2] : NER_O;
	const dsr_scan *scan = doc->scan;
	const ner_token *t = &doc->tokens[i];
	bool		first = (scan->tokens[i].flags & DSR_TF_SENTENCE_START) || i == 0;
	bool		last = i + 1 >= scan->ntokens ||
		(scan->tokens[i + 1].flags & DSR_TF_SENTENCE_START);
	const ner_token *p1 = first ? NULL : &doc->tokens[i - 1];
	const ner_token *p2 = NULL;
	const ner_token *n1 = last ? NULL : &doc->tokens[i + 1];
	const ner_token *n2 = NULL;
	uint64_t	w_p1 = p1 ? p1->lower : OUTSIDE_WORD;
	uint64_t	w_n1 = n1 ? n1->lower : OUTSIDE_WORD;
	uint32_t	s_p1 = p1 ? p1->shape : OUTSIDE_SHAPE;
	uint32_t	s_n1 = n1 ? n1->shape : OUTSIDE_SHAPE;
	int			n = 0;

	if (p1 && i >= 2 && !(scan->tokens[i - 1].flags & DSR_TF_SENTENCE_START))
		p2 = &doc->tokens[i - 2];
	if (n1 && i + 2 < scan->ntokens && !(scan->tokens[i + 2].flags & DSR_TF_SENTENCE_START))
		n2 = &doc->tokens[i + 2];

	out[n++] = feature1(T_WORD_P1, w_p1);
	out[n++] = feature1(T_WORD_P2, p2 ? p2->lower : OUTSIDE_WORD);
	out[n++] = feature1(T_WORD_N1, w_n1);
	out[n++] = feature1(T_WORD_N2, n2 ? n2->lower : OUTSIDE_WORD);
	out[n++] = feature1(T_SHAPE_P1, s_p1);
	out[n++] = feature1(T_SHAPE_N1, s_n1);
	out[n++] = feature2(T_SHAPE_P1_I, s_p1, t->shape);
	out[n++] = feature2(T_SHAPE_I_N1, t->shape, s_n1);
	out[n++] = feature2(T_BIGRAM_P1, w_p1, t->lower);
	out[n++] = feature2(T_BIGRAM_N1, t->lower, w_n1);
	out[n++] = feature1(T_PREV1, (uint64_t) prev1);
	out[n++] = feature2(T_PREV12, (uint64_t) prev1, (uint64_t) prev2);
	out[n++] = feature2(T_PREV1_WORD, (uint64_t) prev1, t->lower);
	out[n++] = feature2(T_PREV1_SHAPE, (uint64_t) prev1, t->shape);
	out[n++] = feature1(T_GAZ_N1, n1 ? (uint64_t) (n1->gaz_begin | (n1->gaz_inside << 8)) : 0xFFFF);
	out[n++] = feature1(T_GAZ_P1, p1 ? (uint64_t) (p1->gaz_begin | (p1->gaz_inside << 8)) : 0xFFFF);
	out[n++] = feature1(T_CUES_P1, p1 ? p1->cues & (NER_CUE_TITLE | NER_CUE_PARTICLE | NER_CUE_STOPWORD) : 0xFF);
	out[n++] = feature1(T_CUES_N1, n1 ? n1->cues & (NER_CUE_TITLE | NER_CUE_PARTICLE | NER_CUE_STOPWORD) : 0xFF);
	/* how the same capitalised word was tagged earlier in the document */
	out[n++] = feature1(T_HISTORY, t->previous_same ? (uint64_t) ner_tag_kind(tags[t->previous_same - 1]) : 0xFF);
	return n;
}

int
ner_token_features(const ner_doc *doc, size_t i, const uint8_t *tags, uint64_t *out)
{
	int			n = ner_token_own_features(doc, i, out);

	return n + ner_token_context_features(doc, i, tags, out + n);
}
