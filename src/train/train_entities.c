/*
 * train_entities.c — the project's trainer for the entity tagger: an
 * averaged perceptron over exactly the features the core computes
 * (src/core/ner_features.c), with the same greedy left-to-right decoding
 * and the same skipped tokens, written as the model file the extension
 * installs (format in src/core/ner.h).
 *
 * Input: documents prepared by src/train/prep_entities.py, one after the other:
 *   "#doc LANG MISC NBYTES NENTITIES\n", NBYTES of text, "\n",
 *   then NENTITIES lines "START END KIND\n" (byte offsets, kind 1..4 =
 *   person, organization, location, misc). MISC 0 marks a corpus that does
 *   not annotate misc: predicting misc where it has O is then not an error.
 *
 * usage: train_entities [--epochs N] [--runs R] [--seed S] [--prune W] --out MODEL FILE...
 */
#include "ner.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct train_doc
{
	char	   *text;
	dsr_scan	scan;
	ner_doc		doc;
	uint8_t    *gold;			/* tag per token */
	uint8_t    *tags;			/* the tags predicted in the current pass */
	bool		has_misc;
} train_doc;

/* Feature weights: an open-addressing map from feature hash to a row. */
typedef struct weight_row
{
	float		w[NER_NTAGS];
	double		u[NER_NTAGS];	/* sum of step × update, for the average */
	float		total[NER_NTAGS];	/* sum of the averaged weights of the runs so far */
} weight_row;

static uint64_t *map_keys;
static uint32_t *map_rows;
static size_t map_mask;
static weight_row *rows;
static size_t nrows,
			rows_cap;

static void
die(const char *msg)
{
	fprintf(stderr, "train_entities: %s\n", msg);
	exit(1);
}

static void *
xcalloc(size_t n, size_t size)
{
	void	   *p = calloc(n, size);

	if (!p)
		die("out of memory");
	return p;
}

static void
map_grow(void)
{
	size_t		old_size = map_mask + 1;
	uint64_t   *old_keys = map_keys;
	uint32_t   *old_rows = map_rows;
	size_t		size = old_keys ? old_size * 2 : (1 << 20);
	size_t		i;

	map_keys = xcalloc(size, sizeof(uint64_t));
	map_rows = xcalloc(size, sizeof(uint32_t));
	map_mask = size - 1;
	for (i = 0; old_keys && i < old_size; i++)
	{
		size_t		j;

		if (old_keys[i] == 0)
			continue;
		j = old_keys[i] & map_mask;
		while (map_keys[j] != 0)
			j = (j + 1) & map_mask;
		map_keys[j] = old_keys[i];
		map_rows[j] = old_rows[i];
	}
	free(old_keys);
	free(old_rows);
}

/* The row of a feature; created when create is set, else NULL if absent. */
static weight_row *
row_of(uint64_t key, bool create)
{
	size_t		i = key & map_mask;

	while (map_keys[i] != 0)
	{
		if (map_keys[i] == key)
			return &rows[map_rows[i]];
		i = (i + 1) & map_mask;
	}
	if (!create)
		return NULL;
	if (nrows == rows_cap)
	{
		rows_cap = rows_cap ? rows_cap * 2 : (1 << 20);
		rows = realloc(rows, rows_cap * sizeof(weight_row));
		if (!rows)
			die("out of memory");
	}
	memset(&rows[nrows], 0, sizeof(weight_row));
	map_keys[i] = key;
	map_rows[i] = (uint32_t) nrows;
	nrows++;
	if (nrows * 2 > map_mask)
	{
		map_grow();
		return row_of(key, false);
	}
	return &rows[nrows - 1];
}

/* ------------------------------------------------------------- reading */

static train_doc *docs;
static size_t ndocs,
			docs_cap;
static size_t misaligned,
			entities_read;

static int
first_token_at(const dsr_scan *scan, uint32_t start)
{
	size_t		lo = 0,
				hi = scan->ntokens;

	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;

		if (scan->tokens[mid].start < start)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < scan->ntokens && scan->tokens[lo].start == start ? (int) lo : -1;
}

