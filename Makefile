# The two set-up-and-go commands (see README):
#   make run    build the graph of data/reports, validate it, answer the stored queries,
#               write Turtle, the ontology docs and the pictures into out/
#   make test   the test suite (installs what it needs, Chromium included)
# Both create the virtual environment and install the packages on first use.

VENV    ?= .venv
PYTHON  ?= python3
WS      ?= out
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test lint system browser clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $@

system:
	@bash scripts/install-system.sh graphviz

browser:
	@bash scripts/install-system.sh graphviz chromium fonts

run: $(STAMP) system
	$(BIN)/eokg build data/reports -w $(WS)
	$(BIN)/eokg queries --run -w $(WS)
	$(BIN)/eokg viz -w $(WS)
	$(BIN)/eokg docs -w $(WS)
	@echo "outputs: $(WS)/graph.ttl $(WS)/graph.trig $(WS)/viz/ $(WS)/docs/"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: $(STAMP) browser lint
	$(BIN)/python -m pytest -q -ra

clean:
	rm -rf $(WS) .pytest_cache
