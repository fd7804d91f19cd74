/*
 * ner.h — the entity tagger's internals, shared by the core (entities.c,
 * ner_model.c, ner_features.c, gazetteer.c) and the project's trainer
 * (src/train/train_entities.c), which must compute exactly the features the
 * tagger computes. Not part of the public API.
 *
 * The tagger is a greedy left-to-right averaged perceptron over BIO tags of
 * four kinds; every feature is a 64-bit hash of a template and its values,
 * so no feature strings are ever built.
 */
#ifndef DOSSIER_NER_H
#define DOSSIER_NER_H

#include "internal.h"

/* Tags: O, then B and I of each of the four tagged kinds. */
typedef enum ner_tag
{
	NER_O = 0,
	NER_B_PER, NER_I_PER,
	NER_B_ORG, NER_I_ORG,
	NER_B_LOC, NER_I_LOC,
	NER_B_MISC, NER_I_MISC,
	NER_NTAGS
} ner_tag;

/* The kind of a B or I tag, 1..4 (person, organization, location, misc); 0 for O. */
static inline int
ner_tag_kind(int tag)
{
	return (tag + 1) / 2;
}

static inline bool
ner_tag_is_inside(int tag)
{
	return tag != NER_O && tag % 2 == 0;
}

/* Gazetteer kinds of a phrase, as bits (gazetteer.c). */
#define GAZ_PERSON		0x01
#define GAZ_ORG			0x02
#define GAZ_LOCATION	0x04
#define GAZ_MISC		0x08
#define GAZ_LAW			0x10
#define GAZ_EVENT		0x20
#define GAZ_GIVEN		0x40	/* a given name: "Ursula", "Keir" */
#define GAZ_DEMONYM		0x80	/* "German", "Européens" */
#define GAZ_NKINDS		8		/* the bits above are features; the next one is not */
#define GAZ_COMMON		0x100	/* a common word or acronym, never a name alone: "AI", "GDP" */
#define GAZ_COUNTRY		0x200	/* a location that is a state: "Sweden", "Allemagne" */
#define GAZ_NAME_KINDS	(GAZ_PERSON | GAZ_ORG | GAZ_LOCATION | GAZ_MISC | GAZ_LAW | GAZ_EVENT)

/* Longest gazetteer phrase, in tokens. */
#define GAZ_MAX_TOKENS	12

typedef struct gaz_entry
{
	const char *key;			/* normalized as lexicon keys (lexicon.h) */
	uint16_t	kinds;			/* GAZ_* bits; 0 for a prefix of a longer key */
	uint8_t		langs;			/* dsr_lang mask of the rows with this key and canonical */
	const char *canonical;		/* full name of an abbreviation or short form, or NULL */
	const char *form;			/* a German name of several words as written, or NULL */
} gaz_entry;

/* The generated table (src/core/tables/gazetteer_data.c). */
extern const gaz_entry dsr_gaz_entries[];
extern const size_t dsr_gaz_entry_count;

int			dsr_gazetteer_init(void);

/*
 * Entries whose key equals key[0..len): calls fn for each; stops when fn
 * returns true. Returns false when no entry (not even a prefix) has that key.
 */
typedef bool (*gaz_visit) (const gaz_entry *entry, void *arg);
bool		dsr_gazetteer_visit(const char *key, size_t len, gaz_visit fn, void *arg);

/*
 * Might a one-word key have this dsr_fnv1a64 hash? False only when no key
 * without a space has it (dsr_gazetteer_visit would find nothing): a cheap
 * test of a word before it is looked up. Call after dsr_gazetteer_init.
 */
bool		dsr_gazetteer_may_be_key(uint64_t hash);

/*
 * Append the lower-cased token tok to key at *len, as
 * dsr_lexicon_append_token does (same bytes), with a fast path for ASCII.
 */
bool		ner_append_lower(const dsr_scan *scan, size_t tok, char *key, size_t size,
							 size_t *len);

/* What the features need of one token, computed once per token. */
typedef struct ner_token
{
	uint64_t	lower;			/* hash of the lower-cased token */
	uint32_t	shape;			/* ner_shape() */
	uint8_t		gaz_begin;		/* GAZ_* of gazetteer phrases starting here */
	uint8_t		gaz_inside;		/* GAZ_* of phrases covering this token, not starting here */
	uint8_t		name_tokens;	/* tokens of the longest name phrase starting here, 0 = none */
	uint8_t		name_kinds;		/* GAZ_* of that phrase */
	uint8_t		cues;			/* NER_CUE_* */
	uint8_t		candidate;		/* may start or continue an entity on its own */
	uint32_t	previous_same;	/* the latest earlier capitalised token spelt the same, + 1; 0 = none */
} ner_token;

