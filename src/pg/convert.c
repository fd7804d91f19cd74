/*
 * convert.c — the binding's plumbing: palloc-backed core options, cancel
 * checks, language arguments and error reporting.
 */
#include "postgres.h"

#include "convert.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

static void *
PallocForCore(void *arg, size_t size)
{
	/* NO_OOM: the core gets NULL and unwinds itself; no longjmp through it */
	return MemoryContextAllocExtended(CurrentMemoryContext, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static void
PfreeForCore(void *arg, void *ptr)
{
	pfree(ptr);
}

/*
 * Stop the core only for a cancel or a termination: InterruptPending is also
 * set for harmless reasons (messages from parallel workers, barriers).
 */
static bool
CoreShouldStop(void *arg)
{
	return QueryCancelPending || ProcDiePending;
}

dsr_options
DossierCoreOptions(void)
{
	dsr_options opts = dsr_default_options();

	opts.alloc = PallocForCore;
	opts.release = PfreeForCore;
	opts.should_stop = CoreShouldStop;
	return opts;
}

void
CheckDatabaseEncoding(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("dossier requires a UTF8 database"),
				 errdetail("The database encoding is %s.", GetDatabaseEncodingName()),
				 errhint("Create the database with ENCODING 'UTF8'.")));
}

dsr_lang
LanguageArgument(FunctionCallInfo fcinfo, int argno)
{
	text	   *arg;
	dsr_lang	lang;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return DSR_LANG_UNKNOWN;
	arg = PG_GETARG_TEXT_PP(argno);
	lang = dsr_lang_from_code(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg));
	if (lang == DSR_LANG_UNKNOWN)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized language \"%s\"", text_to_cstring(arg)),
				 errhint("Supported languages are fr, en, de, es, it, nl and pt; NULL detects the language.")));
	return lang;
}

void
ReportCoreError(int rc, const char *what)
{
	switch (rc)
	{
		case DSR_OK:
			return;
		case DSR_ECANCELLED:
			/* the core stopped for a cancel or termination: serve it */
			CHECK_FOR_INTERRUPTS();
			ereport(ERROR,
					(errcode(ERRCODE_QUERY_CANCELED),
					 errmsg("canceling %s", what)));
			break;
		case DSR_ENOMEM:
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory in %s", what)));
			break;
		case DSR_ETOOBIG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("text too large for %s", what)));
			break;
		default:
			elog(ERROR, "%s failed: %s", what, dsr_strerror(rc));
	}
}

text *
BeginExtraction(FunctionCallInfo fcinfo, dsr_lang *lang)
{
	InitMaterializedSRF(fcinfo, 0);
	CheckDatabaseEncoding();
	*lang = LanguageArgument(fcinfo, 1);
	if (PG_ARGISNULL(0))
		return NULL;
	return PG_GETARG_TEXT_PP(0);
}

void
ScanText(text *body, dsr_scan *scan)
{
	dsr_options opts = DossierCoreOptions();

	ReportCoreError(dsr_scan_text(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &opts, scan),
					"text scan");
}

void
ScanMoney(text *body, dsr_scan *scan)
{
	dsr_options opts = DossierCoreOptions();

	ReportCoreError(dsr_scan_money(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &opts, scan),
					"text scan");
}

void
ScanQuotes(text *body, dsr_scan *scan)
{
	dsr_options opts = DossierCoreOptions();

	ReportCoreError(dsr_scan_quotes(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &opts, scan),
					"text scan");
}

text *
NameText(const char *name, uint32_t len)
{
	char	   *flat = palloc(len + 1);
	size_t		n = 0;
	uint32_t	i;

	for (i = 0; i < len; i++)
	{
		char		c = name[i];

		if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
			flat[n++] = c;
		else if (n > 0 && flat[n - 1] != ' ')
			flat[n++] = ' ';
	}
	return cstring_to_text_with_len(flat, n);
}

dsr_lang
DetectLanguage(text *body)
{
	dsr_options opts = DossierCoreOptions();
	dsr_lang	lang;

	ReportCoreError(dsr_detect_language_text(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &opts,
											 &lang),
					"language detection");
	return lang;
}

void
EmitRows(FunctionCallInfo fcinfo, const void *items, size_t count, size_t item_size,
		 FillRowFunc fill, const char *body)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext rowcxt = AllocSetContextCreate(CurrentMemoryContext, "dossier row",
												 ALLOCSET_SMALL_SIZES);
	size_t		i;

	for (i = 0; i < count; i++)
	{
		Datum		values[MAX_RESULT_COLUMNS] = {0};
		bool		nulls[MAX_RESULT_COLUMNS] = {0};
		MemoryContext oldcxt = MemoryContextSwitchTo(rowcxt);

		fill((const char *) items + i * item_size, body, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(oldcxt);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
}
