-- What must not become an entity: capitals at the start of a sentence or a
-- line, headlines in Title Case or all capitals, German nouns (capitalised
-- by grammar), capitalised common words, days and months. Every query here
-- should give no rows, or only the names the comment lists.

-- fr: sentence-initial words (Demain, Pourtant, Selon)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Demain, les députés voteront le budget. Pourtant, rien n'est joué. Selon les sondages, la majorité est fragile.$$, 'fr')
ORDER BY start;

-- en: a headline in Title Case (known miss: expected no rows)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Government Unveils New Plan To Cut Energy Bills For Struggling Families$$, 'en')
ORDER BY start;

-- fr: a headline in capitals
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$URGENT : LE GOUVERNEMENT RECULE SUR LA RÉFORME DES RETRAITES$$, 'fr')
ORDER BY start;

-- de: nouns are capitalised by grammar (known miss: expected no rows)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Die Regierung will die Steuern für kleine Unternehmen im nächsten Jahr deutlich senken, sagte die Ministerin.$$, 'de')
ORDER BY start;

-- de: a sentence of compound nouns and the polite Sie
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Haben Sie die Heizkostenabrechnung erhalten? Die Nebenkosten steigen wegen der Energiepreise.$$, 'de')
ORDER BY start;

-- en: capitalised common words, days and months
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$On Monday the Minister said the Budget would be published in March, after the summer Recess.$$, 'en')
ORDER BY start;

-- fr: a day, and common nouns and a month capitalised by habit (Ministre, Réforme, Septembre)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Lundi 3 mars, la Ministre a confirmé que la Réforme des retraites serait présentée en Septembre avec le Budget.$$, 'fr')
ORDER BY start;

-- es: sentence-initial adverbs (Ayer, Sin embargo, Hoy)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Ayer subieron los precios. Sin embargo, el mercado no prevé cambios. Hoy se vota.$$, 'es')
ORDER BY start;

-- it: sentence-initial adverbs (Secondo, Inoltre, Domani) (known miss: expected no rows)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Secondo gli analisti, la crescita rallenta. Inoltre, l'inflazione resta alta. Domani si vota.$$, 'it')
ORDER BY start;

-- list items at the start of lines
SELECT name, kind, canonical, start, sentence
FROM extract_entities(E'Principales mesures :\n- Hausse du minimum vieillesse\n- Baisse des cotisations\n- Gel des loyers', 'fr')
ORDER BY start;

-- en: "I" and words after a colon (known miss: expected no rows, not Lower as a location)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$I think the answer is simple: Lower taxes, Better schools and Safer streets.$$, 'en')
ORDER BY start;

-- a sentence-initial capital next to a real name: only the name (Olaf Scholz)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Gestern hat Olaf Scholz die Wahl verloren. Heute beginnt die Opposition.$$, 'de')
ORDER BY start;

-- en: the abbreviations of roles are no names ("PM", "MEPs"); the person is
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$The PM pledged to hit the target, and MEPs welcomed it. Keir Starmer spoke later.$$, 'en')
ORDER BY start;

-- every row, if any, is the text at its start (known miss: expected no rows)
WITH d(id, lang, body) AS (VALUES
    (1, 'fr', $$Hier, le Premier ministre a annoncé un Plan de relance.$$),
    (2, 'en', $$Breaking: Prices Soar As Inflation Hits New High$$),
    (3, 'de', $$Die Bürger fordern mehr Wohnungen und bessere Schulen.$$))
SELECT d.id, e.name, e.kind, e.start,
       substr(d.body, e.start, length(e.name)) = e.name AS same_text
FROM d, extract_entities(d.body, d.lang) e
ORDER BY d.id, e.start;
