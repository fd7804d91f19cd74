-- Number formats: grouping with a space, U+00A0 or U+202F, with dots, commas
-- or apostrophes; decimal commas and points; values are exact numerics.
-- Invisible spaces are written as U&'\00A0' (no-break) and U&'\202F' (narrow).

-- one row per written form; a form that yields no amount shows NULLs
SELECT f.label, a.match, a.value, a.currency
FROM (VALUES
    -- French grouping with an ordinary space
    ('fr 01 space', '1 234,56 €', 'fr'),
    -- French grouping with U+00A0 (no-break space)
    ('fr 02 nbsp', U&'1\00A0234,56\00A0€', 'fr'),
    -- French grouping with U+202F (narrow no-break space)
    ('fr 03 nnbsp', U&'1\202F234,56\202F€', 'fr'),
    -- several groups, each separator kind
    ('fr 04 space millions', 'Le déficit atteint 12 500 000 € cette année.', 'fr'),
    ('fr 05 nbsp millions', U&'Le déficit atteint 12\00A0500\00A0000\00A0€ cette année.', 'fr'),
    ('fr 06 nnbsp millions', U&'Le déficit atteint 12\202F500\202F000\202F€ cette année.', 'fr'),
    -- a decimal comma without grouping
    ('fr 07 decimal comma', 'Le ticket coûte 2,15 €.', 'fr'),
    ('fr 08 cents only', 'Le timbre coûte 0,50 €.', 'fr'),
    -- German grouping with dots
    ('de 01 dots', 'Das Gehalt liegt bei 1.234,56 Euro.', 'de'),
    ('de 02 dots millions', 'Die Firma zahlte 2.500.000 Euro Strafe.', 'de'),
    ('de 03 dot no decimals', 'Die Miete beträgt 1.200 Euro.', 'de'),
    -- English grouping with commas
    ('en 01 commas', 'The settlement was $1,234.56 per claimant.', 'en'),
    ('en 02 commas millions', 'Sales reached $12,500,000 last year.', 'en'),
    ('en 03 comma no decimals', 'The rent is $1,200 a month.', 'en'),
    ('en 04 decimal point', 'A coffee costs $0.99 at the kiosk.', 'en'),
    -- Swiss grouping with an apostrophe
    ('ch 01 apostrophe', 'Die Uhr kostet CHF 1''234.50.', 'de'),
    ('ch 02 apostrophe millions', 'Das Budget beträgt CHF 2''500''000.', 'de'),
    -- Spanish and Italian grouping with dots
    ('es 01 dots', 'El sueldo medio es de 1.234,56 euros.', 'es'),
    ('it 01 dots', 'Lo stipendio medio è di 1.234,56 euro.', 'it'),
    -- decimals before scale words
    ('fr 09 decimal scale', 'Le plan coûte 2,5 milliards d''euros.', 'fr'),
    ('en 05 decimal scale', 'The council approved a €2.5bn package.', 'en'),
    ('de 04 decimal scale', 'Das Land zahlt 1,5 Mrd. Euro.', 'de'),
    ('es 02 decimal scale', 'La empresa ganó 3,2 millones de dólares.', 'es'),
    ('it 02 decimal scale', 'Il governo ha stanziato 2,5 miliardi di euro.', 'it')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- the match keeps the invisible spaces as written
SELECT a.match = U&'1\202F234,56\202F€' AS same, length(a.match) AS chars, octet_length(a.match) AS bytes
FROM extract_amounts(U&'Montant : 1\202F234,56\202F€.', 'fr') AS a
ORDER BY a.start;

-- exactness: 1,5 milliard is exactly 1500000000, no float on the way
SELECT value = 1500000000 AS exact, value, pg_typeof(value) AS type, scale(value) AS scale
FROM extract_amounts('1,5 milliard d''euros', 'fr')
ORDER BY start;

-- exactness: cents add up without rounding errors
SELECT sum(value) = 0.30 AS exact, sum(value) AS total
FROM extract_amounts('Il a payé 0,10 € puis 0,20 €.', 'fr');

-- exactness: a value with many significant digits survives unchanged
SELECT value = 123456789012.34 AS exact, value
FROM extract_amounts('Le fonds pèse 123 456 789 012,34 €.', 'fr')
ORDER BY start;

-- scale of decimals: written cents keep their digits or not (shown as is)
SELECT match, value, scale(value) AS scale
FROM extract_amounts('Prix : 12,50 €, puis 12,5 €, puis 12 €.', 'fr')
ORDER BY start;

-- separators that break the grouping end the number: the value is what was read,
-- whatever the separators after it ("6 000" of "6 000.0777,77...", never 0.6)
SELECT match, value, currency
FROM extract_amounts('The fee was Rs.6 000.0777,7799999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999 in total.', 'en')
ORDER BY start;
