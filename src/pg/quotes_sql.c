/*
 * quotes_sql.c — extract_quotes(): SQL rows from the core's quoted
 * statements, in materialize mode.
 */
#include "postgres.h"

#include "convert.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(extract_quotes);


static void
FillQuoteRow(const void *item, const char *body, Datum *values, bool *nulls)
{
	const dsr_quote *q = item;
	values[0] = PointerGetDatum(cstring_to_text_with_len(body + q->start, q->end - q->start));
	if (q->has_speaker)
		values[1] = PointerGetDatum(NameText(q->speaker_name, q->speaker_name_len));
	else
		nulls[1] = true;
	if (q->has_cue)
		values[2] = PointerGetDatum(cstring_to_text_with_len(body + q->cue_start,
															 q->cue_end - q->cue_start));
	else
		nulls[2] = true;
	values[3] = CharPositionDatum(q->char_start);
	values[4] = Int32GetDatum((int32) q->sentence);
}

static bool
HasSpeaker(const dsr_quote_list *list)
{
	size_t		i;

	for (i = 0; i < list->count; i++)
	{
		if (list->items[i].has_speaker)
			return true;
	}
	return false;
}

Datum
extract_quotes(PG_FUNCTION_ARGS)
{
	text	   *body;
	dsr_lang	lang;
	dsr_scan	scan;
	dsr_quote_list list;

	body = BeginExtraction(fcinfo, &lang);
	if (!body)
		PG_RETURN_NULL();

	ScanQuotes(body, &scan);
	/* the lines with marks tell the language, else the text's beginning */
	if (lang == DSR_LANG_UNKNOWN)
		ReportCoreError(dsr_detect_language_windows(&scan, &lang), "language detection");
	ReportCoreError(dsr_quotes_extract(&scan, lang, &list), "extract_quotes");
	/* speakers take the names extract_entities gives them, so that the two join */
	if (HasSpeaker(&list))
		ReportCoreError(dsr_quotes_name_speakers(&scan, lang, EntityModel(), &list),
						"extract_quotes");

	EmitRows(fcinfo, list.items, list.count, sizeof(dsr_quote), FillQuoteRow,
			 VARDATA_ANY(body));
	dsr_quotes_free(&list);
	dsr_scan_free(&scan);
	PG_RETURN_NULL();
}
