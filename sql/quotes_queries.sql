-- Quotes in queries: start counts characters over multibyte text; joins with
-- extract_amounts on (document, sentence); quotes counted per speaker;
-- NULL body, detected language and unsupported languages (SQLSTATE 22023).

CREATE TABLE quote_pos (id integer PRIMARY KEY, lang text, body text);
INSERT INTO quote_pos VALUES
    -- accents and the euro sign (3 bytes) before the quote
    (1, 'fr', 'Coût prévu : 5 € ; Hélène Marchetti a déclaré : « Ça coûtera bien plus cher. »'),
    -- ß and umlauts before and inside the quote
    (2, 'de', '„Größere Straßen kosten mehr Geld“, sagte Jörg Weiß.'),
    -- 4-byte emoji before the quote
    (3, 'en', '🚆 Rail first. 🚆 "We chose trains over roads," said Jane Doe.'),
    -- inverted question mark and ñ
    (4, 'es', '¿Y el dinero? «España pagará su parte», afirmó Lucía Romero.'),
    -- decomposed accents (e + U+0301, e + U+0300) before and inside the quote
    (5, 'fr', E'Marc Lefe\u0300vre a de\u0301clare\u0301 : « L\u2019e\u0301te\u0301 sera difficile ».'),
    -- no-break and narrow no-break spaces around the marks
    (6, 'fr', E'Claire Duval a dit\u00A0:\u00A0«\u202FNous verrons bien\u202F».'),
    -- a quote at the very start and one at the very end
    (7, 'en', '"Start here," said Jane Doe. Mark Ellison said: "End here."'),
    -- CJK text before the quote
    (8, 'fr', '東京 : « Le yen restera faible », a estimé Marc Lefèvre.'),
    -- a flag (two 4-byte characters) and a quotation over two paragraphs
    (9, 'en', E'🇪🇺 Hannah Kowalski said: “The first step is funded.\n\n“The second is not.”');

-- every quote is found at its start, in characters
SELECT p.id, q.quote, q.speaker, q.start, q.sentence,
       substr(p.body, q.start, length(q.quote)) = q.quote AS same_text
FROM quote_pos p, extract_quotes(p.body, p.lang) q
ORDER BY p.id, q.start;

-- start counts characters, not bytes: the two differ after multibyte text
SELECT p.id, q.quote, q.start AS char_start,
       octet_length(substr(p.body, 1, q.start - 1)) + 1 AS byte_start
FROM quote_pos p, extract_quotes(p.body, p.lang) q
WHERE p.id IN (1, 3, 9)
ORDER BY p.id, q.start;

-- every quote lies inside its document, and all texts match
SELECT count(*) AS quotes,
       bool_and(q.start >= 1 AND q.start + length(q.quote) - 1 <= length(p.body)) AS inside,
       bool_and(substr(p.body, q.start, length(q.quote)) = q.quote) AS all_same_text
FROM quote_pos p, extract_quotes(p.body, p.lang) q;

DROP TABLE quote_pos;

CREATE TABLE quote_docs (id integer PRIMARY KEY, lang text, body text);
INSERT INTO quote_docs VALUES
    (1, 'fr', $$Hélène Marchetti a présenté jeudi le fonds européen pour l'industrie. « Nous mettrons 100 milliards d'euros sur la table », a déclaré la présidente de la Commission. « Ce n'est qu'un début. » Les États membres ajouteront 20 milliards d'euros. Marc Lefèvre a estimé : « Il en faudrait le double, soit 200 milliards d'euros. »$$),
    (2, 'en', $$"The city will spend $2 billion on housing over five years," said Jane Doe. "Rents must come down." Mark Ellison said: "We have heard this before." The council also approved a £50m loan.$$),
    (3, 'de', $$„Der Bund gibt 3 Milliarden Euro für Schulen aus“, sagte Jonas Richter. „Das reicht nicht“, sagte Sabine Krüger. Sie fordert 5 Milliarden Euro.$$),
    (4, 'es', $$«Destinaremos 800 millones de euros a la sequía», afirmó Lucía Romero. «Llega tarde», dijo Javier Ortega.$$),
    (5, 'fr', $$Le conseil municipal a voté le budget sans débat.$$),
    (6, NULL, NULL);

