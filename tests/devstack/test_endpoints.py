"""Rasa itself reads the endpoints files with the action server's address and secret from the environment."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from devstack.commands import RASA_ENDPOINTS, RASA_PYTHON
from devstack.stack import write_rasa_endpoints

pytestmark = pytest.mark.slow
READ_TIMEOUT_S = 300  # importing Rasa's endpoint helpers takes a few seconds (much more on a busy machine)
ACTIONS_URL = "http://127.0.0.1:5999/webhook"
ACTIONS_TOKEN = "actions-secret-0123456789abcdefghijklmnop"
READ = """
import json, sys
from rasa.utils.endpoints import read_endpoint_config
endpoint = read_endpoint_config(sys.argv[1], "action_endpoint")
print(json.dumps({"url": endpoint.url, "token": endpoint.token}))
"""


def rasa_reads(path: Path) -> dict[str, str]:
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "RASA_ACTIONS_URL": ACTIONS_URL,
           "RASA_ACTIONS_TOKEN": ACTIONS_TOKEN}
    done = subprocess.run([str(RASA_PYTHON), "-c", READ, str(path)], capture_output=True, text=True, env=env,
                          timeout=READ_TIMEOUT_S, check=True)
    result: dict[str, str] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("which", ["test stack", "bot/endpoints.yml"])
def test_rasa_substitutes_the_action_server_address_and_secret(which: str, tmp_path: Path) -> None:
    path = RASA_ENDPOINTS if which == "bot/endpoints.yml" else write_rasa_endpoints(tmp_path / "e.yml", tracker_db=None)
    assert rasa_reads(path) == {"url": ACTIONS_URL, "token": ACTIONS_TOKEN}
