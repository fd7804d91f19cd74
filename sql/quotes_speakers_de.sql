-- German: who said it. Verb after the quote (sagte, betonte, so), colon before
-- it, a quote split around "sagte er", laut; pronouns and roles resolved to
-- the fullest name; continuations; organisations; none.

-- after the quote, inverted verb (sagte)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Wir brauchen mehr Tempo beim Netzausbau“, sagte Jonas Richter.$$, 'de')
ORDER BY start;

-- after the quote, a role then the name in apposition
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Die Schuldenbremse bleibt“, sagte die Bundesfinanzministerin, Katharina von Albrecht.$$, 'de')
ORDER BY start;

-- after the quote, adverbials after the name
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Die Förderung läuft Ende des Jahres aus“, sagte Jonas Richter am Montag in Berlin.$$, 'de')
ORDER BY start;

-- after the quote, the short form with "so"
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Sabine Krüger leitet den Verband seit 2019. „Die Betriebe finden keine Azubis mehr“, so Krüger.$$, 'de')
ORDER BY start;

-- before the quote, with a colon (erklärte)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Jonas Richter erklärte: „Das Gesetz tritt im Januar in Kraft.“$$, 'de')
ORDER BY start;

-- before the quote, with a colon and reversed guillemets (betonte)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Katharina von Albrecht betonte: »Es gibt keinen Spielraum für neue Ausgaben.«$$, 'de')
ORDER BY start;

-- around the quote: split by "sagte er"
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Jonas Richter kam spät zur Sitzung. „Der Entwurf ist gut“, sagte er, „aber er kommt zu spät.“$$, 'de')
ORDER BY start;

-- laut with a partial quote
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Laut Sabine Krüger ist die Reform „ein Schritt in die richtige Richtung“.$$, 'de')
ORDER BY start;

-- indirect speech with a partial quote (sagte, ... sei)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Jonas Richter sagte, die Reform sei „längst überfällig“.$$, 'de')
ORDER BY start;

-- a pronoun after the quote (betonte sie)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Sabine Krüger sprach vor den Delegierten. „Wir lassen uns nicht gegeneinander ausspielen“, betonte sie.$$, 'de')
ORDER BY start;

-- a role that refers to an earlier person (die Ministerin)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Katharina von Albrecht stellte am Mittwoch den Haushalt vor. „Wir sparen, wo es vertretbar ist“, erklärte die Ministerin.$$, 'de')
ORDER BY start;

-- er and sie choose between two earlier persons (known miss: pronouns do not know gender, both go to the last speaker)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Sabine Krüger und Jonas Richter verhandelten bis tief in die Nacht. „Es war zäh“, sagte er. „Es hat sich gelohnt“, sagte sie.$$, 'de')
ORDER BY start;

-- the short name with a particle resolves to the full name given earlier
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Katharina von Albrecht ist seit März im Amt. „Die Kassen sind leer“, sagte von Albrecht.$$, 'de')
ORDER BY start;

-- Dr. with the surname; the full name with the title given earlier
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Dr. Felix Hartmann leitet das Institut. „Die Daten sind eindeutig“, sagte Hartmann.$$, 'de')
ORDER BY start;

-- a quote in the next sentence, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Wir halten Wort“, sagte Jonas Richter. „Das Geld ist im Haushalt eingeplant.“$$, 'de')
ORDER BY start;

-- a quote in the next paragraph, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Sabine Krüger erklärte: „Die Tarifrunde ist abgeschlossen.“\n\n„Jetzt müssen die Betriebe liefern.“', 'de')
ORDER BY start;

-- continuation follows the latest speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Der Kompromiss steht“, sagte Jonas Richter. „Noch lange nicht“, entgegnete Sabine Krüger. „Die Finanzierung ist offen.“$$, 'de')
ORDER BY start;

-- an organisation as speaker, before the colon
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Die Bundesregierung erklärte: „Die Versorgung ist gesichert.“$$, 'de')
ORDER BY start;

-- an organisation as speaker, after the quote (known miss: after a determiner a German noun reads as a role)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Die Preise werden im Herbst sinken“, betonte die Bundesnetzagentur.$$, 'de')
ORDER BY start;

-- nobody named: speaker NULL
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$„Wir sind nicht eure Reserve“, stand auf den Transparenten vor dem Landtag.$$, 'de')
ORDER BY start;

-- a whole article: role, pronoun, "so", laut and a continuation
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Bundesfinanzministerin Katharina von Albrecht und Verbandschef Jonas Richter haben am Dienstag über den Haushalt gestritten.\n\n„Wir investieren so viel wie nie“, sagte die Ministerin. „Das ist keine Sparpolitik.“\n\nRichter sah das anders. „Die Kommunen bekommen davon nichts“, so Richter. Laut ihm fehlen „mindestens zehn Milliarden“.', 'de')
ORDER BY start;
