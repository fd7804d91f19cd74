/*
 * test_amounts.c — dsr_amounts_extract, table-driven by language: phrase ->
 * match span, exact value (and upper bound), ISO currency, qualifier; cases
 * that must give no amount at all; then text order, sentence numbers, a long
 * document, numbers too big to hold, junk input and allocation failure.
 */
#include "unit.h"

/* Invisible spaces, spelled out so they can be seen in this file. */
#define NBSP	"\xc2\xa0"		/* U+00A0 NO-BREAK SPACE */
#define NNBSP	"\xe2\x80\xaf"	/* U+202F NARROW NO-BREAK SPACE */

/* One expected amount. NULL match: the span is not checked. */
typedef struct expect_amount
{
	const char *match;			/* text of the byte span [start, end) */
	const char *alt_match;		/* a second acceptable span (range openers), or NULL */
	const char *value;			/* plain decimal */
	const char *value_max;		/* plain decimal, or NULL when not a range */
	const char *currency;
	const char *qualifier;		/* dsr_qualifier_name(), or NULL */
	uint32_t	sentence;		/* expected sentence, or 0 for "not checked" */
} expect_amount;

#define MAX_EXPECT 4

typedef struct amount_case
{
	dsr_lang	lang;
	const char *input;
	int			count;			/* expected number of amounts */
	expect_amount a[MAX_EXPECT];	/* the first min(count, MAX_EXPECT) */
} amount_case;

#define AMT(m, v, c)				{ m, NULL, v, NULL, c, NULL, 0 }
#define AMT_ALT(m, alt, v, c)		{ m, alt, v, NULL, c, NULL, 0 }
#define AMT_S(m, v, c, s)			{ m, NULL, v, NULL, c, NULL, s }
#define QUAL(q, m, v, c)			{ m, NULL, v, NULL, c, q, 0 }
#define RANGE(m, alt, v, vmax, c)	{ m, alt, v, vmax, c, NULL, 0 }

#define ONE(lang, text, amount)		{ lang, text, 1, { amount } }
#define NONE(lang, text)			{ lang, text, 0, { { 0 } } }

#define FR DSR_LANG_FR
#define EN DSR_LANG_EN
#define DE DSR_LANG_DE
#define ES DSR_LANG_ES
#define IT DSR_LANG_IT
#define XX DSR_LANG_UNKNOWN

/* ------------------------------------------------------------- French */

static const amount_case fr_cases[] = {
	/* currency sign, code or name after the number, sign or code before */
	ONE(FR, "Le billet coûte 5 € depuis janvier.", AMT("5 €", "5", "EUR")),
	ONE(FR, "La cotisation passe à 5 EUR par mois.", AMT("5 EUR", "5", "EUR")),
	ONE(FR, "Montant réglé : EUR 5.", AMT("EUR 5", "5", "EUR")),
	ONE(FR, "Le forfait est facturé €5 aux visiteurs.", AMT("€5", "5", "EUR")),
	ONE(FR, "Le café coûte £3 à Londres.", AMT("£3", "3", "GBP")),
	ONE(FR, "Les frais de dossier s'élèvent à CHF 100.", AMT("CHF 100", "100", "CHF")),
	/* grouping with a space, a no-break space, a narrow no-break space */
	ONE(FR, "Le salaire médian atteint 1 234,56 € net.",
		AMT("1 234,56 €", "1234.56", "EUR")),
	ONE(FR, "Le salaire médian atteint 1" NBSP "234,56" NBSP "€ net.",
		AMT("1" NBSP "234,56" NBSP "€", "1234.56", "EUR")),
	ONE(FR, "Le salaire médian atteint 1" NNBSP "234,56" NNBSP "€ net.",
		AMT("1" NNBSP "234,56" NNBSP "€", "1234.56", "EUR")),
	ONE(FR, "Le déficit du syndicat atteint 12 500 000 € cette année.",
		AMT("12 500 000 €", "12500000", "EUR")),
	ONE(FR, "Le prix moyen est de 12,50 € le mètre carré.", AMT("12,50 €", "12.5", "EUR")),
	/* decimals with scale words: exact values */
	ONE(FR, "L'État a débloqué 1,5 milliard d'euros pour les agriculteurs.",
		AMT("1,5 milliard d'euros", "1500000000", "EUR")),
	ONE(FR, "Le fonds dispose de 3 milliards d’euros.",
		AMT("3 milliards d’euros", "3000000000", "EUR")),
	/* scale words and abbreviations */
	ONE(FR, "Le club a dépensé 80 millions d'euros pour le transfert.",
		AMT("80 millions d'euros", "80000000", "EUR")),
	ONE(FR, "L'opération a coûté 3 milliards d'euros.",
		AMT("3 milliards d'euros", "3000000000", "EUR")),
	/* "billion" is 10^12 in French */
	ONE(FR, "Les actifs gérés représentent 1 billion d'euros.",
		AMT("1 billion d'euros", "1000000000000", "EUR")),
	ONE(FR, "Le budget de la défense atteindra 67 Md€ en 2030.",
		AMT("67 Md€", "67000000000", "EUR")),
	ONE(FR, "Le groupe a réalisé 25 Mds€ de chiffre d'affaires.",
		AMT("25 Mds€", "25000000000", "EUR")),
	ONE(FR, "La ville investit 40 M€ dans ses écoles.", AMT("40 M€", "40000000", "EUR")),
	ONE(FR, "Le poste est rémunéré 55 k€ brut par an.", AMT("55 k€", "55000", "EUR")),
	/* spelled-out numbers */
	ONE(FR, "Le plan prévoit cinquante milliards d'euros d'investissements.",
		AMT("cinquante milliards d'euros", "50000000000", "EUR")),
	ONE(FR, "Chaque foyer recevra deux cents euros.", AMT("deux cents euros", "200", "EUR")),
	ONE(FR, "Le ticket vaut vingt et un euros.", AMT("vingt et un euros", "21", "EUR")),
	ONE(FR, "L'amende s'élève à quatre-vingt-dix euros.",
		AMT("quatre-vingt-dix euros", "90", "EUR")),
	ONE(FR, "La prime exceptionnelle atteint trois mille euros.",
		AMT("trois mille euros", "3000", "EUR")),
	ONE(FR, "La commune a reçu un million d'euros.",
		AMT("un million d'euros", "1000000", "EUR")),
	ONE(FR, "Un milliard d'euros sera consacré à la rénovation.",
		AMT("Un milliard d'euros", "1000000000", "EUR")),
	/* currency names with plurals and elisions */
	ONE(FR, "La société a levé 12 millions de dollars américains.",
		AMT("12 millions de dollars américains", "12000000", "USD")),
	ONE(FR, "Le club anglais a versé 30 millions de livres sterling.",
		AMT("30 millions de livres sterling", "30000000", "GBP")),
	ONE(FR, "Le billet de train coûte 100 francs suisses.",
		AMT("100 francs suisses", "100", "CHF")),
	ONE(FR, "Un bol de ramen coûte 900 yens à Tokyo.", AMT("900 yens", "900", "JPY")),
	/* policy prose */
	ONE(FR, "Selon Bercy, l'enveloppe globale atteint désormais 200 milliards d'euros.",
		AMT("200 milliards d'euros", "200000000000", "EUR")),
	/* ranges */
	ONE(FR, "Le coût est estimé entre 20 et 50 milliards d'euros.",
		RANGE("entre 20 et 50 milliards d'euros", "20 et 50 milliards d'euros",
			  "20000000000", "50000000000", "EUR")),
	ONE(FR, "Il faudrait 20 à 50 milliards d'euros par an.",
		RANGE("20 à 50 milliards d'euros", NULL, "20000000000", "50000000000", "EUR")),
	/* qualifiers, not part of the match */
	ONE(FR, "Le chantier coûtera environ 5 millions d'euros.",
		QUAL("about", "5 millions d'euros", "5000000", "EUR")),
	ONE(FR, "La facture atteint près de 3 milliards d'euros.",
		QUAL("about", "3 milliards d'euros", "3000000000", "EUR")),
	ONE(FR, "L'aide représente plus de 10 millions d'euros.",
		QUAL("over", "10 millions d'euros", "10000000", "EUR")),
	ONE(FR, "Le projet coûte moins de 2 millions d'euros.",
		QUAL("under", "2 millions d'euros", "2000000", "EUR")),
	ONE(FR, "Les entreprises pourront recevoir jusqu'à 500 millions d'euros.",
		QUAL("up_to", "500 millions d'euros", "500000000", "EUR")),
	/* two amounts, years between them */
	{FR, "Le projet coûte 5 millions d'euros en 2024 et 3 millions d'euros en 2025.", 2,
		{AMT("5 millions d'euros", "5000000", "EUR"),
		AMT("3 millions d'euros", "3000000", "EUR")}},
	/* no money: years, dates, percentages, counts, phones, articles, bare scales */
	NONE(FR, "La réforme entrera en vigueur en 2024."),
	NONE(FR, "La réunion aura lieu le 12 mars 2025 à Bruxelles."),
	NONE(FR, "Le chômage a reculé de 5 % sur un an."),
	NONE(FR, "Le taux réduit est de 5%."),
	NONE(FR, "Au total, 60 entreprises ont signé la charte."),
	NONE(FR, "Le paquet législatif modifie 27 réglementations européennes."),
	NONE(FR, "Pour toute question, appelez le +33 1 23 45 67 89."),
	NONE(FR, "L'article 12 du règlement prévoit une dérogation."),
	NONE(FR, "La dette des collectivités atteint 50 milliards."),
	NONE(FR, "Le site a reçu 3 millions de visites."),
};

