-- Laws and events, refined from the tagger's spans by rules: names headed
-- or ended by "Act", "Directive", "loi", "Gesetz", "Ley", "Summit",
-- "sommet", "Gipfel"; numbered acts ("Regulation (EU) 2024/1689",
-- "Directive 2019/790"); German compounds ("Klimaschutzgesetz"); "COP29", "G7".

-- en: an Act named by its short title
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$The AI Act will apply in full from August, two years after its publication.$$, 'en')
ORDER BY start;

-- en: a numbered regulation with (EU)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Providers must comply with Regulation (EU) 2024/1689 before placing their systems on the market.$$, 'en')
ORDER BY start;

-- en: a numbered directive without (EU)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Publishers rely on Directive 2019/790 to negotiate with online platforms.$$, 'en')
ORDER BY start;

-- en: Acts of several words, and a treaty named after a city
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$The Digital Services Act and the Inflation Reduction Act were both cited, as was the Treaty of Lisbon.$$, 'en')
ORDER BY start;

-- fr: a regulation in lower case with its number
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$La CNIL applique le règlement (UE) 2016/679 depuis mai 2018.$$, 'fr')
ORDER BY start;

-- fr: a law named after a minister (loi Evin) (known miss: expected "loi Evin" as a law)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Les brasseurs demandent depuis des années un assouplissement de la loi Evin.$$, 'fr')
ORDER BY start;

-- de: compounds ending in -gesetz, and the Grundgesetz
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Das Klimaschutzgesetz und das Gebäudeenergiegesetz müssen mit dem Grundgesetz vereinbar sein.$$, 'de')
ORDER BY start;

-- de: a compound ending in -verordnung
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Seit Mai gilt die Datenschutz-Grundverordnung auch für kleine Vereine.$$, 'de')
ORDER BY start;

-- es: a Ley with "de" in its name
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$El Senado aprobó la Ley de Vivienda tras meses de negociación con los socios.$$, 'es')
ORDER BY start;

-- it: a law with an English name (Jobs Act)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$I sindacati chiedono di cancellare il Jobs Act approvato dieci anni fa.$$, 'it')
ORDER BY start;

-- en: COP29 and G7 are events; the places stay locations
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$After COP29 in Baku, ministers will prepare the G7 meeting in Canada.$$, 'en')
ORDER BY start;

-- en: a Summit named with an organization
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Leaders agreed on the new spending target at the NATO Summit in The Hague.$$, 'en')
ORDER BY start;

-- fr: "sommet du G20" and "Jeux olympiques"
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Avant le sommet du G20 à Rio, Paris a présenté le bilan des Jeux olympiques.$$, 'fr')
ORDER BY start;

-- de: a conference in one compound word
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Auf der Münchner Sicherheitskonferenz wurde vor allem über Munition gesprochen.$$, 'de')
ORDER BY start;

-- it: a summit named after its city is one event, not a location of its own
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Al Vertice di Roma sulla ricostruzione hanno partecipato quaranta governi.$$, 'it')
ORDER BY start;

-- en: a capitalised phrase ending in an event's head is one event, a place and an acronym in it included;
-- a sentence's first word is left out ("Next"), and so is a head alone
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Leaders met at the Paris AI Summit, also called the Artificial Intelligence (AI) Action Summit. Next Summit talks will be held in Rome.$$, 'en')
ORDER BY start;

-- fr, es: the head opens the name, function words and elided articles inside it
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Le Sommet pour l'Action sur l'IA s'est tenu à Paris en février.$$, 'fr')
ORDER BY start;

SELECT name, kind, canonical, start, sentence
FROM extract_entities($$La Cumbre de las Américas se celebró en Lima.$$, 'es')
ORDER BY start;

-- every name is the text at its start, in characters
WITH d(id, lang, body) AS (VALUES
    (1, 'fr', $$Déjà cité : le Règlement (UE) 2022/2065, dit « DSA », s'applique aux plateformes.$$),
    (2, 'en', $$Under the AI Act and Directive 2019/790, COP29 delegates met in Baku.$$),
    (3, 'de', $$Über das Lieferkettengesetz wurde beim G7-Gipfel in Elmau gestritten.$$))
SELECT d.id, e.name, e.kind, e.start,
       substr(d.body, e.start, length(e.name)) = e.name AS same_text
FROM d, extract_entities(d.body, d.lang) e
ORDER BY d.id, e.start;

-- a year ends a programme's or a club's name, also before a closing quote; not a date's
SELECT name, kind, start
FROM extract_entities($$Member states joined the "Customs 2013" programme, and Naumburger SV 1905 won on 1996-12-06.$$, 'en')
ORDER BY start;
