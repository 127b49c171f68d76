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

.PHONY: install run demo test lint system-deps hardening bench clean

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

# Debian packages that the integration tests start as real servers: Dovecot (IMAP) and PostgreSQL.
SYSTEM_PACKAGES := dovecot-imapd postgresql tmux
system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "please install: sudo apt-get install $$missing"; exit 1; fi; \
	fi

test: install system-deps lint
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check assistant tests benchmarks
	$(BIN)/ruff format --check assistant tests benchmarks
	$(BIN)/mypy

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
