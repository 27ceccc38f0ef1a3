"""The test stack as started for integration tests: Rasa and the action server on loopback, behind tokens."""

from __future__ import annotations

import httpx
import psutil
import pytest

from devstack.stack import Stack

pytestmark = pytest.mark.slow


def test_rasa_http_api_needs_the_stack_token(live_stack: Stack) -> None:
    rasa = live_stack.services["rasa"].url
    assert httpx.get(f"{rasa}/status", timeout=30).status_code == 401
    assert httpx.get(f"{rasa}/status", params={"token": "wrong-token"}, timeout=30).status_code == 401
    assert httpx.get(f"{rasa}/status", params={"token": live_stack.rasa_token}, timeout=30).status_code == 200
    parse = httpx.post(f"{rasa}/model/parse", json={"text": "元気です"}, timeout=30)
    assert parse.status_code == 401


def test_the_action_server_needs_the_shared_secret(live_stack: Stack) -> None:
    actions = live_stack.services["actions"].url
    call = {"next_action": "action_answer_city_info", "sender_id": "probe", "tracker": {}, "domain": {}}
    assert httpx.post(f"{actions}/webhook", json=call, timeout=30).status_code == 401
    assert httpx.get(f"{actions}/actions", timeout=30).status_code == 401
    listed = httpx.get(f"{actions}/actions", params={"token": live_stack.actions_token}, timeout=30)
    assert listed.status_code == 200
    assert {"name": "action_answer_city_info"} in listed.json()


def test_every_process_listens_on_loopback_only(live_stack: Stack) -> None:
    for name, service in live_stack.services.items():
        root = psutil.Process(service.process.pid)
        listening = [connection.laddr for process in [root, *root.children(recursive=True)]
                     for connection in process.net_connections(kind="inet") if connection.status == psutil.CONN_LISTEN]
        assert listening, name
        assert {address.ip for address in listening} == {"127.0.0.1"}, name
        assert service.port in {address.port for address in listening}, name
