# Gradebook Hub. `make demo` and `make test` work on a fresh machine with Python >= 3.11.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo token test test-dates test-fast fuzz bench install browser schemas clean

# The demo's data dir, and the reader `make token` prints a token for (README: "Trying the demo")
DEMO_DIR ?= $(or $(HUB_DATA_DIR),var/demo)
ROLE ?= guardian
SUB ?= native:sch-1234:gu-001
SCHOOL ?=

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

browser:  ## Debian's Chromium for the page tests (Playwright drives it via executable_path; no browser download)
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the page tests"; \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  $$SUDO apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium >/dev/null; }

demo: install  ## seed the demo school through the API and serve it (embedded log, SQLite views)
	HUB_DATA_DIR=$(DEMO_DIR) $(VENV)/bin/hub demo

token: install  ## print a reader token for the demo: make -s token [ROLE=head_teacher SUB=head SCHOOL=sch-1234]
	@HUB_MODE=dev HUB_DATA_DIR=$(DEMO_DIR) $(VENV)/bin/hub tokens issue --sub '$(SUB)' --role '$(ROLE)' \
	  $(if $(SCHOOL),--school '$(SCHOOL)')

# pytest-xdist workers for `make test` and `make test-dates`: one per core by default; TEST_WORKERS=0 runs in one process
TEST_WORKERS ?= auto
XDIST = -n $(TEST_WORKERS) --dist loadgroup

test: install browser  ## every tier: unit, contracts, conformance (embedded + Kafka), integration, end-to-end
	$(PY) -m pytest -q $(XDIST) $(PYTEST_ARGS)

# the clock instants `make test-dates` pins (HUB_TEST_CLOCK): summer between two school years at 01:30 in Moscow
# (still the day before in UTC), today, and the last day of a February years away; `make test` pins 2031-02-28
TEST_DATES ?= 2025-06-15T01:30:00+03:00 2026-12-06T12:00:00+03:00 2031-02-28T09:30:00+03:00

test-dates: install browser  ## the whole suite once per date of TEST_DATES (a time bomb fails at one of them)
	@for at in $(TEST_DATES); do echo "== HUB_TEST_CLOCK=$$at"; \
	  HUB_TEST_CLOCK=$$at $(PY) -m pytest -q -p no:cacheprovider $(XDIST) $(PYTEST_ARGS) || exit 1; done

test-fast: install  ## unit and contract tests only
	$(PY) -m pytest -q tests/unit tests/contracts $(PYTEST_ARGS)

fuzz: install  ## the API fuzz and hostile ingest at a large budget on both stacks (not in CI): requests and 5xx per stack
	$(PY) -m tests.fuzz --requests $(or $(FUZZ_REQUESTS),50000) $(FUZZ_ARGS)

bench: install  ## benchmarks: prints ingest, append, projection, read latency and adapter translation figures (see README)
	$(PY) -m bench $(BENCH_ARGS)
	$(PY) -m bench.translate

schemas: install  ## regenerate the published JSON Schemas from the models
	$(VENV)/bin/hub schemas export

clean:
	rm -rf $(DEMO_DIR) .pytest_cache
