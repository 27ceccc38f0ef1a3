#!/usr/bin/env bash
# Install rasa-sdk into the MAIN environment (.venv) for the action server, idempotently, without
# touching the project's pins (torch, pydantic): see requirements-actions.txt for why --no-deps.
set -euo pipefail
cd "$(dirname "$0")/.."
RASA_SDK_VERSION=3.21.1
PY=.venv/bin/python
[ -x "$PY" ] || { echo "install-actions.sh: $PY not found; run scripts/setup.sh first" >&2; exit 1; }
installed=$("$PY" -c 'import importlib.metadata as m; print(m.version("rasa-sdk"))' 2>/dev/null || true)
if [ "$installed" = "$RASA_SDK_VERSION" ] && "$PY" -c 'import rasa_sdk.endpoint' 2>/dev/null; then
  exit 0
fi
echo "==> installing rasa-sdk $RASA_SDK_VERSION into .venv"
"$PY" -m pip install -q --no-deps "rasa-sdk==$RASA_SDK_VERSION"
"$PY" -m pip install -q -r bot/requirements-actions.txt
