-- Positions: start is 1-based in characters, so substr(body, start,
-- length(match)) = match for every amount, whatever the multibyte text before
-- it; sentence numbers run across sentences and paragraphs.

CREATE TABLE pos_docs (id integer PRIMARY KEY, lang text, body text);
INSERT INTO pos_docs VALUES
    -- accents and the euro sign (3 bytes) before the amounts
    (1, 'fr', 'Coût prévu : 5 € ; coût réel : 1 234,56 € — écart énorme.'),
    -- ß and umlauts
    (2, 'de', 'Straßenbahn: 5 €. Größere Projekte kosten 1,5 Mrd. Euro.'),
    -- 4-byte emoji
    (3, 'en', '🚆 Rail: €2.5bn 🚆 Roads: £3bn'),
    -- inverted question mark, ñ
    (4, 'es', '¿Cuánto cuesta? España pagará 3 millones de euros.'),
    -- accented final vowel inside the match
    (5, 'it', 'Perché costa ventitré euro? Perché sì.'),
    -- no-break and narrow no-break spaces inside and before the match
    (6, 'fr', U&'Montant\00A0: 1\202F234\00A0€ réglé.'),
    -- the amount at the very start and at the very end
    (7, 'fr', '5 € au début, et à la fin 7 €'),
    -- typographic apostrophe inside the match, CJK text before it
    (8, 'fr', '東京 : le fonds dispose de 3 milliards d’euros.');

-- every match is found at its start, in characters
SELECT d.id, a.match, a.start, a.sentence,
       substr(d.body, a.start, length(a.match)) = a.match AS same_text
FROM pos_docs d, extract_amounts(d.body, d.lang) a
ORDER BY d.id, a.start;

-- start counts characters, not bytes: the two differ after multibyte text
SELECT d.id, a.match, a.start AS char_start,
       octet_length(substr(d.body, 1, a.start - 1)) + 1 AS byte_start
FROM pos_docs d, extract_amounts(d.body, d.lang) a
WHERE d.id IN (1, 3)
ORDER BY d.id, a.start;

-- every amount lies inside its document
SELECT count(*) AS amounts,
       bool_and(a.start >= 1 AND a.start + length(a.match) - 1 <= length(d.body)) AS inside
FROM pos_docs d, extract_amounts(d.body, d.lang) a;

-- sentence numbers across sentences and paragraphs: ". ", " !", " ?", a blank line
SELECT match, sentence
FROM extract_amounts(E'Le budget prévoit 5 millions d''euros. Il ajoute 3 millions d''euros !\n\nNouveau paragraphe sans point final : 2 millions d''euros\n\nDernier paragraphe. Encore 1 million d''euros ? Oui, 4 millions d''euros.', 'fr')
ORDER BY start;

-- M. and Mme do not end a sentence
SELECT match, sentence
FROM extract_amounts('M. Dupont a promis 5 millions d''euros. Mme Martin a obtenu 2 millions d''euros.', 'fr')
ORDER BY start;

-- Dr. and Mrd. do not end a sentence
SELECT match, sentence
FROM extract_amounts('Laut Dr. Müller kostet der Bau 1,5 Mrd. Euro. Das Land zahlt 200 Mio. Euro.', 'de')
ORDER BY start;

-- Dr. in English; a decimal point is not a sentence end
SELECT match, sentence
FROM extract_amounts('The plan costs $1.5 billion. Dr. Smith wants $2 billion more.', 'en')
ORDER BY start;

-- a single line break after a period, as in pasted text
SELECT match, sentence
FROM extract_amounts(E'El Estado aporta 3 millones de euros.\nLa región pone 2 millones de euros.', 'es')
ORDER BY start;

-- a heading without a period, then a blank line
SELECT match, sentence
FROM extract_amounts(E'Bilancio 2025: 40 milioni di euro\n\nIl comune stanzia 5 milioni di euro.', 'it')
ORDER BY start;
