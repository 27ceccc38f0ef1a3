#!/usr/bin/env bash
# Conversation tests: `rasa data validate`, train if needed, start the action server (main environment),
# run `rasa test core` on the stories in tests/ (fails on any failed story) and `rasa test nlu` on data/,
# then stop the action server. Reports go to bot/results/. Usage: bot/test.sh
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
RASA="$ROOT/.venv-rasa/bin/rasa"
PY="$ROOT/.venv/bin/python"
PORT=$(cd "$ROOT" && "$PY" -m bot.actions.settings actions_port)  # checks the bot settings; BOT_ACTIONS_PORT
RESULTS=results
MODEL=models/osaki.tar.gz
export RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1

echo "==> rasa data validate"
"$RASA" data validate --config config.yml --domain domain.yml --data data

echo "==> train (skipped when nothing changed)"
./train.sh

echo "==> action server on 127.0.0.1:$PORT"
mkdir -p "$RESULTS"
if "$PY" -c "import socket,sys; s=socket.socket(); sys.exit(s.connect_ex(('127.0.0.1', $PORT)) != 0)"; then
  echo "test.sh: port $PORT is already in use; set BOT_ACTIONS_PORT to a free port" >&2
  exit 1
fi
(cd "$ROOT" && SANIC_HOST=127.0.0.1 BOT_PRELOAD_KNOWLEDGE=false exec "$PY" -m rasa_sdk --actions bot.actions --port "$PORT" --endpoints bot/endpoints.yml) \
  > "$RESULTS/action-server.log" 2>&1 &
ACTIONS_PID=$!
stop_actions() { kill "$ACTIONS_PID" 2>/dev/null || true; wait "$ACTIONS_PID" 2>/dev/null || true; }
trap stop_actions EXIT
"$PY" - "$PORT" <<'PYEOF'
import sys, time, urllib.request
deadline = time.monotonic() + 60
while True:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/health", timeout=2) as response:
            if response.status == 200:
                break
    except OSError:
        pass
    if time.monotonic() > deadline:
        sys.exit("test.sh: the action server did not start within 60 s (see bot/results/action-server.log)")
    time.sleep(0.5)
PYEOF

# The same action endpoint on the chosen port, without the SQL tracker store (tests keep trackers in memory).
printf 'action_endpoint:\n  url: "http://127.0.0.1:%s/webhook"\n' "$PORT" > "$RESULTS/endpoints.test.yml"

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
