"""One case per resident: every open item of a person (the day's check-ins, re-asks, safety confirmations,
alerts) is handled together.

* ``record_case_answer``: an answer answers every waiting question of the person (last 24 h), resolves the
  no-answer alerts, stops the repetition of the others (an urgent one stays open for staff, silent), cancels
  no-answer notices not sent yet, and tells everyone already told exactly once 「ご本人から応答がありました」.
* ``stop_case``: the same stop after a staff acknowledgement (no answer notice: the staff member took it).
* ``record_call``: a staff call to the resident and its outcome.

What staff read of the cases (the queue, the phone list) is in :mod:`watch.case_lists`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from watch.alerts import ACTIVE_STATUSES, MAX_NOTE_CHARS
from watch.answers import AnswerResult, record_answer
from watch.classify import Classification
from watch.errors import InvalidInputError
from watch.history import log_event
from watch.messages import OUTCOME_JA, answered_email, email_row, occasion_of, resident_doc, webhook_row
from watch.models import (
    ALERT_ACKNOWLEDGED,
    ALERT_OPEN,
    ALERT_RESOLVED,
    CHANNEL_EMAIL,
    CHECKIN_ANSWERED,
    CHECKIN_ESCALATED,
    CHECKIN_OPEN,
    CHECKIN_UNDELIVERED,
    OUTBOX_CANCELLED,
    OUTBOX_PENDING,
    OUTBOX_SENDING,
    OUTBOX_SENT,
    Alert,
    CheckIn,
    OutboxMessage,
    Resident,
)
from watch.settings import WatchSettings
from watch.writes import Writes

CASE_WINDOW = timedelta(hours=24)  # items of a person opened within this window form one case
WAITING = (CHECKIN_OPEN, CHECKIN_ESCALATED, CHECKIN_UNDELIVERED)
SETTLING_OUTCOMES = ("fine", "unwell", "help")  # an unclear answer settles nothing
ANSWERED_BY = "ご本人の応答"
ANSWERED_KEY = "answered"  # outbox keys of "the senior answered" notices contain this word


@dataclass
class Settlement:
    """What an answer (or an acknowledgement) stopped."""

    closed_checkins: list[int] = field(default_factory=list)
    resolved_alerts: list[int] = field(default_factory=list)
    silenced_alerts: list[int] = field(default_factory=list)
    cancelled_messages: int = 0
    told: list[str] = field(default_factory=list)  # recipients of the answered notice


def record_case_answer(session: Session, *, resident_id: int, classification: Classification, text: str | None,
                       now: datetime, settings: WatchSettings, checkin_id: int | None = None) -> AnswerResult:
    """Record the answer (``watch.answers.record_answer``), then settle the person's whole case."""
    before = session.scalar(select(func.max(OutboxMessage.id))) or 0
    result = record_answer(session, resident_id=resident_id, classification=classification, text=text,
                           checkin_id=checkin_id, now=now, settings=settings)
    if result.outcome in SETTLING_OUTCOMES:
        settle_case(session, resident_id=resident_id, result=result, text=text, now=now, settings=settings,
                    fresh_after=before)
    return result


def _when(now: datetime, settings: WatchSettings) -> str:
    return now.astimezone(settings.runtime.tz).strftime("%m月%d日 %H:%M")


def _stop_alerts(session: Session, *, resident_id: int, keep: Sequence[int], resolve_no_answer: bool,
                 silence: bool, note: str, by: str, now: datetime, writes: Writes, done: Settlement) -> None:
    alerts = session.scalars(
        select(Alert).where(Alert.resident_id == resident_id, Alert.status.in_(ACTIVE_STATUSES))
        .order_by(Alert.id).with_for_update()
    )
    for alert in alerts:
        if alert.id in keep:
            continue
        if resolve_no_answer and alert.reason == "no_answer":
            alert.status = ALERT_RESOLVED
            alert.acknowledged_at = alert.acknowledged_at or now
            alert.acknowledged_by = alert.acknowledged_by or by
            alert.resolved_at = now
            alert.resolved_by = by
            alert.resolution_note = note
            alert.next_escalation_at = None
            done.resolved_alerts.append(alert.id)
            writes.event(resident_id=resident_id, alert_id=alert.id, kind="alert_resolved", actor=by, at=now,
                         detail=note)
        elif silence and alert.next_escalation_at is not None:
            alert.next_escalation_at = None
            done.silenced_alerts.append(alert.id)
            writes.event(resident_id=resident_id, alert_id=alert.id, kind="alert_silenced", actor=by, at=now,
                         detail="再通知を止めました（アラートは担当者の対応まで残ります）")


def _cancel_pending(session: Session, *, resident_id: int, alert_ids: Sequence[int], checkin_ids: Sequence[int],
                    now: datetime) -> int:
    """Cancel notices of the stopped items that were not sent yet (and were not written just now)."""
    rows = list(session.scalars(
        select(OutboxMessage).where(OutboxMessage.resident_id == resident_id, OutboxMessage.status == OUTBOX_PENDING,
                                    OutboxMessage.created_at < now)
    ))
    prefixes = tuple(f"checkin:{cid}:" for cid in checkin_ids)
    doomed = [row.id for row in rows
              if ANSWERED_KEY not in row.idempotency_key
              and (row.alert_id in alert_ids or (bool(prefixes) and row.idempotency_key.startswith(prefixes)))]
    if not doomed:
        return 0
    session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(doomed), OutboxMessage.status == OUTBOX_PENDING)
                    .values(status=OUTBOX_CANCELLED, last_error="ご本人の応答で不要になりました"))
    return len(doomed)


def already_told(session: Session, *, resident_id: int, since: datetime,
                 fresh_after: int | None = None) -> list[OutboxMessage]:
    """One row per recipient told about this case and not yet told that the senior answered (oldest first).

    Recipients of rows written by the answer itself (id above ``fresh_after``) are left out: those rows tell them
    about the answer already (e.g. the urgent alert a help answer opened, the family's 応答がありました).
    """
    rows = session.scalars(
        select(OutboxMessage).where(OutboxMessage.resident_id == resident_id, OutboxMessage.created_at >= since)
        .order_by(OutboxMessage.id)
    )
    latest: dict[tuple[str, str], OutboxMessage] = {}
    fresh: set[tuple[str, str]] = set()
    for row in rows:
        who = (row.channel, row.recipient)
        if fresh_after is not None and row.id > fresh_after:
            fresh.add(who)
        elif ANSWERED_KEY in row.idempotency_key:
            latest.pop(who, None)  # told about an earlier answer: only alarms after it count
        elif row.status in (OUTBOX_SENT, OUTBOX_SENDING):
            latest[who] = row
    return [row for who, row in latest.items() if who not in fresh]


def settle_case(session: Session, *, resident_id: int, result: AnswerResult, text: str | None, now: datetime,
                settings: WatchSettings, fresh_after: int | None = None) -> Settlement:
    """Stop everything the answer makes unnecessary and tell whoever was already alarmed (once each)."""
    done = Settlement()
    writes = Writes()
    resident = session.scalar(select(Resident).options(selectinload(Resident.contacts))
                              .where(Resident.id == resident_id))
    if resident is None:
        return done
    shown = (text or OUTCOME_JA.get(result.outcome, result.outcome))[:200]
    note = f"ご本人から応答がありました（{_when(now, settings)}「{shown}」）"
    waiting = session.scalars(
        select(CheckIn).where(CheckIn.resident_id == resident_id, CheckIn.status.in_(WAITING),
                              CheckIn.opened_at >= now - CASE_WINDOW).with_for_update()
    )
    for checkin in waiting:
        checkin.status = CHECKIN_ANSWERED
        checkin.answered_at = now
        checkin.answer_text = text[:2000] if text else None
        checkin.answer_source = "case"
        checkin.outcome = result.outcome
        checkin.classified_by = "case"
        checkin.next_action_at = None
        checkin.delivery_pending = False
        done.closed_checkins.append(checkin.id)
        writes.event(resident_id=resident_id, checkin_id=checkin.id, kind="answered_with_case", actor="resident",
                     at=now, detail=note)
    _stop_alerts(session, resident_id=resident_id, keep=result.alert_ids, resolve_no_answer=True,
                 silence=result.outcome != "help", note=note, by=ANSWERED_BY, now=now, writes=writes, done=done)
    stopped_checkins = [*done.closed_checkins, *([result.checkin_id] if result.checkin_id else [])]
    done.cancelled_messages = _cancel_pending(
        session, resident_id=resident_id, alert_ids=[*done.resolved_alerts, *done.silenced_alerts],
        checkin_ids=stopped_checkins, now=now)
    scope = f"{ANSWERED_KEY}:{resident_id}:{result.checkin_id or now.strftime('%Y%m%d%H%M%S')}"
    occasion = occasion_of(session.get(CheckIn, result.checkin_id) if result.checkin_id else None)
    staff_addresses = set(settings.staff_emails)
    for row in already_told(session, resident_id=resident_id, since=now - CASE_WINDOW, fresh_after=fresh_after):
        if row.channel == CHANNEL_EMAIL:
            subject, body = answered_email(resident, outcome=result.outcome, text=text, at=now, settings=settings,
                                           occasion=occasion, for_staff=row.recipient in staff_addresses)
            writes.message(email_row(key=f"{scope}:email:{row.recipient}", to=row.recipient, subject=subject,
                                     body=body, now=now, resident_id=resident_id))
        else:
            payload = {"event": "watch.case.answered", "resident": resident_doc(resident),
                       "outcome": result.outcome, "text": shown, "answered_at": now.isoformat()}
            writes.message(webhook_row(key=f"{scope}:webhook", url=row.recipient, payload=payload, now=now,
                                       resident_id=resident_id))
        done.told.append(row.recipient)
        writes.event(resident_id=resident_id, kind="answer_notice", at=now,
                     detail=f"{row.recipient} に「ご本人から応答がありました」を送ります")
    writes.flush(session)
    session.flush()
    return done


