-- Italian: amounts in policy and news prose. Number formats, scale words,
-- spelled-out numbers, currency names, signs and codes; lang given, then detected.

-- the name, the sign and the code after the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Il biglietto costa 5 euro, l'abbonamento 35 € al mese e la tessera 50 EUR.$$, 'it')
ORDER BY start;

-- ISO code before the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La quota annuale è di EUR 50.$$, 'it')
ORDER BY start;

-- thousands grouped with dots, a decimal comma
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Lo stipendio medio è di 1.234,56 euro, la sanzione di 250.000 euro.$$, 'it')
ORDER BY start;

-- scale words: mila, milioni, miliardi
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Il comune ha stanziato 5 mila euro per il parco. La società ha raccolto 3 milioni di euro. Il governo ha stanziato 2,5 miliardi di euro per la sanità.$$, 'it')
ORDER BY start;

-- spelled-out numbers
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Il piano vale un miliardo di euro. Il premio è di un milione di euro. Il ministero stanzierà tre milioni di euro. Il biglietto costa ventitré euro.$$, 'it')
ORDER BY start;

-- currency names: sterline, dollari, franchi svizzeri
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La banca ha pagato 2 milioni di sterline. L'azienda ha fatturato 40 milioni di dollari. A Lugano il pranzo costa 30 franchi svizzeri.$$, 'it')
ORDER BY start;

-- a range and a qualifier
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Il costo è stimato tra 5 e 10 milioni di euro e il piano prevede oltre 2 miliardi di euro di investimenti.$$, 'it')
ORDER BY start;

-- numbers that are not money next to one that is
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Nel 2024 l'inflazione è scesa al 2% e, secondo l'articolo 3, le 60 aziende riceveranno 2 milioni di euro.$$, 'it')
ORDER BY start;

-- lang NULL: the language is detected
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Il governo ha presentato la legge di bilancio per il prossimo anno. Prevede 3 miliardi di euro per gli ospedali e 500 milioni di euro per le scuole.$$)
ORDER BY start;
