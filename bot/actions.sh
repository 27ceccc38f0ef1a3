#!/usr/bin/env bash
# Start the action server (rasa-sdk in the MAIN environment) on 127.0.0.1:${BOT_ACTIONS_PORT:-5055}.
# Environment: GATEWAY_INTERNAL_URL (default http://127.0.0.1:8000), GATEWAY_INTERNAL_TOKEN, BOT_REPORT_TIMEOUT_S,
# BOT_PRELOAD_KNOWLEDGE (default true) and every KNOWLEDGE_* setting of the knowledge package.
set -euo pipefail
cd "$(dirname "$0")/.."
export SANIC_HOST="${SANIC_HOST:-127.0.0.1}"  # rasa-sdk binds 0.0.0.0 unless told otherwise
exec .venv/bin/python -m rasa_sdk --actions bot.actions --port "${BOT_ACTIONS_PORT:-5055}" --endpoints bot/endpoints.yml "$@"
