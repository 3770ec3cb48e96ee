PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test clean wordlists

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/leadguard serve

test: $(TEST_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

wordlists: $(TEST_STAMP)
	$(BIN)/python scripts/regenerate_wordlists.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
