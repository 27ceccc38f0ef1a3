"""Disaster notices (防災のお知らせ): write one for some districts (shown and spoken on their tablets and speakers,
shown on the chat page), see its delivery per device, end it, start a safety confirmation (安否確認) from it."""

from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from core.settings import RuntimeSettings
from staff import notices
from staff.auth import Principal
from staff.authz import is_admin
from staff.deps import CurrentStaff, DbSession, FormFields, NowDep, RuntimeDep
from staff.errors import InvalidInputError
from staff.overview import districts_of
from staff.views import render, see_other
from watch.errors import InvalidInputError as WatchInvalidInputError
from watch.notices_schemas import DeliveryLog, NoticeCreate, NoticeRecord
from watch.routes import announce_notices
from watch.safety_schemas import SafetyCampaignPublic
from watch.settings import WatchSettings

DEFAULT_HOURS = 12  # the form's default expiry: this many hours from now
router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])


def _settings(request: Request) -> WatchSettings:
    runtime = getattr(request.app.state, "watch", None)
    settings: WatchSettings = runtime.settings if runtime is not None else WatchSettings()
    return settings


def _form_page(request: Request, staff: Principal, db: Session, runtime: RuntimeSettings, now: datetime, *,
               values: dict[str, object] | None = None, problems: list[str] | None = None,
               status_code: int = 200) -> Response:
    default_expiry = (now + timedelta(hours=DEFAULT_HOURS)).astimezone(runtime.tz).strftime("%Y-%m-%dT%H:%M")
    form = {"level": "evacuate", "title": "", "text": "", "districts": [], "all_districts": False,
            "expires_at": default_expiry, **(values or {})}
    return render(request, "notices.html", {
        "notices": notices.visible_notices(db, staff, now), "districts": districts_of(db, staff, runtime),
        "levels": notices.LEVEL_CHOICES, "form": form, "problems": problems or [], "everyone": is_admin(staff.role),
    }, staff=staff, status_code=status_code)


@router.get("/staff/notices")
def notices_page(request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep) -> Response:
    """The form and the notices so far."""
    return _form_page(request, staff, db, runtime, now)


@router.post("/staff/notices")
def notices_submit(request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep,
                   form: FormFields) -> Response:
    """Write a notice from the form and open its page (a 422 page listing the problems otherwise)."""
    chosen = [d.strip() for d in form.getlist("districts") if d.strip()]
    values: dict[str, object] = {key: form.get(key, "") for key in ("level", "title", "text", "expires_at")}
    values.update(districts=chosen, all_districts=form.get("all_districts", "") in ("1", "on", "true"))
    try:
        data = notices.parse_form(form, runtime, chosen)
        notice = notices.issue(db, staff, data, now=now, runtime=runtime, settings=_settings(request))
    except ValidationError as err:
        return _form_page(request, staff, db, runtime, now, values=values, problems=notices.problems_of(err),
                          status_code=422)
    except (WatchInvalidInputError, InvalidInputError) as err:
        return _form_page(request, staff, db, runtime, now, values=values, problems=[err.message], status_code=422)
    announce_notices(request.app)
    return see_other(f"/staff/notices/{notice.id}")


@router.get("/staff/notices/{notice_id:int}")
def notice_page(request: Request, notice_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> Response:
    """One notice: its text, the delivery per device, end it, start a safety confirmation."""
    log = notices.log_for(db, staff, notice_id, now)
    return render(request, "notice.html", {
        "log": log, "n": log.notice, "campaigns": notices.safety_campaigns(db, staff, log.notice),
        "safety_message": notices.default_safety_message(log.notice), "STATUS": notices.STATUS_LABELS,
        "DEVICES": notices.DEVICE_LABELS,
    }, staff=staff)


@router.get("/staff/notices/{notice_id:int}/fragment")
def notice_fragment(request: Request, notice_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> Response:
    """The notice page's live part: the delivery per device (refreshed on the ``notices`` live event)."""
    log = notices.log_for(db, staff, notice_id, now, audited=False)
    return render(request, "_notice_log.html", {"log": log, "STATUS": notices.STATUS_LABELS,
                                                "DEVICES": notices.DEVICE_LABELS}, staff=staff)


@router.post("/staff/notices/{notice_id:int}/end")
def notice_end(request: Request, notice_id: int, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep,
               now: NowDep) -> Response:
    """End the notice now (tablets drop the banner)."""
    notices.end(db, staff, notice_id, now=now, runtime=runtime)
    announce_notices(request.app)
    return see_other(f"/staff/notices/{notice_id}")


@router.post("/staff/notices/{notice_id:int}/safety")
def notice_safety(request: Request, notice_id: int, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep,
                  now: NowDep, form: FormFields) -> Response:
    """Start a safety confirmation for the notice's districts; opens it (or the list when several started)."""
    started = notices.start_safety(db, staff, notice_id, message=form.get("message", "").strip(), now=now,
                                   runtime=runtime)
    return see_other(f"/staff/safety/{started[0].id}" if len(started) == 1 else "/staff/safety")


@api.get("/notices", response_model=list[NoticeRecord])
def api_notices(staff: CurrentStaff, db: DbSession, now: NowDep) -> list[NoticeRecord]:
    """Notices this staff member sees, newest first."""
    return notices.visible_notices(db, staff, now)


@api.post("/notices", response_model=NoticeRecord, status_code=201)
def api_issue(request: Request, body: NoticeCreate, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep,
              now: NowDep) -> NoticeRecord:
    """Write a notice (``all_districts``: admins only; ``expires_at`` in the future)."""
    notice = notices.issue(db, staff, body, now=now, runtime=runtime, settings=_settings(request))
    announce_notices(request.app)
    return notice


@api.get("/notices/{notice_id:int}", response_model=DeliveryLog)
def api_log(notice_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> DeliveryLog:
    """The notice and its delivery per device (within this member's districts)."""
    return notices.log_for(db, staff, notice_id, now)


@api.post("/notices/{notice_id:int}/end", response_model=NoticeRecord)
def api_end(request: Request, notice_id: int, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep,
            now: NowDep) -> NoticeRecord:
    """End a notice now."""
    notice = notices.end(db, staff, notice_id, now=now, runtime=runtime)
    announce_notices(request.app)
    return notice


@api.post("/notices/{notice_id:int}/safety", response_model=list[SafetyCampaignPublic], status_code=201)
def api_safety(notice_id: int, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep,
               message: str | None = None) -> list[SafetyCampaignPublic]:
    """Start a safety confirmation for the notice's districts (``message``: the question; a default otherwise)."""
    notice = notices.visible_notice(db, staff, notice_id, now)
    return notices.start_safety(db, staff, notice_id, message=message or notices.default_safety_message(notice),
                                now=now, runtime=runtime)


router.include_router(api)
