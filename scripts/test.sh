#!/usr/bin/env bash
# Set up everything (idempotent, trains the bot if needed), then run the whole test suite:
# ruff, mypy, the bot's conversation tests (rasa data validate + rasa test), and pytest
# (unit, integration with real Rasa/FAISS/SQLite/PostgreSQL/SMTP, and headless-Chromium browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export RASA_TELEMETRY_ENABLED=false
echo "==> ruff"
.venv/bin/ruff check .
echo "==> mypy"
.venv/bin/mypy knowledge gateway storage reports watch staff
echo "==> bot conversation tests"
BOT_ACTIONS_PORT=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])') \
  bot/test.sh
echo "==> pytest"
.venv/bin/python -m pytest "$@"
