#!/usr/bin/env bash
# Set up everything (idempotent, trains the bot if needed), then run the whole test suite:
# ruff, the import-layer contracts (import-linter, [tool.importlinter] in pyproject.toml), mypy, the bot's
# conversation tests (rasa data validate + rasa test), and pytest (unit, integration with real
# Rasa/FAISS/SQLite/PostgreSQL/SMTP, and headless-Chromium browser tests). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export RASA_TELEMETRY_ENABLED=false
echo "==> ruff"
.venv/bin/ruff check .
echo "==> import layers (lint-imports)"
.venv/bin/lint-imports
.venv/bin/python -m knowledge lint --corpus knowledge/corpus  # the sample FAQ corpus: exit 1 on errors
echo "==> mypy"
.venv/bin/mypy core knowledge gateway storage reports chat safety watch staff voice devstack bot/actions tests
echo "==> bot conversation tests"
bot/test.sh
echo "==> pytest"
.venv/bin/python -m pytest "$@"
