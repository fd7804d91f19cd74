-- Qualifiers: 'about', 'over', 'under', 'up_to' in the qualifier column; the
-- qualifying words stay out of match.

SELECT f.label, a.match, a.value, a.currency, a.qualifier
FROM (VALUES
    -- none
    ('fr 00 none', 'Le chantier coûtera 5 millions d''euros.', 'fr'),
    -- environ, près de: about
    ('fr 01 environ', 'Le chantier coûtera environ 5 millions d''euros.', 'fr'),
    ('fr 02 près de', 'La facture atteint près de 3 milliards d''euros.', 'fr'),
    -- plus de: over
    ('fr 03 plus de', 'L''aide représente plus de 10 millions d''euros.', 'fr'),
    -- moins de: under
    ('fr 04 moins de', 'Le projet coûte moins de 2 millions d''euros.', 'fr'),
    -- jusqu'à: up_to
    ('fr 05 jusqu''à', 'Les entreprises pourront recevoir jusqu''à 500 millions d''euros.', 'fr'),
    -- jusqu’à with a typographic apostrophe
    ('fr 06 jusqu’à', 'Les entreprises pourront recevoir jusqu’à 500 millions d’euros.', 'fr'),
    -- around, more than, less than, up to
    ('en 01 around', 'The upgrade will cost around $5m.', 'en'),
    ('en 02 more than', 'The fund now holds more than £1bn.', 'en'),
    ('en 03 less than', 'The scheme cost less than €300m.', 'en'),
    ('en 04 up to', 'The firm could be fined up to $2 billion.', 'en'),
    -- rund, über, unter, bis zu
    ('de 01 rund', 'Der Umbau kostet rund 50 Mio. Euro.', 'de'),
    ('de 02 über', 'Die Hilfen belaufen sich auf über 3 Milliarden Euro.', 'de'),
    ('de 03 unter', 'Das Budget liegt unter 1 Million Euro.', 'de'),
    ('de 04 bis zu', 'Der Fonds umfasst bis zu 20 Milliarden Euro.', 'de'),
    -- más de
    ('es 01 más de', 'El rescate supone más de 5 millones de euros.', 'es'),
    -- oltre
    ('it 01 oltre', 'Il piano prevede oltre 2 miliardi di euro di investimenti.', 'it')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- "de plus" after the amount is not "plus de" before it
SELECT match, value, qualifier
FROM extract_amounts('M. Dupont réclame 3 millions d''euros de plus.', 'fr')
ORDER BY start;

-- a qualifier applies to its own amount only
SELECT match, value, qualifier
FROM extract_amounts('The plan costs around $5m this year and $7m next year.', 'en')
ORDER BY start;

-- the match starts after the qualifier: its position is that of the number
SELECT match, start, qualifier
FROM extract_amounts('Environ 5 millions d''euros.', 'fr')
ORDER BY start;
