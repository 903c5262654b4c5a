# VillageDesk developer commands (GNU make, POSIX sh). `make test` is what CI runs.
#   make run ARGS="..."   start the app (or a CLI command) from the local .venv
#   make test             lint, type-check, layer check, translation check, tests
#   make i18n             refresh resources/i18n/*.ts and .qm from the code and pending/*.tsv
#   make bench | screenshots | proofs | clean | distclean
#   make installer        dist/VillageDesk-<version>-setup.exe (Windows x64), built on Linux
#   make installer-test   build it, then install and use it under Wine (see installer/README.md)

SHELL := /bin/sh
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=

# Debian packages Qt needs at run time, and what the tests and screenshots need.
QT_PACKAGES := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libxrender1 \
	libxi6 libsm6 libice6
TOOL_PACKAGES := xvfb xauth poppler-utils libreoffice-calc-nogui
DEB_PACKAGES := $(QT_PACKAGES) $(TOOL_PACKAGES)

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: all deps venv run test lint i18n bench screenshots proofs clean distclean \
	installer-deps installer installer-test installer-lock installer-icon bench-installer

all: test

# Install missing Debian packages when we can (root on Debian/Ubuntu); otherwise just say so.
# A package counts as present when it or its 64-bit-time_t rename (name + "t64") is installed.
deps:
	@if [ ! -f /etc/debian_version ]; then \
		echo "deps: not Debian/Ubuntu; make sure Qt's runtime libraries, xvfb and poppler-utils are installed."; \
		exit 0; \
	fi; \
	installed=" $$(dpkg-query -W -f='$${Package} $${db:Status-Status}\n' 2>/dev/null \
		| awk '$$2 == "installed" { printf "%s ", $$1 }')"; \
	missing=""; \
	for pkg in $(DEB_PACKAGES); do \
		case "$$installed" in *" $$pkg "*|*" $${pkg}t64 "*) ;; *) missing="$$missing $$pkg";; esac; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "deps: not root; please install:$$missing"; \
		exit 0; \
	fi; \
	echo "deps: installing$$missing"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update -q && apt-get install -y -q --no-install-recommends $$missing </dev/null

venv: $(STAMP)

$(STAMP): pyproject.toml setup.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[test]' </dev/null
	touch $(STAMP)

run: deps $(STAMP)
	$(BIN)/villagedesk $(ARGS)

test: deps $(STAMP)
	$(MAKE) --no-print-directory lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto </dev/null

lint: $(STAMP)
	$(BIN)/ruff check --no-cache .
	$(BIN)/ruff format --check --no-cache .
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m villagedesk.devtools.i18n_tool check

i18n: $(STAMP)
	$(BIN)/python -m villagedesk.devtools.i18n_tool update

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m villagedesk.devtools.bench $(ARGS)

screenshots: deps $(STAMP)
	xvfb-run -a -s "-screen 0 1440x900x24" $(BIN)/python -m villagedesk.devtools.screenshots $(ARGS)

proofs: deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m villagedesk.devtools.proofs $(ARGS)

# --- Windows installer (installer/README.md) ----------------------------------------------------
# makensis builds the installer, mingw-w64 the launcher and Wine's test-prefix stubs; Wine, Xvfb
# and poppler run the smoke test and the installer bench.
INSTALLER_PACKAGES := nsis binutils-mingw-w64-x86-64 gcc-mingw-w64-x86-64-win32 wine wine64 \
	xvfb xauth poppler-utils

installer-deps:
	@if [ ! -f /etc/debian_version ]; then \
		echo "installer-deps: not Debian/Ubuntu; install:$(INSTALLER_PACKAGES)"; \
		exit 0; \
	fi; \
	installed=" $$(dpkg-query -W -f='$${Package} $${db:Status-Status}\n' 2>/dev/null \
		| awk '$$2 == "installed" { printf "%s ", $$1 }')"; \
	missing=""; \
	for pkg in $(INSTALLER_PACKAGES); do \
		case "$$installed" in *" $$pkg "*|*" $${pkg}t64 "*) ;; *) missing="$$missing $$pkg";; esac; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "installer-deps: not root; please install:$$missing"; \
		exit 0; \
	fi; \
	echo "installer-deps: installing$$missing"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update -q && apt-get install -y -q --no-install-recommends $$missing </dev/null

installer: installer-deps $(STAMP)
	$(BIN)/python installer/build_installer.py

installer-test: deps installer
	$(BIN)/python installer/smoke_test.py

installer-lock: $(STAMP)
	$(BIN)/python installer/lock_requirements.py

installer-icon: $(STAMP)
	$(BIN)/python installer/make_icon.py

# Not part of `make bench`: sizes and the cold start under Wine beside the same start on Linux.
bench-installer: deps installer
	$(BIN)/python installer/bench.py $(ARGS)

clean:
	rm -rf build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .import_linter_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) .cache/installer
