/*
 * module.c — the shared library's entry: module magic and the one-time
 * preparation of the core's immutable lexicons and patterns per backend.
 */
#include "postgres.h"
#include "fmgr.h"

#include "convert.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

void
_PG_init(void)
{
	/* built once per backend, read-only afterwards; failure is retried lazily */
	(void) dsr_core_init();
}
