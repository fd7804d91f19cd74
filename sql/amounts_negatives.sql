-- No false money: years, dates, percentages, counts, phone numbers, article
-- numbers, bare numbers with a scale word but no currency. Every count is 0.

SELECT f.label, count(a.match) AS amounts
FROM (VALUES
    -- French
    ('fr year', 'La réforme entrera en vigueur en 2024.', 'fr'),
    ('fr date', 'La réunion aura lieu le 12 mars 2025 à Bruxelles.', 'fr'),
    ('fr numeric date', 'Le contrat a été signé le 12/03/2025.', 'fr'),
    ('fr percent with space', 'Le chômage a reculé de 5 % sur un an.', 'fr'),
    ('fr percent without space', 'Le taux réduit est de 5%.', 'fr'),
    ('fr percent with no-break space', U&'Le taux réduit est de 5,5\00A0%.', 'fr'),
    ('fr pour cent', 'Les prix ont augmenté de 3 pour cent.', 'fr'),
    ('fr count of firms', 'Au total, 60 entreprises ont signé la charte.', 'fr'),
    ('fr count of regulations', 'Le paquet législatif modifie 27 réglementations européennes.', 'fr'),
    ('fr phone international', 'Pour toute question, appelez le +33 1 23 45 67 89.', 'fr'),
    ('fr phone national', 'Standard : 01 23 45 67 89.', 'fr'),
    ('fr article', 'L''article 12 du règlement prévoit une dérogation.', 'fr'),
    ('fr decree number', 'Le décret n° 2024-1234 précise les modalités.', 'fr'),
    ('fr bare milliards', 'La dette des collectivités atteint 50 milliards.', 'fr'),
    ('fr millions of people', 'La région compte 3 millions d''habitants.', 'fr'),
    ('fr time', 'La séance reprendra à 14 h 30.', 'fr'),
    ('fr distance', 'Le tracé fait 42 km.', 'fr'),
    ('fr euro sign without number', 'Le symbole € est apparu en 2002.', 'fr'),
    -- English
    ('en year', 'In 2023 the plant closed.', 'en'),
    ('en date', 'The meeting was held on 3 March 2025 in Brussels.', 'en'),
    ('en percent', 'Turnout rose to 45% in 2023.', 'en'),
    ('en percent word', 'Turnout was 62 percent.', 'en'),
    ('en million people', '3 million people live in the region.', 'en'),
    ('en billion people', 'The world population reached 8 billion.', 'en'),
    ('en count', 'The plant employs 1,200 workers.', 'en'),
    ('en section', 'Section 230 protects online platforms.', 'en'),
    ('en phone', 'Call +44 20 7946 0958 for details.', 'en'),
    ('en model number', 'The airline ordered 40 Boeing 737 jets.', 'en'),
    ('en version', 'Version 2.5 was released on Monday.', 'en'),
    -- German
    ('de year', 'Im Jahr 2024 wurden 300 Stellen gestrichen.', 'de'),
    ('de date', 'Am 12. März 2025 tagte der Ausschuss.', 'de'),
    ('de percent word', 'Die Inflation lag bei 2,5 Prozent.', 'de'),
    ('de percent sign', 'Die Quote stieg auf 5 %.', 'de'),
    ('de Milliarden Menschen', '1,5 Milliarden Menschen haben keinen Zugang zu Strom.', 'de'),
    ('de bare Milliarden', 'Die Schulden der Kommunen betragen 50 Milliarden.', 'de'),
    ('de article', 'Artikel 5 des Grundgesetzes schützt die Pressefreiheit.', 'de'),
    ('de paragraph sign', 'Der Streit um § 218 dauert an.', 'de'),
    ('de phone', 'Telefon: +49 30 1234 5678.', 'de'),
    ('de Euro 2024 tournament', 'Die Euro 2024 fand in Deutschland statt.', 'de'),
    -- Spanish
    ('es year', 'En 2024 se crearon 300 empleos en la comarca.', 'es'),
    ('es percent', 'El paro bajó un 5 % en marzo.', 'es'),
    ('es date', 'La reunión se celebró el 12 de marzo de 2025.', 'es'),
    ('es article', 'El artículo 135 de la Constitución fija el límite de deuda.', 'es'),
    ('es millions of people', 'Más de 3 millones de personas viven en la región.', 'es'),
    ('es phone', 'Llame al +34 912 345 678 para más información.', 'es'),
    -- Italian
    ('it year and percent', 'Nel 2024 l''inflazione è scesa al 2%.', 'it'),
    ('it article', 'L''articolo 3 della Costituzione sancisce l''uguaglianza.', 'it'),
    ('it count', 'Hanno aderito 60 aziende.', 'it'),
    ('it date', 'La riunione si terrà il 12 marzo 2025.', 'it'),
    ('it millions of people', 'In Italia vivono 59 milioni di persone.', 'it')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
GROUP BY f.label
ORDER BY f.label;

-- the same sentences with the language detected
SELECT f.label, count(a.match) AS amounts
FROM (VALUES
    ('fr mixed', 'En 2024, 60 entreprises ont vu leurs ventes reculer de 5 % selon l''article 12.'),
    ('en mixed', 'In 2023, 3 million people and 1,200 firms saw a 45% rise, Section 230 says.'),
    ('de mixed', 'Im Jahr 2024 haben 1,5 Milliarden Menschen 2,5 Prozent mehr verdient, so Artikel 5.')
  ) AS f(label, body)
  LEFT JOIN LATERAL extract_amounts(f.body) AS a ON true
GROUP BY f.label
ORDER BY f.label;