/* ------------------------------------------------------------ English */

static const amount_case en_cases[] = {
	/* signs and codes before or after the number */
	ONE(EN, "The ticket costs $5 on weekdays.", AMT("$5", "5", "USD")),
	ONE(EN, "Shipping adds US$ 5 per parcel.", AMT("US$ 5", "5", "USD")),
	ONE(EN, "The fee in Toronto is C$ 5 per visit.", AMT("C$ 5", "5", "CAD")),
	ONE(EN, "A taxi to the airport costs HK$ 10 more at night.", AMT("HK$ 10", "10", "HKD")),
	ONE(EN, "The Australian government pledged A$ 50 million.",
		AMT("A$ 50 million", "50000000", "AUD")),
	ONE(EN, "A pint now costs £3 in some pubs.", AMT("£3", "3", "GBP")),
	ONE(EN, "Admission is ¥500 for adults.", AMT("¥500", "500", "JPY")),
	ONE(EN, "The consultancy charged CHF 100 per hour.", AMT("CHF 100", "100", "CHF")),
	ONE(EN, "The refund was 5 EUR per passenger.", AMT("5 EUR", "5", "EUR")),
	ONE(EN, "Members pay EUR 5 a month.", AMT("EUR 5", "5", "EUR")),
	/* the article after a code is not part of the amount */
	ONE(EN, "Members pay 50 EUR a year.", AMT("50 EUR", "50", "EUR")),
	ONE(EN, "A coffee costs €5 at the station.", AMT("€5", "5", "EUR")),
	/* grouping with commas, decimals with a point */
	ONE(EN, "The settlement was $1,234.56 per claimant.", AMT("$1,234.56", "1234.56", "USD")),
	ONE(EN, "Sales reached $12,500,000 last year.", AMT("$12,500,000", "12500000", "USD")),
	ONE(EN, "A ticket costs $12.50 at the door.", AMT("$12.50", "12.5", "USD")),
	/* scale words and abbreviations; billion is 10^9 in English */
	ONE(EN, "The company raised $3 million in seed funding.",
		AMT("$3 million", "3000000", "USD")),
	ONE(EN, "The deal is worth $4 billion.", AMT("$4 billion", "4000000000", "USD")),
	ONE(EN, "The bill includes $1.2 trillion for infrastructure.",
		AMT("$1.2 trillion", "1200000000000", "USD")),
	ONE(EN, "The bank was fined £2bn by regulators.", AMT("£2bn", "2000000000", "GBP")),
	ONE(EN, "The council approved a €2.5bn package for the tram.",
		AMT("€2.5bn", "2500000000", "EUR")),
	ONE(EN, "The club paid $5m for the striker.", AMT("$5m", "5000000", "USD")),
	ONE(EN, "Operating profit was £40mn in the third quarter.", AMT("£40mn", "40000000", "GBP")),
	ONE(EN, "The startup is valued at $500k.", AMT("$500k", "500000", "USD")),
	ONE(EN, "The company will pay 2 billion euros in fines.",
		AMT("2 billion euros", "2000000000", "EUR")),
	/* spelled-out numbers */
	ONE(EN, "The city spent three million dollars on repairs.",
		AMT("three million dollars", "3000000", "USD")),
	ONE(EN, "He won a million dollars in the lottery.",
		AMT_ALT("a million dollars", "million dollars", "1000000", "USD")),
	ONE(EN, "The grant is worth five thousand dollars.",
		AMT("five thousand dollars", "5000", "USD")),
	/* ranges */
	ONE(EN, "The project will cost between €20bn and €50bn.",
		RANGE("between €20bn and €50bn", "€20bn and €50bn",
			  "20000000000", "50000000000", "EUR")),
	ONE(EN, "Analysts expect €20-50bn in new investment.",
		RANGE("€20-50bn", NULL, "20000000000", "50000000000", "EUR")),
	ONE(EN, "The repairs will cost between $3 and $5 million.",
		RANGE("between $3 and $5 million", "$3 and $5 million",
			  "3000000", "5000000", "USD")),
	/* qualifiers */
	ONE(EN, "The upgrade will cost around $5m.", QUAL("about", "$5m", "5000000", "USD")),
	ONE(EN, "The fund now holds more than £1bn.", QUAL("over", "£1bn", "1000000000", "GBP")),
	ONE(EN, "The scheme cost less than €300m.", QUAL("under", "€300m", "300000000", "EUR")),
	ONE(EN, "The firm could be fined up to $2 billion.",
		QUAL("up_to", "$2 billion", "2000000000", "USD")),
	/* two amounts */
	{EN, "Revenue was $3 million in 2023 and $4.5 million in 2024.", 2,
		{AMT("$3 million", "3000000", "USD"),
		AMT("$4.5 million", "4500000", "USD")}},
	/* no money */
	NONE(EN, "3 million people live in the region."),
	NONE(EN, "In 2023, 45% of households saw their bills rise."),
	NONE(EN, "Turnout was 62 percent."),
	NONE(EN, "The meeting was held on 3 March 2025 in Brussels."),
	NONE(EN, "Section 230 protects online platforms."),
	NONE(EN, "Call +44 20 7946 0958 for details."),
	NONE(EN, "The plant employs 1,200 workers."),
	NONE(EN, "The world population reached 8 billion in 2022."),
};

