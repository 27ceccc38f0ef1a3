#!/usr/bin/env bash
# Set up everything (idempotent, trains the bot if its data changed), build the knowledge index if the corpus
# changed, migrate the database, then run the assistant: Rasa and the action server on loopback, the gateway
# in front (http://127.0.0.1:8000/). Ctrl-C stops everything. Until Rasa has loaded (~25 s), the chat answers
# from the knowledge search directly.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
./scripts/setup.sh
export RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1
[ -f .env ] && { set -a; . ./.env; set +a; }
.venv/bin/python -m knowledge build
.venv/bin/python -m storage upgrade
.venv/bin/python -m bot.actions.settings > /dev/null  # refuses invalid bot settings with a message
mkdir -p var/log bot/var

pids=()
stop_all() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

RASA_PORT=${BOT_RASA_PORT:-5005}
ACTIONS_PORT=${BOT_ACTIONS_PORT:-5055}
export GATEWAY_RASA_URL=${GATEWAY_RASA_URL:-http://127.0.0.1:$RASA_PORT}
export GATEWAY_INTERNAL_URL=${GATEWAY_INTERNAL_URL:-http://127.0.0.1:${GATEWAY_PORT:-8000}}

echo "==> action server on 127.0.0.1:$ACTIONS_PORT (log: var/log/actions.log)"
SANIC_HOST=127.0.0.1 .venv/bin/python -m rasa_sdk --actions bot.actions --port "$ACTIONS_PORT" \
  > var/log/actions.log 2>&1 &
pids+=($!)

echo "==> Rasa on 127.0.0.1:$RASA_PORT (log: var/log/rasa.log)"
# scripts/rasa_run.py = `rasa` with the action-reply check compiled once (~20 ms less CPU per chat turn).
# One TensorFlow/OpenMP thread per pool: idle pool threads spin and take the other processes' cores.
(cd bot && TF_INTRA_OP_PARALLELISM_THREADS=1 TF_INTER_OP_PARALLELISM_THREADS=1 OMP_NUM_THREADS=1 \
  exec ../.venv-rasa/bin/python ../scripts/rasa_run.py run --enable-api -i 127.0.0.1 -p "$RASA_PORT" --model models \
  --endpoints endpoints.yml --credentials credentials.yml) > var/log/rasa.log 2>&1 &
pids+=($!)

echo "==> watch-over worker (check-ins, escalation, notifications; log: var/log/watch-worker.log)"
.venv/bin/python -m watch worker > var/log/watch-worker.log 2>&1 &
pids+=($!)

echo "==> the assistant: http://${GATEWAY_HOST:-127.0.0.1}:${GATEWAY_PORT:-8000}/"
.venv/bin/python -m gateway &
pids+=($!)
wait -n "${pids[@]}"
echo "run.sh: a process stopped; stopping the others (logs in var/log/)" >&2