#define NER_CUE_TITLE		0x01	/* a title or role word: M., Dr, minister */
#define NER_CUE_PARTICLE	0x02	/* von, de, van, da */
#define NER_CUE_DOC_CAPMID	0x04	/* written capitalised inside a sentence elsewhere in the document */
#define NER_CUE_DOC_LOWER	0x08	/* written in lower case elsewhere in the document */
#define NER_CUE_SENT_START	0x10
#define NER_CUE_STOPWORD	0x20	/* a function word of some language */

/* Per-document feature state: the tokens' precomputed values. */
typedef struct ner_doc
{
	const dsr_scan *scan;
	dsr_lang	lang;
	ner_token  *tokens;			/* scan->ntokens entries */
} ner_doc;

/*
 * Fill doc->tokens for the whole scan (doc->tokens allocated by the caller
 * with scan->ntokens entries). Returns DSR_OK, or DSR_ECANCELLED/DSR_ENOMEM.
 */
int			ner_doc_prepare(ner_doc *doc);

/* At most this many features per token. */
#define NER_MAX_FEATURES	48

/*
 * The feature hashes of token i given the tags decided for tokens 0..i-1;
 * returns their number (<= NER_MAX_FEATURES). Writes nothing.
 */
int			ner_token_features(const ner_doc *doc, size_t i, const uint8_t *tags,
							   uint64_t *out);

/*
 * The same in two parts: the token's own features (word, affixes, shape,
 * gazetteer bits, cues), the same wherever the same word comes back with
 * the same ner_token_own_key, and those of its context and previous tags.
 */
int			ner_token_own_features(const ner_doc *doc, size_t i, uint64_t *out);
uint64_t	ner_token_own_key(const ner_doc *doc, size_t i);
int			ner_token_context_features(const ner_doc *doc, size_t i, const uint8_t *tags,
									   uint64_t *out);

/* May tag follow prev at token i (BIO and sentence constraints)? */
bool		ner_tag_allowed(const ner_doc *doc, size_t i, int prev, int tag);

/* ---------------------------------------------------------------- model */

/*
 * Model file: "DSRNER03", uint32 version, uint32 ntags, uint32 count, float
 * scale, then count entries of {uint64 key; int8 weights[NER_NTAGS]}, all
 * little-endian, keys not 0. Weight of a feature for a tag = weights[tag] *
 * scale. 8-bit weights cost no accuracy (measured) and halve the table.
 */
#define NER_MODEL_MAGIC		"DSRNER03"
#define NER_MODEL_VERSION	3

/*
 * In memory, a 16-byte slot: the key's high half as a fingerprint (its low
 * bits pick the slot), 0 for an empty slot, and the weights.
 */
typedef struct ner_slot
{
	uint32_t	fingerprint;
	int8_t		weights[NER_NTAGS];
	uint8_t		pad[3];
} ner_slot;

struct dsr_ner_model
{
	uint32_t	capacity;		/* a power of two, at least twice count */
	uint32_t	count;
	float		scale;
	ner_slot   *slots;
};

/* Feature hashes are never 0. */
static inline uint64_t
ner_mix(uint64_t x)
{
	x ^= x >> 33;
	x *= UINT64_C(0xff51afd7ed558ccd);
	x ^= x >> 33;
	x *= UINT64_C(0xc4ceb9fe1a85ec53);
	x ^= x >> 33;
	return x ? x : 1;
}

static inline uint32_t
ner_fingerprint(uint64_t key)
{
	return (uint32_t) (key >> 32) | 1;
}

static inline const ner_slot *
ner_model_find(const struct dsr_ner_model *m, uint64_t key)
{
	uint32_t	mask = m->capacity - 1;
	uint32_t	i = (uint32_t) key & mask;
	uint32_t	fingerprint = ner_fingerprint(key);
	uint32_t	probes;

	for (probes = 0; probes < m->capacity; probes++, i = (i + 1) & mask)
	{
		if (m->slots[i].fingerprint == fingerprint)
			return &m->slots[i];
		if (m->slots[i].fingerprint == 0)
			return NULL;
	}
	return NULL;
}

/*
 * Tokens the tagger does not score: an entity starts only at a capitalised
 * word, a word with inner capitals ("iPhone") or a particle ("von der
 * Leyen"); anything else is O unless it continues an entity.
 */
static inline bool
ner_token_skipped(const ner_doc *doc, size_t i, int prev1)
{
	return !doc->tokens[i].candidate && prev1 == NER_O;
}
#endif							/* DOSSIER_NER_H */
