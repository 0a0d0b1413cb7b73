# The one entry point. `make` alone lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Python 3.10 or newer: PY=/path/to/python overrides; otherwise the first of PYTHONS that is.
PYTHONS := python3 python3.13 python3.12 python3.11 python3.10
ifeq ($(origin PY),undefined)
PY := $(shell for name in $(PYTHONS); do $$name -c 'import sys; sys.version_info >= (3, 10) or sys.exit(1); print(sys.executable)' 2>/dev/null && break; done)
endif
VENV := .venv
TOOLS := .tools
UV := $(TOOLS)/bin/uv
BIN := $(VENV)/bin
STAMP := $(VENV)/.synced
NPM_STAMP := node_modules/.installed

INPUTDIR := content
OUTPUTDIR := output
ZIPDIR ?= .
CONFFILE := pelican.conf.py
PUBLISHCONF := publish.conf.py
HOST ?= 127.0.0.1
PORT ?= 8000

# Deploy targets (see docs/publishing.md).
RSYNC_TARGET ?=
GITHUB_PAGES_BRANCH ?= gh-pages
GITHUB_REMOTE ?= origin
S3_BUCKET ?=

# uv uses this machine's Python and downloads none, unless UV_PYTHON_DOWNLOADS=automatic is set.
UV_PYTHON_DOWNLOADS ?= never
export UV_PYTHON_DOWNLOADS
export UV_PYTHON := $(or $(PY),>=3.10)
export UV_PROJECT_ENVIRONMENT := $(VENV)

# What to do when no Python 3.10 or newer is on PATH (printed by the first target that needs one).
define NO_PYTHON
make: this needs Python 3.10 or newer; none of $(PYTHONS) on PATH is.
  Debian, Ubuntu:  sudo apt install python3 python3-venv
  Fedora:          sudo dnf install python3
  macOS:           brew install python@3.13, or the installer from https://www.python.org/downloads/
  Windows:         the installer from https://www.python.org/downloads/, then README.md, "Without make"
  Have one elsewhere:  make html PY=/path/to/python3.12
  Let uv download one: make html UV_PYTHON_DOWNLOADS=automatic
endef
export NO_PYTHON
NEED_PYTHON = @$(if $(PY)$(filter-out never,$(UV_PYTHON_DOWNLOADS)),:,echo "$$NO_PYTHON" >&2; exit 1)

.PHONY: help new-brief install html regenerate serve publish rsync_upload github s3_upload zip clean test golden lint format bench bench-quick links translations

help: ## List the targets
	@grep -hE '^[a-z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV): tools/uv-requirements.txt
	$(NEED_PYTHON)
	$(or $(PY),python3) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --require-hashes --no-deps -r tools/uv-requirements.txt
	@touch $@

$(STAMP): uv.lock pyproject.toml | $(UV)
	$(NEED_PYTHON)
	$(UV) sync --frozen --all-groups --quiet
	@touch $@

# Test-only tools from npm (axe-core, vnu-jar), exactly as package-lock.json pins them.
$(NPM_STAMP): package-lock.json package.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

install: $(STAMP) ## Create .venv with the locked versions (runs by itself when needed)

html: $(STAMP) ## Build the site into output/ (relative URLs, for preview, zip or mirrors)
	$(BIN)/python tools/build.py $(INPUTDIR) -o $(OUTPUTDIR) -s $(CONFFILE) --fatal warnings

regenerate: $(STAMP) ## Rebuild output/ whenever a file changes (no server; the checks and swap of `make html`)
	$(BIN)/python tools/serve.py --no-server --content $(INPUTDIR) --output $(OUTPUTDIR)

serve: $(STAMP) ## Preview on http://127.0.0.1:8000, rebuilding and reloading the browser on every change
	$(BIN)/python tools/serve.py --host $(HOST) --port $(PORT) --content $(INPUTDIR) --output $(OUTPUTDIR)

