"""The smart-speaker admin page over HTTP: admins only, add (clear Japanese problems, nothing written), list with
state and last heard, disable (claim released), remove; audit lines."""

from __future__ import annotations

import secrets

import pytest
from fastapi import FastAPI

from storage.base import utcnow
from storage.database import Database
from tests.staff.conftest import login, make_account, make_resident, new_client, unique_district
from watch.satellite_claims import claim_satellites, mark_heard

pytestmark = pytest.mark.slow


def _uri() -> str:
    return f"tcp://192.0.2.{secrets.randbelow(250) + 1}:{secrets.randbelow(50000) + 10000}"


def test_admin_adds_lists_disables_and_removes_a_speaker(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    resident_id = make_resident(db, district=district, name="鳴子 一郎")
    admin = new_client(running_app)
    token = login(admin, make_account(db, role="admin"))
    uri = _uri()

    bad = admin.post("/staff/satellites", data={"csrf_token": token, "uri": "http://nope", "resident_id": ""})
    assert bad.status_code == 422 and 'role="alert"' in bad.text
    no_district = admin.post("/staff/satellites", data={"csrf_token": token, "uri": uri, "resident_id": ""})
    assert no_district.status_code == 422 and "地区を入力" in no_district.text
    unknown = admin.post("/staff/satellites", data={"csrf_token": token, "uri": uri, "resident_id": "99999999"})
    assert unknown.status_code == 404 and "利用者が見つかりません" in unknown.text
    assert all(s["uri"] != uri for s in admin.get("/staff/api/satellites").json())  # nothing written

    created = admin.post("/staff/satellites", data={"csrf_token": token, "uri": uri, "resident_id": str(resident_id),
                                                     "label": "居間"}, follow_redirects=False)
    assert created.status_code == 303
    twice = admin.post("/staff/satellites", data={"csrf_token": token, "uri": uri, "district": district})
    assert twice.status_code == 422 and "すでに登録" in twice.text
    [item] = [s for s in admin.get("/staff/api/satellites").json() if s["uri"] == uri]
    assert item["district"] == district and item["resident_name"] == "鳴子 一郎" and not item["online"]
    page = admin.get("/staff/satellites")
    assert page.status_code == 200 and "未接続" in page.text and "居間" in page.text

    with db.sessions() as session, session.begin():  # a controller holds it and heard it
        claim_satellites(session, owner="ctl", now=utcnow(), lease_s=30, limit=100000)
        mark_heard(session, owner="ctl", satellite_ids=[item["id"]], now=utcnow())
    [item] = [s for s in admin.get("/staff/api/satellites").json() if s["uri"] == uri]
    assert item["online"] and item["last_heard_at"] and item["claimed_by"] == "ctl"
    assert "接続中" in admin.get("/staff/satellites").text

    disabled = admin.post(f"/staff/satellites/{item['id']}", data={
        "csrf_token": token, "uri": uri, "resident_id": str(resident_id), "district": district, "label": "居間"},
        follow_redirects=False)
    assert disabled.status_code == 303  # the unchecked "enabled" box disables it
    [item] = [s for s in admin.get("/staff/api/satellites").json() if s["uri"] == uri]
    assert not item["enabled"] and not item["online"] and item["claimed_by"] is None
    assert "停止中" in admin.get("/staff/satellites").text

    removed = admin.post(f"/staff/satellites/{item['id']}/remove", data={"csrf_token": token},
                         follow_redirects=False)
    assert removed.status_code == 303
    assert all(s["uri"] != uri for s in admin.get("/staff/api/satellites").json())
    actions = [a["action"] for a in admin.get("/staff/api/audit", params={"limit": 10}).json()]
    assert actions[:3] == ["satellite.remove", "satellite.update", "satellite.create"]
    assert admin.post(f"/staff/satellites/{item['id']}/remove", data={"csrf_token": token}).status_code == 404


def test_staff_who_are_not_admins_cannot_see_or_change_speakers(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    client = new_client(running_app)
    token = login(client, make_account(db, role="staff", districts=(district,)))
    assert client.get("/staff/satellites").status_code == 403
    assert client.get("/staff/api/satellites").status_code == 403
    refused = client.post("/staff/satellites", data={"csrf_token": token, "uri": _uri(), "district": district})
    assert refused.status_code == 403


def test_the_board_shows_the_speaker_state_on_the_residents_row(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    with_speaker = make_resident(db, district=district, name="鬼首 花子")
    make_resident(db, district=district, name="岩出山 次郎")  # tablet only: no speaker words on the row
    admin = new_client(running_app)
    token = login(admin, make_account(db, role="admin"))
    uri = _uri()
    admin.post("/staff/satellites", data={"csrf_token": token, "uri": uri, "resident_id": str(with_speaker)})
    board = admin.get("/staff").text
    row = board[board.index("鬼首 花子"):][:300]
    assert "スピーカー未接続" in row
    assert "スピーカー" not in board[board.index("岩出山 次郎"):][:200]
    [item] = [s for s in admin.get("/staff/api/satellites").json() if s["uri"] == uri]
    with db.sessions() as session, session.begin():
        claim_satellites(session, owner="ctl-board", now=utcnow(), lease_s=30, limit=100000)
        mark_heard(session, owner="ctl-board", satellite_ids=[item["id"]], now=utcnow())
    board = admin.get("/staff").text
    row = board[board.index("鬼首 花子"):][:300]
    assert "スピーカー接続中" in row and "最終" in row
