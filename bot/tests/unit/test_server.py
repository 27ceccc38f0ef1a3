"""Finding 2: the action server refuses every call without Rasa's shared secret (RASA_ACTIONS_TOKEN), over
real HTTP against `python -m bot.actions.server`; the settings check stops a misconfigured start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[3]
TOKEN = "actions-token-for-tests-0123456789abcdef"
START_TIMEOUT_S = 120.0
ACTION_CALL = {"next_action": "action_reset_report", "sender_id": "s1", "version": "3.6.21", "domain": {},
               "tracker": {"sender_id": "s1", "slots": {}, "latest_message": {}, "events": [], "paused": False,
                           "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"}}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "RASA_", "REPORTS_", "APP_"))}
    return {**env, "BOT_PRELOAD_KNOWLEDGE": "false", **extra}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log = tmp_path_factory.mktemp("actions") / "actions.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.actions.server", "--host", "127.0.0.1", "--port", str(port)],
            cwd=PROJECT_ROOT, env=_env(RASA_ACTIONS_TOKEN=TOKEN), stdout=sink, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert process.poll() is None, log.read_text(encoding="utf-8", errors="replace")
            try:
                if httpx.get(url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.parametrize("params", [{}, {"token": ""}, {"token": "wrong"}, {"token": TOKEN[:-1]}, {"tok": TOKEN}])
def test_calls_without_the_right_token_are_refused(server: str, params: dict[str, str]) -> None:
    webhook = httpx.post(server + "/webhook", params=params, json=ACTION_CALL, timeout=10)
    assert webhook.status_code == 401 and webhook.json() == {"error": "missing or wrong token"}
    assert httpx.get(server + "/actions", params=params, timeout=10).status_code == 401


def test_a_call_with_the_token_runs_the_action(server: str) -> None:
    response = httpx.post(server + "/webhook", params={"token": TOKEN}, json=ACTION_CALL, timeout=30)
    assert response.status_code == 200
    events = response.json()["events"]
    assert {e["name"] for e in events if e["event"] == "slot"} == {
        "report_what", "report_where", "report_photo_url", "report_confirmed"}
    names = {a["name"] for a in httpx.get(server + "/actions", params={"token": TOKEN}, timeout=10).json()}
    assert "action_file_report" in names


def test_health_needs_no_token(server: str) -> None:
    assert httpx.get(server + "/health", timeout=10).json() == {"status": "ok"}


def test_ready_needs_no_token_and_holds_without_a_preload(server: str) -> None:
    assert httpx.get(server + "/ready", timeout=10).json() == {"status": "ready"}  # BOT_PRELOAD_KNOWLEDGE=false


def test_ready_waits_for_the_knowledge_search(tmp_path: Path) -> None:
    """With the preload on and no index to load, the server is healthy but never ready (the dev stack waits)."""
    port = _free_port()
    log = tmp_path / "actions.log"
    env = {**_env(RASA_ACTIONS_TOKEN=TOKEN), "BOT_PRELOAD_KNOWLEDGE": "true",
           "KNOWLEDGE_INDEX_DIR": str(tmp_path / "no-index")}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.actions.server", "--host", "127.0.0.1", "--port", str(port)],
            cwd=PROJECT_ROOT, env=env, stdout=sink, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            assert process.poll() is None and time.monotonic() < deadline, log.read_text("utf-8", "replace")
            try:
                if httpx.get(url + "/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        ready = httpx.get(url + "/ready", timeout=10)
        assert ready.status_code == 503 and ready.json() == {"status": "loading"}
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_invalid_settings_stop_the_start_with_a_message() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.actions.server", "--port", str(_free_port())], cwd=PROJECT_ROOT,
        env=_env(APP_ENVIRONMENT="production"), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert "RASA_ACTIONS_TOKEN" in result.stderr and "Traceback" not in result.stderr
