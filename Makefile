# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# The first Python >= 3.12 found (PATH, then pyenv) builds .venv.
PYTHON_CANDIDATES := python3.14 python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python)
PYTHON ?= $(firstword $(foreach p,$(PYTHON_CANDIDATES),$(shell command -v $(p) >/dev/null 2>&1 && $(p) -c 'import sys; print("$(p)" if sys.version_info >= (3, 12) else "")' 2>/dev/null)))
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/healthcms

.PHONY: install run test test-sqlite test-postgres test-production lint bench clean

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "No Python >= 3.12 found (tried: $(PYTHON_CANDIDATES))" >&2; exit 2; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	@touch $@

install: $(VENV)/.installed

run: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --if-empty
	$(MANAGE) runserver 127.0.0.1:8000

lint: install
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

test-sqlite: install
	$(PY) -m pytest

# The same CMS tests again on the PostgreSQL server (production's database).
test-postgres: install
	DATABASE_URL=$(PG_TEST_URL) $(PY) -m pytest tests/cms

# The built wheel, installed outside the source tree, with cms.settings.production on its own
# PostgreSQL database: check --deploy, migrate, and gunicorn serving a page.
test-production: install
	PY=$(abspath $(PY)) .ci/production_check

test: lint test-sqlite test-postgres test-production

bench: install
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
