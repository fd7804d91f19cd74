-- The first queries a user runs on the sample documents, which
-- scripts/demo_load.sh puts in table documents(id, title, lang, body).
-- `make demo` prints their results; any psql session can run them again.

\echo
\echo '== 1. Language of each document: declared, and as detect_language() finds it'
SELECT d.id, left(d.title, 60) AS title, d.lang AS declared,
       detect_language(d.body) AS detected
FROM documents d
ORDER BY d.id;

\echo '== 2. Money amounts in each document, in text order'
SELECT d.id AS doc, left(d.title, 24) AS document, a.match, a.value, a.value_max,
       a.currency, a.qualifier, a.sentence
FROM documents d, extract_amounts(d.body) a
ORDER BY d.id, a.start;

\echo '== 3. Total per currency (a range counts with its lower bound)'
SELECT a.currency, count(*) AS amounts, sum(a.value) AS total
FROM documents d, extract_amounts(d.body) a
GROUP BY a.currency
ORDER BY count(*) DESC, a.currency;

\echo '== 4. The ten largest amounts, whatever the currency, with their document'
SELECT a.value, a.value_max, a.currency, a.match, left(d.title, 50) AS document
FROM documents d, extract_amounts(d.body) a
ORDER BY a.value DESC NULLS LAST, d.id, a.start
LIMIT 10;

\echo '== 5. Number of amounts and currencies per document'
SELECT d.id, left(d.title, 60) AS title, count(a.match) AS amounts,
       count(DISTINCT a.currency) AS currencies
FROM documents d
LEFT JOIN LATERAL extract_amounts(d.body) a ON true
GROUP BY d.id, d.title
ORDER BY d.id;

\echo '== 6. Quoted statements and who said them'
SELECT d.id AS doc, q.speaker, q.cue, left(q.quote, 70) AS quote, q.sentence
FROM documents d, extract_quotes(d.body) q
ORDER BY d.id, q.start;

\echo '== 7. Who is quoted most'
SELECT coalesce(q.speaker, '(not named)') AS speaker, count(*) AS quotes,
       count(DISTINCT d.id) AS documents
FROM documents d, extract_quotes(d.body) q
GROUP BY 1
ORDER BY count(*) DESC, 1;

\echo '== 8. What was said in the sentences that announce money'
SELECT d.id AS doc, q.speaker, a.match, left(q.quote, 60) AS quote
FROM documents d
  JOIN LATERAL extract_quotes(d.body) q ON true
  JOIN LATERAL extract_amounts(d.body) a ON a.sentence = q.sentence
ORDER BY d.id, q.start, a.start;

\echo '== 9. Named entities of each document, with their canonical names'
SELECT d.id AS doc, e.name, e.kind, e.canonical, e.sentence
FROM documents d, extract_entities(d.body) e
ORDER BY d.id, e.start;

\echo '== 10. Who and what is mentioned most, across languages'
SELECT e.canonical, e.kind, count(*) AS mentions, count(DISTINCT d.id) AS documents
FROM documents d, extract_entities(d.body) e
GROUP BY e.canonical, e.kind
ORDER BY count(*) DESC, e.canonical
LIMIT 15;

\echo '== 11. Documents that mention Brussels in any language, through entity_names() and a GIN index'
ALTER TABLE documents ADD COLUMN IF NOT EXISTS names text[]
  GENERATED ALWAYS AS (entity_names(body)) STORED;
CREATE INDEX IF NOT EXISTS documents_names ON documents USING gin (names);
SELECT d.id, left(d.title, 60) AS title
FROM documents d
WHERE d.names && ARRAY['Brussels', 'Bruxelles', 'Brüssel']
ORDER BY d.id;

\echo '== 12. Money announced in the sentences that name an organization'
SELECT d.id AS doc, e.canonical AS organization, a.match, a.currency
FROM documents d
  JOIN LATERAL extract_entities(d.body) e ON e.kind = 'organization'
  JOIN LATERAL extract_amounts(d.body) a ON a.sentence = e.sentence
ORDER BY d.id, e.start, a.start;
