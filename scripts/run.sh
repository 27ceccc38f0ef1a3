#!/usr/bin/env bash
# Set up everything (idempotent), build the knowledge index if the corpus changed, start the gateway.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export RASA_TELEMETRY_ENABLED=false
.venv/bin/python -m knowledge build
echo "==> starting the assistant on http://${GATEWAY_HOST:-127.0.0.1}:${GATEWAY_PORT:-8000}/"
exec .venv/bin/python -m gateway
