#!/usr/bin/env bash
# Set up everything on a fresh machine, idempotently: system packages, the main Python 3.11
# environment (.venv) and the Rasa Python 3.10 environment (.venv-rasa). Re-running is cheap:
# each step is skipped when its inputs have not changed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STAMPS="$ROOT/.venv-stamps"
mkdir -p "$STAMPS"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "not root and sudo is missing: install the system packages in scripts/apt-packages.txt by hand"
  SUDO="sudo"
fi

# --- system packages ---------------------------------------------------------------------------
mapfile -t APT_PACKAGES < <(grep -vE '^\s*(#|$)' scripts/apt-packages.txt)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install these packages: ${missing[*]}"
  say "installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- find interpreters ---------------------------------------------------------------------------
find_python() {  # $1 = version like 3.11; prints a working interpreter of that version
  local v=$1 candidate
  local candidates=("python$v")
  if command -v pyenv >/dev/null 2>&1; then
    candidates+=("$(pyenv prefix "$v" 2>/dev/null || true)/bin/python")
  fi
  candidates+=(python3 python)
  for candidate in "${candidates[@]}"; do
    # A pyenv shim can exist on PATH and still fail to run: ask the interpreter itself.
    if [ "$("$candidate" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" = "$v" ]; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}

stamp_ok() { [ -f "$STAMPS/$1" ] && [ "$(cat "$STAMPS/$1")" = "$2" ]; }

# --- main environment (Python 3.11) --------------------------------------------------------------
PY311=$(find_python 3.11) || die "Python 3.11 is required: install python3.11 (e.g. 'apt-get install python3.11 python3.11-venv' or 'pyenv install 3.11')"
MAIN_HASH=$(cat pyproject.toml | sha256sum | cut -c1-16)
if ! stamp_ok main "$MAIN_HASH" || [ ! -x .venv/bin/python ]; then
  say "creating the main environment (.venv, $("$PY311" --version))"
  [ -x .venv/bin/python ] || "$PY311" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  # The CPU build of torch first, from the local wheel; nothing later may replace it with a CUDA build.
  .venv/bin/pip install -q torch==2.13.0
  .venv/bin/pip install -q -e '.[dev]'
  echo "$MAIN_HASH" > "$STAMPS/main"
fi

# --- the safety rules' hyperscan prefilter (var/safety/prefilter; compiled ~20 s when the rules changed, else loaded) --
.venv/bin/python -m safety.prefilter

# --- wyoming-satellite (test dependency: it pins wyoming 1.4.1, so it lives in its own environment) -------
SAT_VERSION="wyoming-satellite==1.0.0"
if ! stamp_ok satellite "$SAT_VERSION" || [ ! -x .venv-satellite/bin/python ]; then
  say "creating the smart-speaker test environment (.venv-satellite, $SAT_VERSION)"
  [ -x .venv-satellite/bin/python ] || "$PY311" -m venv .venv-satellite
  .venv-satellite/bin/pip install -q "$SAT_VERSION"
  echo "$SAT_VERSION" > "$STAMPS/satellite"
fi

# --- Rasa environment (Python 3.10) --------------------------------------------------------------
PY310=$(find_python 3.10) || die "Python 3.10 is required for Rasa 3.6: install python3.10 (e.g. 'pyenv install 3.10') so that 'python3.10' is on PATH"
RASA_HASH=$(cat bot/requirements.txt | sha256sum | cut -c1-16)
if ! stamp_ok rasa "$RASA_HASH" || [ ! -x .venv-rasa/bin/rasa ]; then
  say "creating the Rasa environment (.venv-rasa, $("$PY310" --version)); this takes a few minutes"
  [ -x .venv-rasa/bin/python ] || "$PY310" -m venv .venv-rasa
  .venv-rasa/bin/python -m pip install -q --upgrade pip
  .venv-rasa/bin/pip install -q -r bot/requirements.txt
  echo "$RASA_HASH" > "$STAMPS/rasa"
fi
# --- front-end test tools (axe-core for the browser tests) ----------------------------------------
if ! command -v npm >/dev/null 2>&1; then
  say "installing npm"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
fi
NPM_HASH=$(cat package-lock.json | sha256sum | cut -c1-16)
if ! stamp_ok npm "$NPM_HASH" || [ ! -d node_modules/axe-core ]; then
  say "installing front-end test tools (npm ci)"
  npm ci --no-audit --no-fund
  echo "$NPM_HASH" > "$STAMPS/npm"
fi
# --- the Rasa model (trained only when bot/ inputs changed; bot/train.sh keeps the hash) -----------------
bot/train.sh

say "setup complete"
