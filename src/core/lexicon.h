/*
 * lexicon.h — the compiled-in word lists (currencies, scale words, number
 * words, qualifiers ...) and their lookup by normalized phrase.
 *
 * A key is a phrase tokenized like the scanner does (letter runs, digit runs,
 * every other code point alone), lower-cased, ’ folded to ', and joined with
 * single spaces: "d'euros" -> "d ' euros", "US$" -> "us $", "Mrd." -> "mrd .".
 * The table itself is generated from the TSV files in src/data by src/data/gen_tables.py.
 */
#ifndef DOSSIER_LEXICON_H
#define DOSSIER_LEXICON_H

#include "dossier_core.h"

typedef enum dsr_lex_kind
{
	DSR_LEX_CURRENCY = 1,		/* code = ISO 4217 */
	DSR_LEX_SCALE,				/* value = power of ten */
	DSR_LEX_NUMBER,				/* value and flags DSR_LEXF_NUM_* */
	DSR_LEX_QUALIFIER,			/* value = dsr_qualifier */
	DSR_LEX_RANGE_OPEN,			/* between, entre, zwischen, tra, fra */
	DSR_LEX_RANGE_JOIN,			/* to, à, bis, -, – ; flags DSR_LEXF_NEEDS_OPEN for and/et/und/y/e */
	DSR_LEX_LINK,				/* de, d ', di, of : scale word -> currency */
	DSR_LEX_SUBUNIT,			/* cents, centimes, Cent, céntimos, centesimi, pence */
	DSR_LEX_AND,				/* and, et, und, y, e, con : "15 dollars et 15 cents" */
	DSR_LEX_FRACTION,			/* half, quarter(s): value = numerator/denominator code */
	DSR_LEX_STOPWORD,			/* function word for language detection */
	DSR_LEX_ABBREVIATION,		/* "m", "dr", "mrd": a following '.' does not end a sentence */
	DSR_LEX_REPORTING,			/* reporting verb: "said", "a déclaré", "sagte"; value 1 when it
								 * comes before the speaker only in inversions ("a-t-il dit") */
	DSR_LEX_PRONOUN,			/* personal pronoun that can stand for a speaker: he, elle, sie */
	DSR_LEX_TITLE,				/* before a name: value 0 courtesy title (Mr, Mme, Dr), 1 role
								 * noun (minister, Chancellor, présidente de la Commission) */
	DSR_LEX_ACCORDING,			/* "according to", "selon", "laut", "según", "secondo" */
	DSR_LEX_PARTICLE			/* lower-case part of a name: von, van, de, di, da, del, la */
} dsr_lex_kind;

/* Flags of an entry. */
#define DSR_LEXF_UPPER_ONLY		0x01	/* ISO code: must be written upper-case, or glued to a sign */
#define DSR_LEXF_AFTER_ONLY		0x02	/* currency accepted only after the number ("500 ALL") */
#define DSR_LEXF_NEEDS_OPEN		0x04	/* range joiner valid only after a range opener */
#define DSR_LEXF_NUM_ADD		0x10	/* number word: adds value (un, twenty, vierzig) */
#define DSR_LEXF_NUM_HUNDRED	0x20	/* number word: multiplies by 100 (cent, hundred) */
#define DSR_LEXF_NUM_THOUSAND	0x40	/* number word: multiplies by 1000 (mille, thousand) */
#define DSR_LEXF_NUM_JOINER		0x80	/* only inside compounds: German "und" in fünfundvierzig */

typedef struct dsr_lex_entry
{
	const char *key;			/* normalized phrase, see above */
	uint8_t		kind;			/* dsr_lex_kind */
	uint8_t		langs;			/* dsr_lang mask; DSR_LANG_ALL for every language */
	uint8_t		flags;			/* DSR_LEXF_* */
	int32_t		value;			/* meaning depends on kind */
	const char *code;			/* ISO 4217 code for DSR_LEX_CURRENCY, else NULL */
} dsr_lex_entry;

/* The generated table (src/core/tables/lexicon_data.c). */
extern const dsr_lex_entry dsr_lex_entries[];
extern const size_t dsr_lex_entry_count;

/* Longest key, in tokens, of each kind: bounds the phrase search. */
#define DSR_LEX_MAX_PHRASE_TOKENS	5

/* Longest key in bytes: keys are looked up from a fixed-size buffer. */
#define DSR_LEX_MAX_KEY_BYTES		96

/*
 * A word's signature for the cue filters: its length and its first and last
 * three bytes (lower-cased), mixed. Cheap to take from the text on the fly.
 */
static inline uint32_t
dsr_lex_signature(size_t len, uint32_t head, uint32_t tail)
{
	uint64_t	x = (((uint64_t) head << 32) | tail) ^ ((uint64_t) len * UINT64_C(0x9E3779B97F4A7C15));

	x ^= x >> 29;
	x *= UINT64_C(0xBF58476D1CE4E5B9);
	x ^= x >> 32;
	return (uint32_t) x;
}