/* ------------------------------------------------------------- German */

static const amount_case de_cases[] = {
	ONE(DE, "Die Fahrkarte kostet 5 Euro.", AMT("5 Euro", "5", "EUR")),
	ONE(DE, "Der Eintritt kostet 5 €.", AMT("5 €", "5", "EUR")),
	ONE(DE, "Die Gebühr beträgt EUR 5 pro Monat.", AMT("EUR 5", "5", "EUR")),
	ONE(DE, "Die Uhr kostet CHF 1'234.50 im Laden.", AMT("CHF 1'234.50", "1234.5", "CHF")),
	/* Fr. is the Swiss franc sign */
	ONE(DE, "Das Ticket kostet Fr. 100.", AMT("Fr. 100", "100", "CHF")),
	/* grouping with dots, decimal comma */
	ONE(DE, "Das Gehalt liegt bei 1.234,56 Euro netto.", AMT("1.234,56 Euro", "1234.56", "EUR")),
	ONE(DE, "Ein Ticket kostet 12,50 €.", AMT("12,50 €", "12.5", "EUR")),
	ONE(DE, "Die Firma zahlte 2.500.000 Euro Strafe.", AMT("2.500.000 Euro", "2500000", "EUR")),
	/* scale words and abbreviations; Billion is 10^12 */
	ONE(DE, "Die Stadt investiert 50 Tausend Euro in den Spielplatz.",
		AMT("50 Tausend Euro", "50000", "EUR")),
	ONE(DE, "Das Projekt kostet 5 Mio. Euro.", AMT("5 Mio. Euro", "5000000", "EUR")),
	ONE(DE, "Der Bund stellt 2 Millionen Euro bereit.", AMT("2 Millionen Euro", "2000000", "EUR")),
	ONE(DE, "Das Land zahlt 1,5 Mrd. Euro für die Sanierung.",
		AMT("1,5 Mrd. Euro", "1500000000", "EUR")),
	ONE(DE, "Die Bahn braucht 3 Milliarden Euro für neue Züge.",
		AMT("3 Milliarden Euro", "3000000000", "EUR")),
	ONE(DE, "Die Staatsschulden betragen 2 Billionen Euro.",
		AMT("2 Billionen Euro", "2000000000000", "EUR")),
	/* policy prose */
	ONE(DE, "Der Konzern kündigte Investitionen von 1,5 Milliarden Euro an.",
		AMT("1,5 Milliarden Euro", "1500000000", "EUR")),
	/* spelled-out numbers, compounds included */
	ONE(DE, "Der Bund gibt zwei Milliarden Euro für Schulen aus.",
		AMT("zwei Milliarden Euro", "2000000000", "EUR")),
	ONE(DE, "Die Reparatur kostete siebenhundert Euro.", AMT("siebenhundert Euro", "700", "EUR")),
	ONE(DE, "Die Strafe beträgt fünfundvierzig Euro.", AMT("fünfundvierzig Euro", "45", "EUR")),
	/* currency names */
	ONE(DE, "Die Bank zahlte 300 Millionen Pfund Strafe.",
		AMT("300 Millionen Pfund", "300000000", "GBP")),
	ONE(DE, "Das Unternehmen erhielt 20 Millionen US-Dollar von Investoren.",
		AMT("20 Millionen US-Dollar", "20000000", "USD")),
	ONE(DE, "Die Bank meldete 500 Mio. Dollar Gewinn.", AMT("500 Mio. Dollar", "500000000", "USD")),
	/* ranges */
	ONE(DE, "Die Kosten liegen bei 20–50 Mrd. Euro.",
		RANGE("20–50 Mrd. Euro", NULL, "20000000000", "50000000000", "EUR")),
	ONE(DE, "Der Bedarf liegt zwischen 30 und 50 Milliarden Euro.",
		RANGE("zwischen 30 und 50 Milliarden Euro", "30 und 50 Milliarden Euro",
			  "30000000000", "50000000000", "EUR")),
	/* qualifiers */
	ONE(DE, "Der Umbau kostet rund 50 Mio. Euro.", QUAL("about", "50 Mio. Euro", "50000000", "EUR")),
	ONE(DE, "Die Hilfen belaufen sich auf über 3 Milliarden Euro.",
		QUAL("over", "3 Milliarden Euro", "3000000000", "EUR")),
	ONE(DE, "Das Budget liegt unter 1 Million Euro.",
		QUAL("under", "1 Million Euro", "1000000", "EUR")),
	ONE(DE, "Der Fonds umfasst bis zu 20 Milliarden Euro.",
		QUAL("up_to", "20 Milliarden Euro", "20000000000", "EUR")),
	/* no money */
	NONE(DE, "1,5 Milliarden Menschen haben keinen Zugang zu sauberem Wasser."),
	NONE(DE, "Am 12. März 2025 tagte der Ausschuss."),
	NONE(DE, "Die Inflation lag bei 2,5 Prozent."),
	NONE(DE, "Die Quote stieg auf 5 %."),
	NONE(DE, "Artikel 5 des Grundgesetzes schützt die Pressefreiheit."),
	NONE(DE, "Im Jahr 2024 wurden 300 Stellen gestrichen."),
	NONE(DE, "Die Schulden der Kommunen betragen 50 Milliarden."),
	NONE(DE, "Telefon: +49 30 1234 5678."),
};

