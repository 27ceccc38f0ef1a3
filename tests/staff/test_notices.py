"""Disaster notices in the dashboard over HTTP: staff (not only admins) write one for their districts, see its
delivery per device, end it and start a safety confirmation from it; bad input is a 4xx with a Japanese message;
every step is in the audit log."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from staff.models import AuditEntry
from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, unique_district
from watch.clock import ManualClock
from watch.devices import create_device
from watch.models import CheckIn, SafetyCampaign

pytestmark = pytest.mark.slow


def notice_json(clock: ManualClock, district: str, **overrides: object) -> dict[str, object]:
    return {"level": "evacuate", "title": "避難指示(洪水)", "text": "近くの小学校へ避難してください。",
            "districts": [district], "expires_at": (clock.now() + timedelta(hours=3)).isoformat(), **overrides}


def audit_actions(db: Database, username: str) -> list[str]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).where(AuditEntry.actor_username == username)
                                    .order_by(AuditEntry.id)))


def test_staff_member_writes_a_notice_sees_its_delivery_and_starts_a_safety_confirmation(
        running_app: FastAPI, db: Database, manual_clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(running_app.state, "watch_clock", manual_clock, raising=False)  # GET /api/notices's clock
    district = unique_district()
    resident = make_resident(db, district=district, name="防災 花子")
    with db.sessions() as session, session.begin():
        device = create_device(session, resident_id=resident)
    account = make_account(db, districts=(district,))
    client = new_client(running_app)
    token = login(client, account)

    page = client.get("/staff/notices")
    assert page.status_code == 200 and "お知らせを出す" in page.text and district in page.text
    expiry = (manual_clock.now() + timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M")  # datetime-local, Tokyo time
    created = client.post("/staff/notices", follow_redirects=False, data={
        "csrf_token": token, "level": "evacuate", "title": "避難指示(土砂災害)", "text": "高台へ避難してください。",
        "districts": [district], "expires_at": expiry})
    assert created.status_code == 303, created.text
    notice_url = created.headers["location"]
    detail = client.get(notice_url)
    assert detail.status_code == 200
    assert "避難指示(土砂災害)" in detail.text and "防災 花子" in detail.text and device.device_id in detail.text
    assert "未配信" in detail.text  # the tablet is not connected
    notice_id = int(notice_url.rsplit("/", 1)[1])

    listed = client.get("/staff/api/notices").json()
    assert [(n["id"], n["districts"], n["active"]) for n in listed][:1] == [(notice_id, [district], True)]
    assert listed[0]["expires_at"].startswith("2026-06-01T07:00")  # 16:00 in Tokyo, stored in UTC
    public = client.get("/api/notices").json()["notices"]
    assert notice_id in [n["id"] for n in public]  # the chat page's list

    started = client.post(f"{notice_url}/safety", follow_redirects=False,
                          data={"csrf_token": token, "message": "避難指示が出ています。ご無事ですか？"})
    assert started.status_code == 303 and started.headers["location"].startswith("/staff/safety/")
    with db.sessions() as session:
        campaign = session.scalars(select(SafetyCampaign).order_by(SafetyCampaign.id.desc())).first()
        assert campaign is not None and campaign.district == district
        asked = session.scalars(select(CheckIn.resident_id).where(CheckIn.campaign_id == campaign.id)).all()
    assert asked == [resident]
    assert f"/staff/safety/{campaign.id}" in client.get(notice_url).text  # linked from the notice

    ended = client.post(f"/staff/api/notices/{notice_id}/end", headers={"X-CSRF-Token": token})
    assert ended.status_code == 200 and ended.json()["active"] is False
    assert notice_id not in [n["id"] for n in client.get("/api/notices").json()["notices"]]
    again = client.post(f"/staff/api/notices/{notice_id}/end", headers={"X-CSRF-Token": token})
    assert again.status_code == 409 and "すでに終了" in again.json()["error"]["message"]
    assert audit_actions(db, account.username) == [
        "notice.create", "notice.view", "safety.start", "notice.view", "notice.end"]


def test_bad_input_gets_a_4xx_with_a_japanese_message(running_app: FastAPI, db: Database,
                                                      manual_clock: ManualClock) -> None:
    district = unique_district()
    account = make_account(db, districts=(district,))
    client = new_client(running_app)
    token = login(client, account)
    headers = {"X-CSRF-Token": token}

    def refused(**overrides: object) -> tuple[int, str]:
        response = client.post("/staff/api/notices", json=notice_json(manual_clock, district, **overrides),
                               headers=headers)
        return response.status_code, str(response.json()["error"])

    status, body = refused(districts=[])
    assert status == 422 and "対象の地区を1つ以上選ぶか" in body
    status, body = refused(text="  ")
    assert status == 422 and "入力してください" in body
    status, body = refused(expires_at=(manual_clock.now() - timedelta(minutes=5)).isoformat())
    assert status == 422 and "終了日時が過ぎています" in body
    status, body = refused(districts=["よその地区"])
    assert status == 422 and "担当していない地区には出せません: よその地区" in body
    status, body = refused(all_districts=True)
    assert status == 403 and "全地区へのお知らせは管理者だけ" in body

    form = client.post("/staff/notices", data={
        "csrf_token": token, "level": "evacuate", "title": "避難指示", "text": "", "expires_at": "2020-01-01T10:00"})
    assert form.status_code == 422 and "本文: 入力してください。" in form.text
    no_district = client.post("/staff/notices", data={
        "csrf_token": token, "level": "evacuate", "title": "避難指示", "text": "避難してください。",
        "expires_at": "2030-01-01T10:00"})
    assert no_district.status_code == 422 and "対象の地区: 対象の地区を1つ以上選ぶか" in no_district.text
    assert "避難してください。" in no_district.text  # what was typed stays in the form
    past = client.post("/staff/notices", data={
        "csrf_token": token, "level": "evacuate", "title": "避難指示", "text": "避難してください。",
        "districts": district, "expires_at": "2020-01-01T10:00"})
    assert past.status_code == 422 and "終了日時が過ぎています" in past.text
    no_csrf = client.post("/staff/api/notices", json=notice_json(manual_clock, district))
    assert no_csrf.status_code == 403
    assert all(district not in n["districts"] for n in client.get("/staff/api/notices").json())  # none written
    assert "notice.create" not in audit_actions(db, account.username)


def test_other_districts_staff_do_not_see_the_notice_and_admins_may_write_for_everyone(
        running_app: FastAPI, db: Database, manual_clock: ManualClock) -> None:
    district = unique_district()
    make_resident(db, district=district)
    admin_client = new_client(running_app)
    admin_token = login(admin_client, make_account(db, role="admin"))
    created = admin_client.post("/staff/api/notices", json=notice_json(manual_clock, district),
                                headers={"X-CSRF-Token": admin_token})
    assert created.status_code == 201, created.text
    notice_id = created.json()["id"]
    unknown = admin_client.post("/staff/api/notices", json=notice_json(manual_clock, "存在しない地区"),
                                headers={"X-CSRF-Token": admin_token})
    assert unknown.status_code == 422 and "登録されていない地区です" in unknown.json()["error"]["message"]
    everyone = admin_client.post("/staff/api/notices", json=notice_json(manual_clock, district, all_districts=True),
                                 headers={"X-CSRF-Token": admin_token})
    assert everyone.status_code == 201 and everyone.json()["all_districts"] and everyone.json()["districts"] == []

    other = new_client(running_app)
    login(other, make_account(db, districts=(unique_district(),)))
    assert other.get(f"/staff/api/notices/{notice_id}").status_code == 404
    seen = [n["id"] for n in other.get("/staff/api/notices").json()]
    assert notice_id not in seen and everyone.json()["id"] in seen
    for notice in (notice_id, everyone.json()["id"]):  # end them: the chat page's list is shared by every test
        assert admin_client.post(f"/staff/api/notices/{notice}/end",
                                 headers={"X-CSRF-Token": admin_token}).status_code == 200
