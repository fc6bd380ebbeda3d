# Two commands do all set-up on a fresh machine: `make run` and `make test`.
# The first Python >= 3.12 found (PATH, then pyenv) builds .venv.
PYTHON_CANDIDATES := python3.14 python3.13 python3.12 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python)
PYTHON ?= $(firstword $(foreach p,$(PYTHON_CANDIDATES),$(shell command -v $(p) >/dev/null 2>&1 && $(p) -c 'import sys; print("$(p)" if sys.version_info >= (3, 12) else "")' 2>/dev/null)))
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/healthcms
# `make run PORT=8080`: the port is served and is in every link the CMS writes (admin, API, e-mails).
PORT ?= 8000

MEDICAL_DICTIONARY := /usr/share/hunspell/en_med_glut.dic

.PHONY: install bytecode medical-dictionary run test test-sqlite test-postgres test-production lint bench eval clean

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "No Python >= 3.12 found (tried: $(PYTHON_CANDIDATES))" >&2; exit 2; }
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	@touch $@

install: $(VENV)/.installed medical-dictionary bytecode

# The checker's modules compiled ahead (only those whose source changed): a cold `python -m validators check`
# otherwise compiles ~120 of them again wherever bytecode is not written (PYTHONDONTWRITEBYTECODE, a read-only
# checkout), ~0.35 s of its CPU time.
bytecode: $(VENV)/.installed
	@$(PY) -m compileall -q validators >/dev/null

# copy.spelling's medical word list: Debian's hunspell-en-med (GPL-3+, so installed, not bundled).
# Installed with apt when this runs as root; otherwise the checker works without it (more false alarms).
medical-dictionary:
	@test -f $(MEDICAL_DICTIONARY) || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell-en-med >/dev/null; \
		else \
			echo "note: install Debian's hunspell-en-med for copy.spelling's medical dictionary" >&2; \
		fi; }

# Quiet migrations, so the admin login (printed last by load_demo, framed) is not lost in them.
# The web server and one task-queue worker (the content checks run there) start together; Ctrl-C
# reaches both (one process group), and the worker is stopped whenever the server ends. The worker
# does not reload on code changes (runserver does): restart `make run` after changing the checks.
run: export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: install
	$(MANAGE) migrate --noinput --verbosity 0
	$(MANAGE) load_demo --if-empty
	$(MANAGE) db_worker --no-reload --verbosity 0 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

# The real-browser tests run in a process of their own: after their live server, the restore of
# the next serialized-rollback test in the same process fails (UNIQUE on django_content_type).
# The rest runs in TEST_WORKERS processes (pytest-xdist; one per core of the CI machine).
TEST_WORKERS ?= 2
test-sqlite: install
	$(PY) -m pytest -n $(TEST_WORKERS) --ignore=tests/browser
	$(PY) -m pytest tests/browser

# The same CMS tests again on the PostgreSQL server (production's database).
test-postgres: install
	DATABASE_URL=$(PG_TEST_URL) $(PY) -m pytest tests/cms

# The built wheel, installed outside the source tree, with cms.settings.production on its own
# PostgreSQL database: check --deploy, migrate, and gunicorn serving a page.
test-production: install
	PY=$(abspath $(PY)) .ci/production_check

test: lint test-sqlite test-postgres test-production
	@command -v "$${CHROMIUM_EXECUTABLE:-chromium}" >/dev/null 2>&1 || echo "!!! No Chromium: the browser \
	tests (tests/browser) were SKIPPED. Install it (apt-get install chromium; .ci/run does) or set CHROMIUM_EXECUTABLE."

bench: install
	$(PY) -m benchmarks

# The project's own labelled texts (evaluation/README.md): both claim profiles on one set.
# EVAL_SET=tune (default) | fresh | fresh2 | holdout | all; EVAL_ARGS="--disable copy.spelling -v" etc.
EVAL_SET ?= tune
eval: install
	$(PY) -m evaluation.labels
	$(PY) -m evaluation.report --set $(EVAL_SET) $(EVAL_ARGS)
	$(PY) -m evaluation.report --set $(EVAL_SET) --profile editorial $(EVAL_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