static void
read_file(const char *path, const dsr_options *opts)
{
	FILE	   *f = fopen(path, "rb");
	char		lang[8];
	int			misc;
	unsigned long nbytes,
				nentities;

	if (!f)
		die("cannot open an input file");
	while (fscanf(f, "#doc %7s %d %lu %lu\n", lang, &misc, &nbytes, &nentities) == 4)
	{
		train_doc  *d;
		unsigned long e;
		size_t		t;

		if (ndocs == docs_cap)
		{
			docs_cap = docs_cap ? docs_cap * 2 : 1024;
			docs = realloc(docs, docs_cap * sizeof(train_doc));
			if (!docs)
				die("out of memory");
		}
		d = &docs[ndocs++];
		memset(d, 0, sizeof(*d));
		d->text = xcalloc(nbytes + 1, 1);
		if (fread(d->text, 1, nbytes, f) != nbytes || fgetc(f) != '\n')
			die("truncated document");
		d->has_misc = misc != 0;
		if (dsr_scan_text(d->text, nbytes, opts, &d->scan) != DSR_OK)
			die("scan failed");
		d->doc.scan = &d->scan;
		d->doc.lang = dsr_lang_from_code(lang, strlen(lang));
		d->doc.tokens = xcalloc(d->scan.ntokens + 1, sizeof(ner_token));
		if (ner_doc_prepare(&d->doc) != DSR_OK)
			die("prepare failed");
		d->gold = xcalloc(d->scan.ntokens + 1, 1);
		d->tags = xcalloc(d->scan.ntokens + 1, 1);
		for (e = 0; e < nentities; e++)
		{
			unsigned	start,
						end,
						kind;
			int			first;

			if (fscanf(f, "%u %u %u\n", &start, &end, &kind) != 3 || kind < 1 || kind > 4)
				die("bad entity line");
			entities_read++;
			first = first_token_at(&d->scan, start);
			if (first < 0)
			{
				misaligned++;
				continue;
			}
			for (t = (size_t) first; t < d->scan.ntokens && d->scan.tokens[t].end <= end; t++)
				d->gold[t] = (uint8_t) (t == (size_t) first ? 2 * kind - 1 : 2 * kind);
			if (t == (size_t) first || d->scan.tokens[t - 1].end != end)
			{
				/* the span ends inside a token: leave it out rather than teach a wrong edge */
				misaligned++;
				for (t = (size_t) first; t < d->scan.ntokens && d->scan.tokens[t].end <= end; t++)
					d->gold[t] = NER_O;
			}
		}
	}
	if (!feof(f))
		die("bad document header");
	fclose(f);
}

/* ------------------------------------------------------------ training */

static uint64_t rng_state;

static uint64_t
rng_next(void)
{
	rng_state = rng_state * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
	return rng_state >> 17;
}

static int
predict(const ner_doc *doc, size_t i, int prev1, const uint64_t *f, int nf)
{
	float		score[NER_NTAGS] = {0};
	int			best = NER_O;
	int			k,
				t;

	for (k = 0; k < nf; k++)
	{
		weight_row *r = row_of(f[k], false);

		if (r)
			for (t = 0; t < NER_NTAGS; t++)
				score[t] += r->w[t];
	}
	for (t = 1; t < NER_NTAGS; t++)
		if (score[t] > score[best] && ner_tag_allowed(doc, i, prev1, t))
			best = t;
	return best;
}

static void
train(int epochs)
{
	size_t	   *order = xcalloc(ndocs, sizeof(size_t));
	double		step = 1;
	int			epoch;
	size_t		i;

	for (i = 0; i < ndocs; i++)
		order[i] = i;
	for (epoch = 1; epoch <= epochs; epoch++)
	{
		size_t		errors = 0,
					scored = 0,
					unreachable = 0;

		for (i = ndocs; i > 1; i--)
		{
			size_t		j = rng_next() % i;
			size_t		tmp = order[i - 1];

			order[i - 1] = order[j];
			order[j] = tmp;
		}
		for (i = 0; i < ndocs; i++)
		{
			train_doc  *d = &docs[order[i]];
			uint8_t    *tags = d->tags;
			int			prev1 = NER_O;
			size_t		k;

			for (k = 0; k < d->scan.ntokens; k++, step++)
			{
				uint64_t	f[NER_MAX_FEATURES];
				int			nf,
							gold = d->gold[k],
							pred,
							n;

				if (ner_token_skipped(&d->doc, k, prev1))
				{
					unreachable += gold != NER_O;
					tags[k] = NER_O;
					prev1 = NER_O;
					continue;
				}
				if (!ner_tag_allowed(&d->doc, k, prev1, gold))
					gold = gold - 1;	/* I after a wrong prediction: the entity starts here */
				nf = ner_token_features(&d->doc, k, tags, f);
				pred = predict(&d->doc, k, prev1, f, nf);
				scored++;
				if (!d->has_misc && gold == NER_O && ner_tag_kind(pred) == 4)
					gold = pred;
				if (pred != gold)
				{
					errors++;
					for (n = 0; n < nf; n++)
					{
						weight_row *r = row_of(f[n], true);

						r->w[gold] += 1;
						r->u[gold] += step;
						r->w[pred] -= 1;
						r->u[pred] -= step;
					}
				}
				tags[k] = (uint8_t) pred;
				prev1 = pred;
			}
		}
		fprintf(stderr, "epoch %d: %zu errors in %zu scored tokens (%.2f%%), %zu entity tokens skipped, %zu features\n",
				epoch, errors, scored, 100.0 * errors / (scored ? scored : 1), unreachable, nrows);
	}
	/* averaged weights: w - u / step */
	for (i = 0; i < nrows; i++)
	{
		int			t;

		for (t = 0; t < NER_NTAGS; t++)
			rows[i].w[t] -= (float) (rows[i].u[t] / step);
	}
	free(order);
}

/* ------------------------------------------------------------- writing */

static bool
kept(const weight_row *r, double prune)
{
	int			t;

	for (t = 0; t < NER_NTAGS; t++)
		if (fabsf(r->w[t]) >= prune)
			return true;
	return false;
}

