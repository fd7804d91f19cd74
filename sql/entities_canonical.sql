-- Canonical names: a short mention gets the fullest mention of the same
-- entity in the same document ("von der Leyen", "Vance", "la Commission"),
-- before or after it; abbreviations get their full name from the gazetteer
-- ("UE", "EU"); different kinds and different documents are never linked.

-- fr: a surname with particles, mid-sentence and at the start of a sentence
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Ursula von der Leyen a ouvert la séance. Selon von der Leyen, le budget est prêt. Von der Leyen partira ensuite à Rome.$$, 'fr')
ORDER BY start;

-- en: the surname alone after the full name
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$JD Vance spoke in Munich on Friday. Vance criticised European governments, and Vance's aides later said he had no regrets.$$, 'en')
ORDER BY start;

-- fr: the short name first, the full name later (M. Barrot ... Jean-Noël Barrot)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$M. Barrot a quitté Bruxelles jeudi soir. Jean-Noël Barrot sera à Varsovie lundi.$$, 'fr')
ORDER BY start;

-- de: the surname alone at the start of a sentence
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Friedrich Merz besuchte am Dienstag Paris. Merz sprach dort über Verteidigung.$$, 'de')
ORDER BY start;

-- de: a genitive's glued s: the surname links to the full name, a place to its own name;
-- a name that ends in s is its own (Siemens, Paris)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Annalena Baerbock besuchte Berlin. Dort galt Baerbocks Rede der Zukunft Europas und Berlins. Siemens investiert in Paris.$$, 'de')
ORDER BY start;
SELECT entity_names($$Die Wirtschaft Deutschlands wächst. Deutschland exportiert mehr.$$, 'de');

-- de: inflected adjectives and genitives of known names take their base endings
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Der Präsident der Europäischen Zentralbank sprach im Deutschen Bundestag. Im Europäischen Rat und in den Vereinigten Staaten wurde die Rede des Bundestagspräsidenten vor dem Europäischen Parlament gelobt.$$, 'de')
ORDER BY start;

-- es: the surname alone at the start of a sentence
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Pedro Sánchez llegó a Bruselas por la mañana. Sánchez pidió más fondos para la vivienda.$$, 'es')
ORDER BY start;

-- fr: an organization's short form (la Commission) gets its full name
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$La Commission européenne propose un nouveau fonds. Selon la Commission, il sera doté de dix milliards.$$, 'fr')
ORDER BY start;

-- fr: an abbreviation gets its full name from the gazetteer (UE)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Les ministres de l'UE se réuniront à Luxembourg.$$, 'fr')
ORDER BY start;

-- en: the same for EU, at the start of a sentence and after "the"
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$EU ministers will meet in Luxembourg, and the EU will then vote.$$, 'en')
ORDER BY start;

-- an acronym defined in the text gets the name it stands for
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$La Banque centrale européenne (BCE) maintient ses taux. La BCE juge l'inflation encore trop forte.$$, 'fr')
ORDER BY start;

-- a person and a place that share a word are not linked (Washington) (known miss: expected "George Washington University" as one organization)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$George Washington University hosted the debate. In Washington, senators reacted quickly.$$, 'en')
ORDER BY start;

-- two people with different first names are not linked to each other; "Le Pen" opening a sentence is Marine Le Pen
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Marine Tondelier a répondu à Marine Le Pen. Le Pen n'a pas réagi.$$, 'fr')
ORDER BY start;

-- two documents: the short mention of the second one keeps its own text (known miss: expected "von der Leyen" with canonical "von der Leyen" in 2)
CREATE TABLE canon_docs (id integer PRIMARY KEY, pair integer, lang text, body text);
INSERT INTO canon_docs VALUES
    (1, 1, 'en', $$Ursula von der Leyen opened the summit. Later, von der Leyen met the press.$$),
    (2, 1, 'en', $$Reporters waited for von der Leyen outside the building.$$),
    (3, 2, 'fr', $$Jean-Noël Barrot est arrivé à Varsovie. M. Barrot a rencontré la presse.$$),
    (4, 2, 'fr', $$Interrogé mardi, M. Barrot n'a pas commenté.$$);

SELECT d.id, e.name, e.kind, e.canonical, e.start,
       substr(d.body, e.start, length(e.name)) = e.name AS same_text
FROM canon_docs d, extract_entities(d.body, d.lang) e
ORDER BY d.id, e.start;

-- the same mentions in one document are linked, in two documents they are not (known miss: expected pair 1: 2 apart, 1 together)
SELECT d.pair, count(DISTINCT e.canonical) AS canonicals_apart,
       (SELECT count(DISTINCT x.canonical)
        FROM extract_entities((SELECT string_agg(c.body, ' ' ORDER BY c.id) FROM canon_docs c WHERE c.pair = d.pair),
                              min(d.lang)) x
        WHERE x.kind = 'person') AS canonicals_together
FROM canon_docs d, extract_entities(d.body, d.lang) e
WHERE e.kind = 'person'
GROUP BY d.pair
ORDER BY d.pair;

DROP TABLE canon_docs;
