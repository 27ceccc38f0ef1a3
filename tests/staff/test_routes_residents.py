"""District authorization, admin-only pages and the audit log, over HTTP against the real app."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from sqlalchemy import select, update

from staff.models import AuditEntry
from storage.database import Database
from tests.staff.conftest import (
    login,
    make_account,
    make_resident,
    new_client,
    silence_until_alert,
    unique_district,
)
from watch.clock import ManualClock
from watch.devices import authenticate_device
from watch.errors import DeviceRefusedError
from watch.messages import enqueue_email
from watch.models import OUTBOX_FAILED, Alert, DeviceSetupCode, OutboxMessage, QuietPeriod, Resident
from watch.setup_codes import hash_code

pytestmark = pytest.mark.slow


def audit_rows(db: Database, resident_id: int) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.resident_id == resident_id)
                                    .order_by(AuditEntry.id)))


def test_staff_of_one_district_cannot_read_another_districts_resident(running_app: FastAPI, db: Database) -> None:
    mine, other = unique_district(), unique_district()
    own_id = make_resident(db, district=mine, name="見守 一郎")
    other_id = make_resident(db, district=other, name="他区 次郎")
    client = new_client(running_app)
    login(client, make_account(db, districts=(mine,)))
    assert client.get(f"/staff/residents/{own_id}").status_code == 200
    page = client.get(f"/staff/residents/{other_id}")
    assert page.status_code == 404 and "他区 次郎" not in page.text
    assert client.get(f"/staff/api/residents/{other_id}").status_code == 404
    assert client.get("/staff/api/residents/999999").status_code == 404  # same answer as "exists elsewhere"
    listed = client.get("/staff/api/residents").json()
    assert own_id in [r["id"] for r in listed] and other_id not in [r["id"] for r in listed]
    assert client.get("/staff/residents", params={"district": other}).status_code == 404
    board = client.get("/staff/api/board").json()
    assert [d["district"] for d in board["districts"]] == [mine]


def test_admin_only_pages_refuse_staff(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    resident_id = make_resident(db, district=district)
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(district,)))
    for path in ("/staff/users", "/staff/audit", "/staff/residents/new", "/staff/residents/import",
                 f"/staff/residents/{resident_id}/edit", "/staff/api/users", "/staff/api/audit"):
        response = client.get(path)
        assert response.status_code == 403, path
    assert "管理者だけ" in client.get("/staff/users").text
    headers = {"X-CSRF-Token": token}
    assert client.patch(f"/staff/api/residents/{resident_id}", json={"note": "x"}, headers=headers).status_code == 403
    assert client.post(f"/staff/api/residents/{resident_id}/devices", json={}, headers=headers).status_code == 403
    assert client.post("/staff/api/users", json={}, headers=headers).status_code == 403


def test_views_and_changes_are_audited_without_personal_data(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    resident_id = make_resident(db, district=district, name="監査 花子")
    admin = make_account(db, role="admin")
    client = new_client(running_app)
    token = login(client, admin)
    assert client.get(f"/staff/residents/{resident_id}").status_code == 200
    changed = client.patch(f"/staff/api/residents/{resident_id}", json={"address": "大崎市古川9-9-9", "note": "杖"},
                           headers={"X-CSRF-Token": token})
    assert changed.status_code == 200 and changed.json()["address"] == "大崎市古川9-9-9"
    rows = audit_rows(db, resident_id)
    assert [(r.action, r.actor_username) for r in rows] == [
        ("resident.view", admin.username), ("resident.update", admin.username),
    ]
    assert rows[1].detail == "住所、メモ"
    assert all("監査" not in r.detail and "古川9" not in r.detail for r in rows)
    page = client.get("/staff/audit", params={"resident_id": resident_id})
    assert page.status_code == 200 and "住民情報の変更" in page.text and admin.username in page.text
    api = client.get("/staff/api/audit", params={"resident_id": resident_id}).json()
    assert [r["action"] for r in api] == ["resident.update", "resident.view"]


def test_admin_creates_and_edits_a_resident_through_the_forms(running_app: FastAPI, db: Database) -> None:
    admin = make_account(db, role="admin")
    client = new_client(running_app)
    token = login(client, admin)
    form = {
        "csrf_token": token, "name": "登録 三郎", "name_kana": "とうろく さぶろう", "district": "フォーム地区",
        "address": "大崎市松山1", "birth_year": "1938", "consent_date": "2026-01-05", "channel": "tablet",
        "checkin_time": "08:00", "checkin_days": ["0", "3"], "active": "1",
        "contact1_name": "登録 花", "contact1_relation": "family", "contact1_relation_label": "長女",
        "contact1_phone": "0229-11-2222",
    }
    bad = client.post("/staff/residents/new", data={**form, "birth_year": "18"})
    assert bad.status_code == 422 and 'value="登録 三郎"' in bad.text
    assert "生まれた年: 1900以上の値を入力してください。" in bad.text  # keyed on the error type, not English text
    created = client.post("/staff/residents/new", data=form, follow_redirects=False)
    assert created.status_code == 303
    resident_id = int(created.headers["location"].rsplit("/", 1)[1])
    edit = client.get(f"/staff/residents/{resident_id}/edit")
    assert 'value="とうろく さぶろう"' in edit.text
    saved = client.post(f"/staff/residents/{resident_id}/edit", data={**form, "address": "大崎市松山2"},
                        follow_redirects=False)
    assert saved.status_code == 303
    with db.sessions() as session:
        row = session.get(Resident, resident_id)
        assert row is not None and row.address == "大崎市松山2" and row.checkin_days == "03"
    assert [r.action for r in audit_rows(db, resident_id)] == ["resident.create", "resident.view", "resident.update"]
    assert audit_rows(db, resident_id)[-1].detail == "住所"  # only what changed, in Japanese (the form posts all)


def test_quiet_days_and_a_setup_code_shown_once(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    resident_id = make_resident(db, district=district)
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))
    quiet = client.post(f"/staff/residents/{resident_id}/quiet", data={
        "csrf_token": token, "start_date": "2026-07-01", "end_date": "2026-07-10", "reason": "入院"},
        follow_redirects=False)
    assert quiet.status_code == 303
    with db.sessions() as session:
        period = session.scalars(select(QuietPeriod).where(QuietPeriod.resident_id == resident_id)).one()
    page = client.get(f"/staff/residents/{resident_id}")
    assert "2026/07/01" in page.text and "入院" in page.text
    shown = client.post(f"/staff/residents/{resident_id}/setup-code", data={"csrf_token": token, "label": "居間"})
    assert shown.status_code == 200 and shown.headers["cache-control"] == "no-store"
    assert "端末の設定コード" in shown.text and '<svg role="img"' in shown.text and "QRコード" in shown.text
    digits = re.search(r'<p class="setup-code__digits">(\d{4}) (\d{4})</p>', shown.text)
    assert digits is not None
    code = digits.group(1) + digits.group(2)
    assert code not in client.get(f"/staff/residents/{resident_id}").text  # shown this once
    with db.sessions() as session:
        stored = session.scalars(select(DeviceSetupCode).where(DeviceSetupCode.resident_id == resident_id)).one()
        assert stored.code_hash == hash_code(code) and stored.label == "居間"
    staff = new_client(running_app)
    staff_token = login(staff, make_account(db, districts=(district,)))
    assert staff.post(f"/staff/residents/{resident_id}/setup-code",
                      data={"csrf_token": staff_token}).status_code == 403  # admins only
    removed = client.post(f"/staff/residents/{resident_id}/quiet/{period.id}/delete", data={"csrf_token": token},
                          follow_redirects=False)
    assert removed.status_code == 303
    actions = [r.action for r in audit_rows(db, resident_id)]
    assert {"resident.quiet_add", "device.setup_code", "resident.quiet_remove"} <= set(actions)


def test_an_admin_revokes_a_device_from_the_resident_page(running_app: FastAPI, db: Database) -> None:
    """Finding 1: there was no way to revoke a lost tablet's token."""
    district = unique_district()
    resident_id = make_resident(db, district=district)
    admin = new_client(running_app)
    token = login(admin, make_account(db, role="admin"))
    device = admin.post(f"/staff/api/residents/{resident_id}/devices", json={"label": "居間"},
                        headers={"X-CSRF-Token": token}).json()
    page = admin.get(f"/staff/residents/{resident_id}")
    assert "端末を無効にする" in page.text
    staff = new_client(running_app)
    staff_token = login(staff, make_account(db, districts=(district,)))
    refused = staff.post(f"/staff/residents/{resident_id}/devices/{device['device_id']}/revoke",
                         data={"csrf_token": staff_token}, follow_redirects=False)
    assert refused.status_code == 403
    wrong_owner = admin.post(f"/staff/residents/{make_resident(db, district=district)}/devices/"
                             f"{device['device_id']}/revoke", data={"csrf_token": token}, follow_redirects=False)
    assert wrong_owner.status_code == 404
    revoked = admin.post(f"/staff/residents/{resident_id}/devices/{device['device_id']}/revoke",
                         data={"csrf_token": token}, follow_redirects=False)
    assert revoked.status_code == 303 and revoked.headers["location"].endswith("#devices")
    with db.sessions() as session, session.begin(), pytest.raises(DeviceRefusedError):
        authenticate_device(session, device_id=device["device_id"], token=device["token"])
    page = admin.get(f"/staff/residents/{resident_id}")
    assert "端末を無効にする" not in page.text and "(無効 " in page.text
    assert "device.revoke" in [r.action for r in audit_rows(db, resident_id)]


