"""Staff's workflow on reports, on SQLite AND PostgreSQL: status steps with public/private notes, likely
duplicates (same category, ~30 m, 14 days), merging that keeps both reporters informed, photo approval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from reports.errors import InvalidReportError, StatusChangeError
from reports.models import CitizenReport
from reports.schemas import ReportCreate, StatusChange
from reports.store import add_photo, create_report, photos_of, status_view
from reports.workflow import assign_department, change_status, likely_duplicates, merge, set_photo_approval
from storage.database import Database
from tests.watch.conftest import db, db_url, postgres, sqlite_template  # noqa: F401  (shared backends)

NOW = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)
BASE = (38.5713, 140.9558)
METRES_PER_DEG_LAT = 111_320.0


def _report(db: Database, *, north_m: float = 0.0, category: str = "illegal_dumping", days: int = 0) -> int:  # noqa: F811
    with db.sessions() as session, session.begin():
        row = create_report(session, report=ReportCreate(
            what="粗大ごみが捨てられています", where="古川の川沿い", category=category,
            latitude=BASE[0] + north_m / METRES_PER_DEG_LAT, longitude=BASE[1]), now=NOW + timedelta(days=days))
        return row.id


def test_status_steps_keep_public_and_private_notes_apart(db: Database) -> None:  # noqa: F811
    report_id = _report(db)
    with db.sessions() as session, session.begin():
        row = session.get(CitizenReport, report_id)
        assert row is not None
        change_status(session, row=row, change=StatusChange(status="checking", public_note="現地を確認します",
                                                            private_note="班長に連絡済み"), actor="職員", now=NOW)
        with pytest.raises(StatusChangeError):  # no going back to 受付
            change_status(session, row=row, change=StatusChange(status="received"), actor="職員", now=NOW)
        with pytest.raises(StatusChangeError) as caught:
            change_status(session, row=row, change=StatusChange(status="bogus"), actor="職員", now=NOW)
        assert "確認中" in caught.value.message
        change_status(session, row=row, change=StatusChange(status="done", public_note="回収しました"),
                      actor="職員", now=NOW)
        assert row.closed_at is not None
        assign_department(session, row=row, department="道路課", now=NOW)
        with pytest.raises(InvalidReportError):
            assign_department(session, row=row, department="秘密課", now=NOW)
        view = status_view(session, row=row)
    assert [s.status_label for s in view.history] == ["受付", "確認中", "完了"]
    assert "班長に連絡済み" not in view.model_dump_json() and view.history[-1].note == "回収しました"


def test_likely_duplicates_are_same_category_near_and_recent(db: Database) -> None:  # noqa: F811
    first = _report(db)
    near = _report(db, north_m=20)
    _report(db, north_m=45)  # too far
    _report(db, north_m=5, category="road_damage")  # another category
    _report(db, north_m=5, days=20)  # too late
    with db.sessions() as session:
        row = session.get(CitizenReport, first)
        assert row is not None
        found = likely_duplicates(session, row=row, radius_m=30, window_days=14)
    assert [(other.id, round(metres)) for other, metres in found] == [(near, 20)]


def test_merge_keeps_both_reporters_informed(db: Database) -> None:  # noqa: F811
    target_id, duplicate_id = _report(db), _report(db, north_m=10)
    with db.sessions() as session, session.begin():
        target, duplicate = session.get(CitizenReport, target_id), session.get(CitizenReport, duplicate_id)
        assert target is not None and duplicate is not None
        merge(session, duplicate=duplicate, target=target, actor="職員", now=NOW)
        with pytest.raises(StatusChangeError):  # the merged one follows its target
            change_status(session, row=duplicate, change=StatusChange(status="checking"), actor="職員", now=NOW)
        change_status(session, row=target, change=StatusChange(status="in_progress", public_note="撤去を手配しました"),
                      actor="職員", now=NOW)
        with pytest.raises(InvalidReportError):
            merge(session, duplicate=target, target=duplicate, actor="職員", now=NOW)  # no chains
        target_view, duplicate_view = status_view(session, row=target), status_view(session, row=duplicate)
    assert target_view.status_label == duplicate_view.status_label == "対応中"
    assert duplicate_view.merged_into == target_view.number
    assert duplicate_view.history[-1].note == "撤去を手配しました"
    assert any(target_view.number in step.note for step in duplicate_view.history)


def test_photo_approval(db: Database) -> None:  # noqa: F811
    report_id, other_id = _report(db), _report(db, north_m=500)
    with db.sessions() as session, session.begin():
        photo = add_photo(session, report_id=report_id, file_name="a.jpg", thumb_name="a_t.jpg", width=1, height=1)
        row, other = session.get(CitizenReport, report_id), session.get(CitizenReport, other_id)
        assert row is not None and other is not None
        assert photos_of(session, report_id=report_id, approved_only=True) == []
        set_photo_approval(session, row=row, photo_id=photo.id, approved=True)
        assert [p.id for p in photos_of(session, report_id=report_id, approved_only=True)] == [photo.id]
        with pytest.raises(InvalidReportError):
            set_photo_approval(session, row=other, photo_id=photo.id, approved=False)
