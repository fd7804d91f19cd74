-- German: amounts in policy and news prose. Number formats, scale words,
-- spelled-out numbers, currency names, signs and codes; lang given, then detected.

-- the currency name, the sign and the code after the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Die Fahrkarte kostet 5 Euro, der Eintritt 5 € und die Gebühr 5 EUR.$$, 'de')
ORDER BY start;

-- ISO code before the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Die Gebühr beträgt EUR 5 pro Monat.$$, 'de')
ORDER BY start;

-- thousands grouped with dots, a decimal comma
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Das Gehalt liegt bei 1.234,56 Euro netto, die Firma zahlte 2.500.000 Euro Strafe.$$, 'de')
ORDER BY start;

-- Swiss grouping with an apostrophe
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Die Uhr kostet in Zürich CHF 1'234.50.$$, 'de')
ORDER BY start;

-- scale words: Tausend, Millionen, Milliarden, Billionen (10^12)
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Die Stadt investiert 50 Tausend Euro in den Spielplatz. Der Bund stellt 2 Millionen Euro bereit. Die Bahn braucht 3 Milliarden Euro für neue Züge. Die Staatsschulden betragen 2 Billionen Euro.$$, 'de')
ORDER BY start;

-- abbreviations Mio. and Mrd. do not end the sentence
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Das Projekt kostet 5 Mio. Euro. Das Land zahlt 1,5 Mrd. Euro für die Sanierung.$$, 'de')
ORDER BY start;

-- policy prose
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Der Konzern kündigte Investitionen von 1,5 Milliarden Euro in das neue Werk an.$$, 'de')
ORDER BY start;

-- spelled-out numbers, compounds included
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Der Bund gibt zwei Milliarden Euro für Schulen aus. Die Reparatur kostete siebenhundert Euro. Die Strafe beträgt fünfundvierzig Euro.$$, 'de')
ORDER BY start;

-- currency names: Pfund, US-Dollar, Dollar, Schweizer Franken
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Die Bank zahlte 300 Millionen Pfund Strafe. Das Unternehmen erhielt 20 Millionen US-Dollar von Investoren. Die Tochter meldete 500 Mio. Dollar Gewinn. Das Ticket kostet 80 Schweizer Franken.$$, 'de')
ORDER BY start;

-- a range and a qualifier
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Der Bedarf liegt zwischen 30 und 50 Milliarden Euro, der Umbau kostet rund 50 Mio. Euro.$$, 'de')
ORDER BY start;

-- numbers that are not money next to one that is
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Nach Artikel 5 erhalten ab dem 12. März 2025 alle 1,5 Millionen Rentner 2,5 Prozent mehr Rente und einmalig 300 Euro.$$, 'de')
ORDER BY start;

-- lang NULL: the language is detected
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$Die Bundesregierung hat ihren Haushalt für das kommende Jahr vorgestellt. Er sieht 3 Milliarden Euro für die Krankenhäuser und 500 Millionen Euro für die Schulen vor.$$)
ORDER BY start;
