-- entity_names(): the distinct canonical names of a text, sorted bytewise,
-- IMMUTABLE, so it can fill a generated column searched through a GIN
-- index with @>. NULL body gives NULL; empty and blank text an empty array.

-- one text: distinct canonical names, each once, sorted by their bytes
SELECT entity_names($$Ursula von der Leyen a rencontré Emmanuel Macron à Paris. Von der Leyen et Macron ont ensuite rejoint Berlin.$$, 'fr');

-- the array holds exactly the distinct canonicals of extract_entities, in byte order
WITH b(body) AS (VALUES ($$Zürich, Athènes et Évian accueillent la conférence ; Élisabeth Borne et Alain Juppé y seront avec Olaf Scholz.$$))
SELECT entity_names(b.body, 'fr') AS names,
       entity_names(b.body, 'fr') =
         ARRAY(SELECT c FROM (SELECT DISTINCT e.canonical COLLATE "C" AS c
                              FROM extract_entities(b.body, 'fr') e) s
               ORDER BY c) AS same_as_extract
FROM b;

-- NULL body: NULL, with the language omitted, given or NULL
SELECT entity_names(NULL) IS NULL AS omitted,
       entity_names(NULL, 'fr') IS NULL AS given,
       entity_names(NULL, NULL) IS NULL AS null_lang;

-- empty and blank text, and a text without names: empty arrays
SELECT entity_names('') AS empty, entity_names(E' \t\n ', 'fr') AS blank,
       entity_names(U&'\00A0\202F', 'en') AS no_break_spaces,
       entity_names('le texte sera voté mardi.', 'fr') AS no_names;

-- a generated column and a GIN index over it
CREATE TABLE name_docs (id integer PRIMARY KEY, body text);
INSERT INTO name_docs VALUES
    (1, $$Ursula von der Leyen a présenté le plan à Bruxelles avec Emmanuel Macron. Von der Leyen veut aller vite.$$),
    (2, $$JD Vance met Ursula von der Leyen in Munich on Saturday.$$),
    (3, $$Friedrich Merz und Emmanuel Macron trafen sich in Berlin.$$),
    (4, $$Pedro Sánchez viajó a Bruselas para la cumbre.$$),
    (5, $$le texte n'a pas de nom propre.$$),
    (6, NULL);
ALTER TABLE name_docs ADD COLUMN names text[] GENERATED ALWAYS AS (entity_names(body)) STORED;
CREATE INDEX name_docs_names ON name_docs USING gin (names);

-- the names of each document, the language detected
SELECT id, names FROM name_docs ORDER BY id;

-- every mention behind the names is the text at its start
SELECT d.id, count(e.name) AS mentions,
       bool_and(substr(d.body, e.start, length(e.name)) = e.name) AS all_same_text
FROM name_docs d, extract_entities(d.body) e
GROUP BY d.id
ORDER BY d.id;

-- the documents naming someone with particles in the name
SELECT id FROM name_docs WHERE names @> ARRAY['Ursula von der Leyen'] ORDER BY id;

-- the documents naming two given entities
SELECT id FROM name_docs WHERE names @> ARRAY['Emmanuel Macron', 'Berlin'] ORDER BY id;

-- the documents naming any of several entities
SELECT id FROM name_docs WHERE names && ARRAY['Bruselas', 'Bruxelles', 'Brussels'] ORDER BY id;

-- the documents naming someone, found through the index
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM name_docs WHERE names @> ARRAY['Emmanuel Macron'];
SELECT id FROM name_docs WHERE names @> ARRAY['Emmanuel Macron'] ORDER BY id;
RESET enable_seqscan;

-- an updated body recomputes the column
UPDATE name_docs SET body = $$Olaf Scholz a rencontré Emmanuel Macron à Strasbourg.$$ WHERE id = 5;
SELECT id, names FROM name_docs WHERE names @> ARRAY['Emmanuel Macron'] ORDER BY id;

-- most frequent names across the table
SELECT n AS name, count(*) AS documents
FROM name_docs, unnest(names) n
GROUP BY n
ORDER BY count(*) DESC, n COLLATE "C"
LIMIT 5;

DROP TABLE name_docs;
