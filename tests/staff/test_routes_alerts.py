"""Board, alert queue, safety confirmation and citizen reports over HTTP, with the real watch worker."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from core.settings import RuntimeSettings
from reports.schemas import ReportCreate
from reports.store import create_report
from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, silence_until_alert, unique_district
from watch.clock import ManualClock
from watch.models import Alert
from watch.settings import WatchSettings

pytestmark = pytest.mark.slow


def test_silence_shows_on_the_board_and_in_the_queue_then_is_acknowledged_and_resolved(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    district = unique_district()
    quiet_id = make_resident(db, district=district, name="無応答 太郎", checkin_time="08:00")
    other = make_resident(db, district=unique_district(), name="別地区 花子", checkin_time="08:00")
    silence_until_alert(db, manual_clock)
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(district,)))

    board = client.get("/staff/api/board").json()
    assert board["date"] == "2026-06-01"
    people = board["districts"][0]["people"]
    assert [(p["resident_id"], p["state"]) for p in people] == [(quiet_id, "escalated")]
    assert board["open_alerts"] == 1

    alerts = client.get("/staff/api/alerts").json()
    assert [(a["resident_id"], a["status"], a["reason"]) for a in alerts] == [(quiet_id, "open", "no_answer")]
    assert other not in [a["resident_id"] for a in client.get("/staff/api/alerts", params={"status": "all"}).json()]
    alert_id = alerts[0]["id"]
    page = client.get("/staff/alerts")
    assert "無応答 太郎" in page.text and "受け付ける" in page.text

    acked = client.post(f"/staff/alerts/{alert_id}/acknowledge", data={"csrf_token": token},
                        headers={"Accept": "application/json"})
    assert acked.status_code == 200
    assert client.get("/staff/api/alerts", params={"status": "acknowledged"}).json()[0]["id"] == alert_id
    no_note = client.post(f"/staff/api/alerts/{alert_id}/resolve", json={"note": " "},
                          headers={"X-CSRF-Token": token})
    assert no_note.status_code == 422 and no_note.json()["error"]["message"] == "対応内容のメモを入力してください。"
    resolved = client.post(f"/staff/api/alerts/{alert_id}/resolve", json={"note": "訪問して無事を確認"},
                           headers={"X-CSRF-Token": token})
    assert resolved.status_code == 200
    body = resolved.json()
    assert body["status"] == "resolved" and body["resolution_note"] == "訪問して無事を確認"
    assert body["resolved_by"].endswith(")") and "staff-" in body["resolved_by"]
    again = client.post(f"/staff/api/alerts/{alert_id}/resolve", json={"note": "再度"},
                        headers={"X-CSRF-Token": token})
    assert again.status_code == 409
    assert "訪問して無事を確認" in client.get(f"/staff/residents/{quiet_id}").text


def test_staff_cannot_act_on_another_districts_alert(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    theirs = unique_district()
    make_resident(db, district=theirs, checkin_time="08:00")
    silence_until_alert(db, manual_clock)
    admin = new_client(running_app)
    login(admin, make_account(db, role="admin"))
    alert_id = next(a["id"] for a in admin.get("/staff/api/alerts").json() if a["district"] == theirs)
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(unique_district(),)))
    response = client.post(f"/staff/api/alerts/{alert_id}/acknowledge", json={}, headers={"X-CSRF-Token": token})
    assert response.status_code == 404


def test_safety_confirmation_for_a_district(running_app: FastAPI, db: Database, manual_clock: ManualClock) -> None:
    district = unique_district()
    ids = [make_resident(db, district=district, name=f"安否 {i}") for i in range(3)]
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(district,)))
    everyone = client.post("/staff/api/safety", json={"message": "地震がありました。ご無事ですか？", "district": None},
                           headers={"X-CSRF-Token": token})
    assert everyone.status_code == 403  # only admins ask every district
    started = client.post("/staff/safety", data={"csrf_token": token, "district": district,
                                                 "message": "地震がありました。ご無事ですか？"}, follow_redirects=False)
    assert started.status_code == 303
    campaign_id = int(started.headers["location"].rsplit("/", 1)[1])
    summary = client.get(f"/staff/api/safety/{campaign_id}").json()
    assert (summary["safe"], summary["needs_help"], summary["not_answered"]) == (0, 0, 3)
    assert sorted(p["resident_id"] for p in summary["not_answered_list"]) == sorted(ids)
    page = client.get(f"/staff/safety/{campaign_id}")
    assert page.status_code == 200 and "未回答 3人" in page.text and 'aria-live="polite"' in page.text
    outsider = new_client(running_app)
    login(outsider, make_account(db, districts=(unique_district(),)))
    assert outsider.get(f"/staff/api/safety/{campaign_id}").status_code == 404


def test_citizen_reports_are_listed_for_staff(running_app: FastAPI, db: Database) -> None:
    with db.sessions() as session, session.begin():
        report_id = create_report(session, report=ReportCreate(what="道路に穴があります", where="古川駅前")).id
    client = new_client(running_app)
    assert client.get("/staff/api/reports").status_code == 401
    login(client, make_account(db))
    listed = client.get("/staff/api/reports").json()
    assert listed[0]["id"] == report_id and listed[0]["where"] == "古川駅前"
    page = client.get("/staff/reports")
    assert "道路に穴があります" in page.text
    assert client.get("/staff/api/reports", params={"status": "bogus"}).status_code == 422


def stream_events(client: TestClient) -> list[dict[str, str]]:
    """Every event of one (short) SSE stream, as field dicts."""
    with client.stream("GET", "/staff/api/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        text = "".join(stream.iter_text())
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(":"))
        if fields:
            events.append(fields)
    return events


@pytest.fixture
def short_streams(running_app: FastAPI) -> Iterator[None]:
    settings = running_app.state.staff_settings
    saved = (settings.live_stream_max_s, settings.live_poll_s)
    settings.live_stream_max_s, settings.live_poll_s = 0.3, 0.1
    yield
    settings.live_stream_max_s, settings.live_poll_s = saved


def test_live_events_stream_reports_changes(running_app: FastAPI, db: Database, short_streams: None) -> None:
    client = new_client(running_app)
    login(client, make_account(db))
    events = stream_events(client)
    assert events[0]["event"] == "changed" and events[0]["retry"] == "3000" and len(events[0]["data"]) == 16


def test_the_change_marker_ignores_other_districts(running_app: FastAPI, db: Database, short_streams: None) -> None:
    """Finding 9: the marker was computed city-wide (it moved, and carried counts, for every district)."""
    mine = unique_district()
    make_resident(db, district=mine)
    client = new_client(running_app)
    login(client, make_account(db, districts=(mine,)))
    admin = new_client(running_app)
    login(admin, make_account(db, role="admin"))
    before, admin_before = stream_events(client)[0]["data"], stream_events(admin)[0]["data"]
    make_resident(db, district=unique_district(), name="他地区 一郎")  # a change elsewhere
    assert stream_events(client)[0]["data"] == before
    assert stream_events(admin)[0]["data"] != admin_before  # admins see every district
    make_resident(db, district=mine, name="同地区 二郎")
    assert stream_events(client)[0]["data"] != before
    assert ":" not in before  # an opaque digest, not counts


def test_the_alert_email_link_opens_the_case_page(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    """Finding 10: the alert email links to /staff/alerts/{id}, which had no GET route."""
    district = unique_district()
    resident_id = make_resident(db, district=district, name="連絡 待子", checkin_time="08:00")
    silence_until_alert(db, manual_clock)
    with db.sessions() as session:
        alert_id = session.scalars(select(Alert.id).where(Alert.resident_id == resident_id)).one()
    link = WatchSettings(_env_file=None).with_runtime(
        RuntimeSettings(_env_file=None, public_base_url="http://testserver")).alert_url(alert_id)
    path = link.removeprefix("http://testserver")
    anonymous = new_client(running_app).get(path, follow_redirects=False)
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/staff/login?next=")
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(district,)))
    page = client.get(path)
    assert page.status_code == 200
    assert "連絡 待子" in page.text and "応答なし" in page.text and "受け付ける" in page.text
    assert "090-1234-5678" in page.text and "経過" in page.text
    acked = client.post(f"/staff/alerts/{alert_id}/acknowledge", data={"csrf_token": token, "back": path},
                        follow_redirects=False)
    assert acked.status_code == 303 and acked.headers["location"] == path
    outsider = new_client(running_app)
    login(outsider, make_account(db, districts=(unique_district(),)))
    refused = outsider.get(path)
    assert refused.status_code == 404 and "連絡 待子" not in refused.text
