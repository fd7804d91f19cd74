-- Ranges fill value (lower bound) and value_max (upper bound): openers
-- (between, entre, zwischen, tra), joiners (and, à, bis, -, –), and a scale
-- word or sign written once for both bounds.

SELECT f.label, a.match, a.value, a.value_max, a.currency, a.qualifier
FROM (VALUES
    -- between ... and ..., each bound with its sign and abbreviation
    ('en 01 between signs', 'The project will cost between €20bn and €50bn.', 'en'),
    -- the scale word written only after the upper bound
    ('en 02 between shared scale', 'The repairs will cost between $3 and $5 million.', 'en'),
    -- a hyphen between the bounds, sign and abbreviation shared
    ('en 03 hyphen', 'Analysts expect €20-50bn in new investment.', 'en'),
    -- an en dash between the bounds
    ('en 04 en dash', 'The upgrade will cost $3–5 million.', 'en'),
    -- entre ... et ...
    ('fr 01 entre et', 'Le coût est estimé entre 20 et 50 milliards d''euros.', 'fr'),
    -- ... à ...
    ('fr 02 à', 'Il faudrait 20 à 50 milliards d''euros par an.', 'fr'),
    -- ... à ... with an abbreviation
    ('fr 03 à M€', 'Le chantier coûtera 20 à 30 M€.', 'fr'),
    -- en dash with Mrd.
    ('de 01 en dash', 'Die Kosten liegen bei 20–50 Mrd. Euro.', 'de'),
    -- zwischen ... und ...
    ('de 02 zwischen und', 'Der Bedarf liegt zwischen 30 und 50 Milliarden Euro.', 'de'),
    -- ... bis ...
    ('de 03 bis', 'Die Sanierung kostet 20 bis 30 Millionen Euro.', 'de'),
    -- entre ... y ...
    ('es 01 entre y', 'La obra costará entre 10 y 20 millones de euros.', 'es'),
    -- tra ... e ...
    ('it 01 tra e', 'Il costo è stimato tra 5 e 10 milioni di euro.', 'it'),
    -- fra ... e ...
    ('it 02 fra e', 'Il danno è valutato fra 3 e 4 miliardi di euro.', 'it')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- "et" without an opener joins two amounts, not a range: two rows
SELECT match, value, value_max, currency
FROM extract_amounts('Il a payé 5 € et 10 €.', 'fr')
ORDER BY start;

-- "between" followed by years is not a range of money
SELECT match, value, value_max, currency
FROM extract_amounts('Between 2020 and 2024, the city spent $5m on parks.', 'en')
ORDER BY start;

-- the range bounds are exact and ordered
SELECT value, value_max, value < value_max AS ordered
FROM extract_amounts('entre 1,5 et 2,5 milliards d''euros', 'fr')
ORDER BY start;
