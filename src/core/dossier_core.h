/*
 * dossier_core.h — the public API of dossier's pure-C extraction core.
 *
 * No PostgreSQL headers here or in any src/core file: the core is linked into
 * the extension, the unit tests, the fuzz targets and the command-line tool.
 * Input is always (buf, len) UTF-8 that is NOT NUL-terminated.
 */
#ifndef DOSSIER_CORE_H
#define DOSSIER_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Error codes: 0 is success, negative values are errors. */
#define DSR_OK				0
#define DSR_ENOMEM			(-1)	/* the allocator returned NULL */
#define DSR_ECANCELLED		(-2)	/* should_stop() asked us to stop */
#define DSR_ETOOBIG			(-3)	/* input longer than DSR_MAX_INPUT */
#define DSR_EINVAL			(-4)	/* bad argument (unknown language ...) */
#define DSR_EINTERNAL		(-5)	/* a library (pcre2) failed to initialise */

/* Byte offsets are 32-bit: PostgreSQL text is at most 1 GB. */
#define DSR_MAX_INPUT		((size_t) 0x7FFFFFF0)

const char *dsr_strerror(int code);

/* Languages, usable as bit masks. */
typedef enum dsr_lang
{
	DSR_LANG_UNKNOWN = 0,
	DSR_LANG_FR = 1 << 0,
	DSR_LANG_EN = 1 << 1,
	DSR_LANG_DE = 1 << 2,
	DSR_LANG_ES = 1 << 3,
	DSR_LANG_IT = 1 << 4,
	DSR_LANG_NL = 1 << 5,
	DSR_LANG_PT = 1 << 6
} dsr_lang;

#define DSR_LANG_ALL		0x7F

/*
 * Parse an ISO 639-1 code ("fr", case-insensitive, len bytes). Returns the
 * language, or DSR_LANG_UNKNOWN when the code is not supported.
 */
dsr_lang	dsr_lang_from_code(const char *code, size_t len);

/* "fr", "en", ... for a single language; NULL for DSR_LANG_UNKNOWN. */
const char *dsr_lang_code(dsr_lang lang);

/*
 * Allocation and cancellation hooks. dsr_default_options() gives malloc/free
 * and no cancellation. alloc may return NULL: the core then fails with
 * DSR_ENOMEM after releasing what it holds.
 */
typedef struct dsr_options
{
	void	   *(*alloc) (void *arg, size_t size);
	void		(*release) (void *arg, void *ptr);
	void	   *alloc_arg;
	bool		(*should_stop) (void *arg); /* polled every few thousand tokens */
	void	   *stop_arg;
} dsr_options;

dsr_options dsr_default_options(void);

/* ---------------------------------------------------------------- scan */

typedef enum dsr_token_kind
{
	DSR_TOK_WORD = 1,			/* letters and combining marks ("COP29" is a word and a number) */
	DSR_TOK_NUMBER,				/* a run of ASCII digits */
	DSR_TOK_CURRENCY_SIGN,		/* one code point of Unicode category Sc */
	DSR_TOK_PUNCT				/* any other single non-space code point */
} dsr_token_kind;

/* Token flags. */
#define DSR_TF_SPACE_BEFORE		0x0001	/* whitespace between this and the previous token */
#define DSR_TF_NEWLINE_BEFORE	0x0002	/* a line break in that whitespace */
#define DSR_TF_PARAGRAPH_BEFORE	0x0004	/* a blank line in that whitespace */
#define DSR_TF_CAPITALISED		0x0008	/* word starting with an upper-case letter */
#define DSR_TF_ALL_CAPS			0x0010	/* word of upper-case letters only (len > 1) */
#define DSR_TF_SENTENCE_START	0x0020	/* first token of a sentence */
#define DSR_TF_NBSP_BEFORE		0x0080	/* the space before is only no-break space(s) */
#define DSR_TF_GAP_BEFORE		0x0100	/* text before this token was not tokenized (money scan) */
#define DSR_TF_CURRENCY_CUE		0x0200	/* word that may belong to a currency name or code */

typedef struct dsr_token
{
	uint32_t	start;			/* byte offset of the first byte */
	uint32_t	end;			/* byte offset one past the last byte */
	uint32_t	char_start;		/* 0-based code point offset of start */
	uint32_t	sentence;		/* 1-based sentence number */
	uint16_t	kind;			/* dsr_token_kind */
	uint16_t	flags;			/* DSR_TF_* */
} dsr_token;

typedef struct dsr_scan
{
	const char *buf;			/* the input, not owned */
	size_t		len;
	dsr_token  *tokens;
	size_t		ntokens;
	uint32_t	nsentences;
	uint32_t	nchars;			/* code points in the whole input */
	dsr_options opts;
} dsr_scan;

/*
 * Tokenize buf and number its sentences, in one linear pass. Invalid UTF-8
 * bytes become single-byte punctuation tokens (never read past len).
 * Returns DSR_OK and fills *scan (free with dsr_scan_free), or an error code
 * with *scan empty.
 */
