"""Safety confirmation (安否確認): start an ad-hoc check-in for a district or everyone; live lists of
safe / needs help / not answered."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from gateway.deps import DbSession
from gateway.routes.staff_board import staff_districts
from gateway.routes.staff_common import (
    CurrentStaff,
    FormFields,
    NowDep,
    SettingsDep,
    actor_name,
    ensure_district,
    render,
    see_other,
    wants_json,
    watch_errors,
)
from staff import audit, queries
from staff.auth import Principal
from staff.authz import district_filter, is_admin
from staff.errors import ForbiddenError, InvalidInputError, NotFoundError
from staff.forms import validation_problems
from staff.settings import StaffSettings
from watch import store as watch_store
from watch.schemas import SafetyCampaignPublic, SafetyStart, SafetySummary

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])

DEFAULT_MESSAGE = "地震がありました。ご無事ですか？"
EVERYONE_ADMIN_ONLY = "全地区への安否確認は管理者だけが開始できます。"


def visible_campaigns(db: Session, staff: Principal) -> list[SafetyCampaignPublic]:
    """Campaigns for everyone, or for a district this staff member sees."""
    campaigns = watch_store.list_safety_campaigns(db, limit=50)
    if is_admin(staff.role):
        return campaigns
    return [c for c in campaigns if c.district is None or c.district in staff.districts]


def start(db: Session, staff: Principal, data: SafetyStart, now: Any) -> SafetyCampaignPublic:
    """Start a campaign (staff: one of their districts; admins: any district or everyone) and audit it."""
    if data.district is None:
        if not is_admin(staff.role):
            raise ForbiddenError(EVERYONE_ADMIN_ONLY)
    else:
        ensure_district(staff, data.district, what="地区")
    with watch_errors():
        campaign = watch_store.start_safety_check(db, data=data, started_by=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="safety.start",
                 detail=f"campaign {campaign.id} district={data.district or '*'} residents={campaign.resident_count}",
                 at=now)
    return campaign


def summary_for(db: Session, staff: Principal, campaign_id: int) -> SafetySummary:
    """The campaign's counts and lists, limited to the districts this staff member sees."""
    if campaign_id not in {c.id for c in visible_campaigns(db, staff)}:
        raise NotFoundError("安否確認が見つかりません。")
    with watch_errors():
        summary = watch_store.safety_summary(db, campaign_id=campaign_id)
    limit = district_filter(role=staff.role, districts=staff.districts)
    if limit is None:
        return summary
    counts = queries.safety_counts(db, campaign_id=campaign_id, districts=limit)
    return summary.model_copy(update={
        "safe": counts["safe"], "needs_help": counts["needs_help"], "not_answered": counts["not_answered"],
        "away": counts["away"], "total": sum(counts.values()),
        "needs_help_list": [p for p in summary.needs_help_list if p.district in limit],
        "not_answered_list": [p for p in summary.not_answered_list if p.district in limit],
    })


def _start_page(request: Request, staff: Principal, db: Session, settings: StaffSettings, *, message: str,
                district: str, problems: list[str] | None = None, status_code: int = 200) -> Response:
    return render(request, "safety.html", {
        "campaigns": visible_campaigns(db, staff), "districts": staff_districts(db, staff, settings),
        "message": message, "district": district, "problems": problems or [], "everyone": is_admin(staff.role),
    }, staff=staff, status_code=status_code)


@router.get("/staff/safety")
def safety_page(request: Request, staff: CurrentStaff, db: DbSession, settings: SettingsDep) -> Response:
    """The start form and the past campaigns."""
    return _start_page(request, staff, db, settings, message=DEFAULT_MESSAGE, district="")


@router.post("/staff/safety")
def safety_submit(request: Request, staff: CurrentStaff, db: DbSession, settings: SettingsDep, now: NowDep,
                  form: FormFields) -> Response:
    """Start a campaign from the form and open its live page."""
    district = form.get("district", "").strip()
    try:
        data = SafetyStart(message=form.get("message", "").strip(), district=district or None)
    except ValidationError as err:
        return _start_page(request, staff, db, settings, message=form.get("message", ""), district=district,
                           problems=validation_problems(err), status_code=422)
    try:
        campaign = start(db, staff, data, now)
    except InvalidInputError as err:
        if wants_json(request):
            raise
        return _start_page(request, staff, db, settings, message=data.message, district=district,
                           problems=[err.message], status_code=422)
    return see_other(f"/staff/safety/{campaign.id}")


def _summary_context(db: Session, staff: Principal, campaign_id: int) -> dict[str, Any]:
    return {"s": summary_for(db, staff, campaign_id)}


@router.get("/staff/safety/{campaign_id:int}")
def campaign_page(request: Request, campaign_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> Response:
    """One campaign: counts and the lists of who needs help and who has not answered (live)."""
    context = _summary_context(db, staff, campaign_id)
    audit.record(db, actor=staff, action="safety.view", detail=f"campaign {campaign_id}", at=now)
    return render(request, "safety_campaign.html", context, staff=staff)


@router.get("/staff/safety/{campaign_id:int}/fragment")
def campaign_fragment(request: Request, campaign_id: int, staff: CurrentStaff, db: DbSession) -> Response:
    """The campaign page's live part."""
    return render(request, "_safety.html", _summary_context(db, staff, campaign_id), staff=staff)


@api.get("/safety", response_model=list[SafetyCampaignPublic])
def api_campaigns(staff: CurrentStaff, db: DbSession) -> list[SafetyCampaignPublic]:
    """Campaigns this staff member sees, newest first."""
    return visible_campaigns(db, staff)


@api.post("/safety", response_model=SafetyCampaignPublic, status_code=201)
def api_start(body: SafetyStart, staff: CurrentStaff, db: DbSession, now: NowDep) -> SafetyCampaignPublic:
    """Start a safety confirmation for a district (``district``: null = everyone, admins only)."""
    return start(db, staff, body, now)


@api.get("/safety/{campaign_id:int}", response_model=SafetySummary)
def api_summary(campaign_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> SafetySummary:
    """Counts and lists of one campaign (within the districts this staff member sees)."""
    summary = summary_for(db, staff, campaign_id)
    audit.record(db, actor=staff, action="safety.view", detail=f"campaign {campaign_id} (api)", at=now)
    return summary


router.include_router(api)
