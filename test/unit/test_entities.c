/*
 * test_entities.c — named entities with the installed model (or $DOSSIER_MODEL):
 * the loader's checks, clear names in each language, offsets, empty input,
 * cancellation, allocation failure and linear time. Only the obvious is
 * pinned, so a retrained model passes as long as it gets the obvious right.
 */
#include "unit.h"
#include "ner.h"

#include <math.h>

/* ---------------------------------------------------------------- model */

/* The whole file at path, malloc'd with exactly *len bytes; NULL if unreadable. */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	long		size;
	char	   *bytes;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
	{
		fclose(f);
		return NULL;
	}
	bytes = malloc(size > 0 ? (size_t) size : 1);
	if (bytes && fread(bytes, 1, (size_t) size, f) != (size_t) size)
	{
		free(bytes);
		bytes = NULL;
	}
	fclose(f);
	*len = (size_t) size;
	return bytes;
}

static const char *
model_path(void)
{
	const char *path = getenv("DOSSIER_MODEL");

	return path && *path ? path : "model/dossier_entities.model";
}

/* The installed model, or NULL after a failed check. Free with dsr_ner_model_free. */
static dsr_ner_model *
open_model(void)
{
	size_t		len = 0;
	char	   *bytes = read_file(model_path(), &len);
	dsr_ner_model *model = NULL;
	int			rc;

	CHECK_MSG(bytes != NULL, "cannot read the model \"%s\" (run from the repository root)",
			  model_path());
	if (!bytes)
		return NULL;
	rc = dsr_ner_model_load(bytes, len, &model);
	CHECK_MSG(rc == DSR_OK, "model \"%s\": %s", model_path(), dsr_strerror(rc));
	free(bytes);
	return rc == DSR_OK ? model : NULL;
}

/*
 * Model files as ner.h lays them out: magic, version, number of tags, entry
 * count, scale (24 bytes), then the entries, each starting with its 64-bit
 * key. The entry size is read off the installed model (size / count), so
 * these tests follow the weights' width wherever the format takes it.
 */
#define MODEL_HEADER	24
#define TINY_ENTRIES	3

static uint32_t
get_u32(const unsigned char *p)
{
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16) |
		((uint32_t) p[3] << 24);
}

static void
put_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char) v;
	p[1] = (unsigned char) (v >> 8);
	p[2] = (unsigned char) (v >> 16);
	p[3] = (unsigned char) (v >> 24);
}

static void
put_float(unsigned char *p, float f)
{
	uint32_t	v;

	memcpy(&v, &f, sizeof(v));
	put_u32(p, v);
}

/* Load len bytes of data from an exact-size copy; returns the result, frees any model. */
static int
load_exact(const unsigned char *data, size_t len)
{
	static char not_set;
	char	   *copy = copy_exact_n((const char *) data, len);
	dsr_ner_model *model = (dsr_ner_model *) &not_set;	/* the loader sets it either way */
	int			rc = dsr_ner_model_load(copy, len, &model);

	if (rc == DSR_OK)
		CHECK(model != NULL);
	else
		CHECK(model == NULL);
	if (rc == DSR_OK)
		dsr_ner_model_free(model);
	free(copy);
	return rc;
}

void
test_entities_model_load(void)
{
	const float bad_scales[] = {0.0f, -0.001f, 1e7f, NAN, INFINITY};
	const uint32_t bad_counts[] = {
		TINY_ENTRIES - 1, TINY_ENTRIES + 1, 0, (1u << 24) + 1, 0x7FFFFFFF, 0xFFFFFFFF
	};
	size_t		real_len = 0;
	unsigned char *real = (unsigned char *) read_file(model_path(), &real_len);
	uint32_t	real_count;
	size_t		entry,
				len,
				n;
	unsigned char *good,
			   *bad;
	int			i;

	CHECK_MSG(real != NULL && real_len > MODEL_HEADER, "cannot read the model \"%s\"",
			  model_path());
	if (!real || real_len <= MODEL_HEADER)
	{
		free(real);
		return;
	}
	real_count = get_u32(real + 16);
	entry = real_count ? (real_len - MODEL_HEADER) / real_count : 0;
	CHECK_MSG(real_count >= TINY_ENTRIES && entry >= 8 &&
			  (real_len - MODEL_HEADER) % real_count == 0,
			  "model of %zu bytes has %u entries", real_len, real_count);
	if (real_count < TINY_ENTRIES || entry < 8)
	{
		free(real);
		return;
	}

	/* the installed file loads; cut short or with another magic it does not */
	unit_context("installed model %s", model_path());
	CHECK_INT_EQ(load_exact(real, real_len), DSR_OK);
	CHECK_INT_EQ(load_exact(real, real_len - 1), DSR_EINVAL);
	CHECK_INT_EQ(load_exact(real, MODEL_HEADER + 4 * entry), DSR_EINVAL);
	CHECK_INT_EQ(load_exact(real, 28), DSR_EINVAL);
	CHECK_INT_EQ(load_exact(real, MODEL_HEADER), DSR_EINVAL);

	/* a tiny valid model: the installed header and its first entries */
	len = MODEL_HEADER + TINY_ENTRIES * entry;
	good = (unsigned char *) copy_exact_n((const char *) real, len + 1);
	bad = (unsigned char *) copy_exact_n((const char *) real, len + 1);
	put_u32(good + 16, TINY_ENTRIES);
	unit_context("tiny valid model");
	CHECK_INT_EQ(load_exact(good, len), DSR_OK);

	/* empty, and every truncation of a valid model */
	unit_context("empty");
	CHECK_INT_EQ(load_exact(good, 0), DSR_EINVAL);
	for (n = 1; n < len; n++)
	{
		unit_context("truncated to %zu of %zu bytes", n, len);
		CHECK_INT_EQ(load_exact(good, n), DSR_EINVAL);
	}
	unit_context("one byte too many");
	good[len] = 0;
	CHECK_INT_EQ(load_exact(good, len + 1), DSR_EINVAL);

	for (i = 0; i < 8; i++)
	{
		unit_context("wrong magic, byte %d", i);
		memcpy(bad, good, len);
		bad[i] ^= 0x20;
		CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);
	}
	unit_context("wrong version");
	memcpy(bad, good, len);
	put_u32(bad + 8, get_u32(good + 8) + 1);
	CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);
	put_u32(bad + 8, get_u32(good + 8) - 1);
	CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);
	unit_context("wrong number of tags");
	memcpy(bad, good, len);
	put_u32(bad + 12, NER_NTAGS + 1);
	CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);
	put_u32(bad + 12, 0);
	CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);

	/* the table's size (the entry count) must agree with the bytes, and stay bounded */
	for (i = 0; i < (int) (sizeof(bad_counts) / sizeof(bad_counts[0])); i++)
	{
		unit_context("entry count %u for %d entries", bad_counts[i], TINY_ENTRIES);
		memcpy(bad, good, len);
		put_u32(bad + 16, bad_counts[i]);
		CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);
	}
	for (i = 0; i < (int) (sizeof(bad_scales) / sizeof(bad_scales[0])); i++)
	{
		unit_context("scale #%d", i);
		memcpy(bad, good, len);
		put_float(bad + 20, bad_scales[i]);
		CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);
	}
	unit_context("key 0");
	memcpy(bad, good, len);
	memset(bad + MODEL_HEADER + entry, 0, 8);
	CHECK_INT_EQ(load_exact(bad, len), DSR_EINVAL);
	unit_context("%s", "");
	free(good);
	free(bad);
	free(real);
}

