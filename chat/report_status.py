"""The chat's answer to 「受付番号 R-2026-000123 はどうなりましたか」: the report's public status, read from the
reports database directly (the chat runs in the gateway), whether Rasa is up or not.

Anyone can type a number, so the answer holds only what the public map shows: the number, the category, the
status, the latest public note and when it changed. Never the private status token, the private notes, the
reporter's contact, the description or the place.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from chat.messages import make_phone
from chat.schemas import ChatMessage
from reports.schemas import ReportStatusView
from reports.status import RECEIPT_PATTERN
from reports.store import by_number, status_view
from storage.database import Database
from storage.errors import DatabaseUnavailableError

REPORT_STATUS_KIND = "report_status"


def without_receipt_numbers(text: str) -> str:
    """``text`` for the safety layer: receipt numbers blanked out (a number such as R-2026-000119 says nothing
    about an emergency, but its digits made the safety classifier suspect one); unchanged when there is none."""
    normalized = unicodedata.normalize("NFKC", text)
    if RECEIPT_PATTERN.search(normalized) is None:
        return text
    return RECEIPT_PATTERN.sub(" ", normalized)


def updated_at(view: ReportStatusView) -> datetime:
    """When the report last changed: its latest public step, or its filing."""
    return view.history[-1].at if view.history else view.created_at


def latest_public_note(view: ReportStatusView) -> str | None:
    """The newest non-empty public note, or None."""
    notes = [step.note.strip() for step in view.history if step.note.strip()]
    return notes[-1] if notes else None


def japanese_time(moment: datetime, *, tz: ZoneInfo) -> str:
    """'2026年5月1日 10時05分' in the city's time zone."""
    local = moment.astimezone(tz)
    return f"{local.year}年{local.month}月{local.day}日 {local.hour}時{local.minute:02d}分"


def report_status_message(
    view: ReportStatusView | None, *, number: str, tz: ZoneInfo, contact_name: str, contact_phone: str
) -> ChatMessage:
    """The chat message for ``number`` (pure: give it the looked-up public view, or None when not found)."""
    if view is None:
        text = (
            f"その受付番号は見つかりませんでした(「{number}」)。\n"
            "お手数ですが、番号をお確かめください。\n"
            f"ご不明な点は、{contact_name}({contact_phone})にお問い合わせください。"
        )
        return _with_contact(ChatMessage(kind=REPORT_STATUS_KIND, text=text), contact_name, contact_phone)
    lines = [
        f"受付番号「{view.number}」のご報告の状況をお知らせします。",
        f"・種類: {view.category_label}",
        f"・状況: {view.status_label}",
    ]
    note = latest_public_note(view)
    if note:
        lines.append(f"・市からのお知らせ: {note}")
    lines.append(f"・更新日時: {japanese_time(updated_at(view), tz=tz)}")
    if view.merged_into:
        lines.append(f"同じ内容のご報告「{view.merged_into}」と一緒に対応しています。")
    return ChatMessage(kind=REPORT_STATUS_KIND, text="\n".join(lines))


def status_unavailable_message(*, number: str, contact_name: str, contact_phone: str) -> ChatMessage:
    """The apology when the database cannot be read (never a wrong 'not found')."""
    text = (
        f"申し訳ありません。ただいま受付番号「{number}」の状況をお調べできません。\n"
        f"しばらくしてから、もう一度お試しいただくか、{contact_name}({contact_phone})にお問い合わせください。"
    )
    return _with_contact(ChatMessage(kind=REPORT_STATUS_KIND, text=text), contact_name, contact_phone)


def _with_contact(message: ChatMessage, contact_name: str, contact_phone: str) -> ChatMessage:
    phone = make_phone(contact_name, contact_phone)
    if phone:
        message.phones.append(phone)
    return message


def find_status_view(database: Database, *, number: str) -> ReportStatusView | None:
    """The public view of the report with this receipt number, or None (blocking: run it in a thread).
    DatabaseUnavailableError when the database cannot be read."""
    try:
        with database.sessions() as session, session.begin():
            row = by_number(session, number=number)
            return status_view(session, row=row) if row is not None else None
    except SQLAlchemyError as err:
        raise DatabaseUnavailableError(f"report status lookup failed: {type(err).__name__}") from err
