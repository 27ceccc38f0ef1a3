"""「FAQの改善」 (the staff loop): the period's unanswered and unhelpful questions grouped by similarity, the two
actions on a group (attach it to an entry as an alternative question; ask a department for a new FAQ), the
requests' CSV per department, and the weekly chart's data. Every change is written to the audit log."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from chat.masking import LABELS, mask_personal_data
from chat.models import (
    RESOLUTION_ATTACHED,
    RESOLUTION_NEW_FAQ,
    TEXT_KEPT_OUTCOMES,
    UNANSWERED_OUTCOMES,
    ChatQuestion,
    FaqRequest,
)
from staff import audit
from staff.auth import Principal
from staff.errors import InvalidInputError
from staff.faq_chart import WeekStats, week_start, weekly_stats
from staff.faq_groups import TextSimilarity, group_texts

MAX_PERIOD_DAYS = 366
MAX_ROWS = 20_000  # questions read per page view at most (the newest)
MAX_ACTION_IDS = 5_000
MAX_EXAMPLES = 5
MAX_NOTE_CHARS = 500
MAX_DEPARTMENT_CHARS = 100
CSV_BOM = "\ufeff"
CSV_HEADER = ("登録日", "担当課", "代表的な質問", "件数", "ほかの聞き方", "メモ", "登録者")


@dataclass(frozen=True)
class Period:
    """Days from ``start`` to ``end`` (both included), in the city's time zone."""

    start: date
    end: date

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """The period as [from, to) aware datetimes."""
        return (datetime.combine(self.start, time(), tz),
                datetime.combine(self.end + timedelta(days=1), time(), tz))


