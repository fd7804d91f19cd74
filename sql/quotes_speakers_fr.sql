-- French: who said it. Inverted verb after the quote, colon before it, an
-- incise around it, selon; pronouns and roles resolved to the fullest name
-- in the document; quotes that continue without a cue; organisations; none.

-- after the quote, inverted verb (a affirmé)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« La France tiendra ses engagements climatiques », a affirmé Claire Duval mardi à Bruxelles.$$, 'fr')
ORDER BY start;

-- after the quote, a role then the name in apposition (a déclaré)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Les entreprises attendent de la visibilité », a déclaré la ministre du Travail, Claire Duval.$$, 'fr')
ORDER BY start;

-- after the quote, present tense (estime, prévient)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le compte n'y est pas », estime Marc Lefèvre. « Nous n'irons pas plus loin », prévient Claire Duval.$$, 'fr')
ORDER BY start;

-- before the quote, with a colon (a insisté)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Hélène Marchetti a insisté : « Aucun État membre ne sera exempté. »$$, 'fr')
ORDER BY start;

-- around the quote: two pieces, one incise (a-t-elle dit)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Claire Duval a présenté le texte mercredi. « C'est une réforme d'équilibre », a-t-elle dit, « et elle sera votée avant l'été. »$$, 'fr')
ORDER BY start;

-- the incise inside a single pair of guillemets (a souligné) (known miss: no speaker)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Cette réforme, a souligné Marc Lefèvre, arrive dix ans trop tard. »$$, 'fr')
ORDER BY start;

-- selon followed by a name
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Selon Anne-Marie de la Tour, « le marché unique reste inachevé ».$$, 'fr')
ORDER BY start;

-- selon followed by a pronoun (known miss: a pronoun after selon is not resolved)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Marc Lefèvre a voté contre le texte. Selon lui, « personne n'a lu l'étude d'impact ».$$, 'fr')
ORDER BY start;

-- a pronoun before the colon (elle a ajouté)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Claire Duval a reçu les syndicats lundi. Elle a ajouté : « La porte reste ouverte. »$$, 'fr')
ORDER BY start;

-- an inverted pronoun after the quote (a-t-il assuré)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Marc Lefèvre a quitté la réunion avant la fin. « Je reviendrai quand il y aura un texte », a-t-il assuré.$$, 'fr')
ORDER BY start;

-- a role that refers to an earlier person (la présidente de la Commission)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Hélène Marchetti, présidente de la Commission européenne, a présenté jeudi le plan industriel. « L'Europe ne peut plus attendre », a prévenu la présidente de la Commission.$$, 'fr')
ORDER BY start;

-- il and elle choose between two earlier persons (known miss: pronouns do not know gender, both go to the last speaker)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Claire Duval et Marc Lefèvre ont signé l'accord à Matignon. « C'est un compromis honnête », a-t-il souligné. « C'est surtout un début », a-t-elle ajouté.$$, 'fr')
ORDER BY start;

-- the short name with a particle resolves to the full name given earlier
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Anne-Marie de la Tour préside la commission des finances. De la Tour a estimé : « Le budget est insincère. »$$, 'fr')
ORDER BY start;

-- M. and the short name first, the full name later in the document
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Les travaux commenceront en septembre », a assuré M. Moreau. Jean-Baptiste Moreau, maire de la ville depuis 2020, brigue un second mandat.$$, 'fr')
ORDER BY start;

-- a quote in the next sentence, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Nous avons un plan », a assuré Claire Duval. « Il est financé jusqu'en 2027. »$$, 'fr')
ORDER BY start;

-- a quote in the next paragraph, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Hélène Marchetti a dit : « Le plan sera présenté en juin. »\n\n« Il ne contiendra aucune nouvelle taxe. »', 'fr')
ORDER BY start;

-- continuation follows the latest speaker, not the first one
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le texte est prêt », a affirmé Claire Duval. « Il ne l'est pas », a répondu Marc Lefèvre. « Il manque tout le volet social. »$$, 'fr')
ORDER BY start;

-- an organisation as speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le dispositif sera prolongé d'un an », a assuré la Commission européenne dans un communiqué.$$, 'fr')
ORDER BY start;

-- an organisation before the colon (known miss: expected "ministère de l'Économie"; extract_entities tags "Économie")
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Le ministère de l'Économie a déclaré : « Aucune hausse d'impôt n'est prévue. »$$, 'fr')
ORDER BY start;

-- nobody named: speaker NULL
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le texte sera retiré avant l'été », pouvait-on lire dans un courriel interne.$$, 'fr')
ORDER BY start;

-- a whole article: several speakers, roles, pronouns and continuations
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Hélène Marchetti, présidente de la Commission européenne, et le ministre Marc Lefèvre ont présenté vendredi le fonds pour l’industrie.\n\n« Cent milliards d’euros, c’est un début », a déclaré Mme Marchetti. « Il faudra le double. »\n\nLe ministre s’est montré plus prudent : « Commençons par dépenser ce que nous avons. » Selon lui, « les États ne suivront pas ».\n\n« Ils suivront », a insisté la présidente de la Commission.', 'fr')
ORDER BY start;
