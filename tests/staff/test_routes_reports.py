"""The staff's report queue over HTTP (real SQLite, the real dashboard with login and CSRF): filters, district
scoping, status with public/private notes, department assignment queued on the outbox, duplicates merged with
both reporters kept informed (status link and email), photo approval, every step audited."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from devstack.receivers import MailHandler, SmtpServer
from reports.intake import file_report, photo_limits
from reports.media import ProcessedPhoto, process_photo
from reports.models import CitizenReport
from reports.schemas import ReportCreate
from reports.settings import ReportsSettings
from reports.store import by_number, create_report, photos_of, status_view
from staff.models import AuditEntry
from storage.database import Database
from tests.reports.conftest import jpeg_with_exif
from tests.staff.conftest import login, make_account, new_client
from watch.clock import TOKYO
from watch.models import OutboxMessage
from watch.notify import Dispatcher
from watch.outbox import ClaimedMessage
from watch.settings import WatchSettings

JSON = {"Accept": "application/json"}
METRES_PER_DEG_LAT = 111_320.0


@pytest.fixture
def photo_settings(running_app: FastAPI, tmp_path: Path) -> ReportsSettings:
    """Photos of these tests go to a temporary folder."""
    settings = ReportsSettings(_env_file=None, media_dir=tmp_path / "media")
    running_app.state.reports_settings = settings
    return settings


def _file(db: Database, *, north_m: float = 0.0, contact: str | None = None, category: str = "illegal_dumping",
          base: tuple[float, float] = (38.5713, 140.9558)) -> CitizenReport:
    with db.sessions() as session, session.begin():
        row = create_report(session, report=ReportCreate(
            what="タイヤが捨てられています", where="古川の農道", category=category, contact=contact,
            latitude=base[0] + north_m / METRES_PER_DEG_LAT, longitude=base[1]))
        session.expunge(row)
        return row


def _spot() -> tuple[float, float]:
    """A random spot in Furukawa (the tests share one database, so duplicates must not meet)."""
    return 38.56 + secrets.randbelow(900) / 100_000, 140.90 + secrets.randbelow(9000) / 100_000


def test_queue_filters_and_district_scoping(running_app: FastAPI, db: Database) -> None:
    furukawa = _file(db, base=_spot())
    naruko = _file(db, base=(38.7405, 140.7130), category="fallen_tree")
    admin = new_client(running_app)
    login(admin, make_account(db, role="admin"))
    listed = admin.get("/staff/api/reports", params={"district": "古川", "category": "illegal_dumping"}).json()
    assert furukawa.id in [r["id"] for r in listed] and naruko.id not in [r["id"] for r in listed]
    assert all(r["district"] == "古川" and r["category"] == "illegal_dumping" for r in listed)
    page = admin.get("/staff/reports", params={"district": "鳴子温泉", "status": "received"})
    assert page.status_code == 200 and str(naruko.number) in page.text and str(furukawa.number) not in page.text
    bad = admin.get("/staff/api/reports", params={"status": "bogus"})
    assert bad.status_code == 422 and "受付・確認中" in bad.json()["error"]["message"]
    assert admin.get("/staff/api/reports", params={"category": "ufo"}).status_code == 422

    local = new_client(running_app, address="203.0.113.77")
    login(local, make_account(db, districts=("古川",)))
    ids = [r["id"] for r in local.get("/staff/api/reports", params={"limit": 500}).json()]
    assert furukawa.id in ids and naruko.id not in ids
    assert local.get(f"/staff/reports/{naruko.id}").status_code == 404
    assert local.get(f"/staff/reports/{furukawa.id}").status_code == 200


def test_status_assignment_merge_and_audit(running_app: FastAPI, db: Database) -> None:
    spot = _spot()
    target = _file(db, base=spot, contact="first@example.jp")
    duplicate = _file(db, base=spot, north_m=12, contact="second@example.jp")
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))

    page = client.get(f"/staff/reports/{target.id}")
    assert page.status_code == 200 and str(duplicate.number) in page.text and "first@example.jp" in page.text
    assert "約12m" in page.text

    no_csrf = client.post(f"/staff/reports/{target.id}/status", data={"status": "checking"}, headers=JSON)
    assert no_csrf.status_code == 403
    unknown = client.post(f"/staff/reports/{target.id}/status", data={"status": "lost", "csrf_token": token},
                          headers=JSON)
    assert unknown.status_code == 422 and "確認中" in unknown.json()["error"]["message"]

    merged = client.post(f"/staff/reports/{duplicate.id}/merge",
                         data={"target_id": str(target.id), "csrf_token": token}, headers=JSON)
    assert merged.status_code == 200 and merged.json()["merged_into"] == target.number
    changed = client.post(f"/staff/reports/{target.id}/status", headers=JSON, data={
        "status": "in_progress", "public_note": "来週撤去します", "private_note": "業者A社に依頼", "csrf_token": token})
    assert changed.status_code == 200 and changed.json()["status"] == "in_progress"
    backwards = client.post(f"/staff/reports/{target.id}/status", data={"status": "received", "csrf_token": token},
                            headers=JSON)
    assert backwards.status_code == 422 and "変更できません" in backwards.json()["error"]["message"]

    assigned = client.post(f"/staff/reports/{target.id}/department",
                           data={"department": "環境保全課", "csrf_token": token}, headers=JSON)
    assert assigned.status_code == 200 and assigned.json()["notified"] == 1
    assert client.post(f"/staff/reports/{target.id}/department", data={"department": "秘密課", "csrf_token": token},
                       headers=JSON).status_code == 422

    with db.sessions() as session:
        for number in (target.number, duplicate.number):
            row = by_number(session, number=number or "")
            assert row is not None
            view = status_view(session, row=row)
            assert view.status_label == "対応中" and view.history[-1].note == "来週撤去します"
            assert "業者A社" not in view.model_dump_json()
        mails = session.scalars(select(OutboxMessage).where(OutboxMessage.recipient.in_(
            ["first@example.jp", "second@example.jp", "kankyo@city.osaki.example"]))).all()
        recipients = sorted(m.recipient for m in mails if (target.number or "") in m.body + m.subject
                            or (duplicate.number or "") in m.body + m.subject)
        assert recipients == ["first@example.jp", "kankyo@city.osaki.example", "second@example.jp"]
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.detail.contains(target.number or "")))
        assert {"report.view", "report.merge", "report.status", "report.assign"} <= set(actions)


def test_photo_approval_publishes_it(running_app: FastAPI, db: Database, photo_settings: ReportsSettings) -> None:
    processed: ProcessedPhoto = process_photo(jpeg_with_exif(), limits=photo_limits(photo_settings),
                                              read_position=False)
    filed = file_report(db, report=ReportCreate(what="枝が道路に", where="古川", category="fallen_tree"),
                        photos=[processed], settings=photo_settings, now=datetime.now(TOKYO), tz=TOKYO)
    with db.sessions() as session:
        photo = photos_of(session, report_id=filed.report_id)[0]
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))
    seen = client.get(f"/staff/reports/{filed.report_id}/photos/{photo.id}.jpg", params={"size": "thumb"})
    assert seen.status_code == 200 and seen.headers["content-type"] == "image/jpeg"
    approved = client.post(f"/staff/reports/{filed.report_id}/photos/{photo.id}",
                           data={"approved": "true", "csrf_token": token}, headers=JSON)
    assert approved.status_code == 200 and approved.json()["approved"] is True
    with db.sessions() as session:
        assert [p.id for p in photos_of(session, report_id=filed.report_id, approved_only=True)] == [photo.id]
    assert new_client(running_app).get(f"/staff/reports/{filed.report_id}/photos/{photo.id}.jpg",
                                       headers=JSON).status_code == 401


def test_the_department_mail_is_delivered_by_the_watch_sender(running_app: FastAPI, db: Database) -> None:
    report = _file(db, base=_spot(), category="fallen_tree")
    client = new_client(running_app)
    token = login(client, make_account(db, role="admin"))
    assigned = client.post(f"/staff/reports/{report.id}/department",
                           data={"department": "公園緑地課", "csrf_token": token}, headers=JSON)
    assert assigned.status_code == 200
    with db.sessions() as session:
        row = session.scalars(select(OutboxMessage).where(OutboxMessage.subject.contains(report.number or ""))).one()
        message = ClaimedMessage(row.id, row.idempotency_key, row.channel, row.recipient, row.subject, row.body,
                                 1, "test-claim")
    with SmtpServer(MailHandler()) as smtp:
        settings = WatchSettings(_env_file=None, smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_timeout_s=5)
        dispatcher = Dispatcher.from_settings(settings)
        try:
            dispatcher.send(message)
        finally:
            dispatcher.close()
        [mail] = smtp.handler.snapshot()
    assert mail.recipients == ["koen@city.osaki.example"] and str(report.number) in mail.subject
    assert "公園緑地課" in mail.body and f"/staff/reports/{report.id}" in mail.body
