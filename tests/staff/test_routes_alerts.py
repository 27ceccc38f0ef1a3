"""Board, alert queue, safety confirmation and citizen reports over HTTP, with the real watch worker."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from reports.schemas import ReportCreate
from reports.store import create_report
from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, silence_until_alert, unique_district
from watch.clock import ManualClock

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


def test_live_events_stream_reports_changes(running_app: FastAPI, db: Database) -> None:
    running_app.state.staff_settings.live_stream_max_s = 0.5
    running_app.state.staff_settings.live_poll_s = 0.1
    try:
        client = new_client(running_app)
        login(client, make_account(db))
        with client.stream("GET", "/staff/api/events") as stream:
            assert stream.headers["content-type"].startswith("text/event-stream")
            text = "".join(stream.iter_text())
        assert text.startswith("retry: 3000\nevent: changed\ndata: ")
    finally:
        running_app.state.staff_settings.live_stream_max_s = 300.0
        running_app.state.staff_settings.live_poll_s = 2.0