static int
compare_keys(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a,
				y = *(const uint64_t *) b;

	return (x > y) - (x < y);
}

/* The kept entries (rows marked with the top bit), sorted by key. */
static void
write_sorted_entries(FILE *f, float scale)
{
	uint64_t   *pairs = xcalloc(2 * (map_mask + 1), sizeof(uint64_t));
	size_t		n = 0,
				i;

	for (i = 0; i <= map_mask; i++)
	{
		if (map_keys[i] != 0 && (map_rows[i] & UINT32_C(0x80000000)))
		{
			pairs[2 * n] = map_keys[i];
			pairs[2 * n + 1] = map_rows[i] & UINT32_C(0x7FFFFFFF);
			n++;
		}
	}
	qsort(pairs, n, 2 * sizeof(uint64_t), compare_keys);
	for (i = 0; i < n; i++)
	{
		const weight_row *r = &rows[pairs[2 * i + 1]];
		unsigned char b[8 + NER_NTAGS];
		int			k;

		for (k = 0; k < 8; k++)
			b[k] = (unsigned char) (pairs[2 * i] >> (8 * k));
		for (k = 0; k < NER_NTAGS; k++)
			b[8 + k] = (unsigned char) (int8_t) lrintf(r->w[k] / scale);
		fwrite(b, 1, sizeof(b), f);
	}
	free(pairs);
}

static void
put_u32(FILE *f, uint32_t v)
{
	unsigned char b[4] = {v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, (v >> 24) & 0xFF};

	fwrite(b, 1, 4, f);
}

static void
write_model(const char *path, double prune)
{
	float		max = 0;
	float		scale;
	uint32_t	count = 0,
				raw_scale;
	size_t		i;
	FILE	   *f;

	for (i = 0; i < nrows; i++)
	{
		int			t;

		for (t = 0; t < NER_NTAGS; t++)
			if (fabsf(rows[i].w[t]) > max)
				max = fabsf(rows[i].w[t]);
	}
	if (max == 0)
		die("nothing learnt");
	scale = max / 127.0f;
	f = fopen(path, "wb");
	if (!f)
		die("cannot write the model");
	for (i = 0; i <= map_mask; i++)
		count += map_keys[i] != 0 && kept(&rows[map_rows[i]], prune);
	fwrite(NER_MODEL_MAGIC, 1, 8, f);
	put_u32(f, NER_MODEL_VERSION);
	put_u32(f, NER_NTAGS);
	put_u32(f, count);
	memcpy(&raw_scale, &scale, 4);
	put_u32(f, raw_scale);
	/* in key order, so the file is the same for the same training */
	for (i = 0; i <= map_mask; i++)
	{
		if (map_keys[i] != 0 && kept(&rows[map_rows[i]], prune))
			map_rows[i] |= UINT32_C(0x80000000);
	}
	write_sorted_entries(f, scale);
	if (fclose(f) != 0)
		die("cannot write the model");
	fprintf(stderr, "model: %u features of %zu kept (|w| >= %g), scale %g\n",
			count, nrows, prune, scale);
}

int
main(int argc, char **argv)
{
	dsr_options opts = dsr_default_options();
	const char *out = NULL;
	int			epochs = 10;
	int			runs = 1;
	int			run;
	double		prune = 1.0;		/* smaller weights change no decision worth their bytes */
	int			i;

	rng_state = 1;
	if (dsr_core_init() != DSR_OK || dsr_gazetteer_init() != DSR_OK)
		die("core init failed");
	map_grow();
	for (i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "--epochs") == 0 && i + 1 < argc)
			epochs = atoi(argv[++i]);
		else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
			runs = atoi(argv[++i]) > 0 ? atoi(argv[i]) : 1;
		else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
			rng_state = strtoull(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--prune") == 0 && i + 1 < argc)
			prune = atof(argv[++i]);
		else if (strcmp(argv[i], "--out") == 0 && i + 1 < argc)
			out = argv[++i];
		else
			read_file(argv[i], &opts);
	}
	if (!out || ndocs == 0)
		die("usage: train_entities [--epochs N] [--runs R] [--seed S] [--prune W] --out MODEL FILE...");
	for (i = 0; (size_t) i < ndocs; i++)
		docs[i].doc.scan = &docs[i].scan;	/* the array moved as it grew */
	fprintf(stderr, "%zu documents, %zu entities (%zu left out: not on token edges)\n",
			ndocs, entities_read, misaligned);
	/*
	 * Several runs over different orders of the documents, their averaged
	 * weights averaged again: one order's luck no longer decides a weight.
	 */
	for (run = 0; run < runs; run++)
	{
		size_t		r;

		train(epochs);
		for (r = 0; r < nrows; r++)
		{
			int			t;

			for (t = 0; t < NER_NTAGS; t++)
			{
				rows[r].total[t] += rows[r].w[t] / (float) runs;
				rows[r].w[t] = 0;
				rows[r].u[t] = 0;
			}
		}
	}
	for (i = 0; (size_t) i < nrows; i++)
		memcpy(rows[i].w, rows[i].total, sizeof(rows[i].w));
	write_model(out, prune);
	return 0;
}
