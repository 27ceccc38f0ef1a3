"""The chat's web layer over HTTP: the router, its lifespan and the edge error handler, with Rasa stopped (a
closed port), so turns are answered from the real knowledge search (degraded mode)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from chat import routes as chat_routes
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from core.settings import RuntimeSettings
from gateway.errors import install_error_handlers
from knowledge.search import Searcher
from knowledge.web import SearchService
from tests.conftest import closed_port_url

PROXY = "127.0.0.1"


def _app(*, search: SearchService | None, chat: ChatSettings | None = None, trusted_proxies: list[str] | None = None
         ) -> FastAPI:
    """What the gateway assembles for the chat: runtime and Rasa settings, the search, the chat lifespan."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with chat_routes.lifespan(app):
            yield

    app = FastAPI(lifespan=lifespan)
    app.state.runtime = RuntimeSettings(trusted_proxies=trusted_proxies or [])
    app.state.rasa = RasaSettings(url=closed_port_url())
    app.state.chat_settings = chat or ChatSettings()
    app.state.search = search
    install_error_handlers(app)
    app.include_router(chat_routes.router)
    return app


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    """The chat without the search (no model loaded): sessions, validation, the page."""
    with TestClient(_app(search=None)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def degraded(searcher: Searcher) -> Iterator[TestClient]:
    """The chat with the real knowledge search (loads the model once per session)."""
    with TestClient(_app(search=SearchService(searcher))) as test_client:
        yield test_client


def _session(client: TestClient) -> str:
    response = client.post("/api/chat/session")
    assert response.status_code == 201
    return str(response.json()["session_id"])


def test_degraded_mode_answers_from_search_with_source_and_phone(degraded: TestClient) -> None:
    session_id = _session(degraded)
    response = degraded.post("/api/chat", json={"session_id": session_id, "text": "住民票はどこで取れますか"})
    assert response.status_code == 200
    body = response.json()
    assert body["degraded"] is True and body["session_id"] == session_id
    notice, answer = body["messages"]
    assert notice["kind"] == "notice" and "簡易モード" in notice["text"]
    assert answer["kind"] == "faq_answer" and "住民票" in answer["text"]
    assert answer["links"][0]["url"].startswith("https://www.city.osaki.miyagi.jp/")
    assert answer["phones"] == [{"label": "市民課", "number": "0229235311", "tel": "tel:0229235311"}]


def test_degraded_mode_abstains_honestly(degraded: TestClient) -> None:
    question = {"session_id": _session(degraded), "text": "おすすめのラーメン屋さんは?"}
    body = degraded.post("/api/chat", json=question).json()
    assert body["messages"][1]["kind"] == "hand_over"
    assert body["messages"][1]["phones"][0]["number"] == "0229235091"


@pytest.mark.parametrize(
    ("payload", "code", "fragment"),
    [
        ({"session_id": "made-up-id", "text": "こんにちは"}, "invalid_session", "識別子"),
        ({"session_id": "A" * 24 + ".0123456789abcdef", "text": "こんにちは"}, "invalid_session", "識別子"),
        ({"text": "こんにちは"}, "invalid_request", "session_id"),
        ({"session_id": "SID", "text": ""}, "invalid_request", "text"),
        ({"session_id": "SID", "text": "   "}, "invalid_request", "入力してください"),
        ({"session_id": "SID", "text": "あ" * 501}, "invalid_request", "500文字以内"),
        ({"session_id": "SID", "text": "こんにちは\x00"}, "invalid_request", "制御文字"),
    ],
)
def test_bad_input_is_a_422_with_a_japanese_message(
    client: TestClient, payload: dict[str, str], code: str, fragment: str
) -> None:
    if payload.get("session_id") == "SID":
        payload = {**payload, "session_id": _session(client)}
    response = client.post("/api/chat", json=payload)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == code and fragment in response.json()["error"]["message"]


def test_invalid_json_is_a_422(client: TestClient) -> None:
    response = client.post("/api/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_request"


def test_the_page_and_only_its_own_static_files_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and '<html lang="ja">' in page.text and "/chat/static/chat.js" in page.text
    script = client.get("/chat/static/chat.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert client.get("/chat/static/chat.css").status_code == 200
    assert client.get("/chat/static/index.html").status_code == 404
    assert client.get("/chat/static/..%2Froutes.py").status_code == 404


def test_without_bot_and_search_a_turn_is_a_clear_503() -> None:
    with TestClient(_app(search=None)) as bare:
        session_id = bare.post("/api/chat/session").json()["session_id"]
        response = bare.post("/api/chat", json={"session_id": session_id, "text": "こんにちは"})
    assert response.status_code == 503 and response.json()["error"]["code"] == "chat_unavailable"


def test_sessions_signed_with_another_key_are_refused() -> None:
    with TestClient(_app(search=None, chat=ChatSettings(secret_key="key-one-" + "x" * 32))) as first:
        foreign = first.post("/api/chat/session").json()["session_id"]
    with TestClient(_app(search=None, chat=ChatSettings(secret_key="key-two-" + "y" * 32))) as second:
        response = second.post("/api/chat", json={"session_id": foreign, "text": "こんにちは"})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid_session"


def test_rate_limit_gives_a_clear_429_per_client_behind_a_trusted_proxy() -> None:
    app = _app(search=None, chat=ChatSettings(rate_limit="2/minute"), trusted_proxies=[PROXY])
    with TestClient(app, client=(PROXY, 40000)) as limited:
        first = {"X-Forwarded-For": "203.0.113.7"}
        assert limited.post("/api/chat/session", headers=first).status_code == 201
        assert limited.post("/api/chat/session", headers=first).status_code == 201
        response = limited.post("/api/chat/session", headers=first)
        assert response.status_code == 429
        assert response.json()["error"]["code"] == "rate_limited" and "待って" in response.json()["error"]["message"]
        assert int(response.headers["Retry-After"]) >= 1
        # A rotated left-most hop is still the same client (the right-most untrusted hop counts).
        rotated = {"X-Forwarded-For": "198.51.100.1, 203.0.113.7"}
        assert limited.post("/api/chat/session", headers=rotated).status_code == 429
        assert limited.post("/api/chat/session", headers={"X-Forwarded-For": "203.0.113.8"}).status_code == 201


def test_rate_limit_setting_is_validated() -> None:
    with pytest.raises(ValueError, match="CHAT_RATE_LIMIT"):
        ChatSettings(rate_limit="sixty per minute")


def test_production_refuses_the_development_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    with pytest.raises(ValueError, match="CHAT_SECRET_KEY"):
        ChatSettings()
    assert ChatSettings(secret_key="a-real-random-secret-" + "z" * 24).secret_key.startswith("a-real")




def test_with_rasa_stopped_and_no_search_a_fire_still_gets_119_first(client: TestClient) -> None:
    body = client.post("/api/chat", json={"session_id": _session(client), "text": "台所から火が出た"}).json()
    [first] = body["messages"]
    assert first["kind"] == "emergency" and "119" in first["title"]
    assert [p["tel"] for p in first["phones"]][:2] == ["tel:119", "tel:110"]


def test_with_rasa_stopped_and_no_search_other_questions_are_still_unavailable(client: TestClient) -> None:
    response = client.post("/api/chat", json={"session_id": _session(client), "text": "住民票はどこで取れますか"})
    assert response.status_code == 503 and response.json()["error"]["message"]
