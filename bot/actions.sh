#!/usr/bin/env bash
# Start the action server (main environment) on loopback, on the port of RASA_ACTIONS_URL (default 5055); it
# refuses calls without RASA_ACTIONS_TOKEN. Settings: bot/actions/settings.py, core/rasa.py (RASA_*) and the
# knowledge package's KNOWLEDGE_*; environment or .env. Invalid settings stop here with a message (exit code 2).
# The launch line is built once, in devstack/commands.py.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m bot.actions.settings > /dev/null
exec .venv/bin/python -m devstack actions "$@"
