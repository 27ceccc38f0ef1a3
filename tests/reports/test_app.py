"""The reports routes as the gateway's real factory assembles them (no FAQ search): pages under the strict
CSP, a report filed, and an error page in Japanese for a wrong status link."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from gateway.main import create_app
from storage.settings import StorageSettings


def test_reports_through_create_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPORTS_MEDIA_DIR", str(tmp_path / "media"))
    app = create_app(storage=StorageSettings(_env_file=None, database_url=f"sqlite:///{tmp_path / 'a.db'}"))
    with TestClient(app) as client:
        for path in ("/report", "/reports/map", "/api/open-data/reports.csv", "/reports/static/report.js"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert "script-src 'self'" in response.headers["content-security-policy"]
        filed = client.post("/api/reports", data={"category": "other", "what": "ベンチが壊れています", "where": "古川"})
        assert filed.status_code == 201
        number = filed.json()["number"]
        wrong = client.get(f"/reports/status/{number}", params={"token": "nope"}, headers={"Accept": "text/html"})
        assert wrong.status_code == 404 and "受付番号が見つかりませんでした" in wrong.text
        assert "Traceback" not in wrong.text