/* ------------------------------------------------------------ extraction */

/*
 * What every entity list must satisfy: inside the text on token edges, in
 * order without overlap, character offsets equal to a recount, the sentence
 * of its first token, a known kind, a canonical name that is the text of an
 * entity of the same kind or a NUL-terminated string of its own.
 */
static void
check_entity_invariants(const char *buf, size_t len, const dsr_scan *scan,
						const dsr_entity_list *list)
{
	size_t		i,
				tok = 0;

	for (i = 0; i < list->count; i++)
	{
		const dsr_entity *e = &list->items[i];
		bool		inside;

		CHECK_MSG(e->start < e->end && e->end <= len, "entity %zu has span [%u,%u) of %zu bytes",
				  i, e->start, e->end, len);
		if (!(e->start < e->end && e->end <= len))
			return;
		CHECK_MSG(i == 0 || e->start >= list->items[i - 1].end,
				  "entity %zu starts at %u before the previous end", i, e->start);
		CHECK_MSG(e->kind >= DSR_ENT_PERSON && e->kind <= DSR_ENT_MISC, "entity %zu has kind %u",
				  i, e->kind);
		while (tok < scan->ntokens && scan->tokens[tok].start < e->start)
			tok++;
		CHECK_MSG(tok < scan->ntokens && scan->tokens[tok].start == e->start,
				  "entity %zu \"%.*s\" does not start on a token", i,
				  (int) (e->end - e->start), buf + e->start);
		if (tok < scan->ntokens)
			CHECK_INT_EQ(e->sentence, scan->tokens[tok].sentence);
		while (tok < scan->ntokens && scan->tokens[tok].end < e->end)
			tok++;
		CHECK_MSG(tok < scan->ntokens && scan->tokens[tok].end == e->end,
				  "entity %zu \"%.*s\" does not end on a token", i,
				  (int) (e->end - e->start), buf + e->start);
		CHECK_INT_EQ(e->char_start, count_code_points(buf, e->start));
		CHECK_INT_EQ(e->char_len, count_code_points(buf + e->start, e->end - e->start));
		CHECK(e->sentence >= 1 && (i == 0 || e->sentence >= list->items[i - 1].sentence));

		CHECK(e->canonical != NULL && e->canonical_len > 0);
		if (e->canonical == NULL)
			continue;
		inside = (uintptr_t) e->canonical >= (uintptr_t) buf &&
			(uintptr_t) e->canonical < (uintptr_t) buf + len;
		if (inside)
		{
			size_t		off = (size_t) ((uintptr_t) e->canonical - (uintptr_t) buf);
			size_t		j;
			bool		found = false;

			CHECK(e->canonical_len <= len - off);
			/* an entity's text, or a German genitive's without its s or es ("Europa" of "Europas") */
			for (j = 0; j < list->count; j++)
				found |= list->items[j].start == off &&
					(list->items[j].end == off + e->canonical_len ||
					 (list->items[j].end == off + e->canonical_len + 1 &&
					  buf[off + e->canonical_len] == 's') ||
					 (list->items[j].end == off + e->canonical_len + 2 &&
					  memcmp(buf + off + e->canonical_len, "es", 2) == 0)) &&
					list->items[j].kind == e->kind;
			CHECK_MSG(found, "canonical of \"%.*s\" is \"%.*s\", not an entity of its kind",
					  (int) (e->end - e->start), buf + e->start,
					  (int) e->canonical_len, e->canonical);
		}
		else
			CHECK_INT_EQ(strlen(e->canonical), e->canonical_len);
	}
}

/*
 * Scan and extract s (an exact-size copy without NUL) with lang; on success
 * *buf holds the copy and the caller frees list, scan and buf.
 */
