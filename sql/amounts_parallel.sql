-- Parallel query: the functions are PARALLEL SAFE, so a scan of a table
-- with thousands of documents runs under a Gather; results stay exact.
-- detect_language is IMMUTABLE: usable in a generated column and an index.

CREATE TABLE docs (
    id   integer PRIMARY KEY,
    body text NOT NULL,
    lang text GENERATED ALWAYS AS (detect_language(body)) STORED
);

-- 5,000 documents from four templates, 1,250 each
INSERT INTO docs (id, body)
SELECT g, CASE g % 4
    WHEN 0 THEN $$Le conseil régional a voté 5 millions d'euros pour les lycées et 250 000 € pour les cantines scolaires.$$
    WHEN 1 THEN $$The city will spend $3 million on roads and €2.5bn on the new rail line over the next decade.$$
    WHEN 2 THEN $$Das Land zahlt 1,5 Mrd. Euro für die Sanierung der Brücken und 200 Mio. Euro für neue Radwege.$$
    ELSE $$El Gobierno destinará 3 millones de euros a la reforma del hospital y 500 dólares por familia.$$
  END
FROM generate_series(1, 5000) AS g;

CREATE INDEX docs_detected_lang_idx ON docs (detect_language(body));
ANALYZE docs;

-- the generated column
SELECT lang, count(*) AS documents
FROM docs
GROUP BY lang
ORDER BY lang;

SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
-- every row calls the function: no caching of repeated bodies
SET enable_memoize = off;

-- the plan shows a Gather
EXPLAIN (COSTS OFF)
SELECT currency, sum(value) FROM docs, extract_amounts(body) GROUP BY currency;

-- the same query: exact sums and counts
SELECT currency, count(*) AS amounts, sum(value) AS total
FROM docs, extract_amounts(body)
GROUP BY currency
ORDER BY currency;

-- with the language given per row
SELECT currency, count(*) AS amounts, sum(value) AS total
FROM docs, extract_amounts(body, lang)
GROUP BY currency
ORDER BY currency;

-- amounts per sentence number, in parallel too
SELECT sentence, count(*) AS amounts
FROM docs, extract_amounts(body)
GROUP BY sentence
ORDER BY sentence;

RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET enable_memoize;

-- the expression index answers a query on the detected language
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM docs WHERE detect_language(body) = 'de';
SELECT count(*) FROM docs WHERE detect_language(body) = 'de';
RESET enable_seqscan;

DROP TABLE docs;
