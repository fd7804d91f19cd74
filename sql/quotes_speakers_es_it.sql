-- Spanish and Italian: who said it. Verb after the quote, colon before it,
-- según / secondo, a subject left out after an earlier speaker, roles and
-- short names resolved to the fullest name; continuations; organisations.

-- es: after the quote, inverted verb (afirmó), a role after the name
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«No habrá nuevos impuestos este año», afirmó Lucía Romero, ministra de Hacienda.$$, 'es')
ORDER BY start;

-- es: before the quote, with a colon (dijo)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Lucía Romero dijo: «Los presupuestos se aprobarán en marzo».$$, 'es')
ORDER BY start;

-- es: según with a short name resolved to the full one
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Javier Ortega de la Fuente preside la patronal. Según Ortega, «la reforma llega tarde y mal».$$, 'es')
ORDER BY start;

-- es: the subject left out after the verb (añadió): the previous speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«El déficit bajará del tres por ciento», afirmó Lucía Romero. «Y lo hará sin recortes», añadió.$$, 'es')
ORDER BY start;

-- es: a role that refers to an earlier person (la ministra)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Lucía Romero compareció el jueves en el Congreso. «Cumpliremos con Bruselas», dijo la ministra.$$, 'es')
ORDER BY start;

-- es: around the quote, split by "dijo Ortega"
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Javier Ortega de la Fuente habló tras la reunión. «Hemos avanzado», dijo Ortega, «pero no hay acuerdo».$$, 'es')
ORDER BY start;

-- es: a quote in the next sentence, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«La vivienda es la prioridad», declaró Lucía Romero. «Habrá cien mil pisos nuevos».$$, 'es')
ORDER BY start;

-- es: an organisation as speaker, with curly quotes
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$“Las medidas son temporales”, afirmó la Comisión Europea en un comunicado.$$, 'es')
ORDER BY start;

-- es: nobody named: speaker NULL
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Sin agua no hay futuro», se leía en las pancartas de los regantes.$$, 'es')
ORDER BY start;

-- it: after the quote, inverted verb (ha affermato)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Il bilancio è in ordine», ha affermato Marco Bellini, ministro dell'Economia.$$, 'it')
ORDER BY start;

-- it: before the quote, with a colon (ha detto)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Marco Bellini ha detto: «La manovra non toccherà le pensioni».$$, 'it')
ORDER BY start;

-- it: secondo with a full name
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Secondo Giulia De Santis, «il piano è scritto per le grandi imprese».$$, 'it')
ORDER BY start;

-- it: the short name resolves to the full name given earlier
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Giulia De Santis guida l'opposizione in commissione. «Voteremo contro», ha dichiarato De Santis.$$, 'it')
ORDER BY start;

-- it: the subject left out after the verb (ha aggiunto): the previous speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«I fondi ci sono», ha affermato Marco Bellini. «Vanno solo spesi meglio», ha aggiunto.$$, 'it')
ORDER BY start;

-- it: a role that refers to an earlier person (il ministro), straight quotes
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Marco Bellini ha incontrato i sindacati a Roma. "Non ci saranno licenziamenti", ha detto il ministro.$$, 'it')
ORDER BY start;

-- it: a quote in the next sentence, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Il ponte si farà», ha dichiarato Marco Bellini. «I cantieri apriranno in primavera».$$, 'it')
ORDER BY start;

-- it: an organisation as speaker, by its full name as extract_entities gives it
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Le stime di crescita restano invariate», ha dichiarato la Banca d'Italia.$$, 'it')
ORDER BY start;

-- it: nobody named: speaker NULL
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Basta promesse», era scritto sullo striscione davanti alla prefettura.$$, 'it')
ORDER BY start;

-- it: a whole article: two speakers, a role and a continuation
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Il ministro Marco Bellini e la deputata Giulia De Santis si sono confrontati ieri in aula.\n\n«Abbiamo ridotto il debito», ha affermato il ministro. «Nessuno lo aveva fatto prima».\n\nDe Santis ha replicato: «Lo avete ridotto tagliando la sanità».', 'it')
ORDER BY start;
