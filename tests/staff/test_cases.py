"""One case per person on the dashboard: the board, the queue (one card per person), acknowledging a person's
whole case, and the case page's notification record, over HTTP with the real watch worker."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, silence_until_alert, unique_district
from watch.cases import record_case_answer
from watch.classify import classify_button
from watch.clock import ManualClock
from watch.models import Alert, CheckIn
from watch.notify import Dispatcher
from watch.safety import start_safety_check
from watch.safety_schemas import SafetyStart
from watch.settings import WatchSettings
from watch.worker import Worker

pytestmark = pytest.mark.slow
SETTINGS = WatchSettings(_env_file=None, escalate_undelivered=True)


def _answer(db: Database, clock: ManualClock, rid: int, button: str, checkin_id: int | None = None) -> None:
    with db.sessions() as session, session.begin():
        record_case_answer(session, resident_id=rid, classification=classify_button(button), text=None,
                           checkin_id=checkin_id, now=clock.now(), settings=SETTINGS)


def test_an_urgent_safety_answer_is_never_shown_fine_on_the_board(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    district = unique_district()
    rid = make_resident(db, district=district, name="地震 次郎", checkin_time="08:00")
    Worker(db=db, settings=SETTINGS, clock=manual_clock, dispatcher=Dispatcher({})).schedule()
    _answer(db, manual_clock, rid, "fine")  # the daily check-in: 元気
    with db.sessions() as session, session.begin():
        start_safety_check(session, data=SafetyStart(message="地震がありました。ご無事ですか？", district=district),
                           started_by="福祉課", now=manual_clock.now(), settings=SETTINGS)
    with db.sessions() as session:
        safety = session.scalar(select(CheckIn.id).where(CheckIn.resident_id == rid, CheckIn.kind == "safety"))
    _answer(db, manual_clock, rid, "help", checkin_id=safety)
    client = new_client(running_app)
    login(client, make_account(db, districts=(district,)))
    board = client.get("/staff/api/board").json()
    [person] = board["districts"][0]["people"]
    assert person["resident_id"] == rid and person["state"] == "help"
    assert board["summary"]["help"] == 1 and board["summary"]["fine"] == 0


def test_the_queue_shows_one_card_per_person_and_acknowledging_takes_the_whole_case(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    district = unique_district()
    rid = make_resident(db, district=district, name="二件 花子", checkin_time="08:00")
    Worker(db=db, settings=SETTINGS, clock=manual_clock, dispatcher=Dispatcher({})).schedule()
    _answer(db, manual_clock, rid, "unwell")  # a medium alert
    manual_clock.advance(minutes=1)
    _answer(db, manual_clock, rid, "help")  # more urgent: a second alert
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(district,)))
    page = client.get("/staff/alerts/fragment")
    assert page.status_code == 200
    assert page.text.count('data-resident="') == 1 and "2件をまとめて表示" in page.text
    assert "対応が必要な方(1人、うち未対応 1人)" in page.text
    with db.sessions() as session:
        lead = session.scalar(select(Alert.id).where(Alert.resident_id == rid, Alert.priority == "urgent"))
    response = client.post(f"/staff/alerts/{lead}/acknowledge", data={"csrf_token": token},
                           headers={"Accept": "application/json"})
    assert response.status_code == 200
    with db.sessions() as session:
        rows = list(session.scalars(select(Alert).where(Alert.resident_id == rid)))
    assert len(rows) == 2 and {a.status for a in rows} == {"acknowledged"}
    assert all(a.next_escalation_at is None for a in rows)


def test_the_case_page_shows_every_notice_and_a_contact_without_channel(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    district = unique_district()
    rid = make_resident(db, district=district, name="電話 のみ子", checkin_time="08:00")  # family: phone only
    silence_until_alert(db, manual_clock)
    client = new_client(running_app)
    login(client, make_account(db, districts=(district,)))
    with db.sessions() as session:
        alert_id = session.scalar(select(Alert.id).where(Alert.resident_id == rid))
    page = client.get(f"/staff/alerts/{alert_id}")
    assert page.status_code == 200
    assert "通知の記録" in page.text and "連絡手段なし" in page.text and "大崎 太郎" in page.text
    case = client.get(f"/staff/api/alerts/{alert_id}").json()
    assert case["unreachable"] and case["person_alerts"][0]["id"] == alert_id


def test_a_call_to_the_resident_is_recorded_on_the_case(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    district = unique_district()
    rid = make_resident(db, district=district, name="電話 かけ子", checkin_time="08:00")
    silence_until_alert(db, manual_clock)
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(district,)))
    with db.sessions() as session:
        alert_id = session.scalar(select(Alert.id).where(Alert.resident_id == rid))
    page = client.get(f"/staff/alerts/{alert_id}")
    assert "ご本人に電話する" in page.text and "救急要請" in page.text
    bad = client.post(f"/staff/api/alerts/{alert_id}/call", json={"outcome": "maybe"}, headers={"X-CSRF-Token": token})
    assert bad.status_code == 422
    absent = client.post(f"/staff/api/alerts/{alert_id}/call", json={"outcome": "absent", "note": "10回鳴らした"},
                         headers={"X-CSRF-Token": token})
    assert absent.status_code == 200 and absent.json() == {"outcome": "不在"}
    with db.sessions() as session:
        assert session.get(Alert, alert_id).status == "open"  # type: ignore[union-attr]
    reached = client.post(f"/staff/alerts/{alert_id}/call", data={"csrf_token": token, "outcome": "reached"},
                          headers={"Accept": "application/json"})
    assert reached.status_code == 200 and reached.json()["outcome"] == "話せた"
    with db.sessions() as session:
        assert session.get(Alert, alert_id).status == "acknowledged"  # type: ignore[union-attr]
    timeline = client.get(f"/staff/alerts/{alert_id}").text
    assert "ご本人に電話：不在（10回鳴らした）" in timeline and "ご本人に電話：話せた" in timeline


def test_a_resident_without_a_device_is_on_the_phone_list_not_escalated(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    district = unique_district()
    rid = make_resident(db, district=district, name="端末 なし子", checkin_time="08:00")
    worker = Worker(db=db, settings=WatchSettings(_env_file=None), clock=manual_clock, dispatcher=Dispatcher({}))
    worker.tick()
    for minutes in (31, 90, 61, 60):
        manual_clock.advance(minutes=minutes)
        worker.tick()
    client = new_client(running_app)
    login(client, make_account(db, districts=(district,)))
    board = client.get("/staff/api/board").json()
    assert board["districts"][0]["people"][0]["state"] == "undelivered" and board["phone_list"] == [rid]
    assert board["open_alerts"] == 0
    page = client.get("/staff/board/fragment")
    assert "電話で確認する方" in page.text and "090-1234-5678" in page.text
