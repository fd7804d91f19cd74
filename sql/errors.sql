-- Errors and edge input: unsupported languages (SQLSTATE 22023), NULL and
-- empty input, control characters, very long words and numbers.

\set VERBOSITY sqlstate

-- an unsupported language code is an error, not a guess
SELECT * FROM extract_amounts('Le billet coûte 5 €.', 'xx');
-- the empty string is not a language
SELECT * FROM extract_amounts('Le billet coûte 5 €.', '');
-- a language name instead of a code
SELECT * FROM extract_amounts('Le billet coûte 5 €.', 'french');
-- a region subtag
SELECT match, value, currency FROM extract_amounts('Le billet coûte 5 €.', 'fr-FR') ORDER BY start;
-- a code with a leading space
SELECT match, value, currency FROM extract_amounts('Le billet coûte 5 €.', ' fr') ORDER BY start;
-- an upper-case code
SELECT match, value, currency FROM extract_amounts('Le billet coûte 5 €.', 'FR') ORDER BY start;
-- Dutch and Portuguese codes
SELECT match, value, currency FROM extract_amounts('Het kaartje kost 5 euro.', 'nl') ORDER BY start;
SELECT match, value, currency FROM extract_amounts('O bilhete custa 5 euros.', 'pt') ORDER BY start;
-- an unsupported language with an empty body is still an error
SELECT count(*) FROM extract_amounts('', 'xx');
-- an unsupported language with a NULL body
SELECT count(*) FROM extract_amounts(NULL, 'xx');

-- NULL body: no rows, with the language omitted, given or NULL
SELECT count(*) FROM extract_amounts(NULL);
SELECT count(*) FROM extract_amounts(NULL, 'fr');
SELECT count(*) FROM extract_amounts(NULL, NULL);
-- NULL language: detected, the same as omitting it
SELECT match, value, currency FROM extract_amounts('Le projet coûte 5 millions d''euros.', NULL) ORDER BY start;
SELECT match, value, currency FROM extract_amounts('Le projet coûte 5 millions d''euros.') ORDER BY start;

-- empty and whitespace-only bodies: no rows
SELECT count(*) FROM extract_amounts('');
SELECT count(*) FROM extract_amounts('', 'fr');
SELECT count(*) FROM extract_amounts(E' \t\n\r\n ', 'fr');
SELECT count(*) FROM extract_amounts(U&'\00A0\202F', 'fr');

-- control characters around an amount
SELECT match, value, currency, start FROM extract_amounts(E'\x01\x02 5 € \x7f', 'fr') ORDER BY start;

-- a 100,000-letter word, alone and before an amount
SELECT count(*) FROM extract_amounts(repeat('a', 100000), 'fr');
SELECT match, value, start FROM extract_amounts(repeat('a', 100000) || ' 5 €', 'fr') ORDER BY start;

-- a number with 1,000 digits before a currency: exact value or no amount
SELECT count(*) AS amounts, max(length(value::text)) AS digits,
       bool_and(value::text = repeat('9', 1000)) AS exact
FROM extract_amounts(repeat('9', 1000) || ' €', 'fr');
-- the same with a scale word
SELECT count(*) AS amounts, max(length(value::text)) AS digits
FROM extract_amounts(repeat('9', 1000) || ' milliards d''euros', 'fr');
-- a long run of currency signs and digits
SELECT count(*) AS amounts FROM extract_amounts(repeat('€', 100000), 'fr');
SELECT count(*) AS amounts FROM extract_amounts(repeat('5 € ', 25000), 'fr');

-- detect_language: NULL, empty and blank input give NULL
SELECT detect_language(NULL) IS NULL AS null_input,
       detect_language('') IS NULL AS empty_input,
       detect_language('   ') IS NULL AS blank_input;

\set VERBOSITY default
-- the full message and hint users see
SELECT * FROM extract_amounts('Le billet coûte 5 €.', 'xx');
