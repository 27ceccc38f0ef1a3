"""View logic of alerts: the queue, one alert's case page, acknowledge and resolve (with audit lines)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from staff import audit, queries
from staff.auth import Principal
from staff.authz import district_filter
from staff.deps import actor_name, ensure_district
from staff.errors import InvalidInputError, NotFoundError
from staff.schemas import AlertCase, NotificationPublic
from watch.alerts import acknowledge_alert, get_alert, list_alerts, resolve_alert
from watch.case_lists import case_queue
from watch.cases import record_call, stop_case
from watch.history import resident_history
from watch.models import ALERT_ACKNOWLEDGED, ALERT_OPEN, ALERT_RESOLVED
from watch.residents import get_resident, resident_public
from watch.schemas import AlertPublic, HistoryItem

RECENT_RESOLVED = 20
CASE_HISTORY = 100
NOTE_REQUIRED_MESSAGE = "対応内容のメモを入力してください。"
ALERT_NOT_FOUND = "アラートが見つかりません。"
STATUS_FILTERS = {
    "active": (ALERT_OPEN, ALERT_ACKNOWLEDGED), "open": (ALERT_OPEN,), "acknowledged": (ALERT_ACKNOWLEDGED,),
    "resolved": (ALERT_RESOLVED,), "all": (ALERT_OPEN, ALERT_ACKNOWLEDGED, ALERT_RESOLVED),
}
BAD_STATUS_MESSAGE = "status は active, open, acknowledged, resolved, all のいずれかです。"


def check_alert(db: Session, staff: Principal, alert_id: int) -> int:
    """The alert's resident id; NotFoundError when missing or in a district the staff member does not see."""
    found = queries.alert_district(db, alert_id=alert_id)
    if found is None:
        raise NotFoundError(ALERT_NOT_FOUND)
    ensure_district(staff, found[1], what="アラート")
    return found[0]


def acknowledge(db: Session, staff: Principal, alert_id: int, note: str, now: datetime) -> AlertPublic:
    """Acknowledge one alert and write the audit line."""
    resident_id = check_alert(db, staff, alert_id)
    alert = acknowledge_alert(db, alert_id=alert_id, by=actor_name(staff), note=note or None, now=now)
    stop_case(db, resident_id=resident_id, by=actor_name(staff), now=now)  # the person's whole case, not one alert
    audit.record(db, actor=staff, action="alert.acknowledge", resident_id=resident_id, detail=f"alert {alert_id}",
                 at=now)
    return alert


def resolve(db: Session, staff: Principal, alert_id: int, note: str, now: datetime) -> AlertPublic:
    """Resolve one alert with a note and write the audit line."""
    resident_id = check_alert(db, staff, alert_id)
    if not note.strip():
        raise InvalidInputError(NOTE_REQUIRED_MESSAGE)
    alert = resolve_alert(db, alert_id=alert_id, by=actor_name(staff), note=note, now=now)
    audit.record(db, actor=staff, action="alert.resolve", resident_id=resident_id, detail=f"alert {alert_id}", at=now)
    return alert


def call(db: Session, staff: Principal, alert_id: int, outcome: str, note: str, now: datetime) -> str:
    """Record a call to the person of an alert (its outcome on the case) and write the audit line."""
    resident_id = check_alert(db, staff, alert_id)
    label = record_call(db, resident_id=resident_id, outcome=outcome, by=actor_name(staff), note=note, now=now)
    audit.record(db, actor=staff, action="alert.call", resident_id=resident_id, detail=f"alert {alert_id}: {outcome}",
                 at=now)
    return label


def queue_context(db: Session, staff: Principal) -> dict[str, Any]:
    """The queue's live part: one card per person (their active alerts grouped), most urgent first."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    people = case_queue(db, districts=limit)
    unacknowledged = sum(1 for p in people if p.unacknowledged)
    return {"cases": people, "alerts": [p.lead for p in people], "unacknowledged": unacknowledged}


def recently_resolved(db: Session, staff: Principal) -> list[AlertPublic]:
    """The last resolved alerts this staff member sees."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    return list_alerts(db, districts=limit, statuses=(ALERT_RESOLVED,), limit=RECENT_RESOLVED)


def alerts_by_status(db: Session, staff: Principal, *, status: str, limit: int) -> list[AlertPublic]:
    """Alerts by urgency for ``status`` = active, open, acknowledged, resolved or all."""
    statuses = STATUS_FILTERS.get(status)
    if statuses is None:
        raise InvalidInputError(BAD_STATUS_MESSAGE)
    districts = district_filter(role=staff.role, districts=staff.districts)
    return list_alerts(db, districts=districts, statuses=statuses, limit=max(1, min(limit, 1000)))


def alert_case(db: Session, staff: Principal, alert_id: int, now: datetime) -> AlertCase:
    """One alert as a case: the resident, their timeline and notifications that failed (audited as a view)."""
    resident_id = check_alert(db, staff, alert_id)
    case = AlertCase(
        alert=get_alert(db, alert_id=alert_id),
        resident=resident_public(get_resident(db, resident_id=resident_id)),
        history=resident_history(db, resident_id=resident_id, limit=CASE_HISTORY),
        failed_notifications=[NotificationPublic.model_validate(m)
                              for m in queries.failed_notifications(db, resident_id=resident_id)],
        notifications=[NotificationPublic.model_validate(m)
                       for m in queries.resident_notifications(db, resident_id=resident_id)],
        unreachable=[HistoryItem(at=e.at, kind=e.kind, detail=e.detail, actor=e.actor, checkin_id=e.checkin_id,
                                 alert_id=e.alert_id)
                     for e in queries.unreachable_contacts(db, resident_id=resident_id)],
        person_alerts=list_alerts(db, resident_id=resident_id),
    )
    audit.record(db, actor=staff, action="alert.view", resident_id=resident_id, detail=f"alert {alert_id}", at=now)
    return case
