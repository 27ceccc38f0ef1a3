"""The chat's answer to 「受付番号 R-2026-000123 はどうなりましたか」: find the number in a message, look the
report up, and say its status and latest public note (no private notes, no personal data)."""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy.orm import Session

from reports.schemas import ReportStatusView
from reports.store import by_number, status_view

RECEIPT_PATTERN = re.compile(r"R\s*-?\s*(\d{4})\s*-?\s*(\d{1,6})", re.IGNORECASE)


def find_receipt_number(text: str) -> str | None:
    """The receipt number in a message (full-width digits and a lower-case r accepted), normalized."""
    match = RECEIPT_PATTERN.search(unicodedata.normalize("NFKC", text or ""))
    if match is None:
        return None
    return f"R-{match.group(1)}-{int(match.group(2)):06d}"


def status_reply(view: ReportStatusView | None, *, number: str | None) -> str:
    """The polite, short answer for a citizen (pure: give it the looked-up view, or None when not found)."""
    if number is None:
        return "受付番号を教えてください。「R-2026-000123」のような番号です。"
    if view is None:
        return f"受付番号「{number}」のご報告は見つかりませんでした。番号をお確かめください。"
    lines = [f"受付番号「{view.number}」({view.category_label})の状況は「{view.status_label}」です。"]
    notes = [step for step in view.history if step.note]
    if notes:
        lines.append(f"市からのお知らせ: {notes[-1].note}")
    if view.merged_into:
        lines.append(f"同じ内容のご報告「{view.merged_into}」と一緒に対応しています。")
    return "\n".join(lines)


def lookup_status(session: Session, *, text: str) -> str:
    """Find the number in ``text``, look it up, answer (what the chat's status question will call)."""
    number = find_receipt_number(text)
    row = by_number(session, number=number) if number else None
    return status_reply(status_view(session, row=row) if row is not None else None, number=number)
