"""/internal/reports over HTTP (the reports router, the edge error handler, real SQLite; no search model): the
internal token is always required, whoever the client seems to be (finding 3), and the bot's longest location
is accepted (finding 10)."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from bot.actions.report import clean_what, clean_where
from core.settings import RuntimeSettings
from devstack.processes import free_port
from gateway.errors import install_error_handlers
from reports import routes as reports_routes
from reports.settings import DEV_INTERNAL_TOKEN, INTERNAL_TOKEN_HEADER, ReportsSettings
from storage.database import open_database

TOKEN = "reports-internal-token-for-tests-0123456789"
REPORT = {"what": "街灯が消えている", "where": "古川駅前", "photo_url": "https://example.org/p.jpg"}
FORGED_HEADERS = [{"X-Forwarded-For": "127.0.0.1"}, {"X-Forwarded-For": "localhost"},
                  {"X-Forwarded-For": "testclient"}, {"X-Real-IP": "127.0.0.1"}]


def _app(tmp_path: Path, settings: ReportsSettings | None) -> FastAPI:
    """What the gateway assembles for this router: the database, the runtime settings, the edge handler."""
    database = open_database(url=f"sqlite:///{tmp_path / 'reports.db'}")

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with reports_routes.lifespan(app):
            yield
        database.close()

    app = FastAPI(lifespan=lifespan)
    app.state.db = database
    app.state.runtime = RuntimeSettings()
    if settings is not None:
        app.state.reports_settings = settings
    install_error_handlers(app)
    app.include_router(reports_routes.router)
    return app


@pytest.fixture
def loopback_client(tmp_path: Path) -> Iterator[TestClient]:
    """A client whose address is 127.0.0.1 (what uvicorn reports for a local proxy or a local attacker)."""
    with TestClient(_app(tmp_path, ReportsSettings(internal_token=TOKEN)), client=("127.0.0.1", 40000)) as client:
        yield client


@pytest.mark.parametrize("headers", [{}, *FORGED_HEADERS])
def test_loopback_and_forged_clients_are_refused_without_the_token(
    loopback_client: TestClient, headers: dict[str, str]
) -> None:
    response = loopback_client.post("/internal/reports", json=REPORT, headers=headers)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert loopback_client.get("/internal/reports", headers=headers).status_code == 401


def test_wrong_token_is_refused_and_the_right_one_files_and_lists(loopback_client: TestClient) -> None:
    wrong = loopback_client.post("/internal/reports", json=REPORT, headers={INTERNAL_TOKEN_HEADER: TOKEN[:-1]})
    assert wrong.status_code == 401
    filed = loopback_client.post("/internal/reports", json=REPORT, headers={INTERNAL_TOKEN_HEADER: TOKEN})
    assert filed.status_code == 201
    body = filed.json()
    assert body["id"] == body["number"] and body["number"].startswith("R-20")
    assert "/reports/status/" + body["number"] + "?token=" in body["status_url"]
    listed = loopback_client.get("/internal/reports", headers={INTERNAL_TOKEN_HEADER: TOKEN}).json()
    assert listed[0]["number"] == body["number"] and listed[0]["where"] == "古川駅前"
    status = loopback_client.get("/internal/reports/status", params={"text": f"受付番号 {body['number']} は?"},
                                 headers={INTERNAL_TOKEN_HEADER: TOKEN})
    assert status.status_code == 200 and "「受付」" in status.json()["reply"]
    assert loopback_client.get("/internal/reports/status", params={"text": "x"}).status_code == 401


def test_default_settings_still_require_the_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The former code trusted loopback clients ("testclient" included) when no token was configured.
    monkeypatch.delenv("REPORTS_INTERNAL_TOKEN", raising=False)
    with TestClient(_app(tmp_path, None)) as client:
        assert client.post("/internal/reports", json=REPORT).status_code == 401
        headers = {INTERNAL_TOKEN_HEADER: DEV_INTERNAL_TOKEN}
        assert client.post("/internal/reports", json=REPORT, headers=headers).status_code == 201


def test_the_bots_longest_answers_are_accepted(loopback_client: TestClient) -> None:
    what, where = clean_what("穴" * 900), clean_where("古川駅東口ロータリー" * 100)
    assert what is not None and where is not None and len(where) > 300  # the former limit was 300
    body = {"what": what, "where": where, "photo_url": None, "session_id": "s" * 32}
    response = loopback_client.post("/internal/reports", json=body, headers={INTERNAL_TOKEN_HEADER: TOKEN})
    assert response.status_code == 201, response.text


@pytest.mark.parametrize(
    "body",
    [{"what": "", "where": "x"}, {"what": "穴", "where": "   "}, {"what": "穴", "where": "駅\x00前"},
     {"what": "穴", "where": "駅" * 501}, {"what": "穴", "where": "駅", "photo_url": "javascript:alert(1)"}],
)
def test_bad_reports_are_a_422_with_a_japanese_message(loopback_client: TestClient, body: dict[str, str]) -> None:
    response = loopback_client.post("/internal/reports", json=body, headers={INTERNAL_TOKEN_HEADER: TOKEN})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and any("\u3040" <= ch <= "\u30ff" for ch in error["message"])


def test_real_server_with_proxy_headers_on_still_requires_the_token(tmp_path: Path) -> None:
    """uvicorn's proxy_headers (its default) rewrites the client from X-Forwarded-For for 127.0.0.1 peers."""
    port = free_port()
    config = uvicorn.Config(_app(tmp_path, ReportsSettings(internal_token=TOKEN)), host="127.0.0.1", port=port,
                            proxy_headers=True, forwarded_allow_ips="127.0.0.1", log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        url = f"http://127.0.0.1:{port}/internal/reports"
        for headers in FORGED_HEADERS:
            assert httpx.post(url, json=REPORT, headers=headers, timeout=10).status_code == 401
        filed = httpx.post(url, json=REPORT, headers={INTERNAL_TOKEN_HEADER: TOKEN}, timeout=10)
        assert filed.status_code == 201
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_production_refuses_the_placeholder_token_at_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    monkeypatch.delenv("REPORTS_INTERNAL_TOKEN", raising=False)
    with pytest.raises(ValueError, match="REPORTS_INTERNAL_TOKEN"), TestClient(_app(tmp_path, None)):
        pass
