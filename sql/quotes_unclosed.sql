-- Unbalanced marks never swallow the rest of the document: an opening mark not
-- closed in its paragraph gives no row (or a row cut at the paragraph end), and
-- later quotes are still found. Stray closing marks, apostrophes, inch marks,
-- and thousands of unmatched marks built with repeat().
-- The paragraph after an unclosed one never starts with a mark, which would
-- make it the continuation of a multi-paragraph quotation.

-- an unclosed « in the first paragraph, a quote in the second
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'« Le texte sera voté avant Noël, a promis Claire Duval en octobre.\n\nMarc Lefèvre a prévenu : « Il ne le sera pas. »', 'fr')
ORDER BY start;

-- an unclosed “ in the first paragraph, quotes in the two after it
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Jane Doe opened the debate with “a few remarks on the budget.\n\nMark Ellison replied: “The budget is late.”\n\nHe added: “And it is wrong.”', 'en')
ORDER BY start;

-- an unclosed „ in the first paragraph, a quote in the second
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Jonas Richter sprach von einem „schwierigen Jahr für die Industrie.\n\nSabine Krüger erklärte: „Das Jahr war gut.“', 'de')
ORDER BY start;

-- an odd number of straight quotes in the first paragraph only
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'The motion, titled "Fair Rents Now, was tabled on Monday.\n\nPriya Natarajan said: "It will pass."', 'en')
ORDER BY start;

-- an unclosed mark in the last paragraph, after a good quote
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'« Le budget est prêt », a affirmé Claire Duval.\n\nMarc Lefèvre a répondu : « Nous verrons bien', 'fr')
ORDER BY start;

-- an unclosed mark at the very end of the body
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Hannah Kowalski said: "$$, 'en')
ORDER BY start;

-- a stray closing mark, then a quote in the same paragraph
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Le débat » a duré trois heures. « Nous avons été entendus », a estimé Claire Duval.$$, 'fr')
ORDER BY start;

-- a stray closing mark at the start of the body
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$” The vote was postponed. “We need more time,” said Jane Doe.$$, 'en')
ORDER BY start;

-- an unclosed inner mark inside a closed outer quote
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le rapport qualifie le plan d'“ambitieux, je le trouve timide », a déclaré Marc Lefèvre.$$, 'fr')
ORDER BY start;

-- typographic apostrophes everywhere and no single quotes: no rows
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$L’Union et l’État ont mis d’accord l’ensemble des régions sur l’enveloppe d’aujourd’hui.$$, 'fr')
ORDER BY start;

-- straight apostrophes and possessives in English: no rows
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$It's the Commission's plan, isn't it? The members' vote is on Thursday.$$, 'en')
ORDER BY start;

-- a straight quote used as an inch mark, then a quote
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$The schools bought 27" screens for every classroom. "We overpaid," said Mark Ellison.$$, 'en')
ORDER BY start;

-- closing marks before opening ones: » « in a French text
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Le tableau indique » 2024 « sans autre précision. « Il faut corriger », a dit Claire Duval.$$, 'fr')
ORDER BY start;

-- a long text: one unclosed paragraph, then 200 quoted paragraphs
SELECT count(*) AS quotes,
       count(*) FILTER (WHERE quote = 'Nous tiendrons le cap') AS full_quotes,
       count(DISTINCT speaker) AS speakers, min(speaker) AS speaker,
       min(sentence) AS first_sentence, max(sentence) AS last_sentence
FROM extract_quotes(
    E'« Ce paragraphe ouvre un guillemet qui ne se ferme jamais.\n\n'
    || repeat(E'Claire Duval a affirmé : « Nous tiendrons le cap ».\n\n', 200), 'fr');

-- the unclosed paragraph in the middle of the long text
SELECT count(*) AS quotes,
       count(*) FILTER (WHERE quote = 'We will hold the line.') AS full_quotes
FROM extract_quotes(
    repeat(E'Jane Doe said: "We will hold the line."\n\n', 100)
    || E'Mark Ellison began: "Nobody told us.\n\n'
    || repeat(E'Jane Doe said: "We will hold the line."\n\n', 100), 'en');

-- thousands of unmatched opening marks: no rows
SELECT count(*) FROM extract_quotes(repeat('« ', 5000), 'fr');
SELECT count(*) FROM extract_quotes(repeat('“', 10000), 'en');
SELECT count(*) FROM extract_quotes(repeat('„', 10000), 'de');

-- thousands of unmatched closing marks: no rows
SELECT count(*) FROM extract_quotes(repeat(' »', 5000), 'fr');
SELECT count(*) FROM extract_quotes(repeat('”', 10000), 'en');

-- an odd number of straight quotes in one paragraph
SELECT count(*) FROM extract_quotes(repeat('"', 10001), 'en');

-- thousands of empty pairs: no rows
SELECT count(*) FROM extract_quotes(repeat('«»', 5000), 'fr');

-- thousands of opening marks, then a quote in the next paragraph
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(repeat('« ', 5000) || E'\n\nClaire Duval a dit : « Le texte est prêt. »', 'fr')
ORDER BY start;

-- thousands of closing marks, then a quote in the same paragraph
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(repeat('” ', 5000) || '"The text is ready," said Jane Doe.', 'en')
ORDER BY start;

-- thousands of one-word paragraphs, each opened and never closed
SELECT count(*) FROM extract_quotes(repeat(E'„Achtung\n\n', 5000), 'de');
