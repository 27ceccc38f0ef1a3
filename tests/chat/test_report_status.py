"""chat.report_status: the wording of a report's public status (pure), and the lookup over a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from chat.report_status import (
    find_status_view,
    japanese_time,
    latest_public_note,
    report_status_message,
    updated_at,
    without_receipt_numbers,
)
from reports.models import STATUS_CHECKING
from reports.schemas import ReportCreate, ReportStatusView, StatusChange, StatusNote
from reports.store import create_report, new_status_token
from reports.workflow import change_status
from storage.database import Database, open_database

TOKYO = ZoneInfo("Asia/Tokyo")
FILED = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)
CHECKED = datetime(2026, 5, 2, 1, 5, tzinfo=UTC)  # 10:05 in Tokyo
CONTACT = {"contact_name": "大崎市役所 総合窓口", "contact_phone": "0229-23-5091"}


def _view(*, history: list[StatusNote], merged_into: str | None = None) -> ReportStatusView:
    return ReportStatusView(
        number="R-2026-000123", category="road_damage", category_label="道路の損傷", status="checking",
        status_label="確認中", district="古川", created_at=FILED, merged_into=merged_into, history=history,
    )


def test_found_report_names_number_category_status_note_and_time() -> None:
    view = _view(history=[
        StatusNote(status="received", status_label="受付", note="受け付けました", at=FILED),
        StatusNote(status="checking", status_label="確認中", note="現地を確認します", at=CHECKED),
    ])
    message = report_status_message(view, number="R-2026-000123", tz=TOKYO, **CONTACT)
    assert message.kind == "report_status"
    assert message.text.splitlines() == [
        "受付番号「R-2026-000123」のご報告の状況をお知らせします。",
        "・種類: 道路の損傷",
        "・状況: 確認中",
        "・市からのお知らせ: 現地を確認します",
        "・更新日時: 2026年5月2日 10時05分",
    ]
    assert "古川" not in message.text  # the district is not part of the answer
    assert message.phones == [] and message.links == []


def test_latest_non_empty_note_and_merge_line() -> None:
    view = _view(history=[
        StatusNote(status="received", status_label="受付", note="受け付けました", at=FILED),
        StatusNote(status="checking", status_label="確認中", note="  ", at=CHECKED),
    ], merged_into="R-2026-000100")
    assert latest_public_note(view) == "受け付けました"
    assert updated_at(view) == CHECKED
    text = report_status_message(view, number="R-2026-000123", tz=TOKYO, **CONTACT).text
    assert "・市からのお知らせ: 受け付けました" in text and "「R-2026-000100」と一緒に対応" in text


def test_no_history_uses_filing_time_and_no_note_line() -> None:
    view = _view(history=[])
    assert latest_public_note(view) is None and updated_at(view) == FILED
    text = report_status_message(view, number="R-2026-000123", tz=TOKYO, **CONTACT).text
    assert "お知らせ:" not in text and "・更新日時: 2026年5月1日 9時00分" in text


def test_unknown_number_is_polite_with_the_city_contact() -> None:
    message = report_status_message(None, number="R-2026-999999", tz=TOKYO, **CONTACT)
    assert message.kind == "report_status"
    assert message.text.startswith("その受付番号は見つかりませんでした(「R-2026-999999」)。")
    assert "大崎市役所 総合窓口(0229-23-5091)" in message.text
    assert [(p.label, p.tel) for p in message.phones] == [("大崎市役所 総合窓口", "tel:0229235091")]


def test_japanese_time_is_in_the_city_zone() -> None:
    assert japanese_time(datetime(2026, 12, 31, 15, 0, tzinfo=UTC), tz=TOKYO) == "2027年1月1日 0時00分"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A real, migrated SQLite file."""
    db = open_database(url=f"sqlite:///{tmp_path / 'chat-reports.db'}")
    yield db
    db.close()


def test_find_status_view_reads_the_public_side_only(database: Database) -> None:
    with database.sessions() as session, session.begin():
        row = create_report(session, report=ReportCreate(what="道路に穴", where="古川駅前", category="road_damage",
                                                         contact="090-1234-5678"),
                            now=FILED, status_token=new_status_token())
        change_status(session, row=row, change=StatusChange(status=STATUS_CHECKING, public_note="現地を確認します",
                                                            private_note="内部メモ"), actor="staff", now=CHECKED)
        number = row.number
    assert number is not None
    view = find_status_view(database, number=number)
    assert view is not None and view.number == number and view.status_label == "確認中"
    assert latest_public_note(view) == "現地を確認します" and updated_at(view) == CHECKED
    assert "内部メモ" not in view.model_dump_json() and "090-1234-5678" not in view.model_dump_json()
    assert find_status_view(database, number="R-2026-999999") is None


@pytest.mark.parametrize(("text", "for_safety"), [
    ("R-2026-000119", " "),
    ("Ｒ－２０２６－０００１１９の状況", " の状況"),
    ("父が倒れた r2026-1", "父が倒れた  "),
    ("住民票はどこで取れますか", "住民票はどこで取れますか"),
    ("Ｒ２", "Ｒ２"),  # no number: unchanged, not even normalized
])
def test_safety_layer_reads_the_text_without_receipt_numbers(text: str, for_safety: str) -> None:
    assert without_receipt_numbers(text) == for_safety
