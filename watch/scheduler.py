"""Due work driven by the database: silence deadlines of check-ins and acknowledgement deadlines of alerts.

Each function claims a batch with ``SELECT ... FOR UPDATE SKIP LOCKED`` (PostgreSQL: several workers share the
work without overlap; SQLite: the transaction already holds the single write lock) and advances the rows, so a
second run over the same rows finds nothing due. A batch costs a fixed number of statements, whatever its size:
select, one flush of the new alerts and changed rows, one executemany each for outbox rows and history lines.

One case per resident (see ``watch.cases``): only the resident's oldest waiting question of the last 24 h (the
lead) takes silence steps with actions; later ones follow it silently. A person who already has an active alert
gets no second no-answer alert. Due alerts are reminded once per person per round (the most urgent leads; the
others move to the same next deadline), so staff get one reminder per case every ``ack_minutes``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from watch.escalation import apply_actions, apply_alert_decision, contact_refs, new_alerts
from watch.models import (
    ALERT_ACKNOWLEDGED,
    ALERT_OPEN,
    CHECKIN_ESCALATED,
    CHECKIN_OPEN,
    CHECKIN_UNDELIVERED,
    KIND_DAILY,
    PROFILE_GENTLE,
    Alert,
    CheckIn,
    Resident,
)
from watch.policy import AlertState, CheckInState, OpenAlert, PolicyConfig, decide_alert, decide_silence
from watch.settings import WatchSettings
from watch.writes import Writes


def _residents(session: Session, ids: set[int]) -> dict[int, Resident]:
    rows = session.scalars(select(Resident).options(selectinload(Resident.contacts)).where(Resident.id.in_(ids)))
    return {resident.id: resident for resident in rows}


CASE_WINDOW = timedelta(hours=24)
GENTLE_MISSED_DAY_MINUTES = 23 * 60  # gentle profile: no answer this long after asking = a missed day
GENTLE_DETAIL = "2日続けて応答がありません"


def profile_config(config: PolicyConfig, profile: str) -> PolicyConfig:
    """The ladder of a profile: same_day as configured; gentle: re-ask, family after a missed day, then the staff
    step right after it (taken only on the second missed day in a row, see ``_missed_yesterday``)."""
    if profile != PROFILE_GENTLE:
        return config
    family = max(GENTLE_MISSED_DAY_MINUTES, config.reask_minutes + 1)
    return replace(config, family_minutes=family, staff_minutes=family + 1)


def _missed_yesterday(session: Session, checkin: CheckIn) -> bool:
    """True when the resident's daily question of the day before was not answered either (nor cancelled)."""
    status = session.scalar(select(CheckIn.status).where(
        CheckIn.resident_id == checkin.resident_id, CheckIn.kind == KIND_DAILY,
        CheckIn.local_date == checkin.local_date - timedelta(days=1)))
    return status in (CHECKIN_OPEN, CHECKIN_ESCALATED, CHECKIN_UNDELIVERED)


def _lead_checkins(session: Session, ids: set[int], now: datetime) -> dict[int, int]:
    """resident id -> id of the resident's oldest waiting check-in of the last 24 h (the case's lead)."""
    rows = session.execute(
        select(CheckIn.resident_id, func.min(CheckIn.id))
        .where(CheckIn.resident_id.in_(ids), CheckIn.status.in_((CHECKIN_OPEN, CHECKIN_ESCALATED)),
               CheckIn.opened_at >= now - CASE_WINDOW)
        .group_by(CheckIn.resident_id)
    )
    return {int(rid): int(cid) for rid, cid in rows}


def _with_active_alert(session: Session, ids: set[int]) -> set[int]:
    """Residents (of ``ids``) with an open or acknowledged alert: their case is already with staff."""
    rows = session.scalars(select(Alert.resident_id).where(
        Alert.resident_id.in_(ids), Alert.status.in_((ALERT_OPEN, ALERT_ACKNOWLEDGED))).distinct())
    return set(rows)


