"""The alert queue: sorted by urgency, acknowledge and resolve (with a note); page, live fragment and JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from gateway.deps import DbSession
from gateway.routes.staff_common import (
    CurrentStaff,
    FormFields,
    NowDep,
    actor_name,
    done,
    ensure_district,
    render,
    watch_errors,
)
from staff import audit, queries
from staff.auth import Principal
from staff.authz import district_filter
from staff.errors import InvalidInputError, NotFoundError
from watch import store as watch_store
from watch.models import ALERT_ACKNOWLEDGED, ALERT_OPEN, ALERT_RESOLVED
from watch.schemas import AlertPublic

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

RECENT_RESOLVED = 20
MAX_NOTE_CHARS = 2000
NOTE_REQUIRED_MESSAGE = "対応内容のメモを入力してください。"


class AlertNote(BaseModel):
    """A note sent with an acknowledgement (optional) or a resolution (required)."""

    note: str = Field("", max_length=MAX_NOTE_CHARS)


def _check_alert(db: Session, staff: Principal, alert_id: int) -> int:
    """The alert's resident id; NotFoundError when missing or in a district the staff member does not see."""
    found = queries.alert_district(db, alert_id=alert_id)
    if found is None:
        raise NotFoundError("アラートが見つかりません。")
    ensure_district(staff, found[1], what="アラート")
    return found[0]


def acknowledge(db: Session, staff: Principal, alert_id: int, note: str, now: Any) -> AlertPublic:
    """Acknowledge one alert and write the audit line."""
    resident_id = _check_alert(db, staff, alert_id)
    with watch_errors():
        alert = watch_store.acknowledge_alert(db, alert_id=alert_id, by=actor_name(staff), note=note or None, now=now)
    audit.record(db, actor=staff, action="alert.acknowledge", resident_id=resident_id, detail=f"alert {alert_id}",
                 at=now)
    return alert


def resolve(db: Session, staff: Principal, alert_id: int, note: str, now: Any) -> AlertPublic:
    """Resolve one alert with a note and write the audit line."""
    resident_id = _check_alert(db, staff, alert_id)
    if not note.strip():
        raise InvalidInputError(NOTE_REQUIRED_MESSAGE)
    with watch_errors():
        alert = watch_store.resolve_alert(db, alert_id=alert_id, by=actor_name(staff), note=note, now=now)
    audit.record(db, actor=staff, action="alert.resolve", resident_id=resident_id, detail=f"alert {alert_id}", at=now)
    return alert


def _queue_context(db: Session, staff: Principal) -> dict[str, Any]:
    limit = district_filter(role=staff.role, districts=staff.districts)
    active = watch_store.list_alerts(db, districts=limit, statuses=(ALERT_OPEN, ALERT_ACKNOWLEDGED))
    unacknowledged = sum(1 for a in active if a.status == ALERT_OPEN)
    return {"alerts": active, "unacknowledged": unacknowledged}


@router.get("/staff/alerts")
def alerts_page(request: Request, staff: CurrentStaff, db: DbSession) -> Response:
    """The alert queue (live) and the recently resolved alerts."""
    limit = district_filter(role=staff.role, districts=staff.districts)
    context = _queue_context(db, staff)
    context["resolved"] = watch_store.list_alerts(db, districts=limit, statuses=(ALERT_RESOLVED,),
                                                  limit=RECENT_RESOLVED)
    return render(request, "alerts.html", context, staff=staff)


@router.get("/staff/alerts/fragment")
def alerts_fragment(request: Request, staff: CurrentStaff, db: DbSession) -> Response:
    """The queue's live part."""
    return render(request, "_alerts.html", _queue_context(db, staff), staff=staff)


@router.post("/staff/alerts/{alert_id}/acknowledge")
def acknowledge_form(request: Request, alert_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
                     form: FormFields) -> Response:
    """Acknowledge from the page (form or fetch)."""
    acknowledge(db, staff, alert_id, form.get("note", "")[:MAX_NOTE_CHARS], now)
    return done(request, "/staff/alerts")


@router.post("/staff/alerts/{alert_id}/resolve")
def resolve_form(request: Request, alert_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
                 form: FormFields) -> Response:
    """Resolve from the page (form or fetch)."""
    resolve(db, staff, alert_id, form.get("note", "")[:MAX_NOTE_CHARS], now)
    return done(request, "/staff/alerts")


@api.get("/alerts", response_model=list[AlertPublic])
def api_alerts(staff: CurrentStaff, db: DbSession, status: str = "active", limit: int = 200) -> list[AlertPublic]:
    """Alerts by urgency; ``status`` = active (open + acknowledged), open, acknowledged, resolved or all."""
    statuses = {
        "active": (ALERT_OPEN, ALERT_ACKNOWLEDGED), "open": (ALERT_OPEN,), "acknowledged": (ALERT_ACKNOWLEDGED,),
        "resolved": (ALERT_RESOLVED,), "all": (ALERT_OPEN, ALERT_ACKNOWLEDGED, ALERT_RESOLVED),
    }.get(status)
    if statuses is None:
        raise InvalidInputError("status は active, open, acknowledged, resolved, all のいずれかです。")
    districts = district_filter(role=staff.role, districts=staff.districts)
    return watch_store.list_alerts(db, districts=districts, statuses=statuses, limit=max(1, min(limit, 1000)))


@api.post("/alerts/{alert_id}/acknowledge", response_model=AlertPublic)
def api_acknowledge(alert_id: int, body: AlertNote, staff: CurrentStaff, db: DbSession, now: NowDep) -> AlertPublic:
    """Acknowledge an alert (escalation stops)."""
    return acknowledge(db, staff, alert_id, body.note, now)


@api.post("/alerts/{alert_id}/resolve", response_model=AlertPublic)
def api_resolve(alert_id: int, body: AlertNote, staff: CurrentStaff, db: DbSession, now: NowDep) -> AlertPublic:
    """Resolve an alert with a note."""
    return resolve(db, staff, alert_id, body.note, now)


router.include_router(api)
