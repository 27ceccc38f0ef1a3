"""Staff admin over HTTP: add staff (password policy), change districts, deactivate (sessions end)."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from storage.database import Database
from tests.staff.conftest import Account, login, make_account, make_resident, new_client, unique_district

pytestmark = pytest.mark.slow


def test_admin_adds_staff_who_then_sees_only_their_district(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    resident_id = make_resident(db, district=district)
    admin = new_client(running_app)
    token = login(admin, make_account(db, role="admin"))
    weak = admin.post("/staff/users", data={"csrf_token": token, "username": "new.staff", "display_name": "新人",
                                            "role": "staff", "districts": [district], "password": "short"})
    assert weak.status_code == 422 and "12文字以上" in weak.text and 'value="new.staff"' in weak.text
    username = f"staff.{district[-6:]}"
    created = admin.post("/staff/users", data={
        "csrf_token": token, "username": username, "display_name": "新人 職員", "role": "staff",
        "districts": [district], "password": "a-long-enough-password"}, follow_redirects=False)
    assert created.status_code == 303
    duplicate = admin.post("/staff/api/users", headers={"X-CSRF-Token": token}, json={
        "username": username, "display_name": "x", "role": "staff", "districts": [], "password": "another-long-pass"})
    assert duplicate.status_code == 409

    newcomer = new_client(running_app)
    user = next(u for u in admin.get("/staff/api/users").json() if u["username"] == username)
    login(newcomer, Account(id=user["id"], username=username, password="a-long-enough-password"))
    assert newcomer.get(f"/staff/api/residents/{resident_id}").status_code == 200

    moved = admin.put(f"/staff/api/users/{user['id']}", headers={"X-CSRF-Token": token},
                      json={"display_name": "新人 職員", "role": "staff", "districts": ["松山"], "active": True})
    assert moved.status_code == 200 and moved.json()["districts"] == ["松山"]
    assert newcomer.get(f"/staff/api/residents/{resident_id}").status_code == 404  # takes effect at once

    off = admin.post(f"/staff/users/{user['id']}", data={"csrf_token": token, "display_name": "新人 職員",
                                                          "role": "staff"}, follow_redirects=False)
    assert off.status_code == 303  # the unchecked "active" box deactivates
    assert newcomer.get("/staff/api/me").status_code == 401
    audit = admin.get("/staff/api/audit", params={"limit": 10}).json()
    actions = [a["action"] for a in audit if a["action"].startswith("staff.")]
    assert actions[:3] == ["staff.update", "staff.update", "staff.create"]
    assert [a["action"] for a in audit if a["resident_id"] == resident_id][:1] == ["resident.view"]


def test_an_admin_cannot_deactivate_themselves(running_app: FastAPI, db: Database) -> None:
    account = make_account(db, role="admin")
    client = new_client(running_app)
    token = login(client, account)
    response = client.put(f"/staff/api/users/{account.id}", headers={"X-CSRF-Token": token},
                          json={"display_name": "x", "role": "admin", "districts": [], "active": False})
    assert response.status_code == 422
    assert response.json()["error"]["message"] == "自分自身を無効にすることはできません。"