static int
extract_exact(const char *s, dsr_lang lang, const dsr_ner_model *model, char **buf,
			  dsr_scan *scan, dsr_entity_list *list)
{
	size_t		len;
	int			rc;

	*buf = NULL;
	memset(list, 0, sizeof(*list));
	if ((rc = scan_exact(s, buf, scan)) != DSR_OK)
		return rc;
	len = scan->len;
	rc = dsr_entities_extract(scan, lang, model, list);
	if (rc == DSR_OK)
		check_entity_invariants(*buf, len, scan, list);
	return rc;
}

typedef struct entity_case
{
	dsr_lang	lang;
	const char *input;
	const char *name;			/* the entity's exact text */
	int			nth;			/* which occurrence of name in the input, from 0 */
	dsr_entity_kind kind;
	const char *canonical;		/* expected canonical name, or NULL: not checked */
} entity_case;

#define FR DSR_LANG_FR
#define EN DSR_LANG_EN
#define DE DSR_LANG_DE
#define ES DSR_LANG_ES
#define IT DSR_LANG_IT
#define PER DSR_ENT_PERSON
#define ORG DSR_ENT_ORGANIZATION
#define LOC DSR_ENT_LOCATION
#define LAW DSR_ENT_LAW
#define EVT DSR_ENT_EVENT
#define MISC DSR_ENT_MISC

static const char fr_macron[] =
	"Emmanuel Macron a reçu Olaf Scholz à l'Élysée mardi. Macron a salué la Banque de France.";
static const char fr_leyen[] =
	"Le Premier ministre a reçu Ursula von der Leyen à Matignon. La présidente de la "
	"Commission européenne est repartie à Bruxelles.";
static const char en_biden[] =
	"Ursula von der Leyen met Joe Biden in Washington. The European Central Bank kept rates "
	"unchanged.";
static const char en_ai_act[] =
	"The AI Act, formally Regulation (EU) 2024/1689, entered into force in August.";
static const char de_merkel[] =
	"Angela Merkel traf Emmanuel Macron in Berlin. Merkel lobte die Deutsche Bundesbank.";
static const char es_sanchez[] =
	"Pedro Sánchez se reunió con Ursula von der Leyen en Bruselas. Sánchez elogió al Banco de España.";
static const char it_meloni[] =
	"Giorgia Meloni ha incontrato Olaf Scholz a Milano. Meloni ha lodato la Banca d'Italia.";

static const char en_results[] =
	"SOCCER - WEEKEND RESULTS\n"
	"Leeds 2 Norwich 1\n"
	"Paris St Germain 3 (Mbappe 12th, Dembele 70th) Lyon 0.\n"
	"Bradford 12 7 3 2 21 10 24\n"
	"Supporters travelled home from Leeds by train on Sunday.";

static const char de_genitive[] =
	"Angela Merkel sprach in Berlin. Merkels Rede lobte die Zukunft Europas. Siemens wuchs.";

static const char de_inflected[] =
	"Die Kommission der Europäischen Union tagte. Im Europäischen Parlament gab es Streit. "
	"Der Präsident des Europäischen Parlaments reiste an die Küste des Mittelmeeres.";

static const char en_results_sides[] =
	"SOCCER - AFRICAN NATIONS CUP QUALIFIERS\n"
	"Togo 1 South Korea 0\n"
	"Sweden 12 7 3 2 21 10 24\n"
	"Guingamp 2 Monaco 1\n"
	"AUSTRALIAN RULES - RESULTS\n"
	"Essendon 14.16 (100) Sydney 12.10 (82)";

static const char en_scorecard[] =
	"CRICKET - SCORECARD\n"
	"Tom Ashby c Okafor b Lindqvist 57\n"
	"Ravi Menon lbw b Pryce 4\n"
	"Dan Whitfield not out 56\n"
	"Bowling: Castell 8-0-37-3, Brannock 9.4-0-41-1 (1nb)";

static const char en_win_percentage[] =
	"BASEBALL - STANDINGS\n"
	"Boston 81 60 .574 -\n"
	"Denver 67 63 .515 7 1/2\n"
	"Madrid 12 14 0.462 points\n"
	"Fans in Boston celebrated.";

