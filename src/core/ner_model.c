/*
 * ner_model.c — reading the tagger's model file (format in ner.h). The bytes
 * come from a file installed with the extension, but are checked as if they
 * could be anything: a wrong size, a zero key or a count too large is
 * DSR_EINVAL, never a read out of bounds.
 */
#include "ner.h"

#include <stdlib.h>
#ifdef __linux__
#include <sys/mman.h>
#endif

#define HEADER_BYTES	(8 + 4 * 4)
#define ENTRY_BYTES		(8 + NER_NTAGS)
#define MAX_FEATURES	(1u << 24)
/* A huge page of x86-64 Linux. */
#define HUGE_PAGE_BYTES	((size_t) 2 << 20)

static uint32_t
read_u32(const unsigned char *p)
{
	return (uint32_t) p[0] | ((uint32_t) p[1] << 8) | ((uint32_t) p[2] << 16) |
		((uint32_t) p[3] << 24);
}

static uint64_t
read_u64(const unsigned char *p)
{
	return (uint64_t) read_u32(p) | ((uint64_t) read_u32(p + 4) << 32);
}

int
dsr_ner_model_load(const void *data, size_t len, dsr_ner_model **out)
{
	const unsigned char *p = data;
	dsr_ner_model *m;
	uint32_t	count,
				capacity = 16,
				raw_scale,
				e;
	size_t		bytes;
	float		scale;

	*out = NULL;
	if (len < HEADER_BYTES || memcmp(p, NER_MODEL_MAGIC, 8) != 0 ||
		read_u32(p + 8) != NER_MODEL_VERSION || read_u32(p + 12) != NER_NTAGS)
		return DSR_EINVAL;
	count = read_u32(p + 16);
	raw_scale = read_u32(p + 20);
	memcpy(&scale, &raw_scale, sizeof(scale));
	if (count > MAX_FEATURES || !(scale > 0.0f && scale < 1e6f) ||
		len - HEADER_BYTES != (size_t) count * ENTRY_BYTES)
		return DSR_EINVAL;
	while (capacity < 2 * count)
		capacity *= 2;

	m = malloc(sizeof(*m));
	if (!m)
		return DSR_ENOMEM;
	/*
	 * 16-byte slots on 64-byte lines: a lookup touches one cache line. A
	 * table of megabytes goes on huge pages where the system has them: the
	 * lookups land all over it, and with 4 kB pages most would also miss the
	 * TLB (measured: 4% of the whole run). bytes is a power of two.
	 */
	bytes = (size_t) capacity * sizeof(ner_slot);
	m->slots = aligned_alloc(bytes >= HUGE_PAGE_BYTES ? HUGE_PAGE_BYTES : 64, bytes);
	if (!m->slots)
	{
		free(m);
		return DSR_ENOMEM;
	}
#ifdef MADV_HUGEPAGE
	if (bytes >= HUGE_PAGE_BYTES)
		(void) madvise(m->slots, bytes, MADV_HUGEPAGE);	/* only a hint */
#endif
	memset(m->slots, 0, bytes);
	m->capacity = capacity;
	m->count = count;
	m->scale = scale;
	p += HEADER_BYTES;
	for (e = 0; e < count; e++, p += ENTRY_BYTES)
	{
		uint64_t	key = read_u64(p);
		uint32_t	i = (uint32_t) key & (capacity - 1);
		uint32_t	fingerprint = ner_fingerprint(key);
		int			t;

		if (key == 0)
		{
			dsr_ner_model_free(m);
			return DSR_EINVAL;
		}
		while (m->slots[i].fingerprint != 0 && m->slots[i].fingerprint != fingerprint)
			i = (i + 1) & (capacity - 1);
		if (m->slots[i].fingerprint == fingerprint)
			continue;			/* two keys one fingerprint apart: keep the first */
		m->slots[i].fingerprint = fingerprint;
		for (t = 0; t < NER_NTAGS; t++)
			m->slots[i].weights[t] = (int8_t) p[8 + t];
	}
	*out = m;
	return DSR_OK;
}

void
dsr_ner_model_free(dsr_ner_model *model)
{
	if (model)
	{
		free(model->slots);
		free(model);
	}
}
