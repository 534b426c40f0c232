# One target per job a newcomer needs. `make run` and `make test` are the two README commands.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install install-test browser fonts proxy hub hub-demo lint bench clean catalogues wording-model

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

# Browser tests drive Debian's chromium; playwright cannot download its own browser here. The map's
# tests need the fonts a Jobcenter PC shows: Arial's metric twin, Arabic script and colour emoji.
BROWSER_DEBS := chromium fonts-liberation fonts-noto-core fonts-noto-color-emoji poppler-utils
browser:
	@missing=""; for p in $(BROWSER_DEBS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else \
	    echo "Hinweis: es fehlen$$missing; Browser-Tests werden übersprungen (als root: apt-get install$$missing)."; \
	  fi; \
	fi

# configurable-http-proxy for JupyterHub, from npm, into the venv (beratungskit hub finds it there).
PROXY := $(VENV)/proxy/node_modules/.bin/configurable-http-proxy
proxy: $(PROXY)
$(PROXY): $(BIN)/python
	@if ! command -v npm >/dev/null 2>&1 && [ "$$(id -u)" = "0" ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm; \
	fi
	npm install --silent --no-audit --no-fund --prefix $(VENV)/proxy configurable-http-proxy

# JupyterHub for a team: `make hub` installs it; `make hub-demo` starts a trial with two demo users.
hub: $(BIN)/python proxy
	$(BIN)/python -m pip install --quiet -e '.[hub]'

hub-demo: hub
	$(BIN)/beratungskit hub --demo

# Arabic and Persian letters (Noto Sans/Naskh Arabic from fonts-noto-core) and emoji
# (fonts-noto-color-emoji) for the browser and the printed plan; only DejaVu is there by default.
fonts:
	@if ! fc-list 2>/dev/null | grep -qi "Noto Sans Arabic"; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core fonts-noto-color-emoji; \
	  else \
	    echo "Hinweis: Schriften für Arabisch/Persisch fehlen (als root: apt-get install fonts-noto-core fonts-noto-color-emoji)."; \
	  fi; \
	fi

run: install fonts
	$(BIN)/beratungskit start

lint: install-test
	$(BIN)/ruff check beratungskit tests benchmarks
	$(BIN)/ruff format --check beratungskit tests benchmarks
	$(BIN)/mypy

test: install-test browser fonts proxy lint
	$(BIN)/pytest --nbval-lax --doctest-modules tests notebooks beratungskit

bench: install-test
	$(BIN)/python benchmarks/run.py

# The wording guard's model (templates/wording_model.json, committed): trained with scikit-learn on
# the labelled sentences in tests/data and benchmarks/data; the app only reads its weights.
wording-model: install-test
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m beratungskit.analysis.wording_train --keep-twin

# The eLb's texts as gettext catalogues (Babel): extract the German source texts, bring every
# language's .po up to date (a changed German text becomes "fuzzy" for the translator), compile .mo.
# The .po and .mo files are committed; tests/test_messages_catalogue.py checks that they match.
LOCALE := beratungskit/locale
ELB_LANGUAGES := en ar tr uk ru fa
catalogues: install-test
	$(BIN)/pybabel extract -F babel.cfg --no-location --omit-header -o $(LOCALE)/beratungskit.pot .
	@for lang in $(ELB_LANGUAGES); do \
	  if [ -f $(LOCALE)/$$lang/LC_MESSAGES/beratungskit.po ]; then \
	    $(BIN)/pybabel update --ignore-obsolete -i $(LOCALE)/beratungskit.pot -d $(LOCALE) -D beratungskit -l $$lang; \
	  else \
	    $(BIN)/pybabel init -i $(LOCALE)/beratungskit.pot -d $(LOCALE) -D beratungskit -l $$lang; \
	  fi; \
	done
	$(BIN)/pybabel compile --statistics -d $(LOCALE) -D beratungskit

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
