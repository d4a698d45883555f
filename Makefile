# The README's two commands: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= build/demo.db
CORPUS ?= $(firstword $(wildcard ../shared/data/whitehouse-briefing-room.jsonl.gz))

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is required, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@mkdir -p build
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/verifier --db $(DEMO_DB) import examples/readouts.jsonl
	$(BIN)/verifier --db $(DEMO_DB) info

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check verifier sources db tests bench

bench: $(STAMP)
	$(BIN)/python -m bench.run $(if $(CORPUS),--corpus $(CORPUS)) --output build/bench-results.json

clean:
	rm -rf build .pytest_cache
