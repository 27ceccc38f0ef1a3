#!/usr/bin/env bash
# Start the action server (rasa-sdk in the MAIN environment) on 127.0.0.1:${BOT_ACTIONS_PORT:-5055}.
# Settings: bot/actions/settings.py (BOT_*, plus GATEWAY_INTERNAL_URL/TOKEN, GATEWAY_ENVIRONMENT and
# KNOWLEDGE_GENERAL_CONTACT_*; environment or .env) and every KNOWLEDGE_* setting of the knowledge package.
# The settings are checked first: an invalid value stops here with a message (exit code 2).
set -euo pipefail
cd "$(dirname "$0")/.."
export SANIC_HOST="${SANIC_HOST:-127.0.0.1}"  # rasa-sdk binds 0.0.0.0 unless told otherwise
PORT=$(.venv/bin/python -m bot.actions.settings actions_port)  # BOT_ACTIONS_PORT, default 5055
exec .venv/bin/python -m rasa_sdk --actions bot.actions --port "$PORT" --endpoints bot/endpoints.yml "$@"
