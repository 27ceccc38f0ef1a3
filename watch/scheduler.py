"""Due work driven by the database: silence deadlines of check-ins and acknowledgement deadlines of alerts.

Each function claims a batch with ``SELECT ... FOR UPDATE SKIP LOCKED`` (PostgreSQL: several workers share the
work without overlap; SQLite: the transaction already holds the single write lock) and advances the rows, so a
second run over the same rows finds nothing due. A batch costs a fixed number of statements, whatever its size:
select, one flush of the new alerts and changed rows, one executemany each for outbox rows and history lines.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from watch.escalation import apply_actions, apply_alert_decision, contact_refs, new_alerts
from watch.models import ALERT_OPEN, CHECKIN_OPEN, Alert, CheckIn, Resident
from watch.policy import AlertState, CheckInState, PolicyConfig, decide_alert, decide_silence
from watch.settings import WatchSettings
from watch.writes import Writes


def _residents(session: Session, ids: set[int]) -> dict[int, Resident]:
    rows = session.scalars(select(Resident).options(selectinload(Resident.contacts)).where(Resident.id.in_(ids)))
    return {resident.id: resident for resident in rows}


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
    residents = _residents(session, {c.resident_id for c in checkins})
    planned = []
    for checkin in checkins:
        resident = residents[checkin.resident_id]
        decision = decide_silence(CheckInState(checkin.status, checkin.opened_at, checkin.step),
                                  contact_refs(resident), now, config)
        checkin.status = decision.status
        checkin.step = decision.step
        checkin.next_action_at = decision.next_action_at
        alerts = new_alerts(resident=resident, checkin=checkin, actions=decision.actions, now=now, settings=settings)
        session.add_all(alerts)
        planned.append((checkin, resident, decision.actions, alerts))
    session.flush()  # every new alert of the batch gets its id in one go
    writes = Writes()
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
    writes = Writes()
    for alert in alerts:
        resident = residents[alert.resident_id]
        state = AlertState(alert.status, alert.priority, alert.level,  # type: ignore[arg-type]
                           alert.contacts_notified, alert.next_escalation_at)
        decision = decide_alert(state, contact_refs(resident), now, config)
        apply_alert_decision(alert=alert, resident=resident, decision=decision, now=now, settings=settings,
                             writes=writes)
    writes.flush(session)
    session.flush()
    return len(alerts)
