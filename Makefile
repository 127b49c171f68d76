# Two commands do everything on a fresh machine:
#   make run    create .venv, install, seed the demo workspace (.demo/) and open Atelier
#   make test   install, add the system packages the tests need, lint, and run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := $(CURDIR)/.demo
export HF_HUB_OFFLINE := 1
export CMAKE_BUILD_PARALLEL_LEVEL := $(shell nproc)

.PHONY: install run demo test lint machine smoke test-shifted system-deps hardening bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

demo: install
	mkdir -p $(DEMO)
	test -f $(DEMO)/profile.toml || cp examples/profile.toml $(DEMO)/profile.toml
	ATELIER_HOME=$(DEMO) $(BIN)/atelier init
	ATELIER_HOME=$(DEMO) $(BIN)/atelier memory add examples/briefs examples/inquiries

run: demo
	ATELIER_HOME=$(DEMO) $(BIN)/atelier

# Debian packages the tests need: Dovecot (IMAP) and PostgreSQL as real servers, tmux, and faketime to run the
# unit suite under a shifted clock.
SYSTEM_PACKAGES := dovecot-imapd postgresql tmux faketime libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core poppler-utils iproute2 util-linux
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "please install: sudo apt-get install $$missing"; exit 1; fi; \
	fi

# The unit suite once more, five months ahead: a test that reads today's date instead of the injected clock
# fails here on the day it is written. (Tests that start real servers move the injected clock instead:
# Dovecot under faketime goes wrong for reasons of its own.)
SHIFT ?= +150d
test: install system-deps lint smoke
	$(BIN)/python -m pytest
	faketime -f "$(SHIFT)" $(BIN)/python -m pytest tests/unit -q -p no:cacheprovider

# What this machine is, as llama.cpp sees it: CI prints it before any test.
machine: install
	@$(BIN)/python -c "from assistant.llm_probe import cpu_info, describe_cpu, llama_version; \
	print('cpu:', describe_cpu(cpu_info())); print('llama-cpp-python:', llama_version())"
	@$(BIN)/python -c "import llama_cpp; print('llama.cpp system info:', llama_cpp.llama_print_system_info().decode())"

# The bundled model must decode here before anything else runs: a crash is reported in seconds, CPU named.
smoke: install
	$(BIN)/python -m pytest tests/integration/core/test_model_smoke.py -q -p no:cacheprovider
	ATELIER_HOME=$$(mktemp -d) $(BIN)/atelier doctor | grep -E 'llama.cpp|model'

lint: install
	$(BIN)/ruff check assistant tests benchmarks
	$(BIN)/ruff format --check assistant tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

# The five adversarial and fault suites at full size (tests/hardening; a bounded subset runs in `make test`).
# Each suite writes its figures to build/hardening/; the report table goes into docs/security.md and is printed.
HARDENING_OUT := $(CURDIR)/build/hardening
hardening: install system-deps
	rm -rf $(HARDENING_OUT)
	HARDENING=full HARDENING_REPORT=$(HARDENING_OUT) $(BIN)/python -m pytest tests/hardening -m hardening; \
	status=$$?; \
	$(BIN)/python -m tests.hardening.report $(HARDENING_OUT) --write docs/security.md || status=1; \
	exit $$status

clean:
	rm -rf $(VENV) $(DEMO) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
