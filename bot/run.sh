#!/usr/bin/env bash
# Train if needed, then start the Rasa server (REST channel + HTTP API behind RASA_TOKEN) on loopback, on the
# port of RASA_URL (default 127.0.0.1:5005). Start the action server separately with bot/actions.sh.
# The launch line is built once, in devstack/commands.py; extra arguments go to `rasa run`.
set -euo pipefail
cd "$(dirname "$0")"
./train.sh
mkdir -p var  # the SQLite tracker store (endpoints.yml) lives in bot/var/
cd ..
exec .venv/bin/python -m devstack rasa "$@"