static const entity_case cases[] = {
	/* fr: names, the surname alone later gets the full name, an organization */
	{FR, fr_macron, "Emmanuel Macron", 0, PER, "Emmanuel Macron"},
	{FR, fr_macron, "Olaf Scholz", 0, PER, NULL},
	{FR, fr_macron, "Macron", 1, PER, "Emmanuel Macron"},
	{FR, fr_macron, "Banque de France", 0, ORG, NULL},
	/* fr: a name with particles after a verb, an organization, a place */
	{FR, fr_leyen, "Ursula von der Leyen", 0, PER, "Ursula von der Leyen"},
	{FR, fr_leyen, "Commission européenne", 0, ORG, NULL},
	{FR, fr_leyen, "Bruxelles", 0, LOC, NULL},
	{FR, "Le Règlement (UE) 2016/679 protège les données personnelles.",
	 "Règlement (UE) 2016/679", 0, LAW, NULL},
	/* en */
	{EN, en_biden, "Ursula von der Leyen", 0, PER, NULL},
	{EN, en_biden, "Joe Biden", 0, PER, NULL},
	{EN, en_biden, "Washington", 0, LOC, NULL},
	{EN, en_biden, "European Central Bank", 0, ORG, NULL},
	/* a capitalised function word opening a sentence, in a name given earlier */
	{FR, "Marine Tondelier a répondu à Marine Le Pen. Le Pen n'a pas réagi.", "Le Pen", 1, PER,
	 "Marine Le Pen"},
	/* the sentence's words before a place or an organization stay out of it */
	{FR, "Le ministère de l'Économie a publié ses chiffres mardi.", "Économie", 0, ORG, NULL},
	/* no name ends on a function word; a known given name joins the surname after it */
	{EN, "The grant went to the U.S. Department of Health and Human Services for review.",
	 "U.S. Department of Health and Human Services", 0, ORG, NULL},
	{EN, "Rangers striker Ally McCoist scored twice.", "Ally McCoist", 0, PER, NULL},
	/* a year after an organization's name is part of it; a date is not */
	{EN, "The club Naumburger SV 1905 won again.", "Naumburger SV 1905", 0, ORG, NULL},
	{EN, "UNITED NATIONS 1996-12-06", "UNITED NATIONS", 0, ORG, NULL},
	{EN, "Member states joined the \"Customs 2013\" programme last year.", "Customs 2013", 0, MISC,
	 NULL},
	/* a person's name over its particles ("della", "von", "da") */
	{DE, "Bereits Giacomo della Porta hatte den Entwurf geändert.", "Giacomo della Porta", 0, PER, NULL},
	{DE, "Später übernahm Heinrich Gottlob von Miltitz das Gut.", "Heinrich Gottlob von Miltitz", 0,
	 PER, NULL},
	/* names the tagger cuts in two, joined: an initial, a place before an organization */
	{EN, "England were bowled out after S. Campbell took four wickets.", "S. Campbell", 0, PER, NULL},
	{EN, "Analysts at Japan Credit Rating Agency cut the rating on Monday.",
	 "Japan Credit Rating Agency", 0, ORG, NULL},
	/* a German genitive names what its stem names; a name ending in s is its own */
	{DE, de_genitive, "Merkels", 0, PER, "Angela Merkel"},
	{DE, de_genitive, "Europas", 0, LOC, "Europa"},
	{DE, de_genitive, "Siemens", 0, ORG, "Siemens"},
	{DE, "Annalena Baerbock besuchte Berlin. Dort galt Baerbocks Rede der Zukunft.", "Baerbocks", 0,
	 PER, "Annalena Baerbock"},
	/* a German name's inflected adjective and genitive take their base endings */
	{DE, de_inflected, "Europäischen Union", 0, ORG, "Europäische Union"},
	{DE, de_inflected, "Europäischen Parlament", 0, ORG, "Europäisches Parlament"},
	{DE, de_inflected, "Europäischen Parlaments", 0, ORG, "Europäisches Parlament"},
	{DE, de_inflected, "Mittelmeeres", 0, LOC, "Mittelmeer"},
	/* the genitive's e is lower case as written: "BundestagEs" is its own name */
	{DE, "Die Sitzung des BundestagEs dauerte lange. Der Präsident des Bundestages sprach.",
	 "BundestagEs", 0, ORG, "BundestagEs"},
	{DE, "Die Sitzung des BundestagEs dauerte lange. Der Präsident des Bundestages sprach.",
	 "Bundestages", 0, ORG, "Bundestag"},
	/* on a results line or a standings row a city names its club, the scorers after the score
	 * are persons; in prose the city stays a place */
	{EN, en_results, "Leeds", 0, ORG, NULL},
	{EN, en_results, "Norwich", 0, ORG, NULL},
	{EN, en_results, "Paris St Germain", 0, ORG, NULL},
	{EN, en_results, "Lyon", 0, ORG, NULL},
	{EN, en_results, "Mbappe", 0, PER, NULL},
	{EN, en_results, "Dembele", 0, PER, NULL},
	{EN, en_results, "Bradford", 0, ORG, NULL},
	{EN, en_results, "Leeds", 1, LOC, NULL},
	/* countries are national sides, locations, unless a club plays one named after its country */
	{EN, en_results_sides, "Togo", 0, LOC, NULL},
	{EN, en_results_sides, "South Korea", 0, LOC, NULL},
	{EN, en_results_sides, "Sweden", 0, LOC, NULL},
	{EN, en_results_sides, "Monaco", 0, ORG, NULL},
	/* Australian rules scores: goals.behinds (total) */
	{EN, en_results_sides, "Essendon", 0, ORG, NULL},
	{EN, en_results_sides, "Sydney", 0, ORG, NULL},
	/* a cricket scorecard's batsmen, fielders and bowlers are persons */
	{EN, en_scorecard, "Tom Ashby", 0, PER, NULL},
	{EN, en_scorecard, "Okafor", 0, PER, NULL},
	{EN, en_scorecard, "Lindqvist", 0, PER, NULL},
	{EN, en_scorecard, "Ravi Menon", 0, PER, NULL},
	{EN, en_scorecard, "Pryce", 0, PER, NULL},
	{EN, en_scorecard, "Dan Whitfield", 0, PER, NULL},
	{EN, en_scorecard, "Castell", 0, PER, NULL},
	{EN, en_scorecard, "Brannock", 0, PER, NULL},
	/* a standings row of wins, losses and a win percentage (".567"); another decimal is no such row */
	{EN, en_win_percentage, "Boston", 0, ORG, NULL},
	{EN, en_win_percentage, "Denver", 0, ORG, NULL},
	{EN, en_win_percentage, "Madrid", 0, LOC, NULL},
	{EN, en_win_percentage, "Boston", 1, LOC, NULL},
	/* English nationality adjectives are misc names, two in a row one name */
	{EN, "Rebels say Iraqi troops are massing near the border.", "Iraqi", 0, MISC, NULL},
	{EN, "A Bosnian Serb commander denied the report.", "Bosnian Serb", 0, MISC, NULL},
	/* a nationality before a body is part of its name; before an acronym it stays a nationality */
	{EN, "The Romanian Soccer Federation banned the club on Monday.", "Romanian Soccer Federation", 0,
	 ORG, NULL},
	{EN, "Boardman rode for the French GAN team last season.", "French", 0, MISC, NULL},
	{EN, "Boardman rode for the French GAN team last season.", "GAN", 0, ORG, NULL},
	/* after "the", fields joined by "and" before a body's head are one organization; two names stay two */
	{EN, "The report went to the Truth and Reconciliation Commission on Monday.",
	 "Truth and Reconciliation Commission", 0, ORG, NULL},
	{EN, "Apple and Samsung Electronics Company settled the dispute.", "Apple", 0, ORG, NULL},
	/* a body named after a place is an organization */
	{EN, "She studied at Roma Tre University before moving abroad.", "Roma Tre University", 0, ORG,
	 NULL},
	/* a capitalised phrase ending in an event's head is the event, the place in it included */
	{EN, "Leaders met at the Paris AI Summit on Monday.", "Paris AI Summit", 0, EVT, NULL},
	{EN, "She spoke at the Artificial Intelligence (AI) Action Summit in February.",
	 "Artificial Intelligence (AI) Action Summit", 0, EVT, NULL},
	/* in French, Italian and Spanish the head opens the event's name */
	{IT, "Al Vertice di Roma sulla ricostruzione hanno partecipato quaranta governi.", "Vertice di Roma",
	 0, EVT, NULL},
	{FR, "Le Sommet pour l'Action sur l'IA s'est tenu à Paris.", "Sommet pour l'Action sur l'IA", 0,
	 EVT, NULL},
	/* a numbered law, exactly: head, (EU), number/year */
	{EN, en_ai_act, "Regulation (EU) 2024/1689", 0, LAW, NULL},
	/* de */
	{DE, de_merkel, "Angela Merkel", 0, PER, NULL},
	{DE, de_merkel, "Berlin", 0, LOC, NULL},
	{DE, de_merkel, "Merkel", 1, PER, "Angela Merkel"},
	{DE, de_merkel, "Deutsche Bundesbank", 0, ORG, NULL},
	{DE, "Ludwig van Beethoven wurde in Bonn geboren.", "Ludwig van Beethoven", 0, PER, NULL},
	{DE, "Die Verordnung (EU) 2024/1689 gilt ab August.", "Verordnung (EU) 2024/1689", 0, LAW, NULL},
	/* es */
	{ES, es_sanchez, "Pedro Sánchez", 0, PER, NULL},
	{ES, es_sanchez, "Ursula von der Leyen", 0, PER, NULL},
	{ES, es_sanchez, "Bruselas", 0, LOC, NULL},
	{ES, es_sanchez, "Banco de España", 0, ORG, NULL},
	/* it */
	{IT, it_meloni, "Giorgia Meloni", 0, PER, NULL},
	{IT, it_meloni, "Olaf Scholz", 0, PER, NULL},
	{IT, it_meloni, "Milano", 0, LOC, NULL},
	{IT, it_meloni, "Meloni", 1, PER, "Giorgia Meloni"},
	{IT, it_meloni, "Banca d'Italia", 0, ORG, NULL},
};

