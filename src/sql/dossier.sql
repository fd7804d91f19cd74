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

CREATE TYPE named_entity AS (
	name      text,     -- as written: 'von der Leyen', 'UE', 'Commission européenne'
	kind      text,     -- 'person', 'organization', 'location', 'law', 'event' or 'misc'
	canonical text,     -- the fullest form of the same entity in this text, or the known
	                    -- full name of an abbreviation ('UE' -> 'Union européenne')
	start     integer,  -- 1-based character position: substr(body, start, length(name)) = name
	sentence  integer   -- 1-based sentence number, as extract_amounts and extract_quotes count
);

COMMENT ON TYPE named_entity IS 'A named entity found in a text by extract_entities()';

CREATE FUNCTION extract_entities(body text, lang text DEFAULT NULL)
RETURNS SETOF named_entity
AS 'MODULE_PATHNAME', 'extract_entities'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 200 ROWS 20;

COMMENT ON FUNCTION extract_entities(text, text) IS
'People, organizations, places, laws and events named in a text, with canonical names (fr, en, de, es, it; NULL lang detects it), in text order';

CREATE FUNCTION entity_names(body text, lang text DEFAULT NULL)
RETURNS text[]
AS 'MODULE_PATHNAME', 'entity_names'
LANGUAGE C IMMUTABLE PARALLEL SAFE COST 200;

COMMENT ON FUNCTION entity_names(text, text) IS
'The distinct canonical names of the entities of a text, sorted bytewise; for a generated column with a GIN index';
