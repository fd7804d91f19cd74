-- English: amounts in policy and news prose. Number formats, scale words,
-- spelled-out numbers, currency names, signs and codes; lang given, then detected.

-- sign before the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$A single ticket costs $5 on weekdays and £3 at the weekend.$$, 'en')
ORDER BY start;

-- ISO code before, then after the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Members pay EUR 5 a month, or 50 EUR a year.$$, 'en')
ORDER BY start;

-- thousands grouped with commas, a decimal point
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The settlement was $1,234.56 per claimant, and the total reached $12,500,000.$$, 'en')
ORDER BY start;

-- scale words: thousand, million, billion (10^9 in English), trillion
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The charity received $250 thousand. The start-up raised $3 million in seed funding. The deal is worth $4 billion. The bill includes $1.2 trillion for infrastructure.$$, 'en')
ORDER BY start;

-- abbreviations: bn, m, mn, k
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The bank was fined £2bn by regulators. The club paid $5m for the striker. Operating profit was £40mn in the third quarter. The start-up is valued at $500k.$$, 'en')
ORDER BY start;

-- a decimal before an abbreviation
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The council approved a €2.5bn package for the new tram line.$$, 'en')
ORDER BY start;

-- spelled-out numbers, "a million"
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The city spent three million dollars on repairs. A local man won a million dollars in the lottery. The grant is worth five thousand dollars.$$, 'en')
ORDER BY start;

-- currency names after a scale word
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The company will pay 2 billion euros in fines and 300 million pounds sterling in compensation.$$, 'en')
ORDER BY start;

-- dollar variants: US$, C$, A$, HK$
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Shipping adds US$ 5 per parcel. The fee in Toronto is C$ 5. Canberra pledged A$ 50 million. A taxi costs HK$ 10 more at night.$$, 'en')
ORDER BY start;

-- yen and Swiss francs by sign and code
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Admission is ¥500 for adults. The consultancy charged CHF 100 per hour.$$, 'en')
ORDER BY start;

-- a range and a qualifier
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The project will cost between €20bn and €50bn, and the upgrade around $5m.$$, 'en')
ORDER BY start;

-- numbers that are not money next to one that is
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$In 2023, 45% of the region's 3 million people saw their bills rise by $200 a year.$$, 'en')
ORDER BY start;

-- lang NULL: the language is detected
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$The government presented its budget for the coming year. It sets aside $3 billion for hospitals and $500 million for schools.$$)
ORDER BY start;
