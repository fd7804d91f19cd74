-- Long calls are interruptible: statement_timeout cancels every extractor
-- on a 500 MB text cleanly, and the session goes on.
\set VERBOSITY sqlstate
CREATE TABLE huge AS
SELECT repeat('Le conseil a voté le budget des écoles pour l''année prochaine. ', 8000000) AS body;
SELECT octet_length(body) > 500 * 1000 * 1000 AS over_500_mb FROM huge;
SET statement_timeout = '100ms';
-- canceled (SQLSTATE 57014), not finished, crashed or hung
SELECT count(*) FROM huge, extract_amounts(body);
SELECT count(*) FROM huge, extract_amounts(body, 'fr');
SELECT detect_language(body) FROM huge;
SELECT count(*) FROM huge, extract_quotes(body, 'fr');
SELECT count(*) FROM huge, extract_entities(body, 'fr');
SELECT cardinality(entity_names(body, 'fr')) FROM huge;
RESET statement_timeout;
-- the session goes on
SELECT match, value FROM extract_amounts('Le billet coûte 5 €.', 'fr');
SELECT name, kind FROM extract_entities('Le Conseil de Paris a voté.', 'fr');
DROP TABLE huge;
