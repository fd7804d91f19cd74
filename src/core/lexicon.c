/*
 * lexicon.c — hash index over the generated lexicon table (tables/), built
 * once per process and immutable afterwards, and the token normalization
 * that turns text into lexicon keys.
 */
#include "internal.h"
#include "lexicon.h"

#include <stdlib.h>
#include <utf8proc.h>

typedef struct slot
{
	uint32_t	entry;			/* index + 1 into dsr_lex_entries; 0 = empty */
	uint16_t	keylen;			/* length of the (prefix) key in bytes */
} slot;

static slot *entry_slots;		/* full keys */
static slot *prefix_slots;		/* proper token prefixes of multi-token keys */
static size_t slot_mask;
static bool lexicon_ready;

/* The cue filters (lexicon.h), filled by build_cue_filters(). */
uint64_t	dsr_currency_bloom[DSR_BLOOM_WORDS];
uint64_t	dsr_code_bloom[DSR_BLOOM_WORDS];
uint32_t	dsr_cue_shapes[2][DSR_CUE_SHAPE_MAX_LEN + 1][26];
uint32_t	dsr_cue_shapes_any[DSR_CUE_SHAPE_ANY_ROWS][32];

static void
insert(slot *slots, uint32_t entry, size_t keylen)
{
	size_t		i = dsr_fnv1a32(dsr_lex_entries[entry].key, keylen) & slot_mask;

	while (slots[i].entry != 0)
		i = (i + 1) & slot_mask;
	slots[i].entry = entry + 1;
	slots[i].keylen = (uint16_t) keylen;
}

static inline void
bloom_add(uint64_t *bloom, uint32_t sig)
{
	bloom[sig & (DSR_BLOOM_WORDS - 1)] |= dsr_bloom_bits(sig);
}

/* Does a key hold a currency sign ("us $", "€")? The sign is then the cue. */
static bool
has_sign(const char *key)
{
	const unsigned char *p = (const unsigned char *) key;

	while (*p)
	{
		utf8proc_int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);

		if (n <= 0)
			return true;	/* not expected in generated keys: leave it to signs */
		if (cp == '$' || (cp >= 0x80 &&
						  utf8proc_get_property(cp)->category == UTF8PROC_CATEGORY_SC))
			return true;
		p += n;
	}
	return false;
}

/*
 * Is key[0..len) a word that can serve as a cue: letters, and not a single
 * ASCII letter ("s" of "'s" is everywhere)?
 */
static bool
is_letter_word(const char *word, size_t len)
{
	return len > 1 && ((unsigned char) word[0] >= 0x80 || ((word[0] | 0x20) >= 'a' &&
														   (word[0] | 0x20) <= 'z'));
}

/*
 * Visit the words of key: fn(word hash, word length, arg) for each.
 */
static void
each_word(const char *key, void (*fn) (const char *, size_t, void *), void *arg)
{
	const char *word = key;
	const char *p;

	for (p = key;; p++)
	{
		if (*p == ' ' || *p == '\0')
		{
			fn(word, (size_t) (p - word), arg);
			if (*p == '\0')
				return;
			word = p + 1;
		}
	}
}

#define WORD_COUNT_SLOTS	(1u << 14)

static void
count_word(const char *word, size_t len, void *arg)
{
	uint16_t   *counts = arg;
	uint32_t	h = dsr_fnv1a32(word, len);

	if (!is_letter_word(word, len))
		return;
	if (counts[h & (WORD_COUNT_SLOTS - 1)] < UINT16_MAX)
		counts[h & (WORD_COUNT_SLOTS - 1)]++;
}

typedef struct cue_choice
{
	const uint16_t *counts;
	const char *key;
	bool		nouns_only;		/* consider only words that are currencies by themselves */
	bool		last_is_noun;	/* otherwise take the last word, not the first */
	const char *word;
	uint32_t	signature;
	unsigned	count;
	size_t		len;
	bool		found;
} cue_choice;

