"""Safety confirmation (安否確認): start an ad-hoc check-in for a district or everyone; live lists of
safe / needs help / not answered."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy.orm import Session

from core.settings import RuntimeSettings
from staff import audit, safety
from staff.auth import Principal
from staff.authz import is_admin
from staff.deps import CurrentStaff, DbSession, FormFields, NowDep, RuntimeDep
from staff.forms import validation_problems
from staff.overview import districts_of
from staff.views import render, see_other
from watch.safety_schemas import SafetyCampaignPublic, SafetyStart, SafetySummary

router = APIRouter(tags=["staff"], include_in_schema=False)
api = APIRouter(prefix="/staff/api", tags=["staff"])


def _start_page(request: Request, staff: Principal, db: Session, runtime: RuntimeSettings, *, message: str,
                district: str, problems: list[str] | None = None, status_code: int = 200) -> Response:
    return render(request, "safety.html", {
        "campaigns": safety.visible_campaigns(db, staff), "districts": districts_of(db, staff, runtime),
        "message": message, "district": district, "problems": problems or [], "everyone": is_admin(staff.role),
    }, staff=staff, status_code=status_code)


@router.get("/staff/safety")
def safety_page(request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep) -> Response:
    """The start form and the past campaigns."""
    return _start_page(request, staff, db, runtime, message=safety.DEFAULT_MESSAGE, district="")


ALL_DISTRICTS = "*"  # the 全地区 option: a non-empty value, so the required select can be submitted


@router.post("/staff/safety")
def safety_submit(request: Request, staff: CurrentStaff, db: DbSession, runtime: RuntimeDep, now: NowDep,
                  form: FormFields) -> Response:
    """Start a campaign from the form and open its live page."""
    district = form.get("district", "").strip()
    try:
        data = SafetyStart(message=form.get("message", "").strip(),
                           district=None if district in ("", ALL_DISTRICTS) else district)
    except ValidationError as err:
        return _start_page(request, staff, db, runtime, message=form.get("message", ""), district=district,
                           problems=validation_problems(err), status_code=422)
    campaign = safety.start(db, staff, data, now)
    return see_other(f"/staff/safety/{campaign.id}")


@router.get("/staff/safety/{campaign_id:int}")
def campaign_page(request: Request, campaign_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> Response:
    """One campaign: counts and the lists of who needs help and who has not answered (live)."""
    summary = safety.summary_for(db, staff, campaign_id)
    audit.record(db, actor=staff, action="safety.view", detail=f"campaign {campaign_id}", at=now)
    return render(request, "safety_campaign.html", {"s": summary}, staff=staff)


@router.get("/staff/safety/{campaign_id:int}/fragment")
def campaign_fragment(request: Request, campaign_id: int, staff: CurrentStaff, db: DbSession) -> Response:
    """The campaign page's live part."""
    return render(request, "_safety.html", {"s": safety.summary_for(db, staff, campaign_id)}, staff=staff)


@api.get("/safety", response_model=list[SafetyCampaignPublic])
def api_campaigns(staff: CurrentStaff, db: DbSession) -> list[SafetyCampaignPublic]:
    """Campaigns this staff member sees, newest first."""
    return safety.visible_campaigns(db, staff)


@api.post("/safety", response_model=SafetyCampaignPublic, status_code=201)
def api_start(body: SafetyStart, staff: CurrentStaff, db: DbSession, now: NowDep) -> SafetyCampaignPublic:
    """Start a safety confirmation for a district (``district``: null = everyone, admins only)."""
    return safety.start(db, staff, body, now)


@api.get("/safety/{campaign_id:int}", response_model=SafetySummary)
def api_summary(campaign_id: int, staff: CurrentStaff, db: DbSession, now: NowDep) -> SafetySummary:
    """Counts and lists of one campaign (within the districts this staff member sees)."""
    summary = safety.summary_for(db, staff, campaign_id)
    audit.record(db, actor=staff, action="safety.view", detail=f"campaign {campaign_id} (api)", at=now)
    return summary


router.include_router(api)
