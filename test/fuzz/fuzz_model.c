/*
 * fuzz_model.c — model files made of any bytes: dsr_ner_model_load says
 * DSR_OK or DSR_EINVAL and never reads out of bounds; a model it accepts,
 * whatever its weights, tags a fixed text into sane entities.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Names, a law number, an event, an abbreviation, a line break. */
static const char text[] =
	"Ursula von der Leyen a rencontré Olaf Scholz à Bruxelles.\n"
	"The European Commission applies Regulation (EU) 2024/1689; COP29 opens in Baku. "
	"Von der Leyen et l'UE répondent. Scholz dankt der Europäischen Zentralbank.";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dsr_ner_model *model = NULL;
	char	   *bytes;
	int			rc;

	/* a model is 28 bytes of header and 26 per slot: the cap allows 2500 slots */
	if (size > FUZZ_MAX_INPUT)
		return 0;
	bytes = fuzz_copy(data, size);
	rc = dsr_ner_model_load(bytes, size, &model);
	FUZZ_CHECK(rc == DSR_OK || rc == DSR_EINVAL);
	FUZZ_CHECK((rc == DSR_OK) == (model != NULL));
	/* the model is a copy: the file's bytes may go at once */
	free(bytes);
	if (rc == DSR_OK)
	{
		dsr_options opts = dsr_default_options();
		char	   *buf = fuzz_copy((const uint8_t *) text, sizeof(text) - 1);
		dsr_scan	scan;
		dsr_entity_list list;

		FUZZ_CHECK(dsr_scan_text(buf, sizeof(text) - 1, &opts, &scan) == DSR_OK);
		FUZZ_CHECK(dsr_entities_extract(&scan, DSR_LANG_UNKNOWN, model, &list) == DSR_OK);
		fuzz_check_entities(&scan, &list);
		dsr_entities_free(&list);
		dsr_scan_free(&scan);
		free(buf);
		dsr_ner_model_free(model);
	}
	return 0;
}
