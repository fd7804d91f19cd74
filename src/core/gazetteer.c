/*
 * gazetteer.c — the compiled-in names (places, organizations, laws, events,
 * people, given names, demonyms) and their lookup by normalized phrase. The
 * table is sorted by key, so the entries of one key are adjacent; the hash
 * index points at the first of them.
 */
#include "ner.h"

#include <stdlib.h>

static uint32_t *first_of_key;	/* slots: entry index + 1, 0 = empty */
static uint8_t *key_lengths;	/* strlen of each entry's key (keys are < 96 bytes) */
static size_t gaz_mask;
static uint64_t *one_word_hashes;	/* dsr_fnv1a64 of the keys without a space, 0 = empty */
static size_t one_word_mask;
static bool one_word_hash_zero;	/* some such key hashes to 0 */
static bool gazetteer_ready;

/* Index the hashes of the one-word keys (dsr_gazetteer_may_be_key). */
static bool
index_one_word_keys(void)
{
	size_t		size = 64;
	size_t		e;

	while (size < dsr_gaz_entry_count * 2)
		size *= 2;
	one_word_hashes = calloc(size, sizeof(uint64_t));
	if (!one_word_hashes)
		return false;
	one_word_mask = size - 1;
	for (e = 0; e < dsr_gaz_entry_count; e++)
	{
		const char *key = dsr_gaz_entries[e].key;
		uint64_t	hash;

		if (strchr(key, ' '))
			continue;
		hash = dsr_fnv1a64(key, key_lengths[e]);
		if (hash == 0)
			one_word_hash_zero = true;
		else
			one_word_hashes[dsr_key_slot(one_word_hashes, one_word_mask, hash)] = hash;
	}
	return true;
}

int
dsr_gazetteer_init(void)
{
	size_t		size = 64;
	size_t		e;

	if (gazetteer_ready)
		return DSR_OK;
	while (size < dsr_gaz_entry_count * 2)
		size *= 2;
	first_of_key = calloc(size, sizeof(uint32_t));
	key_lengths = malloc(dsr_gaz_entry_count + 1);
	if (!first_of_key || !key_lengths)
	{
		free(first_of_key);
		free(key_lengths);
		first_of_key = NULL;
		key_lengths = NULL;
		return DSR_ENOMEM;
	}
	for (e = 0; e < dsr_gaz_entry_count; e++)
		key_lengths[e] = (uint8_t) strlen(dsr_gaz_entries[e].key);
	if (!index_one_word_keys())
	{
		free(first_of_key);
		free(key_lengths);
		first_of_key = NULL;
		key_lengths = NULL;
		return DSR_ENOMEM;
	}
	gaz_mask = size - 1;
	for (e = 0; e < dsr_gaz_entry_count; e++)
	{
		const char *key = dsr_gaz_entries[e].key;
		size_t		i;

		if (e > 0 && strcmp(dsr_gaz_entries[e - 1].key, key) == 0)
			continue;
		i = dsr_fnv1a32(key, strlen(key)) & gaz_mask;
		while (first_of_key[i] != 0)
			i = (i + 1) & gaz_mask;
		first_of_key[i] = (uint32_t) e + 1;
	}
	gazetteer_ready = true;
	return DSR_OK;
}

bool
dsr_gazetteer_visit(const char *key, size_t len, gaz_visit fn, void *arg)
{
	size_t		i;

	if (!gazetteer_ready || len == 0)
		return false;
	i = dsr_fnv1a32(key, len) & gaz_mask;
	while (first_of_key[i] != 0)
	{
		size_t		e = first_of_key[i] - 1;
		const char *k = dsr_gaz_entries[e].key;

		if (key_lengths[e] == len && memcmp(k, key, len) == 0)
		{
			for (; e < dsr_gaz_entry_count && key_lengths[e] == len &&
				 memcmp(dsr_gaz_entries[e].key, k, len) == 0; e++)
			{
				if (fn && fn(&dsr_gaz_entries[e], arg))
					break;
			}
			return true;
		}
		i = (i + 1) & gaz_mask;
	}
	return false;
}

bool
dsr_gazetteer_may_be_key(uint64_t hash)
{
	if (!gazetteer_ready)
		return false;
	if (hash == 0)
		return one_word_hash_zero;
	return one_word_hashes[dsr_key_slot(one_word_hashes, one_word_mask, hash)] == hash;
}