/* ------------------------------------------------------------ Spanish */

static const amount_case es_cases[] = {
	ONE(ES, "La entrada cuesta 5 € para los jubilados.", AMT("5 €", "5", "EUR")),
	ONE(ES, "El abono mensual cuesta 40 euros.", AMT("40 euros", "40", "EUR")),
	ONE(ES, "La cuota es de EUR 5 al mes.", AMT("EUR 5", "5", "EUR")),
	ONE(ES, "El cambio de billete cuesta 300 dólares.", AMT("300 dólares", "300", "USD")),
	ONE(ES, "La compañía facturó US$ 5 millones el año pasado.",
		AMT("US$ 5 millones", "5000000", "USD")),
	ONE(ES, "El sueldo medio es de 1.234,56 euros.", AMT("1.234,56 euros", "1234.56", "EUR")),
	/* decimals and scale words; mil millones is 10^9, billón 10^12 */
	ONE(ES, "La empresa ganó 3,2 millones de dólares.",
		AMT("3,2 millones de dólares", "3200000", "USD")),
	ONE(ES, "El Gobierno destinará 5 mil euros a cada familia.", AMT("5 mil euros", "5000", "EUR")),
	ONE(ES, "El club pagó 3 millones de euros por el jugador.",
		AMT("3 millones de euros", "3000000", "EUR")),
	ONE(ES, "La UE movilizará 2 mil millones de euros.",
		AMT("2 mil millones de euros", "2000000000", "EUR")),
	ONE(ES, "El plan movilizará 2.000 millones de euros.",
		AMT("2.000 millones de euros", "2000000000", "EUR")),
	ONE(ES, "El proyecto recibirá mil millones de euros.",
		AMT("mil millones de euros", "1000000000", "EUR")),
	ONE(ES, "La deuda pública alcanza 1,5 billones de euros.",
		AMT("1,5 billones de euros", "1500000000000", "EUR")),
	/* spelled-out numbers */
	ONE(ES, "El premio es de un millón de euros.", AMT("un millón de euros", "1000000", "EUR")),
	ONE(ES, "La ciudad invertirá cinco millones de euros.",
		AMT("cinco millones de euros", "5000000", "EUR")),
	ONE(ES, "La multa es de doscientos euros.", AMT("doscientos euros", "200", "EUR")),
	/* ranges and qualifiers */
	ONE(ES, "La obra costará entre 10 y 20 millones de euros.",
		RANGE("entre 10 y 20 millones de euros", "10 y 20 millones de euros",
			  "10000000", "20000000", "EUR")),
	ONE(ES, "El rescate supone más de 5 millones de euros.",
		QUAL("over", "5 millones de euros", "5000000", "EUR")),
	/* no money */
	NONE(ES, "En 2024 se crearon 300 empleos en la comarca."),
	NONE(ES, "El paro bajó un 5 % en marzo."),
	NONE(ES, "La reunión se celebró el 12 de marzo de 2025."),
	NONE(ES, "El artículo 135 de la Constitución fija el límite de deuda."),
	NONE(ES, "Más de 3 millones de personas viven en la región."),
	NONE(ES, "Llame al +34 912 345 678 para más información."),
};

/* ------------------------------------------------------------ Italian */

static const amount_case it_cases[] = {
	ONE(IT, "Il biglietto costa 5 euro.", AMT("5 euro", "5", "EUR")),
	ONE(IT, "L'abbonamento costa 35 € al mese.", AMT("35 €", "35", "EUR")),
	ONE(IT, "La quota annuale è di EUR 50.", AMT("EUR 50", "50", "EUR")),
	ONE(IT, "Lo stipendio medio è di 1.234,56 euro.", AMT("1.234,56 euro", "1234.56", "EUR")),
	/* scale words */
	ONE(IT, "Il comune ha stanziato 5 mila euro per il parco.", AMT("5 mila euro", "5000", "EUR")),
	ONE(IT, "La società ha raccolto 3 milioni di euro.",
		AMT("3 milioni di euro", "3000000", "EUR")),
	ONE(IT, "Il governo ha stanziato 2,5 miliardi di euro per la sanità.",
		AMT("2,5 miliardi di euro", "2500000000", "EUR")),
	/* spelled-out numbers */
	ONE(IT, "Il piano vale un miliardo di euro.", AMT("un miliardo di euro", "1000000000", "EUR")),
	ONE(IT, "Il premio è di un milione di euro.", AMT("un milione di euro", "1000000", "EUR")),
	ONE(IT, "Il ministero stanzierà tre milioni di euro.",
		AMT("tre milioni di euro", "3000000", "EUR")),
	ONE(IT, "Il biglietto costa ventitré euro.", AMT("ventitré euro", "23", "EUR")),
	/* currency names */
	ONE(IT, "La banca ha pagato 2 milioni di sterline.",
		AMT("2 milioni di sterline", "2000000", "GBP")),
	ONE(IT, "L'azienda ha fatturato 40 milioni di dollari.",
		AMT("40 milioni di dollari", "40000000", "USD")),
	/* ranges and qualifiers */
	ONE(IT, "Il costo è stimato tra 5 e 10 milioni di euro.",
		RANGE("tra 5 e 10 milioni di euro", "5 e 10 milioni di euro",
			  "5000000", "10000000", "EUR")),
	ONE(IT, "Il piano prevede oltre 2 miliardi di euro di investimenti.",
		QUAL("over", "2 miliardi di euro", "2000000000", "EUR")),
	/* no money */
	NONE(IT, "Nel 2024 l'inflazione è scesa al 2%."),
	NONE(IT, "L'articolo 3 della Costituzione sancisce l'uguaglianza."),
	NONE(IT, "Hanno aderito 60 aziende."),
	NONE(IT, "La riunione si terrà il 12 marzo 2025."),
	NONE(IT, "In Italia vivono 59 milioni di persone."),
};

