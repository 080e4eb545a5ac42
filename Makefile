# renja-analysis — the two commands are `make report` and `make test`.
# `make help` lists every target.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SOURCE := data/raw/renja-perubahan-2024-dinkop-ukm-magetan.md

.DEFAULT_GOAL := help
# notebooks executed at once by `make report` / `make contoh` (empty: the processor cores); e.g. make report JOBS=1
JOBS   ?=
NBVAL  := --nbval --nbval-current-env --nbval-cell-timeout=300 --nbval-sanitize-with tests/nbval-sanitize.cfg \
          --ignore=notebooks/templates

.PHONY: help install report data notebooks contoh browser lint test unit bench banding lab clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,lab,dask,pdf]'
	@# rfc3987-syntax (via jsonschema[format-nongpl]) adds ~2.6 s to every process importing nbformat; nothing here needs it
	-$(BIN)/python -m pip uninstall --quiet --yes rfc3987-syntax
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the package with its dependencies

data: $(STAMP) ## parse data/raw into data/processed (CSV + Parquet + Excel workbook)
	$(BIN)/renja-analysis build --source $(SOURCE) --out data/processed

notebooks: data browser ## figures/, re-execute the document's notebooks (papermill), reports/ (HTML, glossary, data downloads, the PDF)
	$(BIN)/renja-analysis report --quiet $(if $(JOBS),--jobs $(JOBS))

contoh: $(STAMP) ## the examples of test data, apart: SIPD page (tests/data/sipd) + corpus (tests/data/korpus) -> data/contoh/, figures/contoh/, notebooks/contoh/, reports/contoh/ (banner on every page)
	$(BIN)/renja-analysis contoh --quiet $(if $(JOBS),--jobs $(JOBS))

report: browser notebooks ## the bundled document: install, parse, tables + workbook, figures, notebooks, HTML report, PDF (skipped with a message without chromium; an error under CI=true); no example data

lint: $(STAMP) ## ruff (pyflakes, isort, bugbear, pyupgrade) on the package, tests and bench; mypy on the package
	$(BIN)/ruff check renja_analysis tests bench
	$(BIN)/mypy renja_analysis

# the fast tier's budget: 60 s on 2 cores (CONTRIBUTING.md, "Test tiers"); the wall time and the
# machine's load are printed, with the tests over 1.5 s (candidates for @pytest.mark.slow);
# nbval and anyio's plugins serve no test of this tier: not loading them saves each of the three
# processes about 0.6 s of CPU. Compiled modules are kept in .venv/pycache (git-ignored, out of
# the source tree), also where PYTHONDONTWRITEBYTECODE is set: compiling the package, its
# dependencies and the rewritten test modules again costs each process about 4 s of CPU
UNIT_BUDGET := 60
PYCACHE := env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=$(CURDIR)/$(VENV)/pycache
unit: $(STAMP) ## the fast tier, under a minute: unit tests, backtest and doctests not marked slow or browser
	@start=$$(date +%s); \
	$(PYCACHE) $(BIN)/python -m pytest -q -n 2 -p no:nbval -p no:anyio -m "not slow and not browser" --durations=10 --durations-min=1.5 tests renja_analysis; \
	rc=$$?; secs=$$(( $$(date +%s) - start )); \
	echo "make unit: $${secs} s (budget $(UNIT_BUDGET) s on 2 cores; load average $$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null))"; \
	if [ $$secs -gt $(UNIT_BUDGET) ]; then echo "make unit: OVER the $(UNIT_BUDGET) s budget: on an idle machine, mark the slowest tests @pytest.mark.slow (CONTRIBUTING.md, Test tiers)"; fi; \
	exit $$rc

browser: ## install Debian's chromium (browser test, the report's PDF), where missing and possible (root + apt)
	@if [ -x /usr/bin/chromium ]; then echo "chromium: $$(/usr/bin/chromium --version 2>/dev/null)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	  || echo "chromium could not be installed: the browser test and the PDF will be skipped"; \
	else echo "no chromium and no root/apt: the browser test and the PDF will be skipped"; fi

# the manual (docs/, mkdocs.yml), offline; --strict: a broken link or anchor fails; site git-ignored
.PHONY: docs
docs: $(STAMP) ## build the documentation site into build/site/ (mkdocs --strict, offline)
	$(BIN)/mkdocs build --strict --quiet --site-dir build/site

test: $(STAMP) lint browser docs ## lint, the docs (--strict), then everything: unit + slow tests, doctests, backtest, nbval on every notebook, the report in Chromium
	$(BIN)/python -m pytest -q -n 2 --dist loadfile $(NBVAL) tests renja_analysis notebooks

bench: $(STAMP) ## benchmarks side by side (reading, metrics, import, corpus workers, notebooks, SIPD pemda) -> bench/results.csv
	$(BIN)/python bench/run.py

# the old code of `make banding`: a commit, branch or tag (empty: the merge base of HEAD and main);
# e.g. make banding REF=bfd56f7 QUICK=1
REF   ?=
QUICK ?=
banding: $(STAMP) ## old code (REF, default the merge base with main) against this checkout on about 200 sources: build and check outputs, stdout/stderr, exit codes, load_document tables, byte for byte; QUICK=1: a subset
	$(BIN)/python bench/banding.py $(if $(REF),--ref $(REF)) $(if $(QUICK),--quick)

lab: $(STAMP) ## open JupyterLab in the project's environment (the explorer's stored widgets shown before running)
	@# JupyterLab draws stored widget state only in a trusted notebook; 40-eksplorasi is written by make report
	$(BIN)/jupyter trust notebooks/40-eksplorasi.ipynb
	$(BIN)/jupyter lab --notebook-dir=notebooks $$([ "$$(id -u)" = 0 ] && echo --allow-root)

clean: ## remove the virtual environment and caches (keeps committed outputs)
	rm -rf $(VENV) .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
