"""The alert queue (sorted by urgency), one alert's case page, acknowledge and resolve: pages, fragment, JSON."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from staff import cases
from staff.authz import is_admin
from staff.deps import CurrentStaff, DbSession, FormFields, NowDep
from staff.schemas import MAX_NOTE_CHARS, AlertCase, AlertNote, CallOutcome
from staff.views import back_to, done, render
from watch.schemas import AlertPublic

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])


@router.get("/staff/alerts")
def alerts_page(request: Request, staff: CurrentStaff, db: DbSession) -> Response:
    """The alert queue (live) and the recently resolved alerts."""
    context = cases.queue_context(db, staff)
    context["resolved"] = cases.recently_resolved(db, staff)
    return render(request, "alerts.html", context, staff=staff)


@router.get("/staff/alerts/fragment")
def alerts_fragment(request: Request, staff: CurrentStaff, db: DbSession) -> Response:
    """The queue's live part."""
    return render(request, "_alerts.html", cases.queue_context(db, staff), staff=staff)


@router.get("/staff/alerts/{alert_id:int}")
def alert_page(request: Request, alert_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> Response:
    """One alert as a case (the page the alert emails link to): resident, timeline, failed notifications and
    the actions. 404 for an alert in a district the staff member does not see."""
    case = cases.alert_case(db, staff, alert_id, now)
    return render(request, "alert.html", {"c": case, "a": case.alert, "r": case.resident,
                                          "can_edit": is_admin(staff.role)}, staff=staff)


@router.post("/staff/alerts/{alert_id:int}/acknowledge")
def acknowledge_form(request: Request, alert_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
                     form: FormFields) -> Response:
    """Acknowledge from a page (form or fetch)."""
    cases.acknowledge(db, staff, alert_id, form.get("note", "")[:MAX_NOTE_CHARS], now)
    return done(request, back_to(form.get("back"), "/staff/alerts"))


@router.post("/staff/alerts/{alert_id:int}/resolve")
def resolve_form(request: Request, alert_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
                 form: FormFields) -> Response:
    """Resolve from a page (form or fetch)."""
    cases.resolve(db, staff, alert_id, form.get("note", "")[:MAX_NOTE_CHARS], now)
    return done(request, back_to(form.get("back"), "/staff/alerts"))


@router.post("/staff/alerts/{alert_id:int}/call")
def call_form(request: Request, alert_id: int, staff: CurrentStaff, db: DbSession, now: NowDep,
              form: FormFields) -> Response:
    """Record a call to the resident (outcome: reached, absent, visit, ambulance) from the case page."""
    label = cases.call(db, staff, alert_id, form.get("outcome", ""), form.get("note", "")[:MAX_NOTE_CHARS], now)
    return done(request, back_to(form.get("back"), f"/staff/alerts/{alert_id}"), {"ok": True, "outcome": label})


@api.post("/alerts/{alert_id:int}/call")
def api_call(alert_id: int, body: CallOutcome, staff: CurrentStaff, db: DbSession, now: NowDep) -> dict[str, str]:
    """Record a call to the resident and its outcome on the case."""
    return {"outcome": cases.call(db, staff, alert_id, body.outcome, body.note, now)}


@api.get("/alerts", response_model=list[AlertPublic])
def api_alerts(staff: CurrentStaff, db: DbSession, status: str = "active", limit: int = 200) -> list[AlertPublic]:
    """Alerts by urgency; ``status`` = active (open + acknowledged), open, acknowledged, resolved or all."""
    return cases.alerts_by_status(db, staff, status=status, limit=limit)


@api.get("/alerts/{alert_id:int}", response_model=AlertCase)
def api_alert(alert_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> AlertCase:
    """One alert with its resident, timeline and failed notifications."""
    return cases.alert_case(db, staff, alert_id, now)


@api.post("/alerts/{alert_id:int}/acknowledge", response_model=AlertPublic)
def api_acknowledge(alert_id: int, body: AlertNote, staff: CurrentStaff, db: DbSession, now: NowDep) -> AlertPublic:
    """Acknowledge an alert (escalation stops)."""
    return cases.acknowledge(db, staff, alert_id, body.note, now)


@api.post("/alerts/{alert_id:int}/resolve", response_model=AlertPublic)
def api_resolve(alert_id: int, body: AlertNote, staff: CurrentStaff, db: DbSession, now: NowDep) -> AlertPublic:
    """Resolve an alert with a note."""
    return cases.resolve(db, staff, alert_id, body.note, now)


router.include_router(api)