publish: $(STAMP) ## Build for the web with publish.conf.py (needs SITEURL=https://...)
	@if [ -z "$$SITEURL" ]; then echo "make publish: set SITEURL, e.g. SITEURL=https://example.org make publish" >&2; exit 2; fi
	$(BIN)/python tools/build.py $(INPUTDIR) -o $(OUTPUTDIR) -s $(PUBLISHCONF) --fatal warnings

rsync_upload: publish ## Upload to a server (RSYNC_TARGET=user@host:/var/www/brief/); no mix of old and new
	@if [ -z "$(RSYNC_TARGET)" ]; then echo "make rsync_upload: set RSYNC_TARGET, e.g. RSYNC_TARGET=user@host:/var/www/brief/" >&2; exit 2; fi
	@command -v rsync >/dev/null || { echo "make rsync_upload: rsync is missing; install it (Debian, Ubuntu: sudo apt install rsync; macOS: brew install rsync)" >&2; exit 2; }
	rsync --recursive --links --times --checksum --compress --delete-delay --delay-updates $(OUTPUTDIR)/ $(RSYNC_TARGET)

github: publish ## Publish to GitHub Pages: commit output/ to the gh-pages branch and push it
	$(BIN)/ghp-import --no-jekyll --force --message "Publish the brief" --branch $(GITHUB_PAGES_BRANCH) $(OUTPUTDIR)
	git push --force $(GITHUB_REMOTE) $(GITHUB_PAGES_BRANCH)

s3_upload: publish ## Upload to an S3 bucket (S3_BUCKET=name): new files first, old ones deleted last
	@if [ -z "$(S3_BUCKET)" ]; then echo "make s3_upload: set S3_BUCKET, e.g. S3_BUCKET=my-brief" >&2; exit 2; fi
	aws s3 sync $(OUTPUTDIR)/ s3://$(S3_BUCKET)/
	aws s3 sync --delete $(OUTPUTDIR)/ s3://$(S3_BUCKET)/

zip: $(STAMP) ## Build the local site into a temporary folder and pack it into brief-YYYY-MM-DD.zip (output/ untouched)
	$(BIN)/python tools/zip_site.py --content $(INPUTDIR) -s $(CONFFILE) --into $(ZIPDIR)

new-brief: ## Start a new brief in a new folder: DIR=../our-brief SITENAME="..." [LANGUAGES=en TIMEZONE=UTC SUBTITLE="..."]
	$(NEED_PYTHON)
	$(or $(PY),python3) tools/new_brief.py --dir "$$DIR" --sitename "$$SITENAME" --subtitle "$$SUBTITLE" --languages "$$LANGUAGES" --timezone "$$TIMEZONE"

clean: ## Remove output/ and caches (keeps .venv)
	rm -rf $(OUTPUTDIR) cache .pytest_cache .ruff_cache test-artifacts
	find . -name __pycache__ -not -path './.venv/*' -not -path './.tools/*' -prune -exec rm -rf {} +

test: $(STAMP) $(NPM_STAMP) lint ## Run the whole test suite (lint first)
	$(BIN)/pytest

golden: $(STAMP) ## Rewrite the golden output trees (tests/golden/) after an intended change; review the diff
	GOLDEN_REFRESH=1 $(BIN)/pytest -q tests/functional/test_golden.py
	git status --short tests/golden

lint: $(STAMP) ## ruff check and ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP) ## Reformat the code with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

links: $(STAMP) ## Print the people linker's report (links made, near misses); writes nothing into output/
	$(BIN)/python -m pelican.plugins.people_linker.cli --settings $(CONFFILE) --content $(INPUTDIR)

translations: $(STAMP) ## Extract the theme's interface text, update every catalog, list what is untranslated
	$(BIN)/python tools/translations.py

bench: $(STAMP) ## Benchmark our plugins against plain Pelican (minutes); writes bench/RESULTS.md
	$(BIN)/python bench/run.py --profile
	$(BIN)/python bench/languages.py --write

bench-quick: $(STAMP) ## The smallest benchmark sizes (under a minute)
	$(BIN)/python bench/run.py --quick
