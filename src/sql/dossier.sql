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

CREATE TYPE quoted_statement AS (
	quote     text,     -- the quoted words without the quote marks
	speaker   text,     -- the speaker's fullest name in the text, or NULL
	cue       text,     -- the reporting words: 'a affirmé', 'said', 'sagte', 'selon'; or NULL
	start     integer,  -- 1-based character position of the first quoted character
	sentence  integer   -- 1-based number of the sentence where the quote starts
);

COMMENT ON TYPE quoted_statement IS 'A quoted statement found in a text by extract_quotes()';

CREATE FUNCTION extract_quotes(body text, lang text DEFAULT NULL)
RETURNS SETOF quoted_statement
AS 'MODULE_PATHNAME', 'extract_quotes'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 100 ROWS 5;

COMMENT ON FUNCTION extract_quotes(text, text) IS
'Quoted statements in a text with their speakers (fr, en, de, es, it; NULL lang detects it), in text order';
