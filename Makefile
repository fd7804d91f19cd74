# dossier — PGXS build of the extension, plus the project's own targets.
# `make demo` and `make test` work on a bare machine: they install what is
# missing first (scripts/deps.sh), so they must not need PGXS to be reached.

EXTENSION   = dossier
EXTVERSION  = 0.1.0

MODULE_big  = dossier
CORE_SRCS   = $(wildcard src/core/*.c) $(wildcard src/core/tables/*.c)
PG_SRCS     = $(wildcard src/pg/*.c)
OBJS        = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

DATA        = model/dossier_entities.model
DATA_built  = $(EXTENSION)--$(EXTVERSION).sql
EXTRA_CLEAN = $(EXTENSION)--$(EXTVERSION).sql results regression.diffs \
              regression.out test/unit/run_unit_tests test/eval/out dossier-extract \
              test/fuzz/*.replay test/fuzz/*.fuzzer train_entities train_entities.input train_entities.own.jsonl

REGRESS      = $(sort $(patsubst sql/%.sql,%,$(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION)
ENCODING     = UTF8
NO_LOCALE    = 1

PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
PG_CPPFLAGS  = -Isrc/core $(PCRE2_CFLAGS)
PG_CFLAGS    = -std=gnu11
SHLIB_LINK   = $(PCRE2_LIBS) -lutf8proc

PG_CONFIG ?= pg_config
PGXS := $(wildcard $(shell $(PG_CONFIG) --pgxs 2>/dev/null))
ifneq ($(PGXS),)
include $(PGXS)
else
all:
	@echo "PostgreSQL development files are missing: run 'make demo' or 'make test'," >&2
	@echo "which install them (scripts/deps.sh), or install postgresql-server-dev-NN." >&2
	@exit 1
endif

$(EXTENSION)--$(EXTVERSION).sql: src/sql/$(EXTENSION).sql
	cp $< $@

# The core's structs cross into the binding: a changed header rebuilds every
# object and its JIT bitcode, never one half with the old layout.
$(OBJS) $(OBJS:.o=.bc): $(wildcard src/core/*.h) $(wildcard src/pg/*.h)

.PHONY: demo test unit eval tables cli bench fuzz fuzz-replay valgrind model

# The README's two commands.
demo:
	scripts/demo.sh

test:
	scripts/test.sh

# C unit tests of the pure core, with AddressSanitizer and UBSan, no server.
UNIT_CFLAGS = -std=gnu11 -g -O1 -Wall -Wextra -Wno-unused-parameter \
              -fsanitize=address,undefined -fno-sanitize-recover=all \
              -fno-omit-frame-pointer -Isrc/core $(PCRE2_CFLAGS)
CORE_LIB_SRCS = $(wildcard src/core/*.c) $(wildcard src/core/tables/*.c)

test/unit/run_unit_tests: $(wildcard test/unit/*.c) $(wildcard test/unit/*.h) $(CORE_LIB_SRCS) $(wildcard src/core/*.h)
	$(CC) $(UNIT_CFLAGS) -o $@ $(wildcard test/unit/*.c) $(CORE_LIB_SRCS) $(PCRE2_LIBS) -lutf8proc

unit: test/unit/run_unit_tests
	test/unit/run_unit_tests

# Accuracy on the labelled data; needs a running server with the extension
# installed (scripts/test.sh provides one). Fails below test/eval/floors.tsv.
eval:
	test/eval/run_eval.sh

# Regenerate the compiled-in lexicons and gazetteers from src/data/*.tsv.
tables:
	python3 src/data/gen_tables.py src/data src/core/tables/lexicon_data.c
	python3 src/data/gen_gazetteer.py src/data src/core/tables/gazetteer_data.c

# The entity tagger's model, trained by the project's own trainer (src/train)
# on the openly licensed labelled data and the project's own annotated texts
# (data/ner), never on CoNLL-2003 or HIPE-2020 (src/train/README.md).
SHARED_DATA ?= ../shared/data
NER_TRAIN = $(SHARED_DATA)/ner/germeval2014-de-train.jsonl.gz \
            $(SHARED_DATA)/ner/uner-pud-de-train.jsonl.gz:nomisc \
            $(SHARED_DATA)/ner/uner-pud-en-train.jsonl.gz:nomisc \
            $(SHARED_DATA)/ner/newseye-fr-train.jsonl.gz \
            $(SHARED_DATA)/ner/europeana-fr-train.jsonl.gz:nomisc \
            $(SHARED_DATA)/ner/europeana-de-train.jsonl.gz:nomisc
NER_EPOCHS ?= 20
NER_RUNS ?= 5
NER_SEED ?= 1
# the project's own annotated texts; data/ner-pending/*.txt may be added to try them
NER_OWN ?= $(sort $(wildcard data/ner/*.txt))

train_entities: src/train/train_entities.c $(CORE_LIB_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CLI_CFLAGS) -o $@ src/train/train_entities.c $(CORE_LIB_SRCS) $(PCRE2_LIBS) -lutf8proc -lm

model: train_entities
	python3 src/train/markup_to_jsonl.py $(NER_OWN) > train_entities.own.jsonl
	python3 src/train/prep_entities.py $(NER_TRAIN) train_entities.own.jsonl:x2 > train_entities.input
	./train_entities --epochs $(NER_EPOCHS) --runs $(NER_RUNS) --seed $(NER_SEED) \
		--out model/dossier_entities.model train_entities.input
	rm -f train_entities.input train_entities.own.jsonl

# The core on the command line (src/cli), built without PostgreSQL.
CLI_CFLAGS = -std=gnu11 -O2 -g -Wall -Wextra -Wno-unused-parameter -Isrc/core $(PCRE2_CFLAGS)

dossier-extract: src/cli/dossier_extract.c $(CORE_LIB_SRCS) $(wildcard src/core/*.h)
	$(CC) $(CLI_CFLAGS) -o $@ src/cli/dossier_extract.c $(CORE_LIB_SRCS) $(PCRE2_LIBS) -lutf8proc

cli: dossier-extract

# Throughput on the benchmark corpus, against the read floor and a regexp
# money query, on a throwaway server (test/bench). Figures, no assertions.
bench:
	test/bench/run_bench.sh

# Fuzz targets of the core (test/fuzz). fuzz-replay builds them with gcc,
# ASan and UBSan and replays the committed corpus (make test); fuzz runs
# libFuzzer (clang) for FUZZ_RUNS inputs (about a minute) or FUZZ_SECONDS per
# target, writing what it finds to test/fuzz/crashes/ (each crash becomes a
# corpus file once fixed).
FUZZ_TARGETS = fuzz_scan fuzz_amounts fuzz_entities fuzz_quotes fuzz_all fuzz_model
FUZZ_SECONDS ?= 120
FUZZ_RUNS ?= 300000
# a fixed seed and number of runs keep the run in `make test` reproducible;
# explore anew with: make fuzz FUZZ_SEED=0 FUZZ_RUNS=-1 FUZZ_SECONDS=3600
FUZZ_SEED ?= 1
FUZZ_SRCS = $(CORE_LIB_SRCS) $(wildcard test/fuzz/*.h)

test/fuzz/%.replay: test/fuzz/%.c test/fuzz/replay_main.c $(FUZZ_SRCS)
	$(CC) $(UNIT_CFLAGS) -o $@ $< test/fuzz/replay_main.c $(CORE_LIB_SRCS) $(PCRE2_LIBS) -lutf8proc

test/fuzz/%.fuzzer: test/fuzz/%.c $(FUZZ_SRCS)
	clang -std=gnu11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
		-Isrc/core $(PCRE2_CFLAGS) -o $@ $< $(CORE_LIB_SRCS) $(PCRE2_LIBS) -lutf8proc

fuzz-replay: $(FUZZ_TARGETS:%=test/fuzz/%.replay)
	@for t in $(FUZZ_TARGETS); do test/fuzz/$$t.replay test/fuzz/corpus/$$t || exit 1; done

fuzz: $(FUZZ_TARGETS:%=test/fuzz/%.fuzzer)
	@mkdir -p test/fuzz/crashes
	@for t in $(FUZZ_TARGETS); do \
		work=$$(mktemp -d); \
		echo "fuzz: $$t, $(FUZZ_RUNS) runs or $(FUZZ_SECONDS) s"; \
		test/fuzz/$$t.fuzzer -runs=$(FUZZ_RUNS) -max_total_time=$(FUZZ_SECONDS) -seed=$(FUZZ_SEED) -max_len=4096 \
			-print_final_stats=1 \
			-artifact_prefix=test/fuzz/crashes/$$t- $$work test/fuzz/corpus/$$t > $$work.log 2>&1; \
		status=$$?; \
		grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|==[0-9]+==ERROR)" $$work.log; \
		[ $$status -eq 0 ] || tail -40 $$work.log; \
		rm -rf $$work $$work.log; \
		[ $$status -eq 0 ] || { echo "fuzz: $$t failed, see test/fuzz/crashes/"; exit 1; }; \
	done

# memcheck over every labelled document, through the command-line tool.
valgrind: dossier-extract
	test/valgrind/run_valgrind.sh
