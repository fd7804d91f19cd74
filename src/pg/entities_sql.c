/*
 * entities_sql.c — extract_entities() and entity_names(): SQL from the
 * core's named entities. The tagger's model is a file installed with the
 * extension (share/extension/dossier_entities.model), read and checked once
 * per backend on first use and kept, read-only, for the backend's life.
 */
#include "postgres.h"

#include "convert.h"
#include "catalog/pg_type.h"
#include "miscadmin.h"
#include "storage/fd.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(extract_entities);
PG_FUNCTION_INFO_V1(entity_names);

#define MODEL_FILE_NAME "dossier_entities.model"

static dsr_ner_model *entity_model;

const dsr_ner_model *
EntityModel(void)
{
	char		sharepath[MAXPGPATH];
	char		path[MAXPGPATH];
	FILE	   *file;
	long		size;
	char	   *bytes;
	int			rc;

	if (entity_model)
		return entity_model;
	get_share_path(my_exec_path, sharepath);
	snprintf(path, sizeof(path), "%s/extension/%s", sharepath, MODEL_FILE_NAME);
	file = AllocateFile(path, PG_BINARY_R);
	if (!file)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not open the entity model \"%s\": %m", path),
				 errhint("Reinstall the dossier extension's files (make install).")));
	if (fseek(file, 0, SEEK_END) != 0 || (size = ftell(file)) < 0 || fseek(file, 0, SEEK_SET) != 0)
	{
		FreeFile(file);
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read the entity model \"%s\": %m", path)));
	}
	bytes = palloc_extended(size > 0 ? size : 1, MCXT_ALLOC_HUGE);
	if (fread(bytes, 1, size, file) != (size_t) size)
	{
		FreeFile(file);
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read the entity model \"%s\": %m", path)));
	}
	FreeFile(file);
	rc = dsr_ner_model_load(bytes, size, &entity_model);
	pfree(bytes);
	if (rc == DSR_EINVAL)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("the entity model \"%s\" is not a valid model file", path),
				 errhint("Reinstall the dossier extension's files (make install).")));
	ReportCoreError(rc, "loading the entity model");
	return entity_model;
}

/* The entities of body, in text order; *scan must be freed by the caller. */
static void
ExtractEntities(text *body, dsr_lang lang, dsr_scan *scan, dsr_entity_list *list)
{
	const dsr_ner_model *model = EntityModel();

	ScanText(body, scan);
	if (lang == DSR_LANG_UNKNOWN)
		lang = dsr_detect_language(scan);
	ReportCoreError(dsr_entities_extract(scan, lang, model, list), "extract_entities");
}

static void
FillEntityRow(const void *item, const char *body, Datum *values, bool *nulls)
{
	const dsr_entity *e = item;

	values[0] = PointerGetDatum(cstring_to_text_with_len(body + e->start, e->end - e->start));
	values[1] = PointerGetDatum(cstring_to_text(dsr_entity_kind_name(e->kind)));
	values[2] = PointerGetDatum(NameText(e->canonical, e->canonical_len));
	values[3] = CharPositionDatum(e->char_start);
	values[4] = Int32GetDatum((int32) e->sentence);
}

Datum
extract_entities(PG_FUNCTION_ARGS)
{
	text	   *body;
	dsr_lang	lang;
	dsr_scan	scan;
	dsr_entity_list list;

	body = BeginExtraction(fcinfo, &lang);
	if (!body)
		PG_RETURN_NULL();
	ExtractEntities(body, lang, &scan, &list);
	EmitRows(fcinfo, list.items, list.count, sizeof(dsr_entity), FillEntityRow,
			 VARDATA_ANY(body));
	dsr_entities_free(&list);
	dsr_scan_free(&scan);
	PG_RETURN_NULL();
}

static int
CompareTexts(const void *a, const void *b)
{
	text	   *x = DatumGetTextPP(*(const Datum *) a);
	text	   *y = DatumGetTextPP(*(const Datum *) b);
	size_t		nx = VARSIZE_ANY_EXHDR(x),
				ny = VARSIZE_ANY_EXHDR(y);
	int			c = memcmp(VARDATA_ANY(x), VARDATA_ANY(y), Min(nx, ny));

	return c != 0 ? c : (nx > ny) - (nx < ny);
}

/*
 * The distinct canonical names of body, sorted by their bytes (the order
 * must not depend on a collation for the function to be IMMUTABLE).
 */
Datum
entity_names(PG_FUNCTION_ARGS)
{
	dsr_lang	lang;
	text	   *body;
	dsr_scan	scan;
	dsr_entity_list list;
	Datum	   *names;
	size_t		count = 0;
	size_t		i;

	CheckDatabaseEncoding();
	lang = LanguageArgument(fcinfo, 1);
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	body = PG_GETARG_TEXT_PP(0);
	ExtractEntities(body, lang, &scan, &list);
	names = palloc(sizeof(Datum) * (list.count > 0 ? list.count : 1));
	for (i = 0; i < list.count; i++)
		names[i] = PointerGetDatum(NameText(list.items[i].canonical, list.items[i].canonical_len));
	if (list.count > 0)
	{
		qsort(names, list.count, sizeof(Datum), CompareTexts);
		for (i = 0; i < list.count; i++)
			if (count == 0 || CompareTexts(&names[count - 1], &names[i]) != 0)
				names[count++] = names[i];
	}
	dsr_entities_free(&list);
	dsr_scan_free(&scan);
	PG_RETURN_ARRAYTYPE_P(construct_array(names, (int) count, TEXTOID, -1, false, TYPALIGN_INT));
}
