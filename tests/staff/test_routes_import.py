"""CSV import over HTTP: all or nothing, every problem listed by row and column."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from storage.database import Database
from tests.staff.conftest import login, make_account, new_client, unique_district
from watch.models import Resident

pytestmark = pytest.mark.slow

HEADER = (
    "code,name,name_kana,district,address,birth_year,consent_date,checkin_time,"
    "contact1_name,contact1_relation,contact1_phone\n"
)


def residents_in(db: Database, district: str) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count(Resident.id)).where(Resident.district == district)) or 0)


def test_a_csv_with_errors_imports_nothing_and_lists_each_problem(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    csv_text = HEADER + (
        f",大崎 一,おおさき はじめ,{district},大崎市1,1941,2025-04-01,09:00,大崎 子,長男,090-1111-2222\n"
        f",,おおさき ふたば,{district},大崎市2,1942,2025-04-01,09:00,大崎 子,長女,090-1111-3333\n"
        f",大崎 三,おおさき さん,{district},大崎市3,1943,2025-04-01,25:00,大崎 子,民生委員,\n"
    )
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))
    page = client.post("/staff/residents/import", data={"csrf_token": token},
                       files={"file": ("residents.csv", csv_text.encode("utf-8"), "text/csv")})
    assert page.status_code == 422
    assert "1件も登録していません" in page.text
    assert '<td class="num">3</td><td>name</td>' in page.text
    assert '<td class="num">4</td><td>checkin_time</td>' in page.text
    assert '<td class="num">4</td><td>contact1</td>' in page.text
    assert residents_in(db, district) == 0  # row 2 was fine, but nothing was imported

    api = client.post("/staff/api/residents/import", headers={"X-CSRF-Token": token},
                      files={"file": ("residents.csv", csv_text.encode("utf-8"), "text/csv")})
    assert api.status_code == 422
    error = api.json()["error"]
    assert error["code"] == "csv_invalid"
    assert {(e["row"], e["column"]) for e in error["errors"]} >= {(3, "name"), (4, "checkin_time")}
    assert residents_in(db, district) == 0


def test_a_good_csv_imports_every_row_and_audits_each(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    csv_text = "\ufeff" + HEADER + "".join(
        f",大崎 {i},おおさき {i},{district},大崎市{i},194{i},2025/04/01,09:00,家族 {i},長女,090-0000-000{i}\n"
        for i in range(3)
    )
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))
    page = client.post("/staff/residents/import", data={"csrf_token": token},
                       files={"file": ("residents.csv", csv_text.encode("utf-8"), "text/csv")})
    assert page.status_code == 200 and "3人を登録しました" in page.text
    assert residents_in(db, district) == 3
    audit = client.get("/staff/api/audit", params={"limit": 3}).json()
    assert [a["action"] for a in audit] == ["resident.import"] * 3


def test_missing_file_and_non_utf8_are_explained(running_app: FastAPI, db: Database) -> None:
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))
    missing = client.post("/staff/residents/import", data={"csrf_token": token},
                          files={"file": ("", b"", "text/csv")})
    assert missing.status_code == 422 and "CSVファイルを選んでください" in missing.text
    sjis = (HEADER + ",大崎 一,おおさき,古川,大崎市,1941,2025-04-01,09:00,子,長男,090\n").encode("cp932")
    page = client.post("/staff/residents/import", data={"csrf_token": token},
                       files={"file": ("r.csv", sjis, "text/csv")})
    assert page.status_code == 422 and "UTF-8" in page.text


def test_staff_who_are_not_admins_are_refused_before_the_upload_is_parsed(running_app: FastAPI, db: Database) -> None:
    """Finding 6: the upload used to be parsed (for the CSRF token) before the admin check."""
    client = new_client(running_app)
    token = login(client, make_account(db, districts=(unique_district(),)))
    broken = b"--not-the-boundary\r\nthis is not multipart at all" * 1000
    for path in ("/staff/api/residents/import", "/staff/residents/import"):
        response = client.post(path, content=broken, headers={"Content-Type": "multipart/form-data; boundary=xyz"})
        assert response.status_code == 403, path  # parsed (for its CSRF field), it would have answered 400 first
    response = client.post("/staff/api/residents/import", headers={"X-CSRF-Token": token},
                           files={"file": ("residents.csv", HEADER.encode("utf-8"), "text/csv")})
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"


def test_an_oversized_upload_gets_413_before_parsing(running_app: FastAPI, db: Database) -> None:
    district = unique_district()
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))
    row = f",大崎 一,おおさき,{district},大崎市,1941,2025-04-01,09:00,子,長男,090-0000-0000\n"
    big = (HEADER + row * (11 * 1024 * 1024 // len(row.encode("utf-8")) + 1)).encode("utf-8")
    assert len(big) > 10 * 1024 * 1024
    api = client.post("/staff/api/residents/import", headers={"X-CSRF-Token": token},
                      files={"file": ("residents.csv", big, "text/csv")})
    assert api.status_code == 413
    assert api.json()["error"]["code"] == "payload_too_large" and "10MB" in api.json()["error"]["message"]
    page = client.post("/staff/residents/import", data={"csrf_token": token},
                       files={"file": ("residents.csv", big, "text/csv")})
    assert page.status_code == 413 and "10MB" in page.text
    assert residents_in(db, district) == 0
