#!/usr/bin/env bash
# Set up everything (idempotent, trains the bot if its data changed), build the knowledge index if the corpus
# changed, migrate the database, then run the assistant: the action server and Rasa on loopback (with their
# tokens, core/rasa.py), the watch-over worker, the smart-speaker controller (python -m voice controller) and the
# gateway in front (http://127.0.0.1:8000/).
# Ctrl-C stops everything; when one process stops, the others are stopped too (logs in var/log/).
# Until Rasa has loaded (~25 s), the chat answers from the knowledge search directly.
# The launch lines are built once, in devstack/commands.py (`python -m devstack run`).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1
[ -f .env ] && { set -a; . ./.env; set +a; }
.venv/bin/python -m knowledge build
.venv/bin/python -m storage upgrade
.venv/bin/python -m bot.actions.settings > /dev/null  # refuses invalid bot settings with a message
exec .venv/bin/python -m devstack run
