-- Places: cities, countries, regions, rivers and mountains, with hyphens,
-- articles and several words ("New York", "Frankfurt am Main", "Royaume-Uni"),
-- in fr, en, de, es and it. Demonyms ("français", "German") are not places.

-- fr: cities and countries, hyphenated names
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Le train de nuit reliera Paris à Berlin, puis le Royaume-Uni et les États-Unis signeront l'accord à Bruxelles.$$, 'fr')
ORDER BY start;

-- fr: regions, a department and a river
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Les crues de la Loire ont touché la Bretagne et les Pays de la Loire, mais pas la Seine-Saint-Denis.$$, 'fr')
ORDER BY start;

-- en: two-word cities and a country with "the"
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Flights between New York and Los Angeles were cancelled, and the Netherlands closed Schiphol for a day.$$, 'en')
ORDER BY start;

-- en: mountains, seas and a continent
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Glaciers in the Alps are shrinking faster than ice in the Arctic, and the Mediterranean is warming.$$, 'en')
ORDER BY start;

-- de: a city with "am Main", a Land with a hyphen
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Die Messe zieht von Frankfurt am Main nach Düsseldorf in Nordrhein-Westfalen um.$$, 'de')
ORDER BY start;

-- de: countries after prepositions and with an article
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Die Ukraine erhält weitere Hilfe aus Deutschland, Österreich und der Schweiz.$$, 'de')
ORDER BY start;

-- es: a region with a hyphen and two words; a city
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$La sequía afecta a Castilla-La Mancha y a Andalucía, según los datos publicados en Valencia.$$, 'es')
ORDER BY start;

-- it: a region with a hyphen, a city and an island
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Le piogge hanno colpito l'Emilia-Romagna e Bologna, mentre in Sicilia manca l'acqua.$$, 'it')
ORDER BY start;

-- demonyms and adjectives of nationality are not places
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Le gouvernement français et les industriels allemands discutent des exportations européennes.$$, 'fr')
ORDER BY start;

-- every name is the text at its start, in characters (known miss: expected Córdoba as a location in 4)
WITH d(id, lang, body) AS (VALUES
    (1, 'fr', $$À Genève, la délégation de Côte d'Ivoire a rencontré celle du Québec.$$),
    (2, 'en', $$From São Paulo to Zürich, exporters fear new tariffs.$$),
    (3, 'de', $$In München und Köln regnete es, in Görlitz schneite es.$$),
    (4, 'es', $$Los vuelos entre Bogotá y Córdoba se reanudan en Málaga.$$),
    (5, 'it', $$Tra Napoli e Reggio Calabria il traffico è bloccato.$$))
SELECT d.id, e.name, e.kind, e.start,
       substr(d.body, e.start, length(e.name)) = e.name AS same_text
FROM d, extract_entities(d.body, d.lang) e
ORDER BY d.id, e.start;
