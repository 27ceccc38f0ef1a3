#!/usr/bin/env bash
# Conversation tests: `rasa data validate`, train if needed, start the action server (main environment),
# run `rasa test core` on the stories in tests/ (fails on any failed story) and `rasa test nlu` on data/,
# then stop the action server. Reports go to bot/results/. Usage: bot/test.sh
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
RASA="$ROOT/.venv-rasa/bin/rasa"
PY="$ROOT/.venv/bin/python"
PORT=${BOT_TEST_ACTIONS_PORT:-$(cd "$ROOT" && "$PY" -m devstack free-port)}
# The action server and `rasa test` share a fresh secret and the action server's address (core/rasa.py).
RASA_ACTIONS_TOKEN=$("$PY" -c 'import secrets; print(secrets.token_urlsafe(32))')
export RASA_ACTIONS_TOKEN RASA_ACTIONS_URL="http://127.0.0.1:$PORT/webhook"
RESULTS=results
MODEL=models/osaki.tar.gz
export RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1

echo "==> rasa data validate"
"$RASA" data validate --config config.yml --domain domain.yml --data data

echo "==> train (skipped when nothing changed)"
./train.sh

echo "==> action server on 127.0.0.1:$PORT"
mkdir -p "$RESULTS"
(cd "$ROOT" && "$PY" -m bot.actions.settings > /dev/null && exec "$PY" -m devstack actions --no-preload) \
  > "$RESULTS/action-server.log" 2>&1 &
ACTIONS_PID=$!
stop_actions() { kill "$ACTIONS_PID" 2>/dev/null || true; wait "$ACTIONS_PID" 2>/dev/null || true; }
trap stop_actions EXIT
(cd "$ROOT" && "$PY" -m devstack wait "http://127.0.0.1:$PORT/health" --timeout 120) \
  || { echo "test.sh: the action server did not start (see bot/$RESULTS/action-server.log)" >&2; exit 1; }

# The action endpoint from the environment (address and token), without the SQL tracker store (in memory).
# Unquoted: Rasa substitutes ${VAR} only in plain YAML scalars.
printf 'action_endpoint:\n  url: ${RASA_ACTIONS_URL}\n  token: ${RASA_ACTIONS_TOKEN}\n' > "$RESULTS/endpoints.test.yml"

echo "==> rasa test core (stories in tests/)"
"$RASA" test core --model "$MODEL" --stories tests --endpoints "$RESULTS/endpoints.test.yml" \
  --out "$RESULTS/core" --fail-on-prediction-errors

echo "==> rasa test nlu (training data)"
"$RASA" test nlu --model "$MODEL" --nlu data --out "$RESULTS/nlu"

"$PY" - "$RESULTS" <<'PYEOF'
import json, sys
from pathlib import Path
results = Path(sys.argv[1])
total = sum(p.read_text("utf-8").count("- story:") for p in Path("tests").glob("test_*.yml"))
failed = (results / "core" / "failed_test_stories.yml").read_text("utf-8").count("- story:")
actions = json.loads((results / "core" / "story_report.json").read_text())
nlu = json.loads((results / "nlu" / "intent_report.json").read_text())
print(f"stories: {total - failed}/{total} passed ({actions['weighted avg']['support']:.0f} actions, "
      f"accuracy {actions['accuracy']:.3f}); NLU on training data: accuracy {nlu['accuracy']:.3f}, "
      f"weighted F1 {nlu['weighted avg']['f1-score']:.3f}")
PYEOF
echo "test.sh: all conversation tests passed"
