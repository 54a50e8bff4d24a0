# MyVendors — `make run` starts the app, `make test` runs the whole suite headless.
# Both create .venv and install the project on first use; nothing else is needed but python3.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Every dependency comes from a lock file with hashes (requirements/*.txt, made by `make lock` for
# Python 3.11 on Linux x86_64) and pip checks each download against them (--require-hashes). Only
# wheels are taken, so no dependency's code runs while installing (on a platform where one has no
# wheel: `make test ONLY_BINARY=`). The build tools come first, from their own lock, and build the
# project itself without fetching anything (--no-build-isolation). The stamps name a checksum of
# pyproject.toml and the locks: changing any of them reinstalls.
RUN_LOCKS := requirements/build.txt requirements/run.txt
TEST_LOCKS := $(RUN_LOCKS) requirements/test.txt
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(RUN_LOCKS) | cksum | cut -d' ' -f1)
TEST_STAMP := $(VENV)/.installed-test-$(shell cat pyproject.toml $(TEST_LOCKS) | cksum | cut -d' ' -f1)
PIP := $(PY) -m pip --quiet --disable-pip-version-check
ONLY_BINARY ?= --only-binary :all:
PIP_LOCKED := $(PIP) install --require-hashes $(ONLY_BINARY) --no-build-isolation
PYTEST_ARGS ?=

.PHONY: help run test test-long test-packaging lint lock screenshots bench bench-data check-layers translations clean
.PHONY: bundle deb icons test-bundle

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(VENV)/bin/activate pyproject.toml $(RUN_LOCKS)
	$(PIP_LOCKED) -r requirements/build.txt
	$(PIP_LOCKED) -r requirements/run.txt
	$(PIP) install --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*; touch $@

$(TEST_STAMP): $(STAMP) requirements/test.txt
	$(PIP_LOCKED) -r requirements/test.txt
	touch $@

run: $(STAMP) ## start the desktop app on the default vault
	$(VENV)/bin/myvendors

test: $(TEST_STAMP) ## the whole suite, headless, with a real keyring when one can be started (the 15 slowest tests are listed at the end)
	QT_QPA_PLATFORM=offscreen sh tests/with-keyring.sh $(PY) -m pytest -m "not slow and not screenshots and not packaging and not bundle" --durations=15 $(PYTEST_ARGS)

test-long: $(TEST_STAMP) ## long fault runs (hundreds of crash-kills, 2,000 examples per parser fuzz test)
	QT_QPA_PLATFORM=offscreen MYVENDORS_KILL_ROUNDS=500 MYVENDORS_CLI_KILL_ROUNDS=225 MYVENDORS_FUZZ_EXAMPLES=2000 sh tests/with-keyring.sh $(PY) -m pytest -m "not screenshots and not packaging" --timeout=3600 --durations=15 $(PYTEST_ARGS)

screenshots: $(TEST_STAMP) ## render every screen, light and dark, to screenshots/*.png (headless)
	QT_QPA_PLATFORM=offscreen MYVENDORS_SCREENSHOT_DIR=screenshots $(PY) -m pytest -m screenshots --durations=15 tests/ui/test_screenshots.py $(PYTEST_ARGS)

# The wheel and sdist as people and distributions get them: built with the pyproject's backend,
# checked, and the wheel installed with its locked dependencies into a new venv outside the tree,
# where the command line and the app (offscreen) are run (tests/test_packaging.py; pip's cache
# makes the second run fast).
test-packaging: $(TEST_STAMP) ## build the sdist and wheel, check them, install the wheel in a fresh venv and run it from there
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m packaging --durations=5 -s tests/test_packaging.py $(PYTEST_ARGS)

BENCH_SIZE ?= full
bench: $(TEST_STAMP) ## what a person waits for, each beside a same-run baseline: one table, JSON in bench-results/waits.json (BENCH_SIZE=tiny|small|medium|full)
	QT_QPA_PLATFORM=offscreen $(PY) tests/bench/waits.py --size $(BENCH_SIZE)

bench-data: $(TEST_STAMP) ## the data-path benchmarks (vault open/unlock/backup, lifetime vault, long lists) beside plain SQLite
	$(PY) tests/bench/bench_vault.py
	$(PY) tests/bench/bench_domain.py
	$(PY) tests/bench/bench_lists.py

lint: $(TEST_STAMP) ## ruff over src/ and tests/, strict mypy over src/, bandit over src/ (all pinned in requirements/test.txt); every finding is fixed or justified inline
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy
	@# bandit warns on stderr for every other check on a line that carries a nosec: those lines are dropped
	@$(VENV)/bin/bandit --quiet --recursive --severity-level low --confidence-level low src/ 2>$(VENV)/bandit.err; \
		status=$$?; grep -v 'nosec encountered' $(VENV)/bandit.err >&2; rm -f $(VENV)/bandit.err; exit $$status