static void
choose_word(const char *word, size_t len, void *arg)
{
	cue_choice *cc = arg;
	uint32_t	h = dsr_fnv1a32(word, len);
	unsigned	n = cc->counts[h & (WORD_COUNT_SLOTS - 1)];
	uint32_t	sig = dsr_lex_signature_of((const unsigned char *) word, len);

	if (!is_letter_word(word, len) ||
		(cc->nouns_only && !dsr_lexicon_find(word, len, DSR_LEX_CURRENCY, DSR_LANG_ALL)))
		return;
	/*
	 * Among currency nouns the most shared. Among other words the noun of the
	 * phrase: the last word where adjectives come first (English, German,
	 * Dutch: "russian roubles"), else the first ("francs français").
	 */
	if (!cc->found || (cc->nouns_only ? (n > cc->count || (n == cc->count && len >= cc->len))
					   : cc->last_is_noun))
	{
		cc->signature = sig;
		cc->word = word;
		cc->count = n;
		cc->len = len;
		cc->found = true;
	}
}

/* Record the shape of a cue word made of ASCII letters (dsr_lexicon_cue_shape). */
static void
add_shape(int kind, const char *word, size_t len)
{
	size_t		i;

	if (len > DSR_CUE_SHAPE_MAX_LEN)
		return;
	for (i = 0; i < len; i++)
	{
		if (word[i] < 'a' || word[i] > 'z')
			return;				/* other letters: the text's word goes the long way */
	}
	dsr_cue_shapes[kind][len][word[0] - 'a'] |= UINT32_C(1) << (word[len - 1] - 'a');
	dsr_cue_shapes_any[len][word[0] & 31] |= UINT32_C(1) << (word[len - 1] & 31);
}

/*
 * Fill the cue filters: each currency key written in words only goes in by
 * one word: the word that is a currency by itself and shared by most keys
 * ("dollars" of "dollars US" and of "new zealand dollars"), else the noun of
 * the phrase (see choose_word).
 */
static bool
build_cue_filters(void)
{
	uint16_t   *counts = calloc(WORD_COUNT_SLOTS, sizeof(uint16_t));
	size_t		e;

	if (!counts)
		return false;
	for (e = 0; e < dsr_lex_entry_count; e++)
	{
		if (dsr_lex_entries[e].kind == DSR_LEX_CURRENCY && !has_sign(dsr_lex_entries[e].key))
			each_word(dsr_lex_entries[e].key, count_word, counts);
	}
	for (e = 0; e < dsr_lex_entry_count; e++)
	{
		const dsr_lex_entry *entry = &dsr_lex_entries[e];
		cue_choice	cc = {counts, entry->key, true, false, NULL, 0, 0, 0, false};
		int			kind;

		if (entry->kind != DSR_LEX_CURRENCY || has_sign(entry->key))
			continue;
		each_word(entry->key, choose_word, &cc);
		if (!cc.found)
		{
			cc.nouns_only = false;
			cc.last_is_noun = (entry->langs & (DSR_LANG_EN | DSR_LANG_DE | DSR_LANG_NL)) != 0;
			each_word(entry->key, choose_word, &cc);
		}
		if (!cc.found)
			continue;			/* no letters at all: not a key the text can spell */
		kind = (entry->flags & DSR_LEXF_UPPER_ONLY) ? 1 : 0;
		bloom_add(kind ? dsr_code_bloom : dsr_currency_bloom, cc.signature);
		add_shape(kind, cc.word, cc.len);
	}
	dsr_cue_shapes_any[4]['m' & 31] = dsr_cue_shapes_any[4]['k' & 31] = ~UINT32_C(0);
	free(counts);
	return true;
}

