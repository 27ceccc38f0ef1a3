#!/usr/bin/env bash
# Train if needed, then start the Rasa server (REST channel + HTTP API) on 127.0.0.1:${BOT_RASA_PORT:-5005}.
# Start the action server separately with bot/actions.sh.
set -euo pipefail
cd "$(dirname "$0")"
PORT=$(cd .. && .venv/bin/python -m bot.actions.settings rasa_port)  # BOT_RASA_PORT, default 5005 (env or .env)
./train.sh
mkdir -p var  # the SQLite tracker store (endpoints.yml) lives in bot/var/
export RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1
# scripts/rasa_run.py = `rasa` with the action-reply check compiled once and SQLite in WAL mode (faster turns).
exec ../.venv-rasa/bin/python ../scripts/rasa_run.py run --enable-api -p "$PORT" -i 127.0.0.1 --model models \
  --endpoints endpoints.yml --credentials credentials.yml "$@"
