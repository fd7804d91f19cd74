-- A 10 MB document: a French paragraph with three known amounts in two
-- sentences, repeated 65,536 times. Counts, sums and positions are exact.

CREATE TABLE big AS
SELECT repeat(E'Le conseil régional a voté 5 millions d''euros pour les lycées et 250 000 € pour les cantines scolaires. Le reste, soit 1,5 milliard d''euros, ira aux transports.\n\n', 65536) AS body;

-- the document is over 10 MB, with multibyte characters
SELECT octet_length(body) AS bytes, length(body) AS chars,
       octet_length(body) >= 10 * 1024 * 1024 AS over_10_mb
FROM big;

-- every amount is found once: 3 per paragraph, exact total, 2 sentences per paragraph
SELECT count(*) AS amounts,
       count(*) = 3 * 65536 AS all_found,
       sum(value) AS total,
       sum(value) = 65536::numeric * (5000000 + 250000 + 1500000000) AS exact_total,
       max(sentence) AS sentences,
       min(start) AS first_start,
       max(start) AS last_start
FROM big, extract_amounts(body, 'fr');

-- the three amounts of the paragraph, each 65,536 times
SELECT match, value, currency, count(*) AS times
FROM big, extract_amounts(body, 'fr')
GROUP BY match, value, currency
ORDER BY value;

-- the last three amounts sit where start says, in the last sentences
SELECT last.match, last.sentence,
       substr(b.body, last.start, length(last.match)) = last.match AS same_text
FROM (SELECT a.match, a.start, a.sentence
      FROM big, extract_amounts(big.body, 'fr') a
      ORDER BY a.start DESC
      LIMIT 3) last, big b
ORDER BY last.start;

-- detection and extraction with lang NULL on the whole document
SELECT detect_language(body) AS detected FROM big;
SELECT count(*) AS amounts FROM big, extract_amounts(body);

DROP TABLE big;
