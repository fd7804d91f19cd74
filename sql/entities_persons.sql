-- People: full names with particles ("von der", "de"), hyphens, initials,
-- accents and apostrophes, in fr, en, de, es and it. Titles and roles before
-- a name ("M.", "Mme", "Dr", "Chancellor", "la présidente de la Commission")
-- are not part of it; two people side by side are two entities.

-- fr: a name with the particles "von der"
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Ursula von der Leyen a présenté mardi à Strasbourg le programme de travail pour l'année prochaine.$$, 'fr')
ORDER BY start;

-- fr: a hyphenated first name after a role (le ministre)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Le ministre des Affaires étrangères, Jean-Noël Barrot, s'est rendu jeudi à Kiev pour une visite de deux jours.$$, 'fr')
ORDER BY start;

-- fr: the role "la présidente de la Commission" stays out of the name (known miss: expected Commission as an organization too; only the role stays out of the person's name)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$La présidente de la Commission, Ursula von der Leyen, a rencontré les agriculteurs en colère devant le Parlement européen.$$, 'fr')
ORDER BY start;

-- fr: the titles M., Mme and Dr stay out of the names
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$M. Barrot et Mme Vautrin ont reçu le Dr Patrick Pelloux pour parler des urgences hospitalières.$$, 'fr')
ORDER BY start;

-- en: initials glued together (JD) before the surname
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$JD Vance arrived in Munich on Friday for talks with European leaders about security.$$, 'en')
ORDER BY start;

-- en: the titles Chancellor and Dr stay out of the names
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Chancellor Rachel Reeves will meet Dr Amelia Hart, the chief economist, before the spending review.$$, 'en')
ORDER BY start;

-- en: an apostrophe inside a surname, and a possessive 's that stays out
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Michael O'Leary criticised the new airport charges, while Keir Starmer's office declined to comment.$$, 'en')
ORDER BY start;

-- de: the title Bundeskanzler stays out; two people in one sentence
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Bundeskanzler Friedrich Merz hat am Montag in Berlin den französischen Präsidenten Emmanuel Macron empfangen.$$, 'de')
ORDER BY start;

-- de: the particle "zu" and an umlaut in a name (known miss: expected "Karl-Theodor zu Guttenberg" as one person, no Guttenberg location, and "Jana Schröder")
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Der frühere Minister Karl-Theodor zu Guttenberg und die Abgeordnete Jana Schröder sprachen über die Wehrpflicht.$$, 'de')
ORDER BY start;

-- es: an accented surname after the title "presidente"
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$El presidente Pedro Sánchez defendió ayer en el Congreso la reforma de las pensiones.$$, 'es')
ORDER BY start;

-- es: the particle "de" inside a name (Luis de Guindos)
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$El vicepresidente del banco, Luis de Guindos, advirtió sobre los riesgos de la deuda pública.$$, 'es')
ORDER BY start;

-- it: titles "la premier" and "il presidente" stay out of the names
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$La premier Giorgia Meloni ha incontrato a Roma il presidente Sergio Mattarella per discutere della manovra.$$, 'it')
ORDER BY start;

-- two people joined by "et" are two entities
SELECT name, kind, canonical, start, sentence
FROM extract_entities($$Emmanuel Macron et Olaf Scholz ont signé une déclaration commune sur la défense européenne.$$, 'fr')
ORDER BY start;

-- every name is the text at its start, in characters, across five languages
WITH d(id, lang, body) AS (VALUES
    (1, 'fr', $$Selon Mme Élisabeth Borne, la réforme sera votée. Jean-Noël Barrot a approuvé.$$),
    (2, 'en', $$Yesterday JD Vance met Ursula von der Leyen in Brussels.$$),
    (3, 'de', $$Im Bundestag sprach Jörg Kukies über den Haushalt.$$),
    (4, 'es', $$La ministra María Jesús Montero presentó los presupuestos en Sevilla.$$),
    (5, 'it', $$Il ministro Giancarlo Giorgetti ha parlato a Milano.$$))
SELECT d.id, e.name, e.kind, e.start,
       substr(d.body, e.start, length(e.name)) = e.name AS same_text
FROM d, extract_entities(d.body, d.lang) e
ORDER BY d.id, e.start;