-- what was said in sentences that announce money, joined on (document, sentence)
WITH q AS (
    SELECT d.id, x.* FROM quote_docs d, extract_quotes(d.body, d.lang) x
), a AS (
    SELECT d.id, x.* FROM quote_docs d, extract_amounts(d.body, d.lang) x
)
SELECT q.id, q.sentence, q.speaker, q.quote, a.match, a.value, a.currency
FROM q JOIN a USING (id, sentence)
ORDER BY q.id, q.start, a.start;

-- quotes in sentences that announce no money
SELECT d.id, q.sentence, q.speaker, q.quote
FROM quote_docs d, extract_quotes(d.body, d.lang) q
WHERE NOT EXISTS (SELECT 1 FROM extract_amounts(d.body, d.lang) a WHERE a.sentence = q.sentence)
ORDER BY d.id, q.start;

-- quotes per speaker, most quoted first
SELECT q.speaker, count(*) AS quotes
FROM quote_docs d, extract_quotes(d.body, d.lang) q
GROUP BY q.speaker
ORDER BY count(*) DESC, q.speaker;

-- quotes per document, documents without quotes included
SELECT d.id, count(q.quote) AS quotes, count(DISTINCT q.speaker) AS speakers
FROM quote_docs d
  LEFT JOIN LATERAL extract_quotes(d.body, d.lang) q ON true
GROUP BY d.id
ORDER BY d.id;

-- the language detected gives the same rows as the language given
SELECT d.id,
       (SELECT count(*) FROM extract_quotes(d.body, d.lang)) AS given,
       (SELECT count(*) FROM extract_quotes(d.body)) AS detected,
       NOT EXISTS (SELECT quote, speaker, cue, start, sentence FROM extract_quotes(d.body, d.lang)
                   EXCEPT
                   SELECT quote, speaker, cue, start, sentence FROM extract_quotes(d.body, NULL)) AS same_rows
FROM quote_docs d
ORDER BY d.id;

-- the function in the select list expands to one row per quote
SELECT (extract_quotes(body, lang)).speaker AS speaker
FROM quote_docs
WHERE id = 3
ORDER BY 1;

DROP TABLE quote_docs;

-- the column names and types of quoted_statement, in order
SELECT * FROM extract_quotes($$« Tout est prêt », a dit Claire Duval.$$, 'fr');

-- NULL body: no rows, with the language omitted, given or NULL
SELECT count(*) FROM extract_quotes(NULL);
SELECT count(*) FROM extract_quotes(NULL, 'fr');
SELECT count(*) FROM extract_quotes(NULL, NULL);
-- empty and blank bodies: no rows
SELECT count(*) FROM extract_quotes('', 'fr');
SELECT count(*) FROM extract_quotes(E' \n\n\u00A0 ', 'en');
-- NULL language: detected, the same as omitting it
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le texte sera voté mardi », a affirmé la ministre Claire Duval devant les députés.$$, NULL)
ORDER BY start;
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le texte sera voté mardi », a affirmé la ministre Claire Duval devant les députés.$$)
ORDER BY start;

\set VERBOSITY sqlstate
-- an unsupported language code is an error
SELECT * FROM extract_quotes('« Oui », a dit Claire Duval.', 'xx');
-- the empty string and a language name are not codes
SELECT * FROM extract_quotes('« Oui », a dit Claire Duval.', '');
SELECT * FROM extract_quotes('« Oui », a dit Claire Duval.', 'french');
-- an unsupported language with an empty or a NULL body
SELECT count(*) FROM extract_quotes('', 'xx');
SELECT count(*) FROM extract_quotes(NULL, 'xx');
\set VERBOSITY default
