"""GET /api/search on the real app (the lifespan loads the real index and model): answers, abstention,
validation, and the per-client rate limit behind a trusted proxy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from core.ratelimit import RateLimiter
from core.settings import RuntimeSettings
from gateway.main import create_app
from gateway.settings import GatewaySettings
from knowledge.settings import KnowledgeSettings
from storage.settings import StorageSettings

PROXY = "127.0.0.1"


@pytest.fixture(scope="module")
def app(
    knowledge_settings: KnowledgeSettings, built_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FastAPI]:
    storage = StorageSettings(database_url=f"sqlite:///{tmp_path_factory.mktemp('db') / 'search.db'}")
    application = create_app(
        GatewaySettings(build_index_on_start=False),
        knowledge=knowledge_settings,
        storage=storage,
        runtime=RuntimeSettings(trusted_proxies=[PROXY]),
    )
    with TestClient(application):
        yield application


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    app.state.public_rate_limiter.reset()
    yield TestClient(app, client=(PROXY, 40000))


def test_search_returns_ranked_answers(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "住民票はどこで取れますか", "k": 3})
    assert response.status_code == 200
    body = response.json()
    assert body["abstained"] is False
    assert len(body["answers"]) == 3
    top = body["answers"][0]
    assert top["id"] == "koseki-001"
    assert top["department"] == "市民課" and top["phone"] == "0229-23-5311"
    assert top["source_url"].startswith("https://www.city.osaki.miyagi.jp/")
    assert set(top) >= {"answer", "question", "score", "confidence"}


def test_out_of_scope_abstains_with_general_contact(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "おすすめのラーメン屋さんはどこ?"}).json()
    assert body["abstained"] is True
    assert body["contact"] == {"name": "大崎市役所 総合窓口", "phone": "0229-23-5091"}
    assert "0229-23-5091" in body["message"]


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"q": ""}, "q: "),
        ({"q": "あ" * 501}, "500文字以内"),
        ({"q": "   "}, ""),
        ({}, "q: "),
        ({"q": "a", "k": 0}, "k: "),
    ],
)
def test_bad_queries_get_422_with_a_japanese_message(
    client: TestClient, params: dict[str, str | int], fragment: str
) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert fragment in error["message"]
    assert any("\u3040" <= ch <= "\u30ff" for ch in error["message"])  # Japanese for people
    assert error["code"] in {"invalid_request", "invalid_query", "query_error"}


def test_search_is_rate_limited_per_client_even_when_the_client_rotates_forwarded_for(
    app: FastAPI, client: TestClient
) -> None:
    app.state.public_rate_limiter = RateLimiter("3/minute", namespace="public")
    codes = [
        client.get("/api/search", params={"q": "ごみ"}, headers={"X-Forwarded-For": f"192.0.2.{i}, 198.51.100.7"})
        .status_code
        for i in range(5)
    ]
    assert codes == [200, 200, 200, 429, 429]
    other = client.get("/api/search", params={"q": "ごみ"}, headers={"X-Forwarded-For": "198.51.100.8"})
    assert other.status_code == 200
    limited = client.get("/api/search", params={"q": "ごみ"}, headers={"X-Forwarded-For": "198.51.100.7"})
    assert int(limited.headers["retry-after"]) >= 1 and "秒ほど待って" in limited.json()["error"]["message"]


def test_health_is_rate_limited_and_cached(app: FastAPI, client: TestClient) -> None:
    app.state.public_rate_limiter = RateLimiter("2/minute", namespace="public")
    first = client.get("/api/health")
    assert first.status_code == 200 and first.json()["parts"]["knowledge"] == "ok"
    assert client.get("/api/health").json() == first.json()
    assert client.get("/api/health").status_code == 429
