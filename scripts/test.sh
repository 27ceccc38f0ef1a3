#!/usr/bin/env bash
# Set up everything (idempotent), then run the whole test suite: ruff, mypy, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export RASA_TELEMETRY_ENABLED=false
echo "==> ruff"
.venv/bin/ruff check .
echo "==> mypy"
.venv/bin/mypy knowledge gateway storage reports
echo "==> pytest"
.venv/bin/python -m pytest "$@"
