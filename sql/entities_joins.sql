-- Entities in queries over a small table of documents in five languages:
-- speakers of quotes joined with person entities on the canonical name,
-- the organization named in the speaker's sentence, who is mentioned most,
-- entities per kind, places in quoted sentences, money beside organizations.

CREATE TABLE ent_docs (id integer PRIMARY KEY, lang text, body text);
INSERT INTO ent_docs VALUES
    (1, 'fr', $$Hélène Marchetti, présidente de la Commission européenne, a présenté mardi le plan industriel à Strasbourg. « Nous devons agir vite », a déclaré Hélène Marchetti. Le ministre Jean-Noël Barrot a salué l'initiative au nom du gouvernement. « C'est une bonne nouvelle pour l'industrie », a dit M. Barrot.$$),
    (2, 'en', $$Christine Lagarde, the President of the European Central Bank, spoke in Frankfurt on Thursday. "Inflation is coming down," Lagarde said. Kristalina Georgieva of the International Monetary Fund was more cautious. "Risks remain high," Georgieva said.$$),
    (3, 'de', $$Friedrich Merz, der Vorsitzende der CDU, sprach am Montag in Berlin. „Wir werden sparen müssen“, sagte Merz. Lars Klingbeil von der SPD widersprach. „Das ist der falsche Weg“, sagte Klingbeil.$$),
    (4, 'es', $$Pedro Sánchez, secretario general del PSOE, intervino ayer en Madrid. «Vamos a cumplir con Europa», dijo Sánchez. El Banco de España destinará 500 millones de euros al plan.$$),
    (5, 'it', $$Giorgia Meloni ha parlato a Roma davanti ai sindaci. «Andremo avanti con la riforma», ha detto Meloni. Secondo la Banca d'Italia servono 3 miliardi di euro.$$),
    (6, 'en', $$Christine Lagarde and Friedrich Merz met in Frankfurt. Lagarde later said: "We agree on the essentials." The European Central Bank will publish 40 billion euros of new loans.$$),
    (7, 'fr', $$le conseil municipal a voté le budget sans débat.$$),
    (8, NULL, NULL);

-- every entity of every document is the text at its start (known miss: expected no "Risks" organization in 2, a capitalised word opening a quote)
SELECT d.id, e.name, e.kind, e.canonical, e.start, e.sentence,
       substr(d.body, e.start, length(e.name)) = e.name AS same_text
FROM ent_docs d, extract_entities(d.body, d.lang) e
ORDER BY d.id, e.start;

-- each quote's speaker, found among the person entities of its document (known miss: expected speaker "Christine Lagarde", true, in 6, where extract_quotes misses "Lagarde later said:")
SELECT d.id, q.speaker, q.quote,
       EXISTS (SELECT 1 FROM extract_entities(d.body, d.lang) e
               WHERE e.kind = 'person' AND e.canonical = q.speaker) AS speaker_is_person
FROM ent_docs d, extract_quotes(d.body, d.lang) q
ORDER BY d.id, q.start;

-- quotes per organization of the speaker: an organization named in a sentence that names the speaker (known miss: expected no "Risks" row, a false organization in Georgieva's sentence)
WITH q AS (
    SELECT d.id, x.* FROM ent_docs d, extract_quotes(d.body, d.lang) x
), e AS (
    SELECT d.id, x.* FROM ent_docs d, extract_entities(d.body, d.lang) x
)
SELECT o.canonical AS organization, count(DISTINCT (q.id, q.start)) AS quotes,
       string_agg(DISTINCT q.speaker, ', ') AS speakers
FROM q
  JOIN e p ON p.id = q.id AND p.kind = 'person' AND p.canonical = q.speaker
  JOIN e o ON o.id = p.id AND o.sentence = p.sentence AND o.kind = 'organization'
GROUP BY o.canonical
ORDER BY count(DISTINCT (q.id, q.start)) DESC, o.canonical;

-- who is mentioned most: person mentions and documents, across the table
SELECT e.canonical AS person, count(*) AS mentions, count(DISTINCT d.id) AS documents
FROM ent_docs d, extract_entities(d.body, d.lang) e
WHERE e.kind = 'person'
GROUP BY e.canonical
ORDER BY count(*) DESC, count(DISTINCT d.id) DESC, e.canonical
LIMIT 5;

-- entities per kind in each document, documents without entities included (known miss: expected entities/persons/organizations/locations 2: 7/4/2/1, without the false organization Risks)
SELECT d.id, count(e.name) AS entities,
       count(e.name) FILTER (WHERE e.kind = 'person') AS persons,
       count(e.name) FILTER (WHERE e.kind = 'organization') AS organizations,
       count(e.name) FILTER (WHERE e.kind = 'location') AS locations
FROM ent_docs d
  LEFT JOIN LATERAL extract_entities(d.body, d.lang) e ON true
GROUP BY d.id
ORDER BY d.id;

-- places named in a sentence that holds a quote or names its speaker (known miss: expected Frankfurt for "Christine Lagarde" in 6, once extract_quotes finds her as the speaker)
SELECT DISTINCT d.id, q.speaker, e.canonical AS place
FROM ent_docs d, extract_quotes(d.body, d.lang) q, extract_entities(d.body, d.lang) e
WHERE e.kind = 'location'
  AND (e.sentence = q.sentence
       OR e.sentence IN (SELECT p.sentence FROM extract_entities(d.body, d.lang) p
                         WHERE p.kind = 'person' AND p.canonical = q.speaker))
ORDER BY d.id, q.speaker, e.canonical;

-- organizations named in the sentences that announce money
SELECT d.id, e.canonical AS organization, a.match, a.value, a.currency
FROM ent_docs d, extract_entities(d.body, d.lang) e, extract_amounts(d.body, d.lang) a
WHERE e.kind = 'organization' AND a.sentence = e.sentence
ORDER BY d.id, e.start, a.start;

-- the language detected gives the same rows as the language given (known miss: expected 7 entities in 2, without the false organization Risks)
SELECT d.id,
       (SELECT count(*) FROM extract_entities(d.body, d.lang)) AS given,
       (SELECT count(*) FROM extract_entities(d.body)) AS detected,
       NOT EXISTS (SELECT name, kind, canonical, start, sentence FROM extract_entities(d.body, d.lang)
                   EXCEPT
                   SELECT name, kind, canonical, start, sentence FROM extract_entities(d.body, NULL)) AS same_rows
FROM ent_docs d
ORDER BY d.id;

-- the function in the select list expands to one row per entity
SELECT (extract_entities(body, lang)).name AS name
FROM ent_docs
WHERE id = 3
ORDER BY 1;

DROP TABLE ent_docs;

-- the column names and types of named_entity, in order
SELECT * FROM extract_entities($$Olaf Scholz est à Paris.$$, 'fr');
