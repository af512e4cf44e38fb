# Two entry points for a fresh machine (see README):
#   make run   - install claims in .venv, load seeds/ into the default SQLite database, list
#   make test  - install claims with its test dependencies in .venv, run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install install-test install-semantic bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

# Optional: semantic re-ranking (torch from this machine's CPU build first, then the extra).
$(VENV)/.installed-semantic: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e ".[semantic]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test
install-semantic: $(VENV)/.installed-semantic

run: $(VENV)/.installed
	$(BIN)/claims load seeds/
	$(BIN)/claims articles
	$(BIN)/claims list --speaker Blinken

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) dist build .pytest_cache