/* Byte offset of the nth occurrence of name in input, or -1. */
static long
occurrence(const char *input, const char *name, int nth)
{
	const char *p = input;

	for (;;)
	{
		p = strstr(p, name);
		if (!p)
			return -1;
		if (nth-- == 0)
			return (long) (p - input);
		p++;
	}
}

static void
list_entities(const char *buf, const dsr_entity_list *list, char *out, size_t size)
{
	size_t		i,
				o = 0;

	out[0] = '\0';
	for (i = 0; i < list->count && o + 1 < size; i++)
	{
		const dsr_entity *e = &list->items[i];
		int			w = snprintf(out + o, size - o, "%s%.*s/%s", i ? ", " : "",
								 (int) (e->end - e->start), buf + e->start,
								 dsr_entity_kind_name(e->kind));

		if (w < 0)
			break;
		o += (size_t) w;
	}
}

/* Check that the entity of c is among what lang finds in c->input. */
static void
run_entity_case(size_t index, const entity_case *c, const dsr_ner_model *model)
{
	dsr_scan	scan;
	dsr_entity_list list;
	char	   *buf;
	long		at = occurrence(c->input, c->name, c->nth);
	size_t		i;
	const dsr_entity *found = NULL;
	char		got[1024];

	unit_context("%s #%zu: %s in \"%s\"", dsr_lang_code(c->lang), index, c->name, c->input);
	CHECK_MSG(at >= 0, "the case's name is not in its input");
	if (extract_exact(c->input, c->lang, model, &buf, &scan, &list) != DSR_OK)
	{
		CHECK(false);
		dsr_scan_free(&scan);
		free(buf);
		return;
	}
	for (i = 0; i < list.count; i++)
		if ((long) list.items[i].start == at)
			found = &list.items[i];
	list_entities(buf, &list, got, sizeof(got));
	CHECK_MSG(found != NULL, "no entity starts at \"%s\"; found: %s", c->name, got);
	if (found)
	{
		CHECK_SPAN_EQ(buf + found->start, found->end - found->start, c->name);
		CHECK_MSG(found->kind == c->kind, "kind %s, expected %s",
				  dsr_entity_kind_name(found->kind), dsr_entity_kind_name(c->kind));
		if (c->canonical)
			CHECK_SPAN_EQ(found->canonical, found->canonical_len, c->canonical);
	}
	dsr_entities_free(&list);
	dsr_scan_free(&scan);
	free(buf);
}

