-- dossier: facts from the text of policy documents, as SQL rows.
-- Install script source; the build copies it to dossier--<version>.sql.

\echo Use "CREATE EXTENSION dossier" to load this file. \quit

CREATE TYPE money_amount AS (
	match     text,     -- the words as written: '50 milliards d''euros'
	value     numeric,  -- exact value in currency units; lower bound of a range
	value_max numeric,  -- upper bound of a range, else NULL
	currency  text,     -- ISO 4217 code
	qualifier text,     -- NULL, 'about', 'over', 'under' or 'up_to'
	start     integer,  -- 1-based character position of match in the input
	sentence  integer   -- 1-based number of the sentence that holds it
);

COMMENT ON TYPE money_amount IS 'A money amount found in a text by extract_amounts()';

-- Not STRICT: extract_amounts(body) and extract_amounts(body, NULL) both detect
-- the language, and a NULL body returns no rows (handled in C).
CREATE FUNCTION extract_amounts(body text, lang text DEFAULT NULL)
RETURNS SETOF money_amount
AS 'MODULE_PATHNAME', 'extract_amounts'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 100 ROWS 5;

COMMENT ON FUNCTION extract_amounts(text, text) IS
'Money amounts in a text (fr, en, de, es, it, nl, pt; NULL lang detects it), in text order';

CREATE FUNCTION detect_language(body text)
RETURNS text
AS 'MODULE_PATHNAME', 'detect_language'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE COST 50;

COMMENT ON FUNCTION detect_language(text) IS
'Language of a text from its function words: fr, en, de, es, it, nl, pt, or NULL when unsure';
