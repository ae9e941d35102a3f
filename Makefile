# Two commands for a fresh machine: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint i18n bench bench-server screenshots samples dist clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n: $(QM)

run: $(STAMP) i18n
	$(VENV)/bin/inspector

test: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup -q -m "not alone" $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m alone $(PYTEST_ARGS)
	$(VENV)/bin/ruff check inspector tests bench
	$(VENV)/bin/lint-imports

lint: $(STAMP)
	$(VENV)/bin/ruff check inspector tests bench
	$(VENV)/bin/lint-imports

bench: $(STAMP) i18n
	@for script in bench/bench_*.py; do echo "== $$script"; QT_QPA_PLATFORM=offscreen $(PY) $$script || exit 1; done

# The server under load (Locust): starts its own PostgreSQL and servers, prints the figures.
bench-server: $(STAMP)
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) bench/server_load.py $(BENCH_ARGS)
	$(PY) bench/server_sums.py
	$(PY) bench/server_noop_parts.py

screenshots: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m inspector.ui.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m inspector.ui.screenshots docs/screenshots/kk --lang kk

samples: $(STAMP)
	$(PY) -m inspector.services.samples reports/samples

dist: $(STAMP) i18n
	$(PY) -m pip install -q -e '.[dist]'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache
