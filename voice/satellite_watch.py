"""The watch-over side of the speakers (database only, no audio): which check-in question each held satellite
must speak, recording that it was spoken, saving a spoken answer exactly as a tablet answer, and the staff alert
when a resident's only device has been offline too long.

Speaking is tracked per satellite (``spoken_checkin_id``, ``spoken_ask_count``): a question (or a re-ask, which
raises ``ask_count``) is spoken once, whether the satellite was online when it came due or connects later, and
whichever controller process holds it. A satellite also marks the question delivered (``watch.delivery``) so a
question that reached only a speaker is never listed as 未配信.

What a speaker says for a safety confirmation (安否確認, ``watch.safety``): the staff's message in short sentences
(``safety_question``), then how to answer; after an emergency answer it says the safety layer's spoken advice
(call 119) and that help is being called, never the tablet's 「下のボタンから電話できます」 (``spoken_reply``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from voice.readings import SENTENCE_ENDS, sentences
from voice.satellite_speech import confirmation
from watch.answers import AnswerResult
from watch.cases import record_case_answer
from watch.classify import Classification
from watch.delivery import SHOW_WINDOW, WAITING, Delivery, current_only, mark_delivered
from watch.escalation import notify_staff
from watch.history import log_event
from watch.models import ALERT_OPEN, ALERT_RESOLVED, PRIORITY_RANK, Alert, CheckIn, Device, Resident
from watch.safety import SAFE_RE
from watch.satellite_claims import Claimed, mark_spoken
from watch.satellite_models import Satellite
from watch.satellite_registry import is_online
from watch.settings import WatchSettings
from watch.understanding import normalize
from watch.writes import Writes

OFFLINE_REASON = "device_offline"
OFFLINE_PRIORITY = "medium"
OFFLINE_SUMMARY = "見守りスピーカーが{hours:g}時間以上つながっていません（{label}）。電源や通信をご確認ください。"
BACK_ONLINE_NOTE = "スピーカーが再びつながりました（自動）"
SYSTEM_ACTOR = "system"
SAFETY_HINT = "ご無事なら「無事です」、助けが必要なら「たすけて」と、お答えください。"
SHORT_SENTENCE_CHARS = 30  # a longer sentence of the staff's message is said in pieces, at its commas
HEARD_SAFE = "「無事」とお答えいただきました。"


class _AlreadyAlerted(Exception):
    """Another controller opened the same offline alert first (rolls the savepoint back)."""


def device_id_of(satellite_id: int) -> str:
    """How a satellite is named in the check-in history (``watch.delivery``)."""
    return f"satellite-{satellite_id}"


def short_sentences(text: str, *, max_chars: int = SHORT_SENTENCE_CHARS) -> list[str]:
    """``text`` as short spoken pieces (said one a line, with the voice's sentence pause after each): one per
    sentence of the text, ending with 。 (or its own ！？); a long sentence cut after its commas (clauses joined
    up to ``max_chars``)."""
    said: list[str] = []
    for sentence in sentences(text):
        end = sentence[-1] if sentence[-1] in SENTENCE_ENDS else "。"
        body = sentence.rstrip(SENTENCE_ENDS)
        clauses = [c for c in re.split(r"(?<=、)", body) if c.strip(" 、")] if len(body) > max_chars else [body]
        pieces: list[str] = []
        for clause in clauses:
            if pieces and len(pieces[-1]) + len(clause) <= max_chars:
                pieces[-1] += clause
            else:
                pieces.append(clause)
        said.extend(piece.strip() for piece in pieces[:-1])  # still ending with its comma
        said.append(pieces[-1].strip().rstrip("、") + end)
    return said


def safety_question(message: str) -> str:
    """A safety confirmation as spoken: the staff's message in short sentences, then how to answer."""
    return "\n".join([*short_sentences(message), SAFETY_HINT])


def spoken_reply(result: AnswerResult, classification: Classification, heard: str) -> str:
    """What the speaker says after an answer. An emergency answer (``help``): the spoken form of the safety
    layer's advice (when there is one) and the reply (help is being called; 119 when life is at risk), without
    the tablet's lines about buttons and without 「『たすけて』とお答えいただきました」 (the person may have said
    「けがをした」). A safe answer to a safety confirmation is confirmed as 「無事」; everything else as on a
    daily check-in (``voice.satellite_speech.confirmation``)."""
    if result.outcome == "help":
        message = classification.safety_message
        shown = {message.title, *message.lines} if message is not None else set()
        lines = [line for line in result.reply.split("\n") if line and line not in shown]
        return "".join([message.speech] if message is not None else []) + "".join(lines)
    if result.outcome == "fine" and SAFE_RE.search(normalize(heard)):
        return HEARD_SAFE + result.reply
    return confirmation(result)


def questions_to_speak(session: Session, *, held: Sequence[Claimed], now: datetime) -> list[tuple[int, Delivery]]:
    """(satellite id, question) for each held satellite whose resident's current question it has not spoken."""
    by_resident: dict[int, list[Claimed]] = {}
    for item in held:
        if item.resident_id is not None:
            by_resident.setdefault(item.resident_id, []).append(item)
    if not by_resident:
        return []
    rows = session.execute(
        select(CheckIn.id, CheckIn.resident_id, CheckIn.kind, CheckIn.message, CheckIn.ask_count)
        .where(CheckIn.resident_id.in_(list(by_resident)), CheckIn.status.in_(WAITING),
               CheckIn.opened_at >= now - SHOW_WINDOW)
        .order_by(CheckIn.id)
    ).all()
    current = current_only([Delivery(int(r[0]), int(r[1]), str(r[2]), str(r[3]), int(r[4])) for r in rows])
    due: list[tuple[int, Delivery]] = []
    for delivery in current:
        for satellite in by_resident[delivery.resident_id]:
            spoken = (satellite.spoken_checkin_id or 0, satellite.spoken_ask_count)
            if (delivery.checkin_id, delivery.ask_count) > spoken:
                due.append((satellite.id, delivery))
    return due


def record_spoken(session: Session, *, owner: str, satellite_id: int, delivery: Delivery, now: datetime) -> bool:
    """The question was played on the satellite: remember it there and mark it delivered (False: claim lost)."""
    if not mark_spoken(session, owner=owner, satellite_id=satellite_id, checkin_id=delivery.checkin_id,
                       ask_count=delivery.ask_count):
        return False
    mark_delivered(session, deliveries=[delivery], device_id=device_id_of(satellite_id), now=now)
    return True


def save_spoken_answer(session: Session, *, owner: str, satellite_id: int, resident_id: int, checkin_id: int | None,
                       classification: Classification, text: str, now: datetime,
                       settings: WatchSettings) -> AnswerResult | None:
    """Record a spoken answer with the tablet's function (``watch.cases.record_case_answer``); None when this
    process no longer holds the satellite or it no longer serves that resident."""
    held = session.scalar(select(Satellite.id).where(Satellite.id == satellite_id, Satellite.claimed_by == owner,
                                                     Satellite.resident_id == resident_id, Satellite.enabled.is_(True)))
    if held is None:
        return None
    return record_case_answer(session, resident_id=resident_id, classification=classification, text=text,
                              checkin_id=checkin_id, now=now, settings=settings)


def _tablet_seen_since(session: Session, resident_id: int, since: datetime) -> bool:
    seen = session.scalar(select(Device.id).where(Device.resident_id == resident_id, Device.revoked_at.is_(None),
                                                  Device.last_seen_at.is_not(None), Device.last_seen_at >= since)
                          .limit(1))
    return seen is not None


def raise_offline_alerts(session: Session, *, now: datetime, hours: float, settings: WatchSettings) -> list[int]:
    """Open one alert (and tell staff) per active resident whose satellites have all been offline ``hours`` and
    who has no tablet seen meanwhile; resolve those alerts when a satellite is back. Returns new alert ids."""
    since = now - timedelta(hours=hours)
    satellites = session.scalars(select(Satellite).where(Satellite.enabled.is_(True),
                                                         Satellite.resident_id.is_not(None))).all()
    by_resident: dict[int, list[Satellite]] = {}
    for satellite in satellites:
        by_resident.setdefault(int(satellite.resident_id or 0), []).append(satellite)
    opened: list[int] = []
    for resident_id, group in by_resident.items():
        online = any(is_online(s, now) for s in group)
        alerted = {s.offline_alert_id for s in group if s.offline_alert_id is not None}
        if online:
            if alerted:
                _resolve(session, alert_ids=alerted, now=now)
            continue
        if alerted or any((s.last_heard_at or s.created_at) > since for s in group):
            continue
        if _tablet_seen_since(session, resident_id, since):
            continue
        alert_id = _open_offline_alert(session, resident_id=resident_id, group=group, hours=hours, now=now,
                                       settings=settings)
        if alert_id is not None:
            opened.append(alert_id)
    return opened


def _open_offline_alert(session: Session, *, resident_id: int, group: Sequence[Satellite], hours: float,
                        now: datetime, settings: WatchSettings) -> int | None:
    resident = session.scalar(select(Resident).options(selectinload(Resident.contacts))
                              .where(Resident.id == resident_id, Resident.active.is_(True)))
    if resident is None:
        return None
    label = "、".join(s.label or s.uri for s in group)
    try:
        with session.begin_nested():
            alert = Alert(resident_id=resident_id, checkin_id=None, reason=OFFLINE_REASON,
                          summary=OFFLINE_SUMMARY.format(hours=hours, label=label), priority=OFFLINE_PRIORITY,
                          priority_rank=PRIORITY_RANK[OFFLINE_PRIORITY], status=ALERT_OPEN, level=0,
                          contacts_notified=0, created_at=now, next_escalation_at=None)
            session.add(alert)
            session.flush()
            # A second controller doing the same at the same moment: only the first UPDATE finds them NULL.
            claimed = session.execute(update(Satellite)
                                      .where(Satellite.id.in_([s.id for s in group]),
                                             Satellite.offline_alert_id.is_(None))
                                      .values(offline_alert_id=alert.id)
                                      .execution_options(synchronize_session=False))
            if int(getattr(claimed, "rowcount", 0)) != len(group):
                raise _AlreadyAlerted
    except _AlreadyAlerted:
        return None
    writes = Writes()
    writes.event(resident_id=resident_id, alert_id=alert.id, kind="alert_opened", at=now, detail=alert.summary)
    notify_staff(resident=resident, alert=alert, now=now, settings=settings, writes=writes)
    writes.flush(session)
    return alert.id


def _resolve(session: Session, *, alert_ids: set[int], now: datetime) -> None:
    session.execute(update(Satellite).where(Satellite.offline_alert_id.in_(list(alert_ids)))
                    .values(offline_alert_id=None).execution_options(synchronize_session=False))
    for alert in session.scalars(select(Alert).where(Alert.id.in_(list(alert_ids)), Alert.status != ALERT_RESOLVED)):
        alert.status = ALERT_RESOLVED
        alert.resolved_at = now
        alert.resolved_by = SYSTEM_ACTOR
        alert.resolution_note = BACK_ONLINE_NOTE
        alert.next_escalation_at = None
        if alert.acknowledged_at is None:
            alert.acknowledged_at = now
            alert.acknowledged_by = SYSTEM_ACTOR
        log_event(session, resident_id=alert.resident_id, alert_id=alert.id, kind="alert_resolved",
                  actor=SYSTEM_ACTOR, detail=BACK_ONLINE_NOTE, at=now)
    session.flush()