# The lock files are resolved for CPython 3.11 on Linux x86_64 with glibc >= 2.34 (manylinux_2_34),
# what the developers' machines and CI run; they carry the hashes of every file of each pinned
# release, so the same pins also install on macOS and on other Linux versions where wheels exist.
# Other platforms or Pythons: README.md, "Dependencies". `make lock` keeps existing pins that
# still fit pyproject.toml; `make lock LOCK_ARGS=--upgrade` moves everything to the newest.
LOCK_ARGS ?=
UV_COMPILE = $(VENV)/bin/uv pip compile --quiet --generate-hashes --python-version 3.11 \
	--python-platform x86_64-manylinux_2_34 --custom-compile-command 'make lock' $(LOCK_ARGS)
lock: $(VENV)/bin/activate ## regenerate the hashed lock files requirements/*.txt from pyproject.toml (after changing a dependency)
	$(PIP_LOCKED) -r requirements/tools.txt
	$(UV_COMPILE) requirements/tools.in -o requirements/tools.txt
	$(UV_COMPILE) requirements/build.in -o requirements/build.txt
	$(UV_COMPILE) pyproject.toml -c requirements/build.txt -o requirements/run.txt
	$(UV_COMPILE) pyproject.toml --extra test --extra lint -c requirements/build.txt -c requirements/run.txt -o requirements/test.txt
	$(UV_COMPILE) requirements/bundle.in -c requirements/build.txt -c requirements/run.txt -o requirements/bundle.txt

check-layers: $(TEST_STAMP) ## import-linter contracts (also part of `make test`)
	$(VENV)/bin/lint-imports

translations: $(STAMP) ## update resources/i18n/*.ts from the code (the ui, and the services' QT_TRANSLATE_NOOP texts) (then translate them), compile the .qm files
	for ts in resources/i18n/*.ts; do \
		$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find src/myvendors -name '*.py' | sort) -ts $$ts && \
		$(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; \
	done

clean: ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .hypothesis build dist src/*.egg-info

# ---- The bundle (PyInstaller, one folder) and the Debian package made from it: packaging/README.md ----
# The bundle is built in its own venv (build/bundle-venv): the run lock, PyInstaller's lock
# (requirements/bundle.txt) and the project installed as a wheel would be (not editable), so that
# nothing of the test tools can slip in. PyInstaller needs objdump (binutils) and ldd on Linux.
BUNDLE_VENV := build/bundle-venv
BUNDLE_PY := $(BUNDLE_VENV)/bin/python
BUNDLE_LOCKS := $(RUN_LOCKS) requirements/bundle.txt
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed-$(shell cat pyproject.toml $(BUNDLE_LOCKS) | cksum | cut -d' ' -f1)
BUNDLE_PIP := $(BUNDLE_PY) -m pip --quiet --disable-pip-version-check
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
# The newest commit's time stamps what can be stamped (PyInstaller's archives, the .deb's files).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || date +%s)
export SOURCE_DATE_EPOCH

$(BUNDLE_STAMP): pyproject.toml $(BUNDLE_LOCKS)
	rm -rf $(BUNDLE_VENV)
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_PIP) install --require-hashes $(ONLY_BINARY) --no-build-isolation -r requirements/build.txt
	$(BUNDLE_PIP) install --require-hashes $(ONLY_BINARY) --no-build-isolation -r requirements/run.txt
	$(BUNDLE_PIP) install --require-hashes $(ONLY_BINARY) --no-build-isolation -r requirements/bundle.txt
	touch $@

bundle: $(BUNDLE_STAMP) ## the app as one folder that needs no Python: dist/myvendors/myvendors (PyInstaller, packaging/myvendors.spec)
	$(BUNDLE_PIP) install --no-deps --no-build-isolation --force-reinstall .
	rm -rf dist/myvendors
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--workpath build/pyinstaller --distpath dist packaging/myvendors.spec

icons: $(STAMP) ## the app icon as PNGs (16 to 512 px) and SVG in hicolor layout under build/icons/, rendered from resources/icons/myvendors.svg
	QT_QPA_PLATFORM=offscreen $(PY) packaging/linux/render_icons.py build/icons

deb: bundle icons ## dist/myvendors_VERSION_amd64.deb from the bundle (dpkg-deb; packaging/linux/build_deb.sh)
	sh packaging/linux/build_deb.sh $(VERSION) dist/myvendors build/icons dist

test-bundle: $(TEST_STAMP) deb ## build the bundle and the .deb, then test them: started from dist/ (CLI, offscreen window, data it loads), and the .deb installed and removed (as root)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m bundle --durations=10 tests/packaging $(PYTEST_ARGS)
