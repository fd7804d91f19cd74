-- Statements only: words in quote marks are a row when someone says them.
-- Scare quotes, names of programmes and laws, report titles and words cited
-- as words are not rows; a partial quote is a row only with a speaker.

-- scare quotes around a term (fr)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Les « usines IA » financées par l'Union ouvriront dans sept pays l'an prochain.$$, 'fr')
ORDER BY start;

-- scare quotes with "so-called" (en)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$The so-called "AI factories" will be built next to existing supercomputers.$$, 'en')
ORDER BY start;

-- irony quotes around one word (en)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$The "temporary" levy has now been collected for eleven years.$$, 'en')
ORDER BY start;

-- the name of an initiative in guillemets (fr)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Une vingtaine de groupes ont rejoint l'« EU AI Champions Initiative » lancée à Paris en février.$$, 'fr')
ORDER BY start;

-- the name of a programme and of a law (de)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Das Programm „InvestAI“ soll Mittel aus dem „Chips Act“ ergänzen.$$, 'de')
ORDER BY start;

-- a law's popular name after "dite" (fr)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$La loi dite « Climat et résilience » impose un calendrier aux communes.$$, 'fr')
ORDER BY start;

-- a report title that is a noun phrase (en)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$The report "The Future of European Competitiveness" runs to nearly four hundred pages.$$, 'en')
ORDER BY start;

-- a report title that reads like a sentence (fr) (known miss: a row)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Le rapport « Nous pouvons encore rattraper notre retard » a été remis mardi au Premier ministre.$$, 'fr')
ORDER BY start;

-- a title after a colon, with no reporting verb (fr) (known miss: a row, "note" read as a verb)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$La note de la Cour des comptes s'intitule : « Dépenses fiscales, un chantier inachevé ».$$, 'fr')
ORDER BY start;

-- a word cited as a word (fr)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Le mot « souveraineté » revient quatorze fois dans le discours.$$, 'fr')
ORDER BY start;

-- scare quotes in Spanish and Italian
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Las llamadas «gigafactorías» de IA recibirán fondos europeos.$$, 'es')
ORDER BY start;
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Le cosiddette «fabbriche dell'IA» apriranno entro il 2026.$$, 'it')
ORDER BY start;

-- partial quote with a speaker: a row (fr, a qualifié ... de)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Claire Duval a qualifié l'accord de « tournant historique » pour l'industrie.$$, 'fr')
ORDER BY start;

-- the same words without a speaker: no row (fr)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$L'accord marque un « tournant historique » pour l'industrie.$$, 'fr')
ORDER BY start;

-- partial quote with a speaker: a row (en, called) (known miss: "called" is no reporting verb, so no speaker)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Jane Doe called the settlement "a first step, not a solution".$$, 'en')
ORDER BY start;

-- the same words without a speaker: no row (en) (known miss: four words or more make a statement even without a speaker)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$The settlement is "a first step, not a solution" for the families.$$, 'en')
ORDER BY start;

-- partial quote after "que" with a reporting verb: a row (fr)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Marc Lefèvre a affirmé que le déficit était « sous contrôle ».$$, 'fr')
ORDER BY start;

-- partial quote with a speaker: a row (de, nannte)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Jonas Richter nannte die Einigung einen „historischen Wendepunkt“.$$, 'de')
ORDER BY start;

-- a term and a statement in one sentence: only the statement is a row
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Les « gigafactories » coûteront cher, a prévenu Claire Duval : « Nous n'avons pas encore trouvé le premier euro. »$$, 'fr')
ORDER BY start;

-- a programme name inside a statement stays in the statement
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"The 'Digital Omnibus' will cut paperwork for small firms," said Hannah Kowalski.$$, 'en')
ORDER BY start;

-- a full sentence in quotes with nobody named: a row with speaker NULL
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$« Le calendrier est intenable. » La phrase circule depuis lundi dans les couloirs du ministère.$$, 'fr')
ORDER BY start;

-- a title, a term and two statements in one document, in text order
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Mark Ellison presented the report "Roads to Nowhere" on Monday. "Half of the money went to projects nobody asked for," he said. Ministers dismissed the "headline figures". "We will answer in detail," said Jane Doe.$$, 'en')
ORDER BY start;

-- markup attribute values (NAME="…") are not quotes; the statement after them is
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$<SPEAKER ID="176" NAME="Jens Rohde" AFFILIATION="ALDE">
(DA) Mr President, Jens Rohde opened the debate.
<SPEAKER ID="177" NAME="Maria Berg">
"We cannot vote on this text tonight," said Maria Berg.$$, 'en')
ORDER BY start;

-- a quote after 200 KB of prose without marks: the same position and sentence
-- as the full text gives (sentence count = 1 + the 4,000 sentences before)
SELECT quote, speaker, cue, start - length(repeat('The committee’s report isn’t finished. ', 4000)) AS start_after_prose,
       sentence
FROM extract_quotes(repeat('The committee’s report isn’t finished. ', 4000) ||
                    E'\nAnna Berg chaired the meeting. “We will finish the work before the summer,” she said.', 'en')
ORDER BY start;
