/*
 * core.c — error strings, default options, language codes and the one-time
 * initialisation of the core's immutable shared state.
 */
#include "internal.h"
#include "lexicon.h"

#include <stdlib.h>

const char *
dsr_strerror(int code)
{
	switch (code)
	{
		case DSR_OK:
			return "success";
		case DSR_ENOMEM:
			return "out of memory";
		case DSR_ECANCELLED:
			return "cancelled";
		case DSR_ETOOBIG:
			return "input too large";
		case DSR_EINVAL:
			return "invalid argument";
		case DSR_EINTERNAL:
			return "internal error in a library";
	}
	return "unknown error";
}

static void *
default_alloc(void *arg, size_t size)
{
	return malloc(size);
}

static void
default_release(void *arg, void *ptr)
{
	free(ptr);
}

dsr_options
dsr_default_options(void)
{
	dsr_options opts;

	memset(&opts, 0, sizeof(opts));
	opts.alloc = default_alloc;
	opts.release = default_release;
	return opts;
}

bool
dsr_array_reserve_n(const dsr_options *opts, void **items, size_t count, size_t *capacity,
					size_t elem_size, size_t more)
{
	size_t		newcap;
	void	   *grown;

	if (more <= *capacity - count)
		return true;
	newcap = *capacity ? *capacity * 2 : 16;
	if (newcap - count < more)
		newcap = count + more;
	if (newcap > SIZE_MAX / elem_size)
		return false;
	grown = dsr_alloc(opts, newcap * elem_size);
	if (!grown)
		return false;
	if (*items)
	{
		memcpy(grown, *items, count * elem_size);
		dsr_release(opts, *items);
	}
	*items = grown;
	*capacity = newcap;
	return true;
}

static const struct
{
	const char *code;
	dsr_lang	lang;
}			lang_codes[] =
{
	{"fr", DSR_LANG_FR},
	{"en", DSR_LANG_EN},
	{"de", DSR_LANG_DE},
	{"es", DSR_LANG_ES},
	{"it", DSR_LANG_IT},
	{"nl", DSR_LANG_NL},
	{"pt", DSR_LANG_PT},
};

dsr_lang
dsr_lang_from_code(const char *code, size_t len)
{
	size_t		i;

	if (len != 2)
		return DSR_LANG_UNKNOWN;
	for (i = 0; i < sizeof(lang_codes) / sizeof(lang_codes[0]); i++)
	{
		if ((code[0] | 0x20) == lang_codes[i].code[0] &&
			(code[1] | 0x20) == lang_codes[i].code[1])
			return lang_codes[i].lang;
	}
	return DSR_LANG_UNKNOWN;
}

const char *
dsr_lang_code(dsr_lang lang)
{
	size_t		i;

	for (i = 0; i < sizeof(lang_codes) / sizeof(lang_codes[0]); i++)
	{
		if (lang_codes[i].lang == lang)
			return lang_codes[i].code;
	}
	return NULL;
}

const char *
dsr_qualifier_name(dsr_qualifier q)
{
	switch (q)
	{
		case DSR_QUAL_ABOUT:
			return "about";
		case DSR_QUAL_OVER:
			return "over";
		case DSR_QUAL_UNDER:
			return "under";
		case DSR_QUAL_UP_TO:
			return "up_to";
		case DSR_QUAL_NONE:
			break;
	}
	return NULL;
}

int
dsr_core_init(void)
{
	int			rc;

	rc = dsr_lexicon_init();
	if (rc != DSR_OK)
		return rc;
	return dsr_number_init();
}
