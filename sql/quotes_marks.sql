-- Quote marks: every pairing style, by language; the spaces French puts inside
-- guillemets; nested quotes; one quotation running over several paragraphs.
-- Every case has a plain attribution so that only the marks vary.

-- French guillemets with ordinary spaces inside
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Nous ne laisserons aucune région de côté », a affirmé Claire Duval.$$, 'fr')
ORDER BY start;

-- French guillemets with no-break spaces (U+00A0) inside, colon before
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Claire Duval a assuré\u00A0: «\u00A0Le calendrier sera tenu\u00A0».', 'fr')
ORDER BY start;

-- French guillemets with narrow no-break spaces (U+202F) inside
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'«\u202FLes aides arriveront avant l’été\u202F», a déclaré Marc Lefèvre.', 'fr')
ORDER BY start;

-- French guillemets with no space at all, as in Swiss and online French
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Le guichet unique ouvrira en mars», a dit Marc Lefèvre.$$, 'fr')
ORDER BY start;

-- English curly double quotes, the comma inside the marks
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$“We will not blink first,” said Jane Doe after the vote.$$, 'en')
ORDER BY start;

-- English curly single quotes; the apostrophes in don’t and city’s close nothing
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$‘We don’t have the money yet,’ said Priya Natarajan, the city’s treasurer.$$, 'en')
ORDER BY start;

-- straight double quotes; straight apostrophes inside and in the name
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"It's a fair deal for farmers," said Tom O'Brien.$$, 'en')
ORDER BY start;

-- German low-high double quotes: “ closes here, it does not open
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Wir brauchen mehr Tempo beim Netzausbau“, sagte Jonas Richter.$$, 'de')
ORDER BY start;

-- German low-high single quotes, as in headlines
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$‚Das reicht nicht‘, sagte Jonas Richter zum Kompromiss.$$, 'de')
ORDER BY start;

-- German reversed guillemets » … «
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$»Die Schuldenbremse bleibt«, betonte Katharina von Albrecht.$$, 'de')
ORDER BY start;

-- Swiss German: « … » without spaces
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Der Franken bleibt stark», sagte Sabine Krüger in Zürich.$$, 'de')
ORDER BY start;

-- German online prose with English-style “ … ”
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$“Wir sind bereit”, sagte Jonas Richter am Abend.$$, 'de')
ORDER BY start;

-- Spanish and Italian angle quotes without spaces
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«No habrá nuevos impuestos», afirmó Lucía Romero.$$, 'es')
ORDER BY start;
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«Il bilancio è in ordine», ha affermato Marco Bellini.$$, 'it')
ORDER BY start;

-- several mark styles in one French text, rows in text order
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le texte est prêt », a affirmé Claire Duval. Marc Lefèvre a répliqué : “Il ne l’est pas.” Puis il a ajouté : "Nous voterons contre."$$, 'fr')
ORDER BY start;

-- nested: curly quotes inside guillemets stay in the outer quote
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Quand on me parle d’“usines IA”, je demande où sont les ingénieurs », a déclaré Marc Lefèvre.$$, 'fr')
ORDER BY start;

-- nested: guillemets inside guillemets, as some French papers print them
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le rapport parle de « tournant », moi je parle de rattrapage », a estimé Anne-Marie de la Tour.$$, 'fr')
ORDER BY start;

-- nested: single inside double in English
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$“The minister told us ‘the money is there,’ but we have not seen a penny,” said Mark Ellison.$$, 'en')
ORDER BY start;

-- nested: ‚ … ‘ inside „ … “
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Er hat ‚das Geld ist da‘ gesagt, aber es kam nie an“, sagte Sabine Krüger.$$, 'de')
ORDER BY start;

-- nested: › … ‹ inside » … «
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$»Das Wort ›Sondervermögen‹ benutze ich nicht«, sagte Jonas Richter.$$, 'de')
ORDER BY start;

-- nested: “ … ” inside « … » in Spanish
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$«El ministro habló de “un esfuerzo histórico”, pero no hay fondos», afirmó Lucía Romero.$$, 'es')
ORDER BY start;

-- one quotation over three paragraphs, re-opened with « and closed once: three rows
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Claire Duval a prévenu : « Nous allons simplifier les aides.\n\n« Nous allons aussi les contrôler davantage.\n\n« Personne ne sera pris par surprise. »\n\nLa réforme entrera en vigueur en janvier.', 'fr')
ORDER BY start;

-- the same with the attribution after the last paragraph
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'« Les hôpitaux manquent de bras.\n\n« Les écoles aussi », a conclu Marc Lefèvre.', 'fr')
ORDER BY start;

-- over several paragraphs in English with curly quotes
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Jane Doe said: “The first phase is funded.\n\n“The second depends on the spring budget.\n\n“There is no third phase.”', 'en')
ORDER BY start;

-- over several paragraphs with straight quotes
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Mark Ellison told the committee: "We were warned in March.\n\n"We did nothing until June."\n\nThe committee adjourned.', 'en')
ORDER BY start;

-- over several paragraphs in German
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Jonas Richter erklärte: „Die Netze sind zu langsam gewachsen.\n\n„Das holen wir jetzt nach.“', 'de')
ORDER BY start;

-- empty marks give no row
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Le champ « » du formulaire est resté vide, a dit Claire Duval.$$, 'fr')
ORDER BY start;