void
test_entities_cases(void)
{
	dsr_ner_model *model = open_model();
	size_t		i;

	if (!model)
		return;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		run_entity_case(i, &cases[i], model);
	unit_context("%s", "");

	/* the kinds' names, as SQL shows them */
	CHECK_STR_EQ(dsr_entity_kind_name(DSR_ENT_PERSON), "person");
	CHECK_STR_EQ(dsr_entity_kind_name(DSR_ENT_ORGANIZATION), "organization");
	CHECK_STR_EQ(dsr_entity_kind_name(DSR_ENT_LOCATION), "location");
	CHECK_STR_EQ(dsr_entity_kind_name(DSR_ENT_LAW), "law");
	CHECK_STR_EQ(dsr_entity_kind_name(DSR_ENT_EVENT), "event");
	CHECK_STR_EQ(dsr_entity_kind_name(DSR_ENT_MISC), "misc");
	CHECK_STR_EQ(dsr_entity_kind_name(0), NULL);
	dsr_ner_model_free(model);
}

/*
 * Numbered events: "COP29" is one name, an event, although the scan splits
 * it into a word and a number, and COP is also the code of the Colombian peso.
 */
static const entity_case event_cases[] = {
	{EN, "Delegates from every country met at COP29 in Baku.", "COP29", 0, EVT, NULL},
	{FR, "La COP29 s'est ouverte à Bakou lundi.", "COP29", 0, EVT, NULL},
	{DE, "Die COP29 in Baku endete am Sonntag.", "COP29", 0, EVT, NULL},
};

void
test_entities_numbered_events(void)
{
	dsr_ner_model *model = open_model();
	size_t		i;

	if (!model)
		return;
	for (i = 0; i < sizeof(event_cases) / sizeof(event_cases[0]); i++)
		run_entity_case(i, &event_cases[i], model);
	unit_context("%s", "");
	dsr_ner_model_free(model);
}

void
test_entities_offsets(void)
{
	/* two-, three- and four-byte characters before and inside the names */
	static const char *const inputs[] = {
		"« Élisabeth Borne » a vu François Bayrou à Besançon 🇫🇷 lundi. Bayrou est reparti à Orléans.",
		"Ça commence: 東京 → Ursula von der Leyen, Łódź und Kraków; „Olaf Scholz“ in Düsseldorf.",
		"Zoë Ångström\u00a0et Jürgen Müller\u202fparlent à Genève.\n\nMüller répond depuis Zürich.",
	};
	dsr_ner_model *model = open_model();
	size_t		i,
				total = 0;

	if (!model)
		return;
	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		dsr_scan	scan;
		dsr_entity_list list;
		char	   *buf;

		unit_context("offsets #%zu", i);
		if (extract_exact(inputs[i], DSR_LANG_UNKNOWN, model, &buf, &scan, &list) == DSR_OK)
		{
			total += list.count;
			dsr_entities_free(&list);
		}
		else
			CHECK(false);
		dsr_scan_free(&scan);
		free(buf);
	}
	unit_context("%s", "");
	/* the checks above must have had something to check */
	CHECK_MSG(total >= 6, "only %zu entities in the offset texts", total);
	dsr_ner_model_free(model);
}

void
test_entities_empty(void)
{
	static const char *const inputs[] = {"", " ", "\n\n\t  ", "\xC2\xA0\xE2\x80\xAF\r\n", ". , ; !"};
	dsr_ner_model *model = open_model();
	dsr_scan	scan;
	dsr_entity_list list;
	char	   *buf;
	size_t		i;

	if (!model)
		return;
	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		unit_context("empty #%zu", i);
		CHECK_INT_EQ(extract_exact(inputs[i], DSR_LANG_FR, model, &buf, &scan, &list), DSR_OK);
		CHECK_INT_EQ(list.count, 0);
		dsr_entities_free(&list);
		dsr_scan_free(&scan);
		free(buf);
	}
	/* no model: an argument error, and nothing to free */
	unit_context("no model");
	CHECK_INT_EQ(extract_exact("Olaf Scholz", DSR_LANG_DE, NULL, &buf, &scan, &list), DSR_EINVAL);
	CHECK_INT_EQ(list.count, 0);
	CHECK(list.items == NULL);
	dsr_scan_free(&scan);
	free(buf);
	unit_context("%s", "");
	dsr_ner_model_free(model);
}

/* --------------------------------------------------- failures and limits */

/* malloc or exit: the tests' own buffers. */
static char *
alloc_text(size_t size)
{
	char	   *buf = malloc(size > 0 ? size : 1);

	if (buf == NULL)
	{
		fprintf(stderr, "out of memory\n");
		exit(2);
	}
	return buf;
}

/* A text of count copies of unit, exactly that long. */
static char *
repeat_text(const char *unit, size_t count, size_t *len)
{
	size_t		n = strlen(unit);
	char	   *buf;
	size_t		i;

	*len = n * count;
	buf = alloc_text(*len);
	for (i = 0; i < count; i++)
		memcpy(buf + i * n, unit, n);
	return buf;
}

typedef struct stop_after
{
	int			calls;
	int			yes_at;			/* answer true from this call on; < 0: never */
} stop_after;

static bool
stop_when_due(void *arg)
{
	stop_after *s = arg;

	return s->yes_at >= 0 && s->calls++ >= s->yes_at;
}

static const char busy_unit[] =
	"Emmanuel Macron a reçu Olaf Scholz à Paris. Macron a salué la Banque de France et la COP29. ";

