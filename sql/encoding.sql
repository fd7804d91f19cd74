-- A database whose encoding is not UTF8 gets a clear error at call time
-- (SQLSTATE 0A000), not wrong positions or garbled values.
\set VERBOSITY sqlstate
SET client_min_messages = warning;
DROP DATABASE IF EXISTS dossier_latin1;
RESET client_min_messages;
CREATE DATABASE dossier_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c dossier_latin1
CREATE EXTENSION dossier;
SELECT * FROM extract_amounts('Le billet coute 5 EUR.', 'fr');
SELECT detect_language('Le billet coute cinq euros.');
\set VERBOSITY default
SELECT * FROM extract_amounts('Le billet coute 5 EUR.');
\c contrib_regression
DROP DATABASE dossier_latin1;
-- in this UTF8 database the same call works
SELECT match, value, currency FROM extract_amounts('Le billet coute 5 EUR.', 'fr');
