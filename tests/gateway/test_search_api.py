"""GET /api/search on the real app (lifespan loads the real index and model)."""

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


@pytest.fixture(scope="module")
def client(
    knowledge_settings: KnowledgeSettings, built_index: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    storage = StorageSettings(database_url=f"sqlite:///{tmp_path_factory.mktemp('db') / 'search.db'}")
    gateway = GatewaySettings(environment="test", rasa_url=closed_port_url())
    app = create_app(knowledge=knowledge_settings, gateway=gateway, storage=storage)
    with TestClient(app) as test_client:
        yield test_client


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
    [({"q": ""}, "q"), ({"q": "あ" * 501}, "500"), ({"q": "   "}, "empty"), ({}, "q"), ({"q": "a", "k": 0}, "k")],
)
def test_bad_queries_get_422_with_a_message(client: TestClient, params: dict[str, object], fragment: str) -> None:
    response = client.get("/api/search", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert fragment in error["message"]
    assert error["code"] in {"invalid_request", "invalid_query"}


def test_health_reports_knowledge_ok(client: TestClient) -> None:
    parts = client.get("/api/health").json()["parts"]
    assert parts["knowledge"] == "ok" and parts["database"] == "ok"


def test_search_page_is_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<html lang="ja">' in page.text and "/static/chat.js" in page.text
    assert client.get("/static/chat.js").status_code == 200