void
test_entities_cancel(void)
{
	dsr_ner_model *model = open_model();
	size_t		len;
	char	   *buf = repeat_text(busy_unit, 2000, &len);
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_entity_list list;
	size_t		expected = 0;
	int			yes_at;
	int			rc;

	if (!model)
	{
		free(buf);
		return;
	}
	if (dsr_scan_text(buf, len, &opts, &scan) != DSR_OK)
	{
		CHECK(false);
		dsr_ner_model_free(model);
		free(buf);
		return;
	}
	/* the extraction alone is cancelled: the scan is already done */
	CHECK_INT_EQ(dsr_entities_extract(&scan, DSR_LANG_FR, model, &list), DSR_OK);
	expected = list.count;
	CHECK(expected >= 2000);
	dsr_entities_free(&list);

	/* stopping at the first poll, then at each later one, until it completes */
	for (yes_at = 0; yes_at < 1000; yes_at++)
	{
		stop_after	st = {0, yes_at};

		unit_context("should_stop true from poll %d", yes_at);
		scan.opts.should_stop = stop_when_due;
		scan.opts.stop_arg = &st;
		rc = dsr_entities_extract(&scan, DSR_LANG_FR, model, &list);
		CHECK_MSG(rc == DSR_OK || rc == DSR_ECANCELLED, "rc %d", rc);
		if (rc == DSR_ECANCELLED)
		{
			CHECK_INT_EQ(list.count, 0);
			CHECK(list.items == NULL);
			continue;
		}
		CHECK_MSG(yes_at > 1, "a document of %zu tokens polled %d times only", scan.ntokens, yes_at);
		CHECK_INT_EQ(list.count, expected);
		dsr_entities_free(&list);
		break;
	}
	/* answering false: polled, and the same result */
	{
		stop_after	st = {0, 1 << 30};

		unit_context("should_stop always false");
		scan.opts.stop_arg = &st;
		CHECK_INT_EQ(dsr_entities_extract(&scan, DSR_LANG_FR, model, &list), DSR_OK);
		CHECK(st.calls >= 2);
		CHECK_INT_EQ(list.count, expected);
		dsr_entities_free(&list);
	}
	unit_context("%s", "");
	dsr_scan_free(&scan);
	free(buf);
	dsr_ner_model_free(model);
}

void
test_entities_alloc_failure(void)
{
	static const char names[] =
		"Ursula von der Leyen a rencontré Emmanuel Macron à Bruxelles. Selon "
		"Macron, le Règlement (UE) 2016/679 protège les citoyens de l'UE. La Banque de France "
		"approuve.";
	static const char syllables[][3] = {"ba", "de", "fi", "go", "lu", "ma", "ne", "pi", "ro", "tu"};
	/* then 1,000 distinct words, so that the document's spelling set grows */
	char		text[sizeof(names) + 1000 * 7];
	char	   *end = text + strlen(strcpy(text, names));
	dsr_ner_model *model = open_model();
	size_t		len;
	char	   *buf;
	int			w;

	for (w = 0; w < 1000; w++)
		end += sprintf(end, " %s%s%s", syllables[w / 100], syllables[w / 10 % 10], syllables[w % 10]);
	buf = copy_exact(text, &len);
	long		budget;
	bool		succeeded = false;
	size_t		expected = 0;

	if (!model)
	{
		free(buf);
		return;
	}
	/* the result with no failure, to compare with */
	{
		dsr_options opts = dsr_default_options();
		dsr_scan	scan;
		dsr_entity_list list;

		CHECK_INT_EQ(dsr_scan_text(buf, len, &opts, &scan), DSR_OK);
		CHECK_INT_EQ(dsr_entities_extract(&scan, DSR_LANG_FR, model, &list), DSR_OK);
		expected = list.count;
		CHECK(expected >= 4);
		dsr_entities_free(&list);
		dsr_scan_free(&scan);
	}
	/* each allocation of the extraction failing in turn: DSR_ENOMEM and nothing left behind */
	for (budget = 0; budget < 500 && !succeeded; budget++)
	{
		counting_alloc a = {-1, 0};
		dsr_options opts = dsr_default_options();
		dsr_scan	scan;
		dsr_entity_list list;
		int			rc;

		opts.alloc = counting_malloc;
		opts.release = counting_free;
		opts.alloc_arg = &a;
		unit_context("allocation budget %ld", budget);
		if (dsr_scan_text(buf, len, &opts, &scan) != DSR_OK)
		{
			CHECK(false);
			break;
		}
		a.budget = budget;
		rc = dsr_entities_extract(&scan, DSR_LANG_FR, model, &list);
		CHECK_MSG(rc == DSR_OK || rc == DSR_ENOMEM, "rc %d", rc);
		if (rc == DSR_OK)
		{
			succeeded = true;
			CHECK_INT_EQ(list.count, expected);
			check_entity_invariants(buf, len, &scan, &list);
			dsr_entities_free(&list);
		}
		else
		{
			CHECK_INT_EQ(list.count, 0);
			CHECK(list.items == NULL);
		}
		dsr_scan_free(&scan);
		CHECK_INT_EQ(a.live, 0);
	}
	unit_context("%s", "");
	CHECK_MSG(succeeded, "no allocation budget under 500 let the extraction succeed");
	free(buf);
	dsr_ner_model_free(model);
}

/*
 * Adversarial runs for the tagger and its rules, at LINEAR_SMALL bytes and
 * LINEAR_FACTOR times that (unit.h; the same bound as test_limits.c).
 */
typedef struct entity_family
{
	const char *name;
	const char *unit;			/* repeated to fill the input */
} entity_family;

static const entity_family families[] = {
	{"capitalised words", "Berlin "},
	{"von von von", "Von "},
	{"numbered law heads", "Regulation (EU) 2024/"},
	{"capitalised words and punctuation", "Paris, "},
	{"capitalised words and periods", "Paris. "},
	{"names with particles", "Ursula von der Leyen "},
	{"known names", "Banque de France "},
	{"titles", "Dr. "},
	{"numbered events", "COP29 "},
	{"one long capitalised word", "A"},
	{"one long word with inner capitals", "aB"},
	{"particles", "von der "},
	{"paragraphs of one name", "Paris\n\n"},
};

