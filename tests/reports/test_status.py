"""The chat's status answer: the number found in a message, the reply worded from the public view only."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reports.schemas import ReportStatusView, StatusNote
from reports.status import find_receipt_number, status_reply

AT = datetime(2026, 5, 1, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "number"), [
    ("受付番号 R-2026-000123 はどうなりましたか", "R-2026-000123"),
    ("Ｒ－２０２６－０００１２３の状況は?", "R-2026-000123"),
    ("r2026-123 どうなった", "R-2026-000123"),
    ("受付番号を忘れました", None),
])
def test_find_receipt_number(text: str, number: str | None) -> None:
    assert find_receipt_number(text) == number


def test_status_reply_wording() -> None:
    view = ReportStatusView(
        number="R-2026-000123", category="road_damage", category_label="道路の損傷", status="in_progress",
        status_label="対応中", district="古川", created_at=AT, merged_into="R-2026-000100",
        history=[StatusNote(status="received", status_label="受付", note="受け付けました", at=AT),
                 StatusNote(status="in_progress", status_label="対応中", note="来週補修します", at=AT)],
    )
    reply = status_reply(view, number="R-2026-000123")
    assert "「対応中」" in reply and "来週補修します" in reply and "R-2026-000100" in reply
    assert "見つかりません" in status_reply(None, number="R-2026-000999")
    assert "番号を教えてください" in status_reply(None, number=None)
