-- English: who said it. Verb after the quote (inverted or not), colon before
-- it, a quote split around "he said", according to; pronouns, titles and
-- roles resolved to the fullest name; continuations; organisations; none.

-- after the quote, inverted verb (said)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"The budget is balanced for the first time in a decade," said Jane Doe.$$, 'en')
ORDER BY start;

-- after the quote, subject before the verb
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"We expect the first trains in 2029," Jane Doe said on Tuesday.$$, 'en')
ORDER BY start;

-- after the quote, a role then the name in apposition
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"No region will lose funding," said the finance minister, Jane Doe.$$, 'en')
ORDER BY start;

-- after the quote, the name then a relative clause
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"The audit raises more questions than it answers," said Mark Ellison, who chairs the public accounts committee.$$, 'en')
ORDER BY start;

-- before the quote, with a colon (told)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Hannah Kowalski told reporters in Brussels: "The rules apply to every platform, large or small."$$, 'en')
ORDER BY start;

-- before the quote, with a colon (insisted)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Jane Doe insisted: "There will be no new borrowing."$$, 'en')
ORDER BY start;

-- around the quote: split by "he said"
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Mark Ellison left the hearing early. "We were promised figures," he said, "and we got slogans."$$, 'en')
ORDER BY start;

-- according to, with a name
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$According to Priya Natarajan, "the numbers simply do not add up."$$, 'en')
ORDER BY start;

-- a pronoun after the quote (she warned)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Priya Natarajan presented the city accounts on Monday. "Without new revenue, we will cut services by autumn," she warned.$$, 'en')
ORDER BY start;

-- a role that refers to an earlier person (the commissioner added)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Commissioner Hannah Kowalski opened the consultation on Wednesday. "We want to hear from small firms first," the commissioner added.$$, 'en')
ORDER BY start;

-- he and she choose between two earlier persons (known miss: pronouns do not know gender, both go to the last speaker)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Jane Doe and Mark Ellison met for two hours. "It was a constructive meeting," she said. "It was a long one," he argued.$$, 'en')
ORDER BY start;

-- the surname alone resolves to the full name given earlier (argued)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$Hannah Kowalski defended the fine. "Repeat offenders must pay more," Kowalski argued.$$, 'en')
ORDER BY start;

-- a title and surname first, the full name later in the document
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"The trial data are clear," said Dr. Natarajan. Priya Natarajan led the study for six years.$$, 'en')
ORDER BY start;

-- a quote in the next sentence, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"We have a plan," Jane Doe said. "It is fully costed."$$, 'en')
ORDER BY start;

-- a quote in the next paragraph, no cue: same speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'Mark Ellison said: "The report will be published in full."\n\n"Nothing will be redacted."', 'en')
ORDER BY start;

-- continuation follows the latest speaker
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"The deal is done," said Jane Doe. "It is not," said Mark Ellison. "Nobody has seen the annex."$$, 'en')
ORDER BY start;

-- an organisation as speaker (the Commission said)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"The measures are proportionate and temporary," the European Commission said in a statement.$$, 'en')
ORDER BY start;

-- according to an organisation
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$According to the Treasury, "the forecast remains unchanged."$$, 'en')
ORDER BY start;

-- a straight apostrophe in the speaker's name
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"Farmers can't wait another season," said Tom O'Brien. O'Brien added: "Neither can the banks."$$, 'en')
ORDER BY start;

-- present tense (says)
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$“It is the cheapest tonne of carbon we will ever cut,” says Priya Natarajan.$$, 'en')
ORDER BY start;

-- nobody named: speaker NULL
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes($$"Do not expect miracles," read a handwritten note pinned to the door.$$, 'en')
ORDER BY start;

-- a whole article: roles, pronouns, a split quote and a continuation
SELECT quote, speaker, cue, start, sentence
FROM extract_quotes(E'The finance minister, Jane Doe, and Commissioner Hannah Kowalski met in Luxembourg on Friday.\n\n"We agree on the goal," said Ms Doe. "We disagree on the timing."\n\nThe commissioner was blunter. "The timing," she said, "is not up for negotiation."\n\nAccording to the minister, "a compromise is still possible."', 'en')
ORDER BY start;
