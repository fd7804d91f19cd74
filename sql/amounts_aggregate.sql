-- Aggregation over a small table of documents: amounts per document, totals
-- per currency, counts per document, the largest amounts, LATERAL, WHERE.

CREATE TABLE documents (id integer PRIMARY KEY, lang text, title text, body text);
INSERT INTO documents VALUES
    (1, 'fr', 'Plan de relance',
     $$Le gouvernement a présenté mardi son plan de relance. L'enveloppe globale atteint désormais 200 milliards d'euros, dont 40 milliards d'euros de prêts aux collectivités. Les régions recevront environ 5 millions d'euros chacune.$$),
    (2, 'en', 'Tram line',
     $$The city council approved a €2.5bn package for the new tram line on Monday. The federal government will add $300 million, and a local bank lent £50m.$$),
    (3, 'de', 'Werk',
     $$Der Konzern kündigte Investitionen von 1,5 Milliarden Euro in das neue Werk an. Laut Dr. Müller fließen weitere 200 Mio. Euro in die Ausbildung.$$),
    (4, 'fr', 'Rapport annuel',
     $$En 2024, 60 entreprises ont signé la charte et le chômage a reculé de 5 %.$$),
    (5, 'en', 'Settlement',
     $$The company agreed to pay between $3 and $5 million to settle the claims, and its chief executive returned $1,234,567.89 in bonuses.$$),
    (6, NULL, 'Empty', NULL);

-- amounts per document, in text order
SELECT d.id, a.match, a.value, a.value_max, a.currency, a.qualifier, a.sentence
FROM documents d, extract_amounts(d.body, d.lang) a
ORDER BY d.id, a.start;

-- total per currency (lower bounds of ranges)
SELECT a.currency, count(*) AS amounts, sum(a.value) AS total
FROM documents d, extract_amounts(d.body, d.lang) a
GROUP BY a.currency
ORDER BY a.currency;

-- number of amounts per document, documents without amounts included
SELECT d.id, d.title, count(a.match) AS amounts
FROM documents d
  LEFT JOIN LATERAL extract_amounts(d.body, d.lang) a ON true
GROUP BY d.id, d.title
ORDER BY d.id;

-- the three largest amounts in euros
SELECT d.id, a.match, a.value
FROM documents d, extract_amounts(d.body, d.lang) a
WHERE a.currency = 'EUR'
ORDER BY a.value DESC, d.id, a.start
LIMIT 3;

-- the largest amount of each document, with LATERAL
SELECT d.id, top.match, top.value, top.currency
FROM documents d
  CROSS JOIN LATERAL (
    SELECT a.match, a.value, a.currency
    FROM extract_amounts(d.body, d.lang) a
    ORDER BY a.value DESC, a.start
    LIMIT 1
  ) top
ORDER BY d.id;

-- documents that mention US dollars
SELECT d.id, d.title
FROM documents d
WHERE EXISTS (SELECT 1 FROM extract_amounts(d.body, d.lang) a WHERE a.currency = 'USD')
ORDER BY d.id;

-- upper bounds of ranges, falling back to the value
SELECT d.id, sum(coalesce(a.value_max, a.value)) AS total_high
FROM documents d, extract_amounts(d.body, d.lang) a
GROUP BY d.id
ORDER BY d.id;

-- the language detected instead of given
SELECT d.id, detect_language(d.body) AS detected, count(a.match) AS amounts, sum(a.value) AS total
FROM documents d
  LEFT JOIN LATERAL extract_amounts(d.body) a ON true
GROUP BY d.id
ORDER BY d.id;

-- the function in the select list expands to one row per amount
SELECT (extract_amounts(body, lang)).currency AS currency
FROM documents
WHERE id = 2
ORDER BY 1;

DROP TABLE documents;
