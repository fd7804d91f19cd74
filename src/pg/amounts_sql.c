/*
 * amounts_sql.c — extract_amounts() and detect_language(): SQL rows from the
 * core's money amounts, in materialize mode.
 */
#include "postgres.h"

#include "convert.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(extract_amounts);
PG_FUNCTION_INFO_V1(detect_language);


/* Enough for 40 digits and an exponent within the core's bounds. */
#define VALUE_BUFSIZE 128

static Datum
NumericFromDecimal(const dsr_decimal *d)
{
	char		buf[VALUE_BUFSIZE];

	if (dsr_decimal_format(d, buf, sizeof(buf)) < 0)
		elog(ERROR, "money value does not fit its buffer");
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

static void
FillAmountRow(const void *item, const char *body, Datum *values, bool *nulls)
{
	const dsr_amount *a = item;
	const char *qualifier = dsr_qualifier_name(a->qualifier);

	values[0] = PointerGetDatum(cstring_to_text_with_len(body + a->start, a->end - a->start));
	values[1] = NumericFromDecimal(&a->value);
	if (a->has_max)
		values[2] = NumericFromDecimal(&a->value_max);
	else
		nulls[2] = true;
	values[3] = PointerGetDatum(cstring_to_text(a->currency));
	if (qualifier)
		values[4] = PointerGetDatum(cstring_to_text(qualifier));
	else
		nulls[4] = true;
	values[5] = CharPositionDatum(a->char_start);
	values[6] = Int32GetDatum((int32) a->sentence);
}

Datum
extract_amounts(PG_FUNCTION_ARGS)
{
	text	   *body;
	dsr_lang	lang;
	dsr_scan	scan;
	dsr_amount_list list;

	body = BeginExtraction(fcinfo, &lang);
	if (!body)
		PG_RETURN_NULL();

	ScanMoney(body, &scan);
	/* the words around the amounts tell the language, else the text's beginning */
	if (lang == DSR_LANG_UNKNOWN)
		ReportCoreError(dsr_detect_language_windows(&scan, &lang), "language detection");
	ReportCoreError(dsr_amounts_extract(&scan, lang, &list), "extract_amounts");

	EmitRows(fcinfo, list.items, list.count, sizeof(dsr_amount), FillAmountRow,
			 VARDATA_ANY(body));
	dsr_amounts_free(&list);
	dsr_scan_free(&scan);
	PG_RETURN_NULL();
}

Datum
detect_language(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	const char *code;

	CheckDatabaseEncoding();
	code = dsr_lang_code(DetectLanguage(body));
	if (!code)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(code));
}
