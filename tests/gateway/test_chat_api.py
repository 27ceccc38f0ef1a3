"""POST /api/chat on the real app with Rasa unreachable: degraded answers, validation, rate limit, reports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gateway.main import create_app
from gateway.settings import GatewaySettings
from knowledge.settings import KnowledgeSettings
from storage.settings import StorageSettings
from tests.conftest import closed_port_url

TOKEN = "internal-token-for-tests-0001"


def _app(knowledge_settings: KnowledgeSettings, tmp_path: Path, **gateway: object) -> TestClient:
    settings = GatewaySettings(environment="test", rasa_url=closed_port_url(), internal_token=TOKEN, **gateway)
    storage = StorageSettings(database_url=f"sqlite:///{tmp_path / 'chat.db'}")
    return TestClient(create_app(knowledge=knowledge_settings, gateway=settings, storage=storage))


@pytest.fixture(scope="module")
def client(knowledge_settings: KnowledgeSettings, built_index: Path, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[TestClient]:
    with _app(knowledge_settings, tmp_path_factory.mktemp("db")) as test_client:
        yield test_client


def _session(client: TestClient) -> str:
    response = client.post("/api/chat/session")
    assert response.status_code == 201
    return str(response.json()["session_id"])


def test_degraded_mode_answers_from_search_with_source_and_phone(client: TestClient) -> None:
    session_id = _session(client)
    response = client.post("/api/chat", json={"session_id": session_id, "text": "住民票はどこで取れますか"})
    assert response.status_code == 200
    body = response.json()
    assert body["degraded"] is True and body["session_id"] == session_id
    notice, answer = body["messages"]
    assert notice["kind"] == "notice" and "簡易モード" in notice["text"]
    assert answer["kind"] == "faq_answer" and "住民票" in answer["text"]
    assert answer["links"][0]["url"].startswith("https://www.city.osaki.miyagi.jp/")
    assert answer["phones"] == [{"label": "市民課", "number": "0229235311"}]


def test_degraded_mode_abstains_honestly(client: TestClient) -> None:
    body = client.post("/api/chat", json={"session_id": _session(client), "text": "おすすめのラーメン屋さんは?"}).json()
    assert body["messages"][1]["kind"] == "hand_over"
    assert body["messages"][1]["phones"][0]["number"] == "0229235091"


def test_health_reports_the_bot_as_the_degraded_part(client: TestClient) -> None:
    response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "parts": {"knowledge": "ok", "bot": "down", "database": "ok"}}


@pytest.mark.parametrize(
    ("payload", "code", "fragment"),
    [
        ({"session_id": "made-up-id", "text": "こんにちは"}, "invalid_session", "識別子"),
        ({"text": "こんにちは"}, "invalid_request", "session_id"),
        ({"session_id": "SID", "text": ""}, "invalid_request", "text"),
        ({"session_id": "SID", "text": "   "}, "invalid_request", "メッセージを入力"),
        ({"session_id": "SID", "text": "あ" * 501}, "invalid_request", "500"),
    ],
)
def test_bad_input_is_a_422_with_a_message(client: TestClient, payload: dict[str, str], code: str, fragment: str
                                           ) -> None:
    if payload.get("session_id") == "SID":
        payload = {**payload, "session_id": _session(client)}
    response = client.post("/api/chat", json=payload)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == code and fragment in response.json()["error"]["message"]


def test_invalid_json_is_a_422(client: TestClient) -> None:
    response = client.post("/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_internal_reports_need_the_token_and_are_listed(client: TestClient) -> None:
    report = {"what": "街灯が消えている", "where": "古川駅前", "photo_url": "https://example.org/p.jpg"}
    assert client.post("/internal/reports", json=report).status_code == 401
    assert client.post("/internal/reports", json=report, headers={"X-Internal-Token": "wrong"}).status_code == 401
    filed = client.post("/internal/reports", json=report, headers={"X-Internal-Token": TOKEN})
    assert filed.status_code == 201
    listed = client.get("/internal/reports", headers={"X-Internal-Token": TOKEN}).json()
    assert listed[0]["id"] == int(filed.json()["id"]) and listed[0]["where"] == "古川駅前"
    bad = client.post("/internal/reports", json={"what": "", "where": "x"}, headers={"X-Internal-Token": TOKEN})
    assert bad.status_code == 422


def test_rate_limit_gives_a_clear_429(knowledge_settings: KnowledgeSettings, built_index: Path, tmp_path: Path) -> None:
    with _app(knowledge_settings, tmp_path, rate_limit_per_minute=1, rate_limit_burst=2) as limited:
        assert limited.post("/api/chat/session").status_code == 201
        assert limited.post("/api/chat/session").status_code == 201
        response = limited.post("/api/chat/session")
        assert response.status_code == 429
        assert response.json()["error"]["code"] == "rate_limited" and "待って" in response.json()["error"]["message"]
        assert int(response.headers["Retry-After"]) >= 1
