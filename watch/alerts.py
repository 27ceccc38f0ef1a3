"""The staff alert queue: list by urgency, acknowledge (stops escalation), resolve (who, when, note)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from storage.base import utcnow
from watch.errors import ConflictError, InvalidInputError, NotFoundError
from watch.history import log_event
from watch.models import ALERT_ACKNOWLEDGED, ALERT_OPEN, ALERT_RESOLVED, Alert, Resident
from watch.schemas import AlertPublic

ACTIVE_STATUSES = (ALERT_OPEN, ALERT_ACKNOWLEDGED)
MAX_ALERTS = 1000
MAX_NOTE_CHARS = 2000


def alert_public(alert: Alert, resident: Resident) -> AlertPublic:
    """The API view of an alert."""
    return AlertPublic(
        id=alert.id, resident_id=alert.resident_id, resident_name=resident.name, district=resident.district,
        checkin_id=alert.checkin_id, reason=alert.reason, summary=alert.summary, priority=alert.priority,
        status=alert.status, level=alert.level, created_at=alert.created_at,
        next_escalation_at=alert.next_escalation_at, acknowledged_at=alert.acknowledged_at,
        acknowledged_by=alert.acknowledged_by, resolved_at=alert.resolved_at, resolved_by=alert.resolved_by,
        resolution_note=alert.resolution_note,
    )


def list_alerts(
    session: Session, *, statuses: Sequence[str] = ACTIVE_STATUSES, districts: Sequence[str] | None = None,
    resident_id: int | None = None, limit: int = 200,
) -> list[AlertPublic]:
    """Alerts by urgency: unacknowledged first, then priority (urgent > high > medium), then oldest first."""
    query = (
        select(Alert, Resident)
        .join(Resident, Resident.id == Alert.resident_id)
        .where(Alert.status.in_(list(statuses)))
        .order_by(case((Alert.status == ALERT_OPEN, 0), else_=1), Alert.priority_rank.desc(), Alert.created_at,
                  Alert.id)
        .limit(min(limit, MAX_ALERTS))
    )
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    if resident_id is not None:
        query = query.where(Alert.resident_id == resident_id)
    return [alert_public(alert, resident) for alert, resident in session.execute(query)]


def get_alert(session: Session, *, alert_id: int) -> AlertPublic:
    """One alert or NotFoundError."""
    row = session.execute(
        select(Alert, Resident).join(Resident, Resident.id == Alert.resident_id).where(Alert.id == alert_id)
    ).first()
    if row is None:
        raise NotFoundError(detail=f"alert {alert_id} does not exist")
    return alert_public(*row)


def _load_for_update(session: Session, alert_id: int) -> Alert:
    alert = session.scalar(select(Alert).where(Alert.id == alert_id).with_for_update())
    if alert is None:
        raise NotFoundError(detail=f"alert {alert_id} does not exist")
    return alert


def _check_actor(by: str) -> str:
    by = by.strip()
    if not by:
        raise InvalidInputError("対応した人の名前が必要です。",
                                detail="who acknowledges or resolves an alert must be given")
    return by[:100]


def acknowledge_alert(session: Session, *, alert_id: int, by: str, note: str | None = None,
                      now: datetime | None = None) -> AlertPublic:
    """A person took the alert: escalation stops. Acknowledging twice keeps the first; resolved -> ConflictError."""
    by = _check_actor(by)
    now = now or utcnow()
    alert = _load_for_update(session, alert_id)
    if alert.status == ALERT_RESOLVED:
        raise ConflictError("このアラートはすでに対応済みです。", detail=f"alert {alert_id} is already resolved")
    if alert.status == ALERT_OPEN:
        alert.status = ALERT_ACKNOWLEDGED
        alert.acknowledged_at = now
        alert.acknowledged_by = by
        alert.next_escalation_at = None
        log_event(session, resident_id=alert.resident_id, alert_id=alert.id, kind="alert_acknowledged", actor=by,
                  detail=(note or "")[:MAX_NOTE_CHARS], at=now)
    session.flush()
    return get_alert(session, alert_id=alert_id)


def resolve_alert(session: Session, *, alert_id: int, by: str, note: str, now: datetime | None = None) -> AlertPublic:
    """Close the alert with who, when and a note (acknowledges it too); resolving twice -> ConflictError."""
    by = _check_actor(by)
    note = note.strip()
    if not note:
        raise InvalidInputError("対応の内容を書いてください。", detail="a resolution note is required")
    now = now or utcnow()
    alert = _load_for_update(session, alert_id)
    if alert.status == ALERT_RESOLVED:
        raise ConflictError("このアラートはすでに対応済みです。", detail=f"alert {alert_id} is already resolved")
    if alert.acknowledged_at is None:
        alert.acknowledged_at = now
        alert.acknowledged_by = by
    alert.status = ALERT_RESOLVED
    alert.resolved_at = now
    alert.resolved_by = by
    alert.resolution_note = note[:MAX_NOTE_CHARS]
    alert.next_escalation_at = None
    log_event(session, resident_id=alert.resident_id, alert_id=alert.id, kind="alert_resolved", actor=by,
              detail=alert.resolution_note, at=now)
    session.flush()
    return get_alert(session, alert_id=alert_id)