def _date(value: str, what: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise InvalidInputError(f"{what}は 2026-11-30 の形式で入力してください。",
                                detail=f"bad date {value!r}") from err


def parse_period(start: str, end: str, *, today: date, default_days: int) -> Period:
    """The period from the page's fields (blank: the last ``default_days`` days up to today)."""
    last = _date(end, "終わりの日") if end else today
    first = _date(start, "始まりの日") if start else last - timedelta(days=default_days - 1)
    if first > last:
        raise InvalidInputError("始まりの日は終わりの日より前にしてください。", detail="start after end")
    if (last - first).days + 1 > MAX_PERIOD_DAYS:
        raise InvalidInputError(f"期間は{MAX_PERIOD_DAYS}日以内にしてください。", detail="period too long")
    return Period(first, last)


def parse_ids(raw: str) -> list[int]:
    """The question ids a group's form carries ("1,2,3")."""
    try:
        ids = sorted({int(part) for part in raw.split(",") if part.strip()})
    except ValueError as err:
        raise InvalidInputError("対象の質問が正しくありません。ページを再読み込みしてください。",
                                detail="ids are not integers") from err
    if not ids or len(ids) > MAX_ACTION_IDS or ids[0] < 1:
        raise InvalidInputError("対象の質問が正しくありません。ページを再読み込みしてください。",
                                detail=f"{len(ids)} ids")
    return ids


def _open_filter() -> ColumnElement[bool]:
    """Questions with a text nobody acted on that were not answered, or answered unhelpfully."""
    return and_(ChatQuestion.text != "", ChatQuestion.resolution.is_(None),
                or_(ChatQuestion.outcome.in_(UNANSWERED_OUTCOMES), ChatQuestion.helpful == false()))


def open_questions(session: Session, *, period: Period, tz: ZoneInfo) -> list[ChatQuestion]:
    """The period's unanswered and unhelpful questions nobody has acted on, newest first."""
    since, until = period.bounds(tz)
    query = (select(ChatQuestion).where(ChatQuestion.asked_at >= since, ChatQuestion.asked_at < until,
                                        _open_filter())
             .order_by(ChatQuestion.asked_at.desc()).limit(MAX_ROWS))
    return list(session.scalars(query))


@dataclass
class GroupView:
    """One group on the page: its wordings, counts, the ids its action applies to and the likely entry."""

    leader: str
    wordings: list[tuple[str, int]]
    question_ids: list[int] = field(default_factory=list)
    unanswered: int = 0
    unhelpful: int = 0
    entry_id: str | None = None  # the entry the search found nearest (or the one that answered unhelpfully)
    category: str = ""
    last_asked: datetime | None = None

    @property
    def count(self) -> int:
        """How many times the group's questions were asked."""
        return len(self.question_ids)

    @property
    def ids_field(self) -> str:
        """The ids for the action form."""
        return ",".join(str(i) for i in self.question_ids)


def _entry_of(rows: Sequence[ChatQuestion]) -> str | None:
    """The entry most of the rows were answered by or placed nearest to."""
    found = Counter(row.nearest_entry_id or row.entry_id or "" for row in rows)
    found.pop("", None)
    return found.most_common(1)[0][0] if found else None


def improvement_groups(rows: Sequence[ChatQuestion], similarity: TextSimilarity, *, threshold: float,
                       max_grouped: int, entry_threshold: float | None = None) -> list[GroupView]:
    """Group the questions by their entry and similarity (the ``max_grouped`` most asked distinct wordings), most
    asked groups first."""
    counts = Counter(row.text for row in rows)
    distinct = counts.most_common(max_grouped)
    by_text: dict[str, list[ChatQuestion]] = {}
    for row in rows:
        by_text.setdefault(row.text, []).append(row)
    entries = {text: entry for text, members in by_text.items() if (entry := _entry_of(members))}
    views = []
    for group in group_texts(distinct, similarity, threshold=threshold, entries=entries,
                             entry_threshold=entry_threshold):
        members = [row for text, _ in group.wordings for row in by_text[text]]
        categories = Counter(row.category for row in members if row.category)
        views.append(GroupView(
            leader=group.leader, wordings=group.wordings, question_ids=sorted(row.id for row in members),
            unanswered=sum(row.outcome in UNANSWERED_OUTCOMES for row in members),
            unhelpful=sum(row.helpful is False for row in members),
            entry_id=_entry_of(members),
            category=categories.most_common(1)[0][0] if categories else "",
            last_asked=max(row.asked_at for row in members),
        ))
    return views


def rows_for_action(session: Session, ids: Sequence[int]) -> list[ChatQuestion]:
    """The open questions among ``ids`` (others were handled meanwhile or deleted); 422 when none is left."""
    rows = list(session.scalars(select(ChatQuestion).where(ChatQuestion.id.in_(ids), _open_filter())))
    if not rows:
        raise InvalidInputError("この質問は、すでに対応済みか削除されています。ページを再読み込みしてください。",
                                detail="no open question among the ids")
    return rows


def representative(rows: Sequence[ChatQuestion]) -> str:
    """The most asked wording among the rows."""
    return Counter(row.text for row in rows).most_common(1)[0][0]


def clean_alternative(question: str) -> str:
    """The wording staff attach to an entry: one line, no personal data (found now, or masked when it was logged:
    a masked label refuses it)."""
    text = " ".join(question.split())
    if not text:
        raise InvalidInputError("登録する聞き方を入力してください。", detail="empty question")
    masked = any(label in text for label in LABELS)  # a logged question arrives masked already
    if masked or mask_personal_data(text) != unicodedata.normalize("NFKC", text).strip():
        raise InvalidInputError("個人情報(氏名・電話番号・住所・番号)を含む文は登録できません。言い換えてください。",
                                detail="personal data in the alternative question")
    return text


def mark_attached(session: Session, *, rows: Sequence[ChatQuestion], entry_id: str, actor: Principal,
                  now: datetime) -> None:
    """The questions are answered by ``entry_id`` from now on; one audit line."""
    for row in rows:
        row.resolution, row.resolved_entry_id = RESOLUTION_ATTACHED, entry_id
    audit.record(session, actor=actor, action="faq.attach", at=now,
                 detail=f"entry={entry_id} questions={len(rows)}")


def request_new_faq(session: Session, *, rows: Sequence[ChatQuestion], department: str, note: str,
                    actor: Principal, now: datetime) -> FaqRequest:
    """Ask ``department`` for a new FAQ answering the questions; one audit line."""
    department = department.strip()
    if not department or len(department) > MAX_DEPARTMENT_CHARS:
        raise InvalidInputError("担当課を選んでください。", detail="department missing or too long")
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidInputError(f"メモは{MAX_NOTE_CHARS}文字以内で入力してください。", detail="note too long")
    leader = representative(rows)
    others = [text for text, _ in Counter(row.text for row in rows).most_common() if text != leader]
    request = FaqRequest(created_at=now, actor_username=actor.username, department=department, question=leader,
                         examples=others[:MAX_EXAMPLES], asked_count=len(rows), note=note.strip())
    session.add(request)
    session.flush()
    for row in rows:
        row.resolution, row.request_id = RESOLUTION_NEW_FAQ, request.id
    audit.record(session, actor=actor, action="faq.new_needed", at=now,
                 detail=f"request={request.id} department={department} questions={len(rows)}")
    return request


def request_departments(session: Session) -> list[tuple[str, int]]:
    """Departments with FAQ requests and how many each has."""
    counts = Counter(session.scalars(select(FaqRequest.department)))
    return sorted(counts.items())


def requests_of(session: Session, *, department: str) -> list[FaqRequest]:
    """A department's FAQ requests, oldest first."""
    return list(session.scalars(select(FaqRequest).where(FaqRequest.department == department)
                                .order_by(FaqRequest.id)))


def requests_csv(requests: Sequence[FaqRequest], *, tz: ZoneInfo) -> bytes:
    """The requests as CSV for Excel: UTF-8 with a BOM, CRLF line ends, Japanese headers."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for r in requests:
        writer.writerow((r.created_at.astimezone(tz).strftime("%Y/%m/%d"), r.department, _cell(r.question),
                         r.asked_count, " / ".join(_cell(e) for e in r.examples), _cell(r.note),
                         r.actor_username))
    return (CSV_BOM + out.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    """A cell Excel will not run as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def chart_rows(session: Session, *, today: date, weeks: int, tz: ZoneInfo
               ) -> tuple[list[WeekStats], list[tuple[datetime, str, str]]]:
    """The last ``weeks`` weeks (this one included): their stats and the rows (asked_at, outcome, category)."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    since = datetime.combine(first, time(), tz)
    rows = [(asked_at, outcome, category) for asked_at, outcome, category in session.execute(
        select(ChatQuestion.asked_at, ChatQuestion.outcome, ChatQuestion.category)
        .where(ChatQuestion.asked_at >= since, ChatQuestion.outcome.in_(TEXT_KEPT_OUTCOMES)))]
    return weekly_stats(rows, first_week=first, weeks=weeks, tz=tz), rows
