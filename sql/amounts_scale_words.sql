-- Scale words and abbreviations per language, with their true values:
-- "billion" is 10^12 in French and German but 10^9 in English.

SELECT f.label, a.match, a.value, a.currency
FROM (VALUES
    -- French: mille, million(s), milliard(s), billion, Md€, Mds€, M€, k€
    ('fr 01 mille', 'La prime atteint trois mille euros.', 'fr'),
    ('fr 02 million', 'La commune a reçu 1 million d''euros.', 'fr'),
    ('fr 03 millions', 'Le club a dépensé 80 millions d''euros.', 'fr'),
    ('fr 04 milliard', 'L''État a débloqué 1 milliard d''euros.', 'fr'),
    ('fr 05 milliards', 'L''opération a coûté 3 milliards d''euros.', 'fr'),
    ('fr 06 billion', 'Les actifs représentent 1 billion d''euros.', 'fr'),
    ('fr 07 billions', 'La dette mondiale dépasserait 300 billions de dollars.', 'fr'),
    ('fr 08 Md€', 'Le budget des armées atteindra 67 Md€.', 'fr'),
    ('fr 09 Mds€', 'Le groupe a réalisé 25 Mds€ de chiffre d''affaires.', 'fr'),
    ('fr 10 M€', 'La ville investit 40 M€ dans ses écoles.', 'fr'),
    ('fr 11 k€', 'Le poste est rémunéré 55 k€ par an.', 'fr'),
    ('fr 12 decimal Md€', 'La rallonge atteint 1,2 Md€.', 'fr'),
    -- English: thousand, million, billion, trillion, bn, m, mn, k
    ('en 01 thousand', 'The charity received $250 thousand.', 'en'),
    ('en 02 million', 'The start-up raised $3 million.', 'en'),
    ('en 03 billion', 'The deal is worth $4 billion.', 'en'),
    ('en 04 trillion', 'The bill includes $1.2 trillion.', 'en'),
    ('en 05 bn', 'The bank was fined £2bn.', 'en'),
    ('en 06 m', 'The club paid $5m for the striker.', 'en'),
    ('en 07 mn', 'Operating profit was £40mn.', 'en'),
    ('en 08 k', 'The start-up is valued at $500k.', 'en'),
    ('en 09 bn with a space', 'The fund holds €3 bn.', 'en'),
    -- German: Tausend, Mio., Million(en), Mrd., Milliarde(n), Billion(en)
    ('de 01 Tausend', 'Die Stadt investiert 50 Tausend Euro.', 'de'),
    ('de 02 Mio.', 'Das Projekt kostet 5 Mio. Euro.', 'de'),
    ('de 03 Million', 'Das Budget liegt bei 1 Million Euro.', 'de'),
    ('de 04 Millionen', 'Der Bund stellt 2 Millionen Euro bereit.', 'de'),
    ('de 05 Mrd.', 'Das Land zahlt 7 Mrd. Euro.', 'de'),
    ('de 06 Milliarde', 'Der Konzern investiert 1 Milliarde Euro.', 'de'),
    ('de 07 Milliarden', 'Die Bahn braucht 3 Milliarden Euro.', 'de'),
    ('de 08 Billion', 'Das Vermögen erreicht 1 Billion Euro.', 'de'),
    ('de 09 Billionen', 'Die Staatsschulden betragen 2 Billionen Euro.', 'de'),
    -- Spanish: mil, millón, millones, mil millones, billón, billones
    ('es 01 mil', 'El Gobierno destinará 5 mil euros a cada familia.', 'es'),
    ('es 02 millón', 'El premio es de 1 millón de euros.', 'es'),
    ('es 03 millones', 'El club pagó 3 millones de euros.', 'es'),
    ('es 04 mil millones', 'La UE movilizará 2 mil millones de euros.', 'es'),
    ('es 05 billón', 'La deuda alcanza 1 billón de euros.', 'es'),
    ('es 06 billones', 'La deuda alcanza 1,5 billones de euros.', 'es'),
    -- Italian: mila, milione, milioni, miliardo, miliardi
    ('it 01 mila', 'Il comune ha stanziato 5 mila euro.', 'it'),
    ('it 02 milione', 'Il premio è di 1 milione di euro.', 'it'),
    ('it 03 milioni', 'La società ha raccolto 3 milioni di euro.', 'it'),
    ('it 04 miliardo', 'Il piano vale 1 miliardo di euro.', 'it'),
    ('it 05 miliardi', 'Il governo ha stanziato 2 miliardi di euro.', 'it')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- the same "1 billion" in four languages
SELECT f.lang, a.match, a.value, a.value = 10::numeric ^ 12 AS is_10_12, a.value = 10::numeric ^ 9 AS is_10_9
FROM (VALUES
    ('de', 'Das Vermögen erreicht 1 Billion Euro.'),
    ('en', 'The fund is worth 1 billion euros.'),
    ('es', 'La deuda alcanza 1 billón de euros.'),
    ('fr', 'Les actifs représentent 1 billion d''euros.')
  ) AS f(lang, body)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.lang, a.start;

-- a scale word alone, without a number before it, is not an amount
SELECT count(*) AS amounts
FROM extract_amounts('Des millions d''euros ont été dépensés.', 'fr');
