# MyVendors — `make run` starts the app, `make test` runs the whole suite headless.
# Both create .venv and install the project on first use; nothing else is needed but python3.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.installed-test-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
PYTEST_ARGS ?=

.PHONY: help run test test-long screenshots bench bench-data check-layers translations clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(VENV)/bin/activate pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	rm -f $(VENV)/.installed-*; touch $@

$(TEST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

run: $(STAMP) ## start the desktop app on the default vault
	$(VENV)/bin/myvendors

test: $(TEST_STAMP) ## the whole suite, headless, with a real keyring when one can be started (the 15 slowest tests are listed at the end)
	QT_QPA_PLATFORM=offscreen sh tests/with-keyring.sh $(PY) -m pytest -m "not slow and not screenshots" --durations=15 $(PYTEST_ARGS)

test-long: $(TEST_STAMP) ## long fault runs (hundreds of crash-kills, 2,000 examples per parser fuzz test)
	QT_QPA_PLATFORM=offscreen MYVENDORS_KILL_ROUNDS=500 MYVENDORS_FUZZ_EXAMPLES=2000 sh tests/with-keyring.sh $(PY) -m pytest -m "not screenshots" --durations=15 $(PYTEST_ARGS)

screenshots: $(TEST_STAMP) ## render every screen, light and dark, to screenshots/*.png (headless)
	QT_QPA_PLATFORM=offscreen MYVENDORS_SCREENSHOT_DIR=screenshots $(PY) -m pytest -m screenshots --durations=15 tests/ui/test_screenshots.py $(PYTEST_ARGS)

BENCH_SIZE ?= full
bench: $(TEST_STAMP) ## what a person waits for, each beside a same-run baseline: one table, JSON in bench-results/waits.json (BENCH_SIZE=tiny|small|medium|full)
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/waits.py --size $(BENCH_SIZE)

bench-data: $(TEST_STAMP) ## the data-path benchmarks (vault open/unlock/backup, lifetime vault, long lists) beside plain SQLite
	$(PY) tests/bench/bench_vault.py
	$(PY) tests/bench/bench_domain.py
	$(PY) tests/bench/bench_lists.py

check-layers: $(TEST_STAMP) ## import-linter contracts (also part of `make test`)
	$(VENV)/bin/lint-imports

translations: $(STAMP) ## update resources/i18n/*.ts from the code (the ui, and the services' QT_TRANSLATE_NOOP texts) (then translate them), compile the .qm files
	for ts in resources/i18n/*.ts; do \
		$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find src/myvendors -name '*.py' | sort) -ts $$ts && \
		$(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .hypothesis build src/*.egg-info
