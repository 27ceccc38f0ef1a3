"""The assembled app without the knowledge model: limits, headers, health, the production switch."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from pydantic import ValidationError
from pydantic_settings import BaseSettings

from core.rasa import RasaSettings
from core.ratelimit import RateLimiter
from core.settings import FeatureSettings
from devstack.processes import free_port
from gateway.main import create_app
from gateway.settings import GatewaySettings
from storage.settings import StorageSettings
from tests.test_env_example import settings_classes
from watch.settings import WatchSettings

HANG_S = 3.0
REAL_SECRET = "Zt7bQ2-kLm9Xw4Rv8Np3Hs6Jd1Fc5Gy0"


@pytest.fixture(scope="module")
def hanging_rasa() -> Iterator[str]:
    """A Rasa stand-in on loopback whose /status hangs (a slow Rasa), as a real uvicorn server."""
    stub = FastAPI()

    @stub.get("/status")
    async def status(_: Request) -> dict[str, str]:
        await asyncio.sleep(HANG_S)
        return {"model_file": "x"}

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(stub, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("app") / "app.db"


@pytest.fixture(scope="module")
def app(db_path: Path, hanging_rasa: str) -> Iterator[FastAPI]:
    application = create_app(
        GatewaySettings(health_cache_s=0),
        storage=StorageSettings(database_url=f"sqlite:///{db_path}"),
        rasa=RasaSettings(url=hanging_rasa),
    )
    with TestClient(application):
        yield application


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    app.state.public_rate_limiter.reset()
    return TestClient(app)


def test_the_app_starts_without_the_knowledge_model(client: TestClient) -> None:
    body = client.get("/api/health").json()
    assert body["parts"]["knowledge"] == "down" and body["parts"]["database"] == "ok"
    assert client.get("/api/search", params={"q": "ごみ"}).status_code == 503


def test_a_huge_chat_body_is_refused_with_413_before_parsing(client: TestClient) -> None:
    started = time.perf_counter()
    response = client.post("/api/chat", content=b"x" * (40 * 1024 * 1024), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert time.perf_counter() - started < 5


def test_health_does_not_wait_for_the_sqlite_write_lock(client: TestClient, db_path: Path) -> None:
    holder = sqlite3.connect(db_path, timeout=1)
    holder.execute("BEGIN IMMEDIATE")  # a watch-over writer holds the lock
    try:
        started = time.perf_counter()
        response = client.get("/api/health")
        assert response.json()["parts"]["database"] == "ok"
        assert time.perf_counter() - started < HANG_S + 2  # bounded by the bot probe, not by the lock (30 s)
    finally:
        holder.rollback()
        holder.close()


def test_a_slow_rasa_on_health_never_switches_chat_to_degraded(app: FastAPI, client: TestClient) -> None:
    for _ in range(3):
        assert client.get("/api/health").json()["parts"]["bot"] == "down"
    assert app.state.bot.is_down is False


def test_health_floods_are_rate_limited(app: FastAPI, client: TestClient) -> None:
    app.state.public_rate_limiter = RateLimiter("3/minute", namespace="public")
    codes = [client.get("/api/health").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_pages_carry_a_strict_content_security_policy(client: TestClient) -> None:
    for path in ("/", "/device", "/staff/login"):
        response = client.get(path, headers={"accept": "text/html"})
        assert response.status_code == 200, path
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "'unsafe-inline'" not in policy and "frame-ancestors 'none'" in policy
        assert response.headers["x-content-type-options"] == "nosniff"


def test_unknown_pages_get_a_japanese_html_page(client: TestClient) -> None:
    response = client.get("/no-such-page", headers={"accept": "text/html"})
    assert response.status_code == 404 and '<html lang="ja">' in response.text


def _with_secrets(settings_class: type[BaseSettings]) -> bool:
    """Classes whose default configuration needs a secret (the webhook secret only with a webhook URL)."""
    return issubclass(settings_class, FeatureSettings) and bool(settings_class().required_secrets())


@pytest.mark.parametrize(
    "settings_class", [c for c in settings_classes() if _with_secrets(c)], ids=lambda cls: cls.__name__
)
def test_production_refuses_the_shipped_secrets_of_every_package(
    monkeypatch: pytest.MonkeyPatch, settings_class: type[FeatureSettings]
) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    with pytest.raises(ValidationError, match="production refuses placeholder secrets"):
        settings_class()
    real = {name: REAL_SECRET for name in settings_class.secret_fields}
    assert settings_class.model_validate(real)


def test_production_turns_off_the_api_docs(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    application = create_app(
        storage=StorageSettings(database_url=f"sqlite:///{db_path}"),
        rasa=RasaSettings(token=REAL_SECRET, actions_token=REAL_SECRET),
    )
    paths = {getattr(route, "path", "") for route in application.routes}
    assert "/docs" not in paths and "/openapi.json" not in paths


def test_production_refuses_a_webhook_without_a_real_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("APP_ENVIRONMENT", "production")
    monkeypatch.setenv("WATCH_WEBHOOK_URL", "https://city.example/hook")
    with pytest.raises(ValidationError, match="WATCH_WEBHOOK_SECRET"):
        WatchSettings()