int			dsr_scan_text(const char *buf, size_t len, const dsr_options *opts,
						  dsr_scan *scan);

/*
 * The scan money amounts need, and no more: tokens only in windows around
 * currency cues (signs, ISO codes, currency words), with sentence numbers and
 * character offsets as a full scan gives them. The first token after skipped
 * text has DSR_TF_GAP_BEFORE; nsentences and nchars count only as far as the
 * last window. dsr_amounts_extract finds the same amounts in it as in a full
 * scan. Same return values as dsr_scan_text.
 */
int			dsr_scan_money(const char *buf, size_t len, const dsr_options *opts,
						   dsr_scan *scan);

/*
 * The scan quotes need: tokens only on the lines that can open a quote, the
 * line after each, and a few thousand bytes before (where the speaker may be
 * named), with sentence numbers and character offsets as a full scan gives
 * them. A text without an opening mark yields no tokens. Same return values
 * as dsr_scan_text.
 */
int			dsr_scan_quotes(const char *buf, size_t len, const dsr_options *opts,
							dsr_scan *scan);
void		dsr_scan_free(dsr_scan *scan);

/* ------------------------------------------------------------ language */

/*
 * Guess the language of a scanned text from its function words (the first
 * few thousand words are enough). Returns one language, or DSR_LANG_UNKNOWN
 * when the text is too short or too mixed to tell.
 */
dsr_lang	dsr_detect_language(const dsr_scan *scan);

/*
 * The same from the text itself, reading at most its first few kilobytes.
 * Returns DSR_OK with *lang set, or the scan's error code.
 */
int			dsr_detect_language_text(const char *buf, size_t len, const dsr_options *opts,
									 dsr_lang *lang);

/*
 * The language of a text of which scan holds windows only (dsr_scan_money,
 * dsr_scan_quotes): told by the words of the windows, else by the text's
 * beginning; DSR_LANG_UNKNOWN when the scan has no token (nothing to
 * extract, so no need to know). Returns DSR_OK with *lang set, or an error
 * code.
 */
int			dsr_detect_language_windows(const dsr_scan *scan, dsr_lang *lang);

/* ------------------------------------------------------------- amounts */

/*
 * An exact decimal: value = digits × 10^exponent, digits without leading
 * zeros ("0" for zero). No floating point anywhere on the way.
 */
#define DSR_DECIMAL_MAX_DIGITS	40

typedef struct dsr_decimal
{
	char		digits[DSR_DECIMAL_MAX_DIGITS + 1];	/* NUL-terminated */
	int32_t		exponent;
} dsr_decimal;

/*
 * Write d as a plain decimal string ("1500000000", "12.345", "0.5") into
 * out (size outsize). Returns the length written, or -1 if it does not fit.
 */
int			dsr_decimal_format(const dsr_decimal *d, char *out, size_t outsize);

typedef enum dsr_qualifier
{
	DSR_QUAL_NONE = 0,
	DSR_QUAL_ABOUT,				/* environ, près de, rund, around */
	DSR_QUAL_OVER,				/* plus de, more than, über, más de, oltre */
	DSR_QUAL_UNDER,				/* moins de, less than, unter */
	DSR_QUAL_UP_TO				/* jusqu'à, up to, bis zu */
} dsr_qualifier;

/* "about", "over", "under", "up_to"; NULL for DSR_QUAL_NONE. */
const char *dsr_qualifier_name(dsr_qualifier q);

typedef struct dsr_amount
{
	uint32_t	start;			/* byte span of the match in the input */
	uint32_t	end;
	uint32_t	char_start;		/* 0-based code point offset of start */
	uint32_t	char_len;		/* code points in the match */
	uint32_t	sentence;		/* 1-based */
	dsr_decimal value;			/* lower bound of a range */
	dsr_decimal value_max;		/* upper bound, when has_max */
	bool		has_max;
	char		currency[4];	/* ISO 4217, NUL-terminated */
	dsr_qualifier qualifier;
} dsr_amount;

typedef struct dsr_amount_list
{
	dsr_amount *items;
	size_t		count;
	dsr_options opts;
} dsr_amount_list;

/*
 * Find the money amounts of a scanned text, in text order. lang is one
 * language, or DSR_LANG_UNKNOWN to use every language's lexicon with
 * neutral number conventions. Returns DSR_OK and fills *out (free with
 * dsr_amounts_free), or an error code with *out empty.
 */
int			dsr_amounts_extract(const dsr_scan *scan, dsr_lang lang,
								dsr_amount_list *out);
void		dsr_amounts_free(dsr_amount_list *list);

/* -------------------------------------------------------------- quotes */

