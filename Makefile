# Two commands for a fresh machine: `make run` and `make test`. Everything else is for developers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
# Texts outside Qt: gettext catalogues, one .po per language (domain/text.py says how they are read).
PO := $(wildcard resources/i18n/*/LC_MESSAGES/inspector.po)
MO := $(PO:.po=.mo)
POT := resources/i18n/inspector.pot

.PHONY: run test lint i18n i18n-update i18n-convert bench bench-server screenshots samples dist clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,i18n]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

resources/i18n/%/LC_MESSAGES/inspector.mo: resources/i18n/%/LC_MESSAGES/inspector.po $(STAMP)
	$(VENV)/bin/pybabel compile --statistics -D inspector -i $< -o $@

i18n: $(QM) $(MO)

# After changing a tr() text: regenerate the sources from inspector/ui (new texts arrive unfinished
# for Linguist; texts gone from the code are dropped, their translations stay in git history).
i18n-update: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -silent inspector/ui -ts $(TS)
	$(VENV)/bin/pybabel -q extract --no-default-keywords -k N_ --add-comments=i18n: \
		--sort-by-file --width=100 --project=Inspector -o $(POT).new inspector
	$(PY) tools/settle_pot.py $(POT).new $(POT)
	$(VENV)/bin/pybabel -q update --ignore-obsolete --width=100 -D inspector -i $(POT) \
		-d resources/i18n

# Texts still written as {"ru", "kk", "en"} dicts (branches from before the catalogues) and .ts
# files still split by part: into the catalogues, then regenerated (tools/i18n_codemod.py).
i18n-convert: $(STAMP)
	$(PY) tools/i18n_codemod.py
	$(MAKE) i18n-update i18n

run: $(STAMP) i18n
	$(VENV)/bin/inspector

test: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup -q -m "not alone" $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m alone $(PYTEST_ARGS)
	$(VENV)/bin/ruff check inspector tests bench tools
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

lint: $(STAMP)
	$(VENV)/bin/ruff check inspector tests bench tools
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

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