/* CPU time of scan + entities on buf, best of three runs. */
static double
time_entities(const char *buf, size_t len, const dsr_ner_model *model)
{
	double		best = 1e9;
	int			run;

	for (run = 0; run < 3; run++)
	{
		dsr_options opts = dsr_default_options();
		dsr_scan	scan;
		dsr_entity_list list;
		double		t0 = cpu_seconds();

		if (dsr_scan_text(buf, len, &opts, &scan) == DSR_OK)
		{
			if (dsr_entities_extract(&scan, DSR_LANG_UNKNOWN, model, &list) == DSR_OK)
				dsr_entities_free(&list);
			dsr_scan_free(&scan);
		}
		if (cpu_seconds() - t0 < best)
			best = cpu_seconds() - t0;
	}
	return best;
}

/* Distinct capitalised words ("Baaaa Baaab ..."): every one a new key in the document's tables. */
static char *
distinct_words(size_t size, size_t *len)
{
	char	   *buf = alloc_text(size);
	size_t		n = 0,
				k = 0;

	while (n + 6 <= size)
	{
		size_t		v = k++;
		int			j;

		buf[n] = 'B';
		for (j = 4; j >= 1; j--, v /= 26)
			buf[n + j] = (char) ('a' + v % 26);
		buf[n + 5] = ' ';
		n += 6;
	}
	*len = n;
	return buf;
}

void
test_entities_linear_time(void)
{
	dsr_ner_model *model = open_model();
	size_t		i;

	if (!model)
		return;
	for (i = 0; i <= sizeof(families) / sizeof(families[0]); i++)
	{
		const char *name = i < sizeof(families) / sizeof(families[0]) ? families[i].name : "distinct words";
		size_t		len_small,
					len_big;
		char	   *small,
				   *big;

		if (i < sizeof(families) / sizeof(families[0]))
		{
			size_t		ulen = strlen(families[i].unit);

			small = repeat_text(families[i].unit, LINEAR_SMALL / ulen, &len_small);
			big = repeat_text(families[i].unit, LINEAR_SMALL * LINEAR_FACTOR / ulen, &len_big);
		}
		else
		{
			small = distinct_words(LINEAR_SMALL, &len_small);
			big = distinct_words(LINEAR_SMALL * LINEAR_FACTOR, &len_big);
		}
		unit_context("%s", name);
		check_linear_growth(name, len_small, time_entities(small, len_small, model),
							len_big, time_entities(big, len_big, model));
		free(small);
		free(big);
	}
	unit_context("%s", "");
	dsr_ner_model_free(model);
}

typedef struct speaker_case
{
	dsr_lang	lang;
	const char *input;
	const char *speaker;		/* the first quote's speaker name */
} speaker_case;

#define TIMES4(s) s s s s
#define TIMES20(s) TIMES4(s) TIMES4(s) TIMES4(s) TIMES4(s) TIMES4(s)

static const speaker_case speaker_cases[] = {
	/* the surname takes the full name the text gives earlier */
	{DSR_LANG_EN, "Christine Lagarde spoke in Frankfurt.\n\n“Inflation is coming down again,” Lagarde said.",
	 "Christine Lagarde"},
	/* an organization by its fullest mention */
	{DSR_LANG_FR, "« Le dispositif sera prolongé d'un an », a assuré la Commission européenne.",
	 "Commission européenne"},
	/* a name the tagger sees in a Title Case headline keeps only its name words */
	{DSR_LANG_EN, "Budget Deal Is Close, Lindsey Graham Says\n\nSenator Lindsey Graham spoke on Monday. "
	 "“We are very close to a deal on the budget,” Graham said.", "Lindsey Graham"},
	/*
	 * the tagger reads only the first sentences that hold a speaker's word,
	 * and always the sentence that names the speaker
	 */
	{DSR_LANG_FR, "La Commission européenne a publié un avis. " TIMES20("La Commission a répondu aux questions. ")
	 "\n\n« Le dispositif sera prolongé d'un an », a assuré la Commission.", "Commission européenne"},
};

/*
 * Speakers named as extract_entities names the same words, from the quote
 * scan, and the same name as the entity at the speaker's words in a full
 * scan's entities.
 */
void
test_entities_quote_speakers(void)
{
	dsr_ner_model *model = open_model();
	size_t		i;

	if (!model)
		return;
	for (i = 0; i < sizeof(speaker_cases) / sizeof(speaker_cases[0]); i++)
	{
		const speaker_case *c = &speaker_cases[i];
		char	   *buf;
		dsr_scan	scan;
		dsr_quote_list quotes;

		unit_context("speaker #%zu: %s", i, c->input);
		CHECK_INT_EQ(scan_exact_with(dsr_scan_quotes, c->input, &buf, &scan), DSR_OK);
		CHECK_INT_EQ(dsr_quotes_extract(&scan, c->lang, &quotes), DSR_OK);
		CHECK_INT_EQ(dsr_quotes_name_speakers(&scan, c->lang, model, &quotes), DSR_OK);
		CHECK_INT_EQ(quotes.count, 1);
		if (quotes.count >= 1)
		{
			const dsr_quote *q = &quotes.items[0];

			CHECK_MSG(q->has_speaker && q->speaker_name_len == strlen(c->speaker) &&
					  memcmp(q->speaker_name, c->speaker, q->speaker_name_len) == 0,
					  "speaker \"%.*s\", expected \"%s\"",
					  q->has_speaker ? (int) q->speaker_name_len : 0,
					  q->has_speaker ? q->speaker_name : "", c->speaker);
		}
		dsr_quotes_free(&quotes);
		dsr_scan_free(&scan);
		free(buf);
	}
	unit_context("%s", "");
	dsr_ner_model_free(model);
}
