/*
 * test_lang.c — language codes both ways, dsr_detect_language on a scanned
 * paragraph of each language and on text too short to tell, dsr_strerror.
 */
#include "unit.h"

typedef struct lang_case
{
	dsr_lang	lang;
	const char *text;
} lang_case;

static const lang_case paragraphs[] = {
	{DSR_LANG_FR,
		"Le gouvernement a présenté mardi son projet de loi de finances pour "
		"l'année prochaine. Selon le ministre, les dépenses de l'État seront "
		"stabilisées et la dette sera réduite d'ici la fin du quinquennat. Les "
		"syndicats estiment pourtant que les hôpitaux ne disposent pas des moyens "
		"nécessaires. Le débat commencera à l'Assemblée nationale dans les "
		"prochains jours."},
	{DSR_LANG_EN,
		"The government presented its budget for the coming year on Tuesday. "
		"According to the minister, public spending will be kept flat while the "
		"deficit is brought down by the end of the decade. Unions say that "
		"hospitals and schools still do not have the staff they need. The debate "
		"in parliament is expected to begin next week."},
	{DSR_LANG_DE,
		"Die Bundesregierung hat am Dienstag ihren Haushaltsentwurf für das "
		"kommende Jahr vorgestellt. Nach Angaben des Ministers sollen die Ausgaben "
		"stabil bleiben und die Schulden bis zum Ende der Legislaturperiode sinken. "
		"Die Gewerkschaften kritisieren jedoch, dass den Kommunen das Geld für "
		"Schulen und Krankenhäuser fehlt. Die Beratungen im Bundestag beginnen in "
		"der nächsten Woche."},
	{DSR_LANG_ES,
		"El Gobierno presentó el martes su proyecto de presupuestos para el "
		"próximo año. Según el ministro, el gasto público se mantendrá estable y "
		"la deuda se reducirá antes del final de la legislatura. Los sindicatos "
		"consideran, sin embargo, que los hospitales y las escuelas no tienen el "
		"personal que necesitan. El debate en el Congreso comenzará la semana que "
		"viene."},
	{DSR_LANG_IT,
		"Il governo ha presentato martedì la legge di bilancio per il prossimo "
		"anno. Secondo il ministro, la spesa pubblica resterà stabile e il debito "
		"sarà ridotto entro la fine della legislatura. I sindacati ritengono però "
		"che gli ospedali e le scuole non abbiano il personale di cui hanno "
		"bisogno. Il dibattito in Parlamento inizierà la prossima settimana."},
	/* the same languages in news prose with amounts in it */
	{DSR_LANG_FR,
		"La Commission européenne a validé le plan de relance. L'enveloppe globale "
		"atteint désormais 200 milliards d'euros, dont une partie sera versée aux "
		"régions. Les élus locaux attendent les premiers versements avant l'été."},
	{DSR_LANG_EN,
		"The city council approved a €2.5bn package for the new tram line. Work "
		"is due to start in the spring and should be finished within four years, "
		"the mayor told reporters on Monday."},
	{DSR_LANG_DE,
		"Der Konzern kündigte Investitionen von 1,5 Milliarden Euro in das neue "
		"Werk an. Damit sollen bis zum Jahr 2030 rund 3.000 Arbeitsplätze "
		"entstehen, wie ein Sprecher am Mittwoch mitteilte."},
};

void
test_lang_detect(void)
{
	size_t		i;

	for (i = 0; i < sizeof(paragraphs) / sizeof(paragraphs[0]); i++)
	{
		dsr_scan	scan;
		char	   *buf;

		unit_context("%s paragraph #%zu", dsr_lang_code(paragraphs[i].lang), i);
		if (scan_exact(paragraphs[i].text, &buf, &scan) == DSR_OK)
		{
			dsr_lang	got = dsr_detect_language(&scan);

			CHECK_MSG(got == paragraphs[i].lang, "detected %s (%d), expected %s",
					  dsr_lang_code(got) ? dsr_lang_code(got) : "NULL", (int) got,
					  dsr_lang_code(paragraphs[i].lang));
			dsr_scan_free(&scan);
		}
		else
			CHECK(false);
		free(buf);
	}
	unit_context("%s", "");
}

void
test_lang_detect_unsure(void)
{
	/* nothing, or nothing but numbers and signs: too little to tell */
	static const char *inputs[] = {"", "   ", "3 $", "12 345 678", "€ € €", "!!!"};
	size_t		i;

	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		dsr_scan	scan;
		char	   *buf;

		unit_context("\"%s\"", inputs[i]);
		if (scan_exact(inputs[i], &buf, &scan) == DSR_OK)
		{
			CHECK_INT_EQ(dsr_detect_language(&scan), DSR_LANG_UNKNOWN);
			dsr_scan_free(&scan);
		}
		else
			CHECK(false);
		free(buf);
	}

	/* invalid UTF-8: any answer, but no crash and no over-read */
	{
		static const char bytes[] = "\xff\xfe le \xc3";
		char	   *buf = copy_exact_n(bytes, sizeof(bytes) - 1);
		dsr_options opts = dsr_default_options();
		dsr_scan	scan;

		unit_context("invalid UTF-8");
		if (dsr_scan_text(buf, sizeof(bytes) - 1, &opts, &scan) == DSR_OK)
		{
			(void) dsr_detect_language(&scan);
			dsr_scan_free(&scan);
		}
		else
			CHECK(false);
		free(buf);
	}
	unit_context("%s", "");
}

