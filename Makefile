# Narrative Ledger. `make run` and `make test` work on a machine with only python3 and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed-$(shell cat pyproject.toml requirements-data.txt | cksum | cut -d' ' -f1)
ARTICLES ?= data/articles
OUT ?= data
PORT ?= 8000
N ?= 1000
CORPUS ?= bench/out/corpus_$(N)

CHROMIUM := /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint ui serve corpus bench clean postgres stance-model

$(INSTALLED): pyproject.toml requirements-data.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-data.txt
	@rm -f $(VENV)/.installed-* && touch $@

run: $(INSTALLED)  ## ingest data/articles, publish data/ledger.duckdb and the site in public/
	$(VENV)/bin/ledger run --articles $(ARTICLES) --out $(OUT)
	@ln -sfn $(OUT)/public public

# The browser tests drive Debian's Chromium (Playwright's own download does not work here);
# the CJK font makes the screenshots readable.
$(CHROMIUM):
	$(SUDO) apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-cjk

# The concurrent-runs test and bench start a private server of Debian's PostgreSQL (tests/postgres_server.py).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql; }

test: $(INSTALLED) $(CHROMIUM) postgres  ## the whole test suite
	$(PY) -m pytest -q

# The stance model is data in the repo (pipeline/extraction/models/stance.json); a test checks that this
# target, run on the same invented claims, writes the same model.
stance-model: $(INSTALLED)  ## train the stance model again from the invented unseen claims
	$(PY) -m pipeline.extraction.stance_training

lint: $(INSTALLED)  ## ruff over the tree (rules and line length in pyproject.toml)
	$(VENV)/bin/ruff check .

# The UI opens the instance `make run` writes (OUT/.dagster): same partitions, same run history.
# Ctrl-C stops every process it started, a run in progress included (pipeline/ui.py).
ui: $(INSTALLED)  ## the Dagster UI on the same definitions (http://127.0.0.1:3000)
	$(PY) -m pipeline.ui --articles $(ARTICLES) --out $(OUT) --port 3000

serve:  ## serve the published site on localhost
	@test -e public/index.html || { echo "No site yet: run 'make run' first."; exit 1; }
	$(PY) -m http.server --directory public --bind 127.0.0.1 $(PORT)

BENCH_INSTALLED := $(VENV)/.bench-installed

$(BENCH_INSTALLED): $(INSTALLED)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev,bench]"
	@touch $@

corpus: $(INSTALLED)  ## a deterministic generated corpus of N articles in CORPUS (default 1000, bench/out/corpus_1000)
	$(PY) bench/make_corpus.py $(N) $(CORPUS)

bench: $(BENCH_INSTALLED) postgres  ## speed and quality figures (prints, never fails on a number)
	$(PY) bench/bench_figures.py
	$(PY) bench/bench_claims.py
	$(PY) bench/bench_pipeline.py
	$(PY) bench/bench_pathological.py
	$(PY) bench/bench_stories.py
	$(PY) bench/bench_ingest.py
	$(PY) bench/bench_concurrent.py

clean:
	rm -rf data/.work data/.dagster data/ledger.duckdb data/public data/.public data/.releases data/.current data/.lock public .dagster bench/out
