"""The public map with many reports (shared markers, a paged list by district) and the cached outputs follow
every change at once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient

from reports.models import CitizenReport
from reports.schemas import ReportCreate, StatusChange
from reports.store import create_report
from reports.workflow import change_status
from tests.reports.conftest import build_app, make_settings


def test_many_reports_share_markers_and_the_list_is_paged_by_district(client: TestClient) -> None:
    with client.app.state.db.sessions() as session, session.begin():  # type: ignore[attr-defined]
        for i in range(150):
            spot = (38.5713 + (i % 10) * 0.001, 140.9558) if i % 3 else (38.7405, 140.7130 + (i % 5) * 0.001)
            create_report(session, report=ReportCreate(what=f"穴 {i}", where="駅", category="road_damage",
                                                       latitude=spot[0], longitude=spot[1]))
    first = client.get("/reports/map")
    assert first.status_code == 200 and "付近の報告" in first.text
    assert first.text.count('<tr id="r-') == 100 and "次のページ" in first.text
    second = client.get("/reports/map", params={"page": 2})
    assert second.text.count('<tr id="r-') == 50 and "前のページ" in second.text
    naruko = client.get("/reports/map", params={"district": "鳴子温泉"})
    assert naruko.text.count('<tr id="r-') == 50 and "鳴子温泉の報告(全50件" in naruko.text
    assert client.get("/reports/map", params={"page": 0}).status_code == 422


def test_cached_outputs_follow_a_status_change(client: TestClient) -> None:
    with client.app.state.db.sessions() as session, session.begin():  # type: ignore[attr-defined]
        number = create_report(session, report=ReportCreate(what="街灯", where="駅", category="street_light")).number
    assert "点検しました" not in client.get("/api/open-data/reports.csv").text
    assert "点検しました" not in client.get("/reports/map").text
    with client.app.state.db.sessions() as session, session.begin():  # type: ignore[attr-defined]
        row = session.query(CitizenReport).filter_by(number=number).one()
        change_status(session, row=row, change=StatusChange(status="done", public_note="点検しました"),
                      actor="職員", now=datetime.now(UTC))
    assert "点検しました" in client.get("/api/open-data/reports.csv").text
    assert "点検しました" in client.get("/api/open-data/reports.geojson").text
    assert "点検しました" in client.get("/reports/map").text  # recently closed: still on the map


def test_public_outputs_may_lag_by_the_cache_age_only(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, public_cache_s=3600)
    with TestClient(build_app(f"sqlite:///{tmp_path / 'r.db'}", settings)) as client:
        assert "R-20" not in client.get("/api/open-data/reports.csv").text
        with client.app.state.db.sessions() as session, session.begin():  # type: ignore[attr-defined]
            number = create_report(session, report=ReportCreate(what="穴", where="駅")).number
        assert str(number) not in client.get("/api/open-data/reports.csv").text  # within the age: as rendered
        client.app.state.reports_published_cache.max_age_s = 0  # type: ignore[attr-defined]  # the age passed
        assert str(number) in client.get("/api/open-data/reports.csv").text