typedef struct code_case
{
	const char *code;
	size_t		len;
	dsr_lang	lang;
} code_case;

static const code_case code_cases[] = {
	{"fr", 2, DSR_LANG_FR},
	{"en", 2, DSR_LANG_EN},
	{"de", 2, DSR_LANG_DE},
	{"es", 2, DSR_LANG_ES},
	{"it", 2, DSR_LANG_IT},
	/* case-insensitive */
	{"FR", 2, DSR_LANG_FR},
	{"De", 2, DSR_LANG_DE},
	/* unsupported or malformed */
	{"xx", 2, DSR_LANG_UNKNOWN},
	{"", 0, DSR_LANG_UNKNOWN},
	{"f", 1, DSR_LANG_UNKNOWN},
	{"fr ", 3, DSR_LANG_UNKNOWN},
	{" fr", 3, DSR_LANG_UNKNOWN},
	{"french", 6, DSR_LANG_UNKNOWN},
	{"e\xcc\x81", 3, DSR_LANG_UNKNOWN},
};

void
test_lang_codes(void)
{
	static const dsr_lang five[] = {DSR_LANG_FR, DSR_LANG_EN, DSR_LANG_DE,
	DSR_LANG_ES, DSR_LANG_IT};
	static const char *five_codes[] = {"fr", "en", "de", "es", "it"};
	size_t		i;

	for (i = 0; i < sizeof(code_cases) / sizeof(code_cases[0]); i++)
	{
		/* exact-size copy: the code is (code, len), not a C string */
		char	   *buf = copy_exact_n(code_cases[i].code, code_cases[i].len);

		unit_context("code \"%.*s\"", (int) code_cases[i].len, code_cases[i].code);
		CHECK_INT_EQ(dsr_lang_from_code(buf, code_cases[i].len), code_cases[i].lang);
		free(buf);
	}

	/* len is respected: "fr" given with len 1 is "f" */
	{
		char	   *buf = copy_exact_n("fr", 2);

		unit_context("\"fr\" with len 1");
		CHECK_INT_EQ(dsr_lang_from_code(buf, 1), DSR_LANG_UNKNOWN);
		free(buf);
	}

	for (i = 0; i < 5; i++)
	{
		unit_context("round trip %s", five_codes[i]);
		CHECK_STR_EQ(dsr_lang_code(five[i]), five_codes[i]);
		CHECK_INT_EQ(dsr_lang_from_code(dsr_lang_code(five[i]), 2), five[i]);
	}
	unit_context("unknown");
	CHECK_STR_EQ(dsr_lang_code(DSR_LANG_UNKNOWN), NULL);
	unit_context("%s", "");
}

void
test_strerror(void)
{
	static const int codes[] = {DSR_OK, DSR_ENOMEM, DSR_ECANCELLED, DSR_ETOOBIG,
	DSR_EINVAL, DSR_EINTERNAL};
	size_t		i,
				j;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
	{
		const char *msg = dsr_strerror(codes[i]);

		unit_context("code %d", codes[i]);
		CHECK(msg != NULL);
		if (msg != NULL)
			CHECK(msg[0] != '\0');
		/* every code has its own message */
		for (j = 0; j < i; j++)
			CHECK(!unit_str_eq(msg, dsr_strerror(codes[j])));
	}
	unit_context("%s", "");
}

/*
 * A scan of windows (the money and quote scans): the words of the windows
 * tell the language, else the text's beginning; no window, no language.
 */
void
test_lang_detect_windows(void)
{
	static const struct
	{
		const char *text;
		dsr_lang	expected;
	}			cases[] = {
		/* the window around the amount holds enough French */
		{"Le gouvernement a annoncé que le plan coûtera 50 milliards d'euros pour les communes.",
		 DSR_LANG_FR},
		/* too few words around the amount: the beginning of the text tells it */
		{"Die Regierung hat heute in Berlin den neuen Haushalt für das kommende Jahr vorgestellt, "
		 "und der Minister hat ihn lange erklärt, aber wie immer ohne jede Zahl, die man prüfen "
		 "könnte, und ohne eine Antwort auf die Fragen der Opposition im Bundestag.\n\n"
		 "Summe: 5 €", DSR_LANG_DE},
		/* no currency cue: no window, nothing to tell */
		{"The committee met on Monday and adjourned without a vote.", DSR_LANG_UNKNOWN},
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		dsr_scan	scan;
		dsr_lang	lang = DSR_LANG_IT;
		char	   *buf;

		unit_context("windows #%zu", i);
		CHECK_INT_EQ(scan_exact_with(dsr_scan_money, cases[i].text, &buf, &scan), DSR_OK);
		CHECK_INT_EQ(dsr_detect_language_windows(&scan, &lang), DSR_OK);
		CHECK_MSG(lang == cases[i].expected, "detected %d, expected %d", (int) lang,
				  (int) cases[i].expected);
		dsr_scan_free(&scan);
		free(buf);
	}
	unit_context("%s", "");
}
