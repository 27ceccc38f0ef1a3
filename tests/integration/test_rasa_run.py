"""scripts/rasa_run.py in the real Rasa environment: valid action replies pass, invalid ones keep Rasa's error."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from devstack.commands import RASA_PYTHON, RASA_RUN

pytestmark = pytest.mark.slow
CHECK_TIMEOUT_S = 300  # importing Rasa (TensorFlow) takes ~10 s on a quiet machine

CHECK = """
import json, sys
sys.path.insert(0, sys.argv[1])
import jsonschema
import rasa_run
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

rasa_run.install_reply_validator()
stock_calls = []
stock_validate = jsonschema.validate  # Rasa's slow path, counted
jsonschema.validate = lambda *args, **kwargs: (stock_calls.append(1), stock_validate(*args, **kwargs))[1]
action = RemoteAction("action_answer_city_info", None)
valid = {"events": [{"event": "slot", "name": "last_query", "value": "住民票", "timestamp": None}],
         "responses": [{"text": "住民票は市民課で取れます。"}]}
outcome = {"valid": action._validate_action_result(valid), "stock_calls_for_valid": len(stock_calls)}
try:
    action._validate_action_result({"events": [{"event": 5}], "responses": []})
    outcome["invalid"] = "accepted"
except ValidationError as err:
    outcome["invalid"] = err.message
print(json.dumps(outcome))
"""


def test_valid_reply_passes_and_invalid_reply_keeps_rasas_error() -> None:
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    done = subprocess.run([str(RASA_PYTHON), "-c", CHECK, str(RASA_RUN.parent)], capture_output=True, text=True,
                          timeout=CHECK_TIMEOUT_S, env=env, check=True)
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["valid"] is True
    assert outcome["stock_calls_for_valid"] == 0  # the compiled validator, not jsonschema.validate
    assert "is not valid under any of the given schemas" in outcome["invalid"]
    assert "Failed to validate Action server response" in outcome["invalid"]  # Rasa's own explanation