int
dsr_lexicon_init(void)
{
	size_t		size = 64;
	size_t		e;

	if (lexicon_ready)
		return DSR_OK;
	/* keys + prefixes stay below 4 × entries: keep the load under 1/2 */
	while (size < dsr_lex_entry_count * 8)
		size *= 2;
	entry_slots = calloc(size, sizeof(slot));
	prefix_slots = calloc(size, sizeof(slot));
	if (!entry_slots || !prefix_slots)
	{
		free(entry_slots);
		free(prefix_slots);
		entry_slots = prefix_slots = NULL;
		return DSR_ENOMEM;
	}
	slot_mask = size - 1;
	for (e = 0; e < dsr_lex_entry_count; e++)
	{
		const char *key = dsr_lex_entries[e].key;
		size_t		len = strlen(key);
		size_t		k;

		insert(entry_slots, (uint32_t) e, len);
		for (k = 1; k < len; k++)
		{
			if (key[k] == ' ')
				insert(prefix_slots, (uint32_t) e, k);
		}
	}
	if (!build_cue_filters())
	{
		free(entry_slots);
		free(prefix_slots);
		entry_slots = prefix_slots = NULL;
		return DSR_ENOMEM;
	}
	lexicon_ready = true;
	return DSR_OK;
}

static bool
probe(const slot *slots, const char *key, size_t keylen, unsigned langs,
	  dsr_lex_visit fn, void *arg)
{
	size_t		i;

	if (!lexicon_ready || keylen == 0)
		return false;
	i = dsr_fnv1a32(key, keylen) & slot_mask;
	while (slots[i].entry != 0)
	{
		const dsr_lex_entry *e = &dsr_lex_entries[slots[i].entry - 1];

		if (slots[i].keylen == keylen && memcmp(e->key, key, keylen) == 0 &&
			(e->langs & langs) != 0 && (fn == NULL || fn(e, arg)))
			return true;
		i = (i + 1) & slot_mask;
	}
	return false;
}

bool
dsr_lexicon_visit(const char *key, size_t keylen, unsigned langs,
				  dsr_lex_visit fn, void *arg)
{
	return probe(entry_slots, key, keylen, langs, fn, arg);
}

bool
dsr_lexicon_has_prefix(const char *key, size_t keylen, unsigned langs)
{
	return probe(prefix_slots, key, keylen, langs, NULL, NULL);
}

typedef struct find_arg
{
	dsr_lex_kind kind;
	const dsr_lex_entry *found;
} find_arg;

static bool
find_kind(const dsr_lex_entry *e, void *arg)
{
	find_arg   *fa = arg;

	if (e->kind != fa->kind)
		return false;
	fa->found = e;
	return true;
}

const dsr_lex_entry *
dsr_lexicon_find(const char *key, size_t keylen, dsr_lex_kind kind, unsigned langs)
{
	find_arg	fa = {kind, NULL};

	dsr_lexicon_visit(key, keylen, langs, find_kind, &fa);
	return fa.found;
}

bool
dsr_lexicon_append_token(const dsr_scan *scan, size_t tok, char *out, size_t outsize,
						 size_t *pos)
{
	const dsr_token *t = &scan->tokens[tok];
	const unsigned char *p = (const unsigned char *) scan->buf + t->start;
	const unsigned char *end = (const unsigned char *) scan->buf + t->end;
	size_t		w = *pos;

	while (p < end)
	{
		if (*p < 0x80)
		{
			if (w + 1 > outsize)
				return false;
			out[w++] = (*p >= 'A' && *p <= 'Z') ? (char) (*p + 32) : (char) *p;
			p++;
		}
		else
		{
			utf8proc_int32_t cp;
			utf8proc_ssize_t n = utf8proc_iterate(p, end - p, &cp);
			utf8proc_uint8_t enc[4];
			utf8proc_ssize_t m;

			if (n <= 0)
				return false;
			p += n;
			if (cp == 0x2019 || cp == 0x02BC)
				cp = '\'';
			else
				cp = utf8proc_tolower(cp);
			m = utf8proc_encode_char(cp, enc);
			if (m <= 0 || w + (size_t) m > outsize)
				return false;
			memcpy(out + w, enc, m);
			w += m;
		}
	}
	*pos = w;
	return true;
}
