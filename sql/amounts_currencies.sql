-- Currencies: signs, ISO 4217 codes before and after the number, dollar
-- variants, and names with plurals and elisions in each language.

-- signs
SELECT f.label, a.match, a.value, a.currency
FROM (VALUES
    ('01 euro sign after', 'Le billet coûte 5 €.', 'fr'),
    ('02 euro sign before', 'A coffee costs €5.', 'en'),
    ('03 dollar sign', 'A ticket costs $5.', 'en'),
    ('04 pound sign', 'A pint costs £3.', 'en'),
    ('05 yen sign', 'Admission is ¥500.', 'en'),
    ('06 rupee sign', 'The fare is ₹500.', 'en'),
    ('07 rouble sign', 'Le billet coûte 1 000 ₽.', 'fr'),
    ('08 CHF before', 'The fee is CHF 100.', 'en'),
    ('09 CHF after', 'Die Gebühr beträgt 100 CHF.', 'de'),
    ('10 Fr. before', 'Das Ticket kostet Fr. 100.', 'de'),
    ('11 zł after', 'Bilet kosztuje 40 zł.', NULL),
    ('12 kr after', 'The hotel charged 900 kr per night.', 'en')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- ISO 4217 codes, before and after the number, with and without scale
SELECT f.label, a.match, a.value, a.currency
FROM (VALUES
    ('01 EUR after', 'The refund was 5 EUR per passenger.', 'en'),
    ('02 EUR before', 'Members pay EUR 5 a month.', 'en'),
    ('03 EUR before with m', 'The bond raised EUR 5m.', 'en'),
    ('04 USD before', 'The deal is worth USD 100 million.', 'en'),
    ('05 USD after', 'The contract is worth 100 million USD.', 'en'),
    ('06 GBP', 'The fine was GBP 20 million.', 'en'),
    ('07 JPY', 'Sales reached JPY 1,000 million.', 'en'),
    ('08 SEK after', 'Biljetten kostar 500 SEK.', NULL),
    ('09 NOK before', 'The fee is NOK 300.', 'en'),
    ('10 DKK', 'The fee is 250 DKK.', 'en'),
    ('11 PLN', 'Koszt wynosi 40 PLN.', NULL),
    ('12 CZK', 'The fine is CZK 5,000.', 'en'),
    ('13 CNY', 'Exports reached CNY 2 billion.', 'en'),
    ('14 INR', 'The grant is INR 50,000.', 'en'),
    ('15 BRL', 'The budget is BRL 3 billion.', 'en'),
    ('16 CAD', 'The bridge costs CAD 400 million.', 'en'),
    ('17 code glued to number', 'Le forfait coûte 15EUR.', 'fr'),
    -- a lower-case code
    ('18 lower-case code', 'The refund was 5 eur per passenger.', 'en')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- "$" alone is USD; prefixed dollar signs resolve to their codes
SELECT f.label, a.match, a.value, a.currency
FROM (VALUES
    ('01 $', 'Tickets cost $5.', 'en'),
    ('02 US$ space', 'Shipping adds US$ 5.', 'en'),
    ('03 US$ glued', 'Shipping adds US$5.', 'en'),
    ('04 C$', 'The fee is C$ 5.', 'en'),
    ('05 A$', 'Canberra pledged A$ 50 million.', 'en'),
    ('06 HK$', 'A taxi costs HK$ 10.', 'en'),
    ('07 NZ$', 'The fee is NZ$ 20.', 'en'),
    ('08 S$', 'The fee is S$ 30.', 'en'),
    ('09 R$', 'A entrada custa R$ 40.', NULL)
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- names with plurals and elisions, by language
SELECT f.label, a.match, a.value, a.currency
FROM (VALUES
    ('fr 01 euro', 'Le timbre coûte 1 euro.', 'fr'),
    ('fr 02 euros', 'Le ticket coûte 5 euros.', 'fr'),
    ('fr 03 d''euros', 'Le club a dépensé 80 millions d''euros.', 'fr'),
    ('fr 04 d’euros', 'Le club a dépensé 80 millions d’euros.', 'fr'),
    ('fr 05 dollars', 'Le dîner coûte 40 dollars.', 'fr'),
    ('fr 06 dollars américains', 'La société a levé 12 millions de dollars américains.', 'fr'),
    ('fr 07 dollars canadiens', 'Le contrat vaut 3 millions de dollars canadiens.', 'fr'),
    ('fr 08 livres sterling', 'Le club a versé 30 millions de livres sterling.', 'fr'),
    ('fr 09 francs suisses', 'Le billet coûte 100 francs suisses.', 'fr'),
    ('fr 10 yens', 'Un bol de ramen coûte 900 yens.', 'fr'),
    ('en 01 euros', 'The fine is 2 billion euros.', 'en'),
    ('en 02 dollars', 'The city spent 3 million dollars.', 'en'),
    ('en 03 US dollars', 'The loan is 50 million US dollars.', 'en'),
    ('en 04 pounds sterling', 'The club paid 30 million pounds sterling.', 'en'),
    ('en 05 Swiss francs', 'The watch costs 900 Swiss francs.', 'en'),
    ('en 06 Canadian dollars', 'The bridge costs 400 million Canadian dollars.', 'en'),
    ('en 07 yen', 'The bonus was 500,000 yen.', 'en'),
    ('de 01 Euro', 'Die Fahrkarte kostet 5 Euro.', 'de'),
    ('de 02 Dollar', 'Die Tochter meldete 500 Mio. Dollar Gewinn.', 'de'),
    ('de 03 US-Dollar', 'Das Unternehmen erhielt 20 Millionen US-Dollar.', 'de'),
    ('de 04 Pfund', 'Die Bank zahlte 300 Millionen Pfund Strafe.', 'de'),
    ('de 05 Pfund Sterling', 'Die Bank zahlte 300 Millionen Pfund Sterling.', 'de'),
    ('de 06 Schweizer Franken', 'Das Ticket kostet 80 Schweizer Franken.', 'de'),
    ('es 01 euros', 'El abono cuesta 40 euros.', 'es'),
    ('es 02 dólares', 'El cambio cuesta 300 dólares.', 'es'),
    ('es 03 libras esterlinas', 'El hotel cobra 50 libras esterlinas.', 'es'),
    ('es 04 pesos mexicanos', 'La multa es de 2.000 pesos mexicanos.', 'es'),
    ('it 01 euro', 'Il biglietto costa 5 euro.', 'it'),
    ('it 02 dollari', 'L''azienda ha fatturato 40 milioni di dollari.', 'it'),
    ('it 03 sterline', 'La banca ha pagato 2 milioni di sterline.', 'it'),
    ('it 04 franchi svizzeri', 'Il pranzo costa 30 franchi svizzeri.', 'it')
  ) AS f(label, body, lang)
  LEFT JOIN LATERAL extract_amounts(f.body, f.lang) AS a ON true
ORDER BY f.label, a.start;

-- a code that is also an English word does not come before a number
SELECT count(*) AS amounts
FROM extract_amounts('ALL 3 MEMBERS VOTED AGAINST THE PLAN.', 'en');

-- a currency name without a number is not an amount
SELECT count(*) AS amounts
FROM extract_amounts('Le cours de l''euro a baissé face au dollar.', 'fr');
