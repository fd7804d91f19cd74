-- Spanish: amounts in policy and news prose. Number formats, scale words,
-- spelled-out numbers, currency names, signs and codes; lang given, then detected.

-- the sign, the name and the code after the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La entrada cuesta 5 €, el abono mensual 40 euros y la cuota anual 120 EUR.$$, 'es')
ORDER BY start;

-- ISO code and US$ before the number
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La cuota es de EUR 5 al mes. La compañía facturó US$ 5 millones el año pasado.$$, 'es')
ORDER BY start;

-- thousands grouped with dots, a decimal comma
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$El sueldo medio es de 1.234,56 euros y la multa máxima de 600.000 euros.$$, 'es')
ORDER BY start;

-- scale words: mil, millón, millones, mil millones (10^9), billones (10^12)
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$El Gobierno destinará 5 mil euros a cada familia. El club pagó 3 millones de euros por el jugador. La UE movilizará 2 mil millones de euros. La deuda pública alcanza 1,5 billones de euros.$$, 'es')
ORDER BY start;

-- thousands of millions written with digits
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$El plan de vivienda movilizará 2.000 millones de euros.$$, 'es')
ORDER BY start;

-- a decimal comma before a scale word, dólares
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La empresa ganó 3,2 millones de dólares en el primer trimestre.$$, 'es')
ORDER BY start;

-- spelled-out numbers
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$El premio es de un millón de euros. La ciudad invertirá cinco millones de euros. La multa es de doscientos euros. El proyecto recibirá mil millones de euros.$$, 'es')
ORDER BY start;

-- currency names: dólares, libras esterlinas
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$El cambio de billete cuesta 300 dólares y el hotel de Londres 50 libras esterlinas por noche.$$, 'es')
ORDER BY start;

-- a range and a qualifier
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$La obra costará entre 10 y 20 millones de euros, y el rescate supone más de 5 millones de euros.$$, 'es')
ORDER BY start;

-- numbers that are not money next to one that is
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$En 2024 el paro bajó un 5 % y, según el artículo 135, las 300 empresas recibirán 2 millones de euros.$$, 'es')
ORDER BY start;

-- lang NULL: the language is detected
SELECT match, value, value_max, currency, qualifier, start, sentence
FROM extract_amounts($$El Gobierno presentó los presupuestos del próximo año. Prevén 3.000 millones de euros para los hospitales y 500 millones de euros para las escuelas.$$)
ORDER BY start;
