#!/usr/bin/env bash
# Train the Rasa model only when its inputs changed: config.yml, domain.yml, data/, components/ and
# requirements.txt are hashed and the hash is stored next to the model (models/osaki.sha256).
# A second run with unchanged inputs is a fast no-op. Usage: bot/train.sh [--force]
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd .. && pwd)
RASA="$ROOT/.venv-rasa/bin/rasa"
MODEL_NAME=osaki
MODEL="models/$MODEL_NAME.tar.gz"
HASH_FILE="models/$MODEL_NAME.sha256"
export RASA_TELEMETRY_ENABLED=false
export SQLALCHEMY_SILENCE_UBER_WARNING=1

[ -x "$RASA" ] || { echo "train.sh: $RASA not found; run scripts/setup.sh first" >&2; exit 1; }

inputs_hash() {
  # Paths and contents of every input file, in a stable order.
  find config.yml domain.yml requirements.txt data components -type f \
    \( -name '*.yml' -o -name '*.yaml' -o -name '*.py' -o -name '*.txt' \) -not -path '*/__pycache__/*' -print0 \
    | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}

HASH=$(inputs_hash)
if [ "${1:-}" != "--force" ] && [ -f "$MODEL" ] && [ -f "$HASH_FILE" ] && [ "$(cat "$HASH_FILE")" = "$HASH" ]; then
  echo "train.sh: $MODEL is up to date (inputs unchanged)"
  exit 0
fi

mkdir -p models
started=$(date +%s)
"$RASA" train --config config.yml --domain domain.yml --data data --out models --fixed-model-name "$MODEL_NAME"
echo "$HASH" > "$HASH_FILE.tmp" && mv "$HASH_FILE.tmp" "$HASH_FILE"
echo "train.sh: trained $MODEL in $(( $(date +%s) - started )) s"
