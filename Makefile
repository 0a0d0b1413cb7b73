# The one entry point. `make` alone lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PY ?= python3
VENV := .venv
TOOLS := .tools
UV := $(TOOLS)/bin/uv
BIN := $(VENV)/bin
STAMP := $(VENV)/.synced

INPUTDIR := content
OUTPUTDIR := output
CONFFILE := pelican.conf.py
PUBLISHCONF := publish.conf.py
HOST ?= 127.0.0.1
PORT ?= 8000

# uv must use this machine's Python and never download one.
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PY)
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: help install html regenerate serve publish clean test lint format bench links

help: ## List the targets
	@grep -hE '^[a-z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV): tools/uv-requirements.txt
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --require-hashes --no-deps -r tools/uv-requirements.txt
	@touch $@

$(STAMP): uv.lock pyproject.toml | $(UV)
	$(UV) sync --frozen --all-groups --quiet
	@touch $@

install: $(STAMP) ## Create .venv with the locked versions (runs by itself when needed)

html: $(STAMP) ## Build the site into output/ (relative URLs, for preview, zip or mirrors)
	$(BIN)/pelican $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --fatal warnings

regenerate: $(STAMP) ## Rebuild output/ whenever a file changes (no server)
	$(BIN)/pelican $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --autoreload

serve: $(STAMP) ## Preview on http://127.0.0.1:8000, rebuilding and reloading the browser on every change
	$(BIN)/python tools/serve.py --host $(HOST) --port $(PORT)

publish: $(STAMP) ## Build for the web with publish.conf.py (needs SITEURL=https://...)
	@if [ -z "$$SITEURL" ]; then echo "make publish: set SITEURL, e.g. SITEURL=https://example.org make publish" >&2; exit 2; fi
	$(BIN)/pelican $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) --fatal warnings

clean: ## Remove output/ and caches (keeps .venv)
	rm -rf $(OUTPUTDIR) cache .pytest_cache .ruff_cache
	find . -name __pycache__ -not -path './.venv/*' -not -path './.tools/*' -prune -exec rm -rf {} +

test: $(STAMP) lint ## Run the whole test suite (lint first)
	$(BIN)/pytest

lint: $(STAMP) ## ruff check and ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Reformat the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

links: $(STAMP) ## Print the people linker's report (links made, near misses); writes nothing into output/
	PYTHONPATH=plugins $(BIN)/python -m people_linker.cli --settings $(CONFFILE) --content $(INPUTDIR)

bench: $(STAMP) ## Benchmarks (not part of the tests)
	@echo "make bench: not yet: the benchmark issue adds it."