def stop_case(session: Session, *, resident_id: int, by: str, now: datetime) -> Settlement:
    """A staff member took the case: every open alert of the person stops repeating (acknowledged), and the
    no-answer steps of the open check-ins stop (the staff member handles the person now)."""
    done = Settlement()
    writes = Writes()
    alerts = session.scalars(select(Alert).where(Alert.resident_id == resident_id, Alert.status == ALERT_OPEN)
                             .with_for_update())
    for alert in alerts:
        alert.status = ALERT_ACKNOWLEDGED
        alert.acknowledged_at = now
        alert.acknowledged_by = by
        alert.next_escalation_at = None
        done.silenced_alerts.append(alert.id)
        writes.event(resident_id=resident_id, alert_id=alert.id, kind="alert_acknowledged", actor=by, at=now,
                     detail="同じ方のアラートとして受け付けました")
    waiting = session.scalars(select(CheckIn).where(CheckIn.resident_id == resident_id, CheckIn.status == CHECKIN_OPEN,
                                                    CheckIn.next_action_at.is_not(None)).with_for_update())
    for checkin in waiting:
        checkin.next_action_at = None
        done.closed_checkins.append(checkin.id)
        writes.event(resident_id=resident_id, checkin_id=checkin.id, kind="steps_stopped", actor=by, at=now,
                     detail="担当者が受け付けたため、未回答の連絡を止めました")
    writes.flush(session)
    session.flush()
    return done


CALL_OUTCOMES = {"reached": "話せた", "absent": "不在", "visit": "訪問依頼", "ambulance": "救急要請"}


def record_call(session: Session, *, resident_id: int, outcome: str, by: str, note: str, now: datetime) -> str:
    """Record a staff call to the resident (話せた/不在/訪問依頼/救急要請) on the case; returns the label.

    話せた (reached) takes the whole case (every alert acknowledged, no-answer steps stopped); the other outcomes
    are recorded and the case keeps running (a visit or 119 is under way; an absent resident still needs one).
    """
    label = CALL_OUTCOMES.get(outcome)
    if label is None:
        raise InvalidInputError("電話の結果を選んでください。", detail=f"unknown call outcome {outcome!r}")
    if not by.strip():
        raise InvalidInputError("電話した人の名前が必要です。", detail="who called must be given")
    detail = f"ご本人に電話：{label}" + (f"（{note.strip()[:MAX_NOTE_CHARS]}）" if note.strip() else "")
    log_event(session, resident_id=resident_id, kind="staff_call", detail=detail, actor=by.strip()[:100], at=now)
    if outcome == "reached":
        stop_case(session, resident_id=resident_id, by=by.strip()[:100], now=now)
    session.flush()
    return label
