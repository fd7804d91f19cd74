-- French: amounts in policy and news prose. Number formats, scale words,
-- spelled-out numbers, currency names, signs and codes; lang given, then detected.

-- sign after the number, decimal comma
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le ticket de métro passera à 2,15 € au 1er janvier.$$, 'fr')
ORDER BY start;

-- ISO code after, then before the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La cotisation annuelle est fixée à 120 EUR, soit EUR 10 par mois.$$, 'fr')
ORDER BY start;

-- sign before the number, as on English-language price tags
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le forfait est affiché €5 sur le site destiné aux touristes.$$, 'fr')
ORDER BY start;

-- thousands grouped with spaces
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le déficit du syndicat intercommunal atteint 12 500 000 € cette année.$$, 'fr')
ORDER BY start;

-- millions and milliards with the elided d'euros
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le club a dépensé 80 millions d'euros pour le transfert, et la métropole 3 milliards d'euros pour le nouveau stade.$$, 'fr')
ORDER BY start;

-- a decimal comma before a scale word gives an exact value
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$L'État a débloqué 1,5 milliard d'euros pour soutenir les agriculteurs.$$, 'fr')
ORDER BY start;

-- abbreviations: Md€, Mds€, M€, k€
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le budget des armées atteindra 67 Md€ en 2030. Le groupe a réalisé 25 Mds€ de chiffre d'affaires. La ville investit 40 M€ dans ses écoles et recrute un directeur à 95 k€ par an.$$, 'fr')
ORDER BY start;

-- "billion" is 10^12 in French
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Les actifs gérés par les fonds européens représentent 1 billion d'euros.$$, 'fr')
ORDER BY start;

-- spelled-out numbers
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le plan prévoit cinquante milliards d'euros d'investissements publics.$$, 'fr')
ORDER BY start;

-- spelled-out compounds: cents, vingt et un, quatre-vingt-dix, mille
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Chaque foyer recevra deux cents euros. Les étudiants toucheront vingt et un euros de plus. L'amende s'élève à quatre-vingt-dix euros. La prime exceptionnelle atteint trois mille euros.$$, 'fr')
ORDER BY start;

-- un, un million, un milliard at the start of a sentence
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La commune a reçu un million d'euros. Un milliard d'euros sera consacré à la rénovation thermique.$$, 'fr')
ORDER BY start;

-- currency names: dollars américains, livres sterling, francs suisses, yens
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La start-up a levé 12 millions de dollars américains. Le club anglais a versé 30 millions de livres sterling. À Genève, le billet coûte 100 francs suisses. Un bol de ramen coûte 900 yens à Tokyo.$$, 'fr')
ORDER BY start;

-- the elision with a typographic apostrophe
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le fonds de garantie dispose de 3 milliards d’euros.$$, 'fr')
ORDER BY start;

-- policy prose
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Après l'accord conclu mardi, l'enveloppe globale atteint désormais 200 milliards d'euros, dont 40 milliards d'euros de prêts aux collectivités.$$, 'fr')
ORDER BY start;

-- a range and a qualifier in one sentence
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le coût est estimé entre 20 et 50 milliards d'euros, soit environ 5 millions d'euros par kilomètre.$$, 'fr')
ORDER BY start;

-- numbers that are not money next to one that is
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$En 2024, le chômage a reculé de 5 % et 60 entreprises ont signé la charte le 12 mars 2025, qui leur rapporte 2 millions d'euros.$$, 'fr')
ORDER BY start;

-- lang NULL: the language is detected
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Le gouvernement a présenté son budget pour l'année prochaine. Il prévoit 3 milliards d'euros pour les hôpitaux et 500 millions d'euros pour les écoles.$$)
ORDER BY start;