def test_notifications_that_failed_for_good_are_shown(
    running_app: FastAPI, db: Database, manual_clock: ManualClock
) -> None:
    """Finding 9: a permanently failed notification was invisible to staff."""
    district = unique_district()
    resident_id = make_resident(db, district=district, checkin_time="08:00")
    silence_until_alert(db, manual_clock)
    with db.sessions() as session, session.begin():
        alert_id = session.scalars(select(Alert.id).where(Alert.resident_id == resident_id)).one()
        enqueue_email(session, key=f"test-failed-{resident_id}", to="musuko@example.jp", subject="【至急・見守り】",
                      body="本文", now=manual_clock.now(), resident_id=resident_id, alert_id=alert_id)
        session.execute(update(OutboxMessage).where(OutboxMessage.idempotency_key == f"test-failed-{resident_id}")
                        .values(status=OUTBOX_FAILED, attempts=1, last_error="550 mailbox unavailable"))
    client = new_client(running_app)
    login(client, make_account(db, districts=(district,)))
    for path in (f"/staff/residents/{resident_id}", f"/staff/alerts/{alert_id}"):
        page = client.get(path)
        assert page.status_code == 200 and "送れなかった通知" in page.text and "musuko@example.jp" in page.text, path
    detail = client.get(f"/staff/api/residents/{resident_id}").json()
    assert [n["recipient"] for n in detail["failed_notifications"]] == ["musuko@example.jp"]
