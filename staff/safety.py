"""View logic of safety confirmation (安否確認): which campaigns a member sees, starting one, its summary."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from staff import audit, queries
from staff.auth import Principal
from staff.authz import district_filter, is_admin
from staff.deps import actor_name, ensure_district
from staff.errors import ForbiddenError, NotFoundError
from watch.safety import list_safety_campaigns, safety_summary, start_safety_check
from watch.safety_schemas import SafetyCampaignPublic, SafetyStart, SafetySummary

DEFAULT_MESSAGE = "地震がありました。ご無事ですか？"
EVERYONE_ADMIN_ONLY = "全地区への安否確認は管理者だけが開始できます。"


def visible_campaigns(db: Session, staff: Principal) -> list[SafetyCampaignPublic]:
    """Campaigns for everyone, or for a district this staff member sees."""
    campaigns = list_safety_campaigns(db, limit=50)
    if is_admin(staff.role):
        return campaigns
    return [c for c in campaigns if c.district is None or c.district in staff.districts]


def start(db: Session, staff: Principal, data: SafetyStart, now: datetime) -> SafetyCampaignPublic:
    """Start a campaign (staff: one of their districts; admins: any district or everyone) and audit it."""
    if data.district is None:
        if not is_admin(staff.role):
            raise ForbiddenError(EVERYONE_ADMIN_ONLY)
    else:
        ensure_district(staff, data.district, what="地区")
    campaign = start_safety_check(db, data=data, started_by=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="safety.start",
                 detail=f"campaign {campaign.id} district={data.district or '*'} residents={campaign.resident_count}",
                 at=now)
    return campaign


def summary_for(db: Session, staff: Principal, campaign_id: int) -> SafetySummary:
    """The campaign's counts and lists, limited to the districts this staff member sees."""
    if campaign_id not in {c.id for c in visible_campaigns(db, staff)}:
        raise NotFoundError("安否確認が見つかりません。")
    summary = safety_summary(db, campaign_id=campaign_id)
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
