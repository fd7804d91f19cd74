-- detect_language: a paragraph of each supported language gives its code;
-- text too short or too mixed to tell gives NULL.

-- one paragraph per language
SELECT f.expected, detect_language(f.body) AS detected
FROM (VALUES
    ('de', $$Die Bundesregierung hat am Dienstag ihren Haushaltsentwurf für das kommende Jahr vorgestellt. Nach Angaben des Ministers sollen die Ausgaben stabil bleiben und die Schulden sinken. Die Gewerkschaften kritisieren jedoch, dass den Kommunen das Geld für Schulen fehlt.$$),
    ('en', $$The government presented its budget for the coming year on Tuesday. According to the minister, public spending will be kept flat while the deficit is reduced. Unions say that hospitals and schools still do not have the staff they need.$$),
    ('es', $$El Gobierno presentó el martes su proyecto de presupuestos para el próximo año. Según el ministro, el gasto público se mantendrá estable y la deuda se reducirá. Los sindicatos consideran, sin embargo, que los hospitales no tienen el personal que necesitan.$$),
    ('fr', $$Le gouvernement a présenté mardi son projet de loi de finances pour l'année prochaine. Selon le ministre, les dépenses de l'État seront stabilisées et la dette sera réduite. Les syndicats estiment pourtant que les hôpitaux ne disposent pas des moyens nécessaires.$$),
    ('it', $$Il governo ha presentato martedì la legge di bilancio per il prossimo anno. Secondo il ministro, la spesa pubblica resterà stabile e il debito sarà ridotto. I sindacati ritengono però che gli ospedali non abbiano il personale di cui hanno bisogno.$$)
  ) AS f(expected, body)
ORDER BY f.expected;

-- single sentences of news prose with amounts
SELECT f.expected, detect_language(f.body) AS detected
FROM (VALUES
    ('de', $$Der Konzern kündigte Investitionen von 1,5 Milliarden Euro in das neue Werk an.$$),
    ('en', $$The city council approved a €2.5bn package for the new tram line.$$),
    ('es', $$La empresa ganó 3,2 millones de dólares en el primer trimestre del año.$$),
    ('fr', $$Selon Bercy, l'enveloppe globale atteint désormais 200 milliards d'euros.$$),
    ('it', $$Il governo ha stanziato 2,5 miliardi di euro per la sanità pubblica.$$)
  ) AS f(expected, body)
ORDER BY f.expected;

-- upper-case text and text without accents
SELECT f.label, detect_language(f.body) AS detected
FROM (VALUES
    ('fr upper case', $$LE GOUVERNEMENT A PRÉSENTÉ SON BUDGET POUR L'ANNÉE PROCHAINE. LES DÉPENSES DE L'ÉTAT SERONT STABLES ET LA DETTE SERA RÉDUITE.$$),
    ('de without umlauts', $$Die Regierung hat den Haushalt fuer das kommende Jahr vorgestellt, und die Ausgaben sollen stabil bleiben, sagte der Minister.$$)
  ) AS f(label, body)
ORDER BY f.label;

-- too short or no words: NULL
SELECT f.label, detect_language(f.body) AS detected
FROM (VALUES
    ('01 empty', ''),
    ('02 blank', E' \n\t '),
    ('03 number and sign', '3 $'),
    ('04 digits', '12 345 678'),
    ('05 one proper noun', 'Paris'),
    ('06 one word shared by languages', 'Information'),
    ('07 punctuation', '!!! ??? ...'),
    ('08 a code', 'EUR 5')
  ) AS f(label, body)
ORDER BY f.label;

-- mixed and other languages
SELECT f.label, detect_language(f.body) AS detected
FROM (VALUES
    -- a French paragraph quoting one English phrase
    ('01 French quoting English', $$Le ministre a présenté son plan devant les députés. Il a parlé d'un « game changer » pour les entreprises, mais l'opposition estime que les mesures ne suffiront pas à relancer l'investissement.$$),
    -- one sentence in English, one in German, of the same length
    ('02 half English half German', $$The minister presented the budget on Tuesday. Der Minister hat den Haushalt am Dienstag vorgestellt.$$),
    -- Dutch
    ('03 Dutch', $$De regering heeft dinsdag de begroting voor het komende jaar gepresenteerd. Volgens de minister blijven de uitgaven stabiel en wordt de schuld verminderd.$$),
    -- Portuguese
    ('04 Portuguese', $$O governo apresentou na terça-feira o orçamento para o próximo ano. Segundo o ministro, a despesa pública vai manter-se estável e a dívida será reduzida.$$)
  ) AS f(label, body)
ORDER BY f.label;

-- a table of mixed documents, grouped by detected language
CREATE TABLE lang_docs (id integer PRIMARY KEY, body text);
INSERT INTO lang_docs VALUES
    (1, $$Le conseil municipal a voté le budget des écoles pour l'année prochaine.$$),
    (2, $$The board approved the new budget for the schools on Monday evening.$$),
    (3, $$Der Stadtrat hat den Haushalt für die Schulen am Montag beschlossen.$$),
    (4, $$El ayuntamiento aprobó el lunes el presupuesto de las escuelas para el año que viene.$$),
    (5, $$Il consiglio comunale ha approvato lunedì il bilancio delle scuole per il prossimo anno.$$),
    (6, $$Les élus ont ensuite adopté une motion sur les transports et la sécurité.$$),
    (7, '5 €'),
    (8, NULL);
SELECT id, detect_language(body) AS detected
FROM lang_docs
ORDER BY id;
SELECT detect_language(body) AS detected, count(*) AS documents
FROM lang_docs
GROUP BY 1
ORDER BY 1 NULLS LAST;
DROP TABLE lang_docs;