/* ------------------------------------------- language not given */

static const amount_case unknown_cases[] = {
	ONE(XX, "€5", AMT("€5", "5", "EUR")),
	ONE(XX, "Total: 5 EUR", AMT("5 EUR", "5", "EUR")),
	ONE(XX, "Total: CHF 100", AMT("CHF 100", "100", "CHF")),
	/* signs of currencies outside the five languages */
	ONE(XX, "Fare: ₹500", AMT("₹500", "500", "INR")),
	ONE(XX, "Prix : 1 000 ₽", AMT("1 000 ₽", "1000", "RUB")),
	ONE(XX, "Bilet: 40 zł", AMT("40 zł", "40", "PLN")),
	/* both separators: the last one is the decimal mark */
	ONE(XX, "Invoice: $1,234.56", AMT("$1,234.56", "1234.56", "USD")),
	ONE(XX, "Rechnung: 1.234,56 €", AMT("1.234,56 €", "1234.56", "EUR")),
	/* separators that break the grouping end the number, the decimal mark found beyond it with them */
	ONE(EN, "The fee was Rs.6 000.07,7 in total.", AMT("Rs.6 000", "6000", "INR")),
	/* every language's words are known */
	ONE(XX, "Le budget atteint 5 millions d'euros.",
		AMT("5 millions d'euros", "5000000", "EUR")),
	ONE(XX, "Die Bahn braucht 3 Milliarden Euro.",
		AMT("3 Milliarden Euro", "3000000000", "EUR")),
	NONE(XX, "En 2024, 60 entreprises."),
	NONE(XX, "Le taux est de 5 %."),
};

/* ------------------------------------------------------------ checks */

/*
 * Properties of every amount list: spans inside the input, starting and
 * ending on token boundaries, in text order without overlap; char_start and
 * char_len count code points; sentence is the sentence of the first token;
 * currency is three capital letters; values are well-formed decimals.
 */
