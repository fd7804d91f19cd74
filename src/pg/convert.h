/*
 * convert.h — what the SQL-callable files share: core options backed by
 * palloc and interrupts, language arguments, and core errors as ereports.
 */
#ifndef DOSSIER_CONVERT_H
#define DOSSIER_CONVERT_H

#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"

#include "dossier_core.h"

/* Core options allocating in CurrentMemoryContext and polling interrupts. */
dsr_options DossierCoreOptions(void);

/* Refuse databases whose text is not UTF-8, with a clear error. */
void		CheckDatabaseEncoding(void);

/*
 * The language of argument argno: DSR_LANG_UNKNOWN when it is NULL (the caller
 * detects), the language when supported, else ERROR 22023.
 */
dsr_lang	LanguageArgument(FunctionCallInfo fcinfo, int argno);

/* The language of body, DSR_LANG_UNKNOWN when unsure, or the matching error. */
dsr_lang	DetectLanguage(text *body);

/*
 * The common start of the set-returning extractors: materialize mode, a UTF8
 * database, the language argument checked (even with no text), and the body,
 * or NULL when it is NULL (no rows: the functions are not STRICT so that a
 * NULL lang can mean "detect").
 */
text	   *BeginExtraction(FunctionCallInfo fcinfo, dsr_lang *lang);

/* Scan body, fully, in money windows or in quote lines, or raise the matching error. */
void		ScanText(text *body, dsr_scan *scan);
void		ScanMoney(text *body, dsr_scan *scan);
void		ScanQuotes(text *body, dsr_scan *scan);

/* The entity tagger's model, loaded on first use; an ERROR if the file is missing or damaged. */
const dsr_ner_model *EntityModel(void);

/* A name as text: runs of whitespace (a name broken over lines) become one space. */
text	   *NameText(const char *name, uint32_t len);

/* Raise the PostgreSQL error for a core error code (returns only for DSR_OK). */
void		ReportCoreError(int rc, const char *what);

/* Fill one SQL row (values, nulls of the result type) from a core item. */
typedef void (*FillRowFunc) (const void *item, const char *body, Datum *values, bool *nulls);

/* Most columns a result row has. */
#define MAX_RESULT_COLUMNS	8

/*
 * Put count items (item_size bytes apart) into the materialized result of a
 * set-returning function, one row each, in a row context reset per row.
 */
void		EmitRows(FunctionCallInfo fcinfo, const void *items, size_t count, size_t item_size,
					 FillRowFunc fill, const char *body);

/* The 1-based character position of a core char offset, as SQL integer. */
static inline Datum
CharPositionDatum(uint32_t char_offset)
{
	return Int32GetDatum((int32) char_offset + 1);
}

#endif							/* DOSSIER_CONVERT_H */