/* The signature of a lower-cased word held in s[0..len). */
static inline uint32_t
dsr_lex_signature_of(const unsigned char *s, size_t len)
{
	uint32_t	head = 0,
				tail = 0;
	size_t		i;

	for (i = 0; i < 3 && i < len; i++)
		head |= (uint32_t) s[i] << (8 * i);
	for (i = 0; i < 3 && i < len; i++)
		tail |= (uint32_t) s[len - 1 - i] << (8 * i);
	return dsr_lex_signature(len, head, tail);
}

/*
 * Cue filters for the money scan: one word of each currency mention written
 * in words only ("dollars" of "new zealand dollars"), and ISO codes, which
 * must be written in capitals, apart; mentions with a sign ("US$", "c $")
 * are found through the sign. Blocked Bloom filters of 2^17 bits: the
 * signature picks one 64-bit word and three bits in it, one memory access.
 */
#define DSR_BLOOM_WORDS		2048
extern uint64_t dsr_currency_bloom[DSR_BLOOM_WORDS];
extern uint64_t dsr_code_bloom[DSR_BLOOM_WORDS];

static inline uint64_t
dsr_bloom_bits(uint32_t sig)
{
	return (UINT64_C(1) << ((sig >> 14) & 63)) | (UINT64_C(1) << ((sig >> 20) & 63)) |
		(UINT64_C(1) << ((sig >> 26) & 63));
}

/*
 * A quicker test first, for words of ASCII letters: can a cue word have this
 * length and these first and last letters? Bit (last - 'a') of
 * dsr_cue_shapes[kind][len][first - 'a'], kind 0 for names, 1 for codes.
 */
#define DSR_CUE_SHAPE_MAX_LEN	31
extern uint32_t dsr_cue_shapes[2][DSR_CUE_SHAPE_MAX_LEN + 1][26];

/*
 * Both kinds at once, whatever the case: bit (last & 31) of
 * dsr_cue_shapes_any[len][first & 31], for any length below 64. The cue pass
 * tests most words of a 64-byte block with this one lookup, without folding
 * case or checking the length (rows 0, 1 and above DSR_CUE_SHAPE_MAX_LEN stay
 * empty). Four-letter words starting with m or k all pass: a scale letter
 * glued to a code ("MUSD", "kEUR") is a cue too.
 */
#define DSR_CUE_SHAPE_ANY_ROWS	64
extern uint32_t dsr_cue_shapes_any[DSR_CUE_SHAPE_ANY_ROWS][32];

static inline bool
dsr_lexicon_cue_shape(size_t len, unsigned char first, unsigned char last, bool all_caps)
{
	unsigned	f = (unsigned) ((first | 0x20) - 'a');
	uint32_t	bit = UINT32_C(1) << ((last | 0x20) - 'a');

	if (len > DSR_CUE_SHAPE_MAX_LEN)
		return false;
	return (dsr_cue_shapes[0][len][f] & bit) || (all_caps && (dsr_cue_shapes[1][len][f] & bit));
}

/*
 * Might the lower-cased word with signature sig end a currency mention
 * written in words ("euros", "dollars US"; "EUR" when all_caps)? False means
 * certainly not. Valid after dsr_lexicon_init().
 */
static inline bool
dsr_lexicon_may_end_currency(uint32_t sig, bool all_caps)
{
	uint64_t	bits = dsr_bloom_bits(sig);
	uint32_t	w = sig & (DSR_BLOOM_WORDS - 1);

	return (dsr_currency_bloom[w] & bits) == bits ||
		(all_caps && (dsr_code_bloom[w] & bits) == bits);
}

/*
 * Build the hash index once (idempotent). Returns DSR_OK or DSR_ENOMEM.
 */
int			dsr_lexicon_init(void);

/*
 * Calls fn for every entry whose key equals key[0..keylen) and whose
 * languages intersect langs; stops early when fn returns true. Returns
 * whether fn returned true.
 */
typedef bool (*dsr_lex_visit) (const dsr_lex_entry *entry, void *arg);
bool		dsr_lexicon_visit(const char *key, size_t keylen, unsigned langs,
							  dsr_lex_visit fn, void *arg);

/* Is key a proper token prefix of some key in langs ("dollars" of "dollars us")? */
bool		dsr_lexicon_has_prefix(const char *key, size_t keylen, unsigned langs);

/* The first entry of that kind for key in langs, or NULL. */
const dsr_lex_entry *dsr_lexicon_find(const char *key, size_t keylen,
									  dsr_lex_kind kind, unsigned langs);

/*
 * Append the normalized form of token tok (lower-cased, ’ -> ') to out at
 * *pos, bounded by outsize. Returns false if it does not fit.
 */
bool		dsr_lexicon_append_token(const dsr_scan *scan, size_t tok,
									 char *out, size_t outsize, size_t *pos);

#endif							/* DOSSIER_LEXICON_H */
