/*
 * fuzz_entities.c — named entities on any bytes, with the installed model:
 * the first byte picks the language, the second after how many allocations
 * the allocator fails and the third after how many polls should_stop says
 * yes (0: never, for both). Entities must be sane (fuzz_check_entities);
 * under failures every path returns an error code and releases everything
 * (LeakSanitizer), and a run that succeeds finds what the plain run found.
 * Quote speakers named by the tagger (dsr_quotes_name_speakers) are a name.
 */
#include "fuzz_common.h"

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const dsr_lang langs[] = {
	DSR_LANG_UNKNOWN, DSR_LANG_FR, DSR_LANG_EN, DSR_LANG_DE, DSR_LANG_ES, DSR_LANG_IT
};

static dsr_ner_model *model;

static void
free_model(void)
{
	dsr_ner_model_free(model);
	model = NULL;
}

/*
 * The model of $DOSSIER_MODEL, else model/dossier_entities.model (make runs
 * the targets from the repository root). Without a model nothing can be
 * fuzzed: say so and abort.
 */
static void
load_model(void)
{
	const char *path = getenv("DOSSIER_MODEL");
	FILE	   *f;
	long		len;
	char	   *bytes;
	int			rc;

	if (!path || !*path)
		path = "model/dossier_entities.model";
	f = fopen(path, "rb");
	if (!f)
	{
		fprintf(stderr, "fuzz_entities: cannot open model \"%s\" (run from the repository root, "
				"or set DOSSIER_MODEL)\n", path);
		abort();
	}
	if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
	{
		fprintf(stderr, "fuzz_entities: cannot read model \"%s\"\n", path);
		abort();
	}
	bytes = malloc(len > 0 ? (size_t) len : 1);
	if (!bytes || fread(bytes, 1, (size_t) len, f) != (size_t) len)
	{
		fprintf(stderr, "fuzz_entities: cannot read model \"%s\"\n", path);
		abort();
	}
	fclose(f);
	rc = dsr_ner_model_load(bytes, (size_t) len, &model);
	free(bytes);
	if (rc != DSR_OK)
	{
		fprintf(stderr, "fuzz_entities: model \"%s\": %s\n", path, dsr_strerror(rc));
		abort();
	}
	atexit(free_model);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	if (!model)
		load_model();
	return 0;
}

static bool
same_entities(const dsr_entity_list *a, const dsr_entity_list *b)
{
	size_t		i;

	if (a->count != b->count)
		return false;
	for (i = 0; i < a->count; i++)
	{
		const dsr_entity *x = &a->items[i];
		const dsr_entity *y = &b->items[i];

		if (x->start != y->start || x->end != y->end || x->char_start != y->char_start ||
			x->char_len != y->char_len || x->sentence != y->sentence || x->kind != y->kind ||
			x->canonical != y->canonical || x->canonical_len != y->canonical_len)
			return false;
	}
	return true;
}

/* The quotes of the quote scan, speakers named by the tagger, under opts' failures. */
static void
check_quote_speakers(const char *buf, size_t len, dsr_lang lang, const dsr_options *opts)
{
	dsr_scan	scan;
	dsr_quote_list quotes;
	size_t		i;
	int			rc = dsr_scan_quotes(buf, len, opts, &scan);

	FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
	if (rc != DSR_OK)
		return;
	rc = dsr_quotes_extract(&scan, lang, &quotes);
	FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
	if (rc == DSR_OK)
	{
		rc = dsr_quotes_name_speakers(&scan, lang, model, &quotes);
		FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
		for (i = 0; i < quotes.count; i++)
		{
			const dsr_quote *q = &quotes.items[i];

			if (!q->has_speaker)
				continue;
			/* a span of the text, or a gazetteer name */
			FUZZ_CHECK(q->speaker_name != NULL && q->speaker_name_len > 0);
			if (q->speaker_name >= buf && q->speaker_name < buf + len)
				FUZZ_CHECK(q->speaker_name + q->speaker_name_len <= buf + len);
			else
				FUZZ_CHECK(strlen(q->speaker_name) == q->speaker_name_len);
		}
		dsr_quotes_free(&quotes);
	}
	dsr_scan_free(&scan);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_entity_list list;
	dsr_lang	lang;
	char	   *buf;
	size_t		len;

	if (size < 3 || size > FUZZ_MAX_INPUT)
		return 0;
	/* replay_main.c has no LLVMFuzzerInitialize call */
	if (!model)
		load_model();
	lang = langs[data[0] % (sizeof(langs) / sizeof(langs[0]))];
	len = size - 3;
	buf = fuzz_copy(data + 3, len);

	FUZZ_CHECK(dsr_scan_text(buf, len, &opts, &scan) == DSR_OK);
	fuzz_check_scan(&scan);
	FUZZ_CHECK(dsr_entities_extract(&scan, lang, model, &list) == DSR_OK);
	fuzz_check_entities(&scan, &list);
	FUZZ_CHECK(list.count <= scan.ntokens);

	check_quote_speakers(buf, len, lang, &opts);
	if (data[1] || data[2])
	{
		fuzz_budget b;
		dsr_options limited;
		dsr_scan	scan2;
		dsr_entity_list list2;
		int			rc;

		limited = fuzz_budget_options(&b, data[1], data[2]);
		rc = dsr_scan_text(buf, len, &limited, &scan2);
		FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
		if (rc == DSR_OK)
		{
			rc = dsr_entities_extract(&scan2, lang, model, &list2);
			FUZZ_CHECK(rc == DSR_OK || rc == DSR_ENOMEM || rc == DSR_ECANCELLED);
			if (rc == DSR_OK)
			{
				/* an allocation that failed may not have been quietly skipped */
				FUZZ_CHECK(same_entities(&list, &list2));
				dsr_entities_free(&list2);
			}
			else
				FUZZ_CHECK(list2.count == 0 && list2.items == NULL);
			dsr_scan_free(&scan2);
		}
		limited = fuzz_budget_options(&b, data[1], data[2]);
		check_quote_speakers(buf, len, lang, &limited);
	}
	dsr_entities_free(&list);
	dsr_scan_free(&scan);
	free(buf);
	return 0;
}