/* Index of the token starting (or ending) exactly at pos, or -1. Tokens are sorted. */
static long
token_at(const dsr_scan *scan, uint32_t pos, bool by_end)
{
	size_t		lo = 0,
				hi = scan->ntokens;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		uint32_t	key = by_end ? scan->tokens[mid].end : scan->tokens[mid].start;

		if (key == pos)
			return (long) mid;
		if (key < pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/*
 * Properties of every amount list: spans inside the input, starting and
 * ending on token boundaries, in text order without overlap; char_start and
 * char_len count code points; sentence is the sentence of the first token;
 * currency is three capital letters; values are well-formed decimals.
 */
static void
check_list_invariants(const char *buf, size_t len, const dsr_scan *scan,
					  const dsr_amount_list *list, bool valid_utf8)
{
	size_t		i;
	uint32_t	prev_end = 0;
	size_t		cp_pos = 0;		/* code points counted incrementally: */
	size_t		cp_count = 0;	/* cp_count = code points in buf[0..cp_pos) */

	for (i = 0; i < list->count; i++)
	{
		const dsr_amount *a = &list->items[i];
		long		first;
		char		text[128];

		CHECK_MSG(a->start < a->end && a->end <= len,
				  "amount %zu has span [%u,%u) in %zu bytes", i, a->start, a->end, len);
		if (!(a->start < a->end && a->end <= len))
			continue;
		CHECK_MSG(a->start >= prev_end,
				  "amount %zu starts at %u, before the previous end %u (order or overlap)",
				  i, a->start, prev_end);
		prev_end = a->end;
		if (valid_utf8)
		{
			if (a->start < cp_pos)
				cp_pos = cp_count = 0;
			cp_count += count_code_points(buf + cp_pos, a->start - cp_pos);
			cp_pos = a->start;
			CHECK_INT_EQ(a->char_start, cp_count);
			CHECK_INT_EQ(a->char_len, count_code_points(buf + a->start, a->end - a->start));
		}
		first = token_at(scan, a->start, false);
		CHECK_MSG(first >= 0, "amount %zu does not start on a token", i);
		CHECK_MSG(token_at(scan, a->end, true) >= 0, "amount %zu does not end on a token", i);
		CHECK_MSG(a->sentence >= 1 && a->sentence <= scan->nsentences,
				  "amount %zu in sentence %u of %u", i, a->sentence, scan->nsentences);
		if (first >= 0)
			CHECK_INT_EQ(a->sentence, scan->tokens[first].sentence);
		CHECK_MSG(strlen(a->currency) == 3 &&
				  a->currency[0] >= 'A' && a->currency[0] <= 'Z' &&
				  a->currency[1] >= 'A' && a->currency[1] <= 'Z' &&
				  a->currency[2] >= 'A' && a->currency[2] <= 'Z',
				  "amount %zu: currency \"%.4s\" is not an ISO 4217 code", i, a->currency);
		/* digits without leading zeros, "0" for zero */
		CHECK_MSG(a->value.digits[0] != '\0' &&
				  (a->value.digits[0] != '0' || a->value.digits[1] == '\0'),
				  "amount %zu: value digits \"%s\"", i, a->value.digits);
		CHECK_MSG(format_decimal_normalized(&a->value, text, sizeof(text)),
				  "amount %zu: value does not format", i);
		if (a->has_max)
			CHECK_MSG(format_decimal_normalized(&a->value_max, text, sizeof(text)),
					  "amount %zu: value_max does not format", i);
	}
}

static void
check_expected(const char *buf, const dsr_amount *a, const expect_amount *e)
{
	char		got[128];
	char		want[128];

	if (e->match != NULL)
	{
		size_t		n = a->end - a->start;
		bool		ok = (strlen(e->match) == n && memcmp(buf + a->start, e->match, n) == 0);

		if (!ok && e->alt_match != NULL)
			ok = (strlen(e->alt_match) == n && memcmp(buf + a->start, e->alt_match, n) == 0);
		CHECK_MSG(ok, "match \"%.*s\", expected \"%s\"%s%s%s", (int) n, buf + a->start,
				  e->match, e->alt_match ? " or \"" : "",
				  e->alt_match ? e->alt_match : "", e->alt_match ? "\"" : "");
	}
	format_decimal_normalized(&a->value, got, sizeof(got));
	snprintf(want, sizeof(want), "%s", e->value);
	normalize_decimal(want);
	CHECK_MSG(strcmp(got, want) == 0, "value %s, expected %s", got, want);
	if (e->value_max == NULL)
		CHECK_MSG(!a->has_max, "value_max set, expected none");
	else
	{
		CHECK_MSG(a->has_max, "no value_max, expected %s", e->value_max);
		if (a->has_max)
		{
			format_decimal_normalized(&a->value_max, got, sizeof(got));
			snprintf(want, sizeof(want), "%s", e->value_max);
			normalize_decimal(want);
			CHECK_MSG(strcmp(got, want) == 0, "value_max %s, expected %s", got, want);
		}
	}
	CHECK_STR_EQ(a->currency, e->currency);
	CHECK_STR_EQ(dsr_qualifier_name(a->qualifier), e->qualifier);
	if (e->sentence != 0)
		CHECK_INT_EQ(a->sentence, e->sentence);
}

/*
 * The money scan tokenizes only windows around currency cues: it must give
 * exactly the amounts the full scan gives, positions and sentences included.
 */
static void
check_same_with_money_scan(const char *buf, size_t len, dsr_lang lang,
						   const dsr_amount_list *full)
{
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_amount_list list;
	size_t		i;

	if (dsr_scan_money(buf, len, &opts, &scan) != DSR_OK)
	{
		CHECK(false);
		return;
	}
	if (dsr_amounts_extract(&scan, lang, &list) == DSR_OK)
	{
		CHECK_MSG(list.count == full->count, "money scan: %zu amounts, full scan %zu",
				  list.count, full->count);
		for (i = 0; i < list.count && i < full->count; i++)
		{
			const dsr_amount *a = &list.items[i];
			const dsr_amount *b = &full->items[i];

			CHECK(a->start == b->start && a->end == b->end);
			CHECK(a->char_start == b->char_start && a->char_len == b->char_len);
			CHECK_INT_EQ(a->sentence, b->sentence);
			CHECK(strcmp(a->value.digits, b->value.digits) == 0 &&
				  a->value.exponent == b->value.exponent);
			CHECK(strcmp(a->currency, b->currency) == 0);
		}
		dsr_amounts_free(&list);
	}
	else
		CHECK(false);
	dsr_scan_free(&scan);
}

static void
run_case(const char *group, size_t index, const amount_case *c)
{
	dsr_scan	scan;
	dsr_amount_list list;
	char	   *buf;
	size_t		len;
	int			rc;
	int			i;

	unit_context("%s #%zu: %s", group, index, c->input);
	buf = copy_exact(c->input, &len);
	{
		dsr_options opts = dsr_default_options();

		rc = dsr_scan_text(buf, len, &opts, &scan);
	}
	CHECK_INT_EQ(rc, DSR_OK);
	if (rc != DSR_OK)
	{
		free(buf);
		return;
	}
	rc = dsr_amounts_extract(&scan, c->lang, &list);
	CHECK_INT_EQ(rc, DSR_OK);
	if (rc == DSR_OK)
	{
		check_list_invariants(buf, len, &scan, &list, true);
		CHECK_MSG(list.count == (size_t) c->count, "%zu amounts, expected %d%s%.*s%s",
				  list.count, c->count,
				  list.count > 0 ? " (first: \"" : "",
				  list.count > 0 ? (int) (list.items[0].end - list.items[0].start) : 0,
				  list.count > 0 ? buf + list.items[0].start : "",
				  list.count > 0 ? "\")" : "");
		for (i = 0; i < c->count && i < MAX_EXPECT && (size_t) i < list.count; i++)
			check_expected(buf, &list.items[i], &c->a[i]);
		check_same_with_money_scan(buf, len, c->lang, &list);
		dsr_amounts_free(&list);
	}
	dsr_scan_free(&scan);
	free(buf);
	unit_context("%s", "");
}

static void
run_cases(const char *group, const amount_case *cases, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		run_case(group, i, &cases[i]);
}

#define RUN_CASES(group, cases) run_cases(group, cases, sizeof(cases) / sizeof(cases[0]))

void
test_amounts_fr(void)
{
	RUN_CASES("fr", fr_cases);
}

void
test_amounts_en(void)
{
	RUN_CASES("en", en_cases);
}

void
test_amounts_de(void)
{
	RUN_CASES("de", de_cases);
}

void
test_amounts_es(void)
{
	RUN_CASES("es", es_cases);
}

void
test_amounts_it(void)
{
	RUN_CASES("it", it_cases);
}

void
test_amounts_unknown_lang(void)
{
	RUN_CASES("unknown", unknown_cases);
}

/* Several sentences and paragraphs: text order and sentence numbers. */
static const amount_case order_cases[] = {
	{FR, "Le budget 2025 prévoit 5 millions d'euros pour la recherche. M. Dupont "
		"réclame 3 millions d'euros de plus.\n\nLa région ajoute 800 k€", 3,
		{AMT_S("5 millions d'euros", "5000000", "EUR", 1),
			AMT_S("3 millions d'euros", "3000000", "EUR", 2),
		AMT_S("800 k€", "800000", "EUR", 3)}},
	{EN, "The fund holds $3 million. Dr. Smith wants £2bn more!\nWhy not €5m?", 3,
		{AMT_S("$3 million", "3000000", "USD", 1),
			AMT_S("£2bn", "2000000000", "GBP", 2),
		AMT_S("€5m", "5000000", "EUR", 3)}},
	{DE, "Das Land zahlt 1,5 Mrd. Euro. Laut Dr. Müller fehlen weitere 200 Mio. Euro.", 2,
		{AMT_S("1,5 Mrd. Euro", "1500000000", "EUR", 1),
		AMT_S("200 Mio. Euro", "200000000", "EUR", 2)}},
	{ES, "El Estado aporta 3 millones de euros. La región no aporta nada. El municipio "
		"pone 2 millones de euros.", 2,
		{AMT_S("3 millones de euros", "3000000", "EUR", 1),
		AMT_S("2 millones de euros", "2000000", "EUR", 3)}},
	{IT, "Lo Stato mette 3 milioni di euro.\n\nLa regione aggiunge 2 milioni di euro.", 2,
		{AMT_S("3 milioni di euro", "3000000", "EUR", 1),
		AMT_S("2 milioni di euro", "2000000", "EUR", 2)}},
	/* the same amount twice in one sentence: two rows */
	{FR, "Il a payé 5 € puis encore 5 €.", 2,
		{AMT_S("5 €", "5", "EUR", 1), AMT_S("5 €", "5", "EUR", 1)}},
};

void
test_amounts_order_and_sentences(void)
{
	RUN_CASES("order", order_cases);

	/* character offsets after multibyte text, computed by hand */
	{
		dsr_scan	scan;
		dsr_amount_list list;
		char	   *buf;

		unit_context("Straßenbahn: 5 €");
		if (scan_exact("Straßenbahn: 5 €", &buf, &scan) == DSR_OK)
		{
			if (dsr_amounts_extract(&scan, DSR_LANG_DE, &list) == DSR_OK)
			{
				CHECK_INT_EQ(list.count, 1);
				if (list.count == 1)
				{
					CHECK_INT_EQ(list.items[0].start, 14);
					CHECK_INT_EQ(list.items[0].end, 19);
					CHECK_INT_EQ(list.items[0].char_start, 13);
					CHECK_INT_EQ(list.items[0].char_len, 3);
					CHECK_INT_EQ(list.items[0].sentence, 1);
				}
				dsr_amounts_free(&list);
			}
			else
				CHECK(false);
			dsr_scan_free(&scan);
		}
		else
			CHECK(false);
		free(buf);
		unit_context("%s", "");
	}
}

void
test_amounts_long_document(void)
{
	const char *unit = "Le projet coûte 5 millions d'euros. ";
	size_t		ulen = strlen(unit);
	size_t		count = 10000;
	size_t		len = ulen * count;
	char	   *buf = malloc(len);
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	dsr_amount_list list;
	size_t		i;

	if (buf == NULL)
		exit(2);
	for (i = 0; i < count; i++)
		memcpy(buf + i * ulen, unit, ulen);
	unit_context("10000 sentences with one amount each");
	if (dsr_scan_text(buf, len, &opts, &scan) == DSR_OK)
	{
		CHECK_INT_EQ(scan.nsentences, count);
		if (dsr_amounts_extract(&scan, DSR_LANG_FR, &list) == DSR_OK)
		{
			char		text[128];

			check_list_invariants(buf, len, &scan, &list, true);
			CHECK_INT_EQ(list.count, count);
			for (i = 0; i < list.count; i++)
			{
				const dsr_amount *a = &list.items[i];

				format_decimal_normalized(&a->value, text, sizeof(text));
				if (a->sentence != i + 1 || strcmp(text, "5000000") != 0 ||
					strcmp(a->currency, "EUR") != 0 || a->start != i * ulen + 17)
				{
					CHECK_MSG(false, "amount %zu: sentence %u, value %s, currency %s, start %u",
							  i, a->sentence, text, a->currency, a->start);
					break;
				}
			}
			dsr_amounts_free(&list);
		}
		else
			CHECK(false);
		dsr_scan_free(&scan);
	}
	else
		CHECK(false);
	free(buf);
	unit_context("%s", "");
}

/*
 * Numbers with more digits than a dsr_decimal holds: the amount is exact or
 * it is not reported. Never a truncated or rounded value.
 */
void
test_amounts_huge_numbers(void)
{
	static char thousand[1000 + 3 + 1 + 1];
	static const char *inputs[] = {
		thousand,
		"Le total atteint 12345678901234567890123456789012345678901 €.",
		"Le total atteint 1234567890123456789012345678901234567890 €.",
		"Le total atteint 10000000000000000000000000000000000000000000000000 €.",
		"Le total atteint 0,000000000000000000000000000000000000000000001 €.",
	};
	size_t		i;

	/* 1,000 digits, none of them trailing zeros, then " €" */
	for (i = 0; i < 1000; i++)
		thousand[i] = (char) ('1' + i % 9);
	memcpy(thousand + 1000, " €", 5);	/* a space, € in 3 bytes, the NUL */

	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++)
	{
		dsr_scan	scan;
		dsr_amount_list list;
		char	   *buf;
		size_t		len;

		unit_context("huge number #%zu", i);
		buf = copy_exact(inputs[i], &len);
		{
			dsr_options opts = dsr_default_options();

			if (dsr_scan_text(buf, len, &opts, &scan) != DSR_OK)
			{
				CHECK(false);
				free(buf);
				continue;
			}
		}
		if (dsr_amounts_extract(&scan, DSR_LANG_FR, &list) == DSR_OK)
		{
			size_t		k;

			check_list_invariants(buf, len, &scan, &list, true);
			CHECK(list.count <= 1);
			for (k = 0; k < list.count; k++)
			{
				/* the written number, without separators, must be the value */
				const dsr_amount *a = &list.items[k];
				char		want[1100];
				char		got[1100];
				size_t		p,
							w = 0;

				/* never the tail of a number too long to keep exact */
				CHECK(a->start == 0 || (buf[a->start - 1] != ',' && buf[a->start - 1] != '.' &&
										!(buf[a->start - 1] >= '0' && buf[a->start - 1] <= '9')));
				for (p = a->start; p < a->end && w + 1 < sizeof(want); p++)
				{
					if (buf[p] >= '0' && buf[p] <= '9')
						want[w++] = buf[p];
					else if (buf[p] == ',')
						want[w++] = '.';
				}
				want[w] = '\0';
				normalize_decimal(want);
				format_decimal_normalized(&a->value, got, sizeof(got));
				CHECK_MSG(strcmp(got, want) == 0, "value %s, written %s", got, want);
			}
			dsr_amounts_free(&list);
		}
		else
			CHECK(false);
		dsr_scan_free(&scan);
		free(buf);
	}

	/* large but representable: 999999999999 × 10^9 */
	{
		static const amount_case big = ONE(FR, "La dette atteindrait 999999999999 milliards d'euros.",
										   AMT("999999999999 milliards d'euros",
											   "999999999999000000000", "EUR"));

		run_case("big", 0, &big);
	}
	unit_context("%s", "");
}

/*
 * Junk and edge input: no crash, no over-read (exact-size buffers), and the
 * list invariants. Where the answer is plain, check it.
 */
typedef struct junk_case
{
	const char *bytes;
	size_t		len;
	long		count;			/* expected count, or -1 for "any" */
	bool		valid_utf8;
} junk_case;

#define JUNK(s, count, valid) { s, sizeof(s) - 1, count, valid }

static const junk_case junk_cases[] = {
	JUNK("", 0, true),
	JUNK("   \n\n  ", 0, true),
	JUNK("€", 0, true),
	JUNK("5", 0, true),
	JUNK("€ € $ £", 0, true),
	JUNK("millions d'euros", 0, true),
	JUNK("\x01\x02 5 € \x7f", -1, true),
	JUNK("\xff 5 € \xfe", -1, false),
	JUNK("5 \xe2\x82", -1, false),	/* € cut short at the end */
	JUNK("$\xff" "5", -1, false),
	JUNK("5 € \xc3", -1, false),
	JUNK("a\0" "5 €", -1, false),
	JUNK("5,", 0, true),
	JUNK("5.", 0, true),
	JUNK("€.", 0, true),
	JUNK("1 000 000 000 000 000 000 000 000 000 000 000 000 000 000 000", 0, true),
	JUNK("entre 20 et", 0, true),
	JUNK("between $", 0, true),
	JUNK("€20-", -1, true),
	JUNK("20–€", -1, true),
};

void
test_amounts_junk(void)
{
	static const dsr_lang langs[] = {DSR_LANG_UNKNOWN, DSR_LANG_FR, DSR_LANG_EN,
	DSR_LANG_DE, DSR_LANG_ES, DSR_LANG_IT};
	size_t		i,
				l;

	for (i = 0; i < sizeof(junk_cases) / sizeof(junk_cases[0]); i++)
	{
		const junk_case *c = &junk_cases[i];

		for (l = 0; l < sizeof(langs) / sizeof(langs[0]); l++)
		{
			char	   *buf = copy_exact_n(c->bytes, c->len);
			dsr_options opts = dsr_default_options();
			dsr_scan	scan;
			dsr_amount_list list;

			unit_context("junk #%zu, lang %d", i, (int) langs[l]);
			if (dsr_scan_text(buf, c->len, &opts, &scan) != DSR_OK)
			{
				CHECK(false);
				free(buf);
				continue;
			}
			if (dsr_amounts_extract(&scan, langs[l], &list) == DSR_OK)
			{
				check_list_invariants(buf, c->len, &scan, &list, c->valid_utf8);
				if (c->count >= 0)
					CHECK_INT_EQ(list.count, c->count);
				dsr_amounts_free(&list);
			}
			else
				CHECK(false);
			dsr_scan_free(&scan);
			free(buf);
		}
	}

	/* long runs of signs and digits */
	{
		static const char *units[] = {"$5", "€ ", "5 ", "5 € ", "1,", "M€"};
		size_t		u;

		for (u = 0; u < sizeof(units) / sizeof(units[0]); u++)
		{
			size_t		ulen = strlen(units[u]);
			size_t		len = ulen * 20000;
			char	   *buf = malloc(len);
			dsr_options opts = dsr_default_options();
			dsr_scan	scan;
			dsr_amount_list list;
			size_t		k;

			if (buf == NULL)
				exit(2);
			for (k = 0; k < 20000; k++)
				memcpy(buf + k * ulen, units[u], ulen);
			unit_context("20000 × \"%s\"", units[u]);
			if (dsr_scan_text(buf, len, &opts, &scan) == DSR_OK)
			{
				if (dsr_amounts_extract(&scan, DSR_LANG_FR, &list) == DSR_OK)
				{
					check_list_invariants(buf, len, &scan, &list, true);
					dsr_amounts_free(&list);
				}
				else
					CHECK(false);
				dsr_scan_free(&scan);
			}
			else
				CHECK(false);
			free(buf);
		}
	}
	unit_context("%s", "");
}

void
test_amounts_alloc_failure(void)
{
	const char *text = "Le budget atteint 5 millions d'euros. The fund holds $3 million, "
		"entre 20 et 50 milliards d'euros, environ 1 234,56 €.";
	size_t		len;
	char	   *buf = copy_exact(text, &len);
	counting_alloc a = {-1, 0};
	dsr_options opts = dsr_default_options();
	dsr_scan	scan;
	long		budget;
	bool		succeeded = false;

	opts.alloc = counting_malloc;
	opts.release = counting_free;
	opts.alloc_arg = &a;
	if (dsr_scan_text(buf, len, &opts, &scan) != DSR_OK)
	{
		CHECK(false);
		free(buf);
		return;
	}

	/* the scan holds its allocations; each extraction must give back its own */
	for (budget = 0; budget < 200 && !succeeded; budget++)
	{
		long		live_before = a.live;
		dsr_amount_list list;
		int			rc;

		unit_context("allocation budget %ld", budget);
		a.budget = budget;
		rc = dsr_amounts_extract(&scan, DSR_LANG_FR, &list);
		CHECK_MSG(rc == DSR_OK || rc == DSR_ENOMEM, "rc %d", rc);
		if (rc == DSR_OK)
		{
			succeeded = true;
			CHECK(list.count >= 1);
			dsr_amounts_free(&list);
		}
		else
			CHECK_INT_EQ(list.count, 0);
		CHECK_INT_EQ(a.live, live_before);
	}
	unit_context("%s", "");
	CHECK_MSG(succeeded, "no allocation budget under 200 let the extraction succeed");
	a.budget = -1;
	dsr_scan_free(&scan);
	CHECK_INT_EQ(a.live, 0);
	free(buf);
}

void
test_qualifier_names(void)
{
	CHECK_STR_EQ(dsr_qualifier_name(DSR_QUAL_NONE), NULL);
	CHECK_STR_EQ(dsr_qualifier_name(DSR_QUAL_ABOUT), "about");
	CHECK_STR_EQ(dsr_qualifier_name(DSR_QUAL_OVER), "over");
	CHECK_STR_EQ(dsr_qualifier_name(DSR_QUAL_UNDER), "under");
	CHECK_STR_EQ(dsr_qualifier_name(DSR_QUAL_UP_TO), "up_to");
}