def run_due_checkins(session: Session, *, now: datetime, settings: WatchSettings, limit: int) -> int:
    """Take the no-answer steps of open check-ins whose deadline passed; returns how many were handled."""
    checkins = list(session.scalars(
        select(CheckIn)
        .where(CheckIn.status == CHECKIN_OPEN, CheckIn.next_action_at <= now)
        .order_by(CheckIn.next_action_at, CheckIn.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ))
    if not checkins:
        return 0
    config = PolicyConfig.from_settings(settings)
    ids = {c.resident_id for c in checkins}
    residents = _residents(session, ids)
    leads = _lead_checkins(session, ids, now)
    with_staff = _with_active_alert(session, ids)
    writes = Writes()
    planned = []
    for checkin in checkins:
        resident = residents[checkin.resident_id]
        if checkin.delivered_at is None and not settings.escalate_undelivered:
            checkin.status = CHECKIN_UNDELIVERED  # silence means nothing when the question never arrived
            checkin.next_action_at = None
            writes.event(resident_id=checkin.resident_id, checkin_id=checkin.id, kind="undelivered", at=now,
                         detail="問いかけが端末に届いていません。電話で様子を確認してください。")
            continue
        profile = resident.escalation_profile or settings.default_profile
        decision = decide_silence(CheckInState(checkin.status, checkin.opened_at, checkin.step),
                                  contact_refs(resident), now, profile_config(config, profile))
        checkin.status = decision.status
        checkin.step = decision.step
        checkin.next_action_at = decision.next_action_at
        actions = decision.actions
        opening = any(isinstance(a, OpenAlert) for a in actions)
        note = ""
        if leads.get(checkin.resident_id, checkin.id) != checkin.id:
            actions = ()  # an earlier question of the same person leads the case
            note = "同じ方の別の問いかけと一緒に扱います（重複の連絡はしません）"
        elif opening and checkin.resident_id in with_staff:
            actions = tuple(a for a in actions if not isinstance(a, OpenAlert))
            note = "この方のアラートはすでに担当者に届いています（新しいアラートは作りません）"
        elif opening and profile == PROFILE_GENTLE and not _missed_yesterday(session, checkin):
            actions = tuple(a for a in actions if not isinstance(a, OpenAlert))
            note = "1日目の未回答です。2日続けて応答がないときに担当者へ知らせます"
        if note and decision.actions:
            writes.event(resident_id=checkin.resident_id, checkin_id=checkin.id, kind="joined_case", at=now,
                         detail=note)
        with_staff |= {checkin.resident_id} if any(isinstance(a, OpenAlert) for a in actions) else set()
        alerts = new_alerts(resident=resident, checkin=checkin, actions=actions, now=now, settings=settings,
                            detail=GENTLE_DETAIL if profile == PROFILE_GENTLE else "")
        session.add_all(alerts)
        planned.append((checkin, resident, actions, alerts))
    session.flush()  # every new alert of the batch gets its id in one go
    for checkin, resident, actions, alerts in planned:
        apply_actions(resident=resident, checkin=checkin, actions=actions, alerts=alerts, now=now, settings=settings,
                      writes=writes, why="no answer")
    writes.flush(session)
    session.flush()
    return len(checkins)


def run_due_alerts(session: Session, *, now: datetime, settings: WatchSettings, limit: int) -> int:
    """Escalate open alerts nobody acknowledged in time (one round each); returns how many."""
    alerts = list(session.scalars(
        select(Alert)
        .where(Alert.status == ALERT_OPEN, Alert.next_escalation_at <= now)
        .order_by(Alert.next_escalation_at, Alert.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ))
    if not alerts:
        return 0
    config = PolicyConfig.from_settings(settings)
    residents = _residents(session, {a.resident_id for a in alerts})
    asked = {a.checkin_id for a in alerts if a.checkin_id is not None}
    questions = {c.id: c for c in session.scalars(select(CheckIn).where(CheckIn.id.in_(list(asked))))} if asked else {}
    writes = Writes()
    led: dict[int, Alert] = {}
    for alert in sorted(alerts, key=lambda a: (-a.priority_rank, a.id)):
        resident = residents[alert.resident_id]
        lead = led.get(alert.resident_id)
        if lead is not None:  # the person's most urgent alert already reminded staff in this round
            alert.next_escalation_at = lead.next_escalation_at
            continue
        led[alert.resident_id] = alert
        state = AlertState(alert.status, alert.priority, alert.level,  # type: ignore[arg-type]
                           alert.contacts_notified, alert.next_escalation_at)
        decision = decide_alert(state, contact_refs(resident), now, config)
        apply_alert_decision(alert=alert, resident=resident, decision=decision, now=now, settings=settings,
                             writes=writes, checkin=questions.get(alert.checkin_id or 0))
    batch = {a.id for a in alerts}
    others = session.scalars(select(Alert).where(Alert.resident_id.in_(list(led)), Alert.status == ALERT_OPEN,
                                                 Alert.next_escalation_at.is_not(None)))
    for other in others:  # the person's other alerts wait for the same next reminder (one per case)
        if other.id not in batch:
            other.next_escalation_at = led[other.resident_id].next_escalation_at
    writes.flush(session)
    session.flush()
    return len(alerts)