typedef struct dsr_quote
{
	uint32_t	start;			/* byte span of the quoted words, without the marks */
	uint32_t	end;
	uint32_t	char_start;		/* 0-based code point offset of start */
	uint32_t	char_len;		/* code points in the quote */
	uint32_t	sentence;		/* 1-based, of the quote's start */
	bool		has_speaker;
	uint32_t	speaker_start;	/* byte span of the fullest words that name the speaker */
	uint32_t	speaker_end;
	uint32_t	mention_start;	/* byte span of the mention the speaker was found by */
	uint32_t	mention_end;	/* ("Graham" of "…,” Graham said"), or the same words */
	/*
	 * The speaker's name: those words, or after dsr_quotes_name_speakers the
	 * canonical name dsr_entities_extract gives them (a span of the input or
	 * a static NUL-terminated string).
	 */
	const char *speaker_name;
	uint32_t	speaker_name_len;
	bool		has_cue;
	uint32_t	cue_start;		/* byte span of the reporting words ("a déclaré") */
	uint32_t	cue_end;
} dsr_quote;

typedef struct dsr_quote_list
{
	dsr_quote  *items;
	size_t		count;
	dsr_options opts;
} dsr_quote_list;

/*
 * Find the quoted statements of a text scanned by dsr_scan_quotes (or
 * dsr_scan_text: the same quotes, names looked up in the whole text), in text order, with their speakers. Returns DSR_OK and fills *out (free with
 * dsr_quotes_free), or an error code with *out empty.
 */
int			dsr_quotes_extract(const dsr_scan *scan, dsr_lang lang, dsr_quote_list *out);
void		dsr_quotes_free(dsr_quote_list *list);

/* ------------------------------------------------------------ entities */

typedef enum dsr_entity_kind
{
	DSR_ENT_PERSON = 1,
	DSR_ENT_ORGANIZATION,
	DSR_ENT_LOCATION,
	DSR_ENT_LAW,
	DSR_ENT_EVENT,
	DSR_ENT_MISC
} dsr_entity_kind;

/* "person", "organization", "location", "law", "event", "misc". */
const char *dsr_entity_kind_name(dsr_entity_kind kind);

typedef struct dsr_entity
{
	uint32_t	start;			/* byte span of the name as written */
	uint32_t	end;
	uint32_t	char_start;		/* 0-based code point offset of start */
	uint32_t	char_len;		/* code points in the name */
	uint32_t	sentence;		/* 1-based */
	uint16_t	kind;			/* dsr_entity_kind */
	/*
	 * The canonical name: the fullest mention of the same entity in the
	 * text (a byte span of the input; it may hold a line break where the
	 * text has one; a German genitive's without its s: "Europa" of
	 * "Europas"), or the known full name of an abbreviation (a static
	 * NUL-terminated string).
	 */
	const char *canonical;
	uint32_t	canonical_len;
} dsr_entity;

typedef struct dsr_entity_list
{
	dsr_entity *items;
	size_t		count;
	dsr_options opts;
} dsr_entity_list;

/* The statistical tagger's weights, loaded once and shared read-only. */
typedef struct dsr_ner_model dsr_ner_model;

/*
 * Check and load a model file's bytes (the file the extension installs as
 * dossier_entities.model). The model is malloc'd, immutable, and lives until
 * dsr_ner_model_free. Returns DSR_OK, DSR_ENOMEM, or DSR_EINVAL for bytes that
 * are not a valid model.
 */
int			dsr_ner_model_load(const void *data, size_t len, dsr_ner_model **out);
void		dsr_ner_model_free(dsr_ner_model *model);

/*
 * Find the named entities of a fully scanned text (dsr_scan_text), in text
 * order, with canonical names. Returns DSR_OK and fills *out (free with
 * dsr_entities_free), or an error code with *out empty.
 */
int			dsr_entities_extract(const dsr_scan *scan, dsr_lang lang,
								 const dsr_ner_model *model, dsr_entity_list *out);
void		dsr_entities_free(dsr_entity_list *list);

/*
 * Name the speakers of quotes (found on scan) as the entity tagger names the
 * same words: the person, else the organization, that the tagger finds where
 * the speaker is named, by its canonical name ("Lagarde" -> "Christine
 * Lagarde", "EU" -> "European Union"). Only the sentences that name a
 * speaker, or hold the last word of a speaker's name, are tagged, so that
 * this costs little beside the quotes. A speaker the tagger does not see as
 * a name keeps its words. Returns DSR_OK or an error code (quotes unchanged).
 */
int			dsr_quotes_name_speakers(const dsr_scan *scan, dsr_lang lang,
									 const dsr_ner_model *model, dsr_quote_list *quotes);

/*
 * Prepare the immutable shared state (lexicon hash, compiled patterns).
 * Called lazily by the extractors; call it once up front to pay the cost
 * early. Returns DSR_OK or DSR_ENOMEM / DSR_EINTERNAL.
 */
int			dsr_core_init(void);

#endif							/* DOSSIER_CORE_H */
