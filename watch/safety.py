"""Safety confirmation after a disaster (安否確認): an ad-hoc check-in for a district or everyone.

An answer to a safety confirmation is read in the disaster's context (``safety_reading``, applied by
``watch.answers.record_answer`` whatever the channel: a tablet's typed answer or a speaker's spoken one): 「無事
です」 is safe, 「無事じゃない」 is a call for help, and an event the safety layer found (「けがをした」「ガラスで足を
切った」...) raises the urgent alert at once instead of an unwell one: after a disaster an injured senior cannot
wait for the next day's rounds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from storage.base import utcnow
from watch.checkins import insert_checkins, quiet_on
from watch.classify import Classification
from watch.errors import InvalidInputError, NotFoundError
from watch.models import CHECKIN_ANSWERED, CHECKIN_CANCELLED, KIND_SAFETY, CheckIn, Resident, SafetyCampaign
from watch.safety_schemas import SafetyCampaignPublic, SafetyPerson, SafetyStart, SafetySummary
from watch.settings import WatchSettings
from watch.understanding import normalize

INSERT_CHUNK = 1000
MAX_LIST = 2000
# Normalized text (watch.understanding.normalize: NFKC, hiragana, no spaces).
SAFE_RE = re.compile(r"(?:無事|ぶじ)")
NOT_SAFE_RE = re.compile(r"(?:無事|ぶじ)(?:じゃ|では|でな|でわ)")
SAFE_REPLY = "ありがとうございます。ご無事でなによりです。市からのお知らせに、気をつけてください。"


def safety_reading(classification: Classification, text: str | None) -> Classification:
    """The classification of an answer to a safety confirmation: 「無事です」 -> fine (when nothing else was
    understood), 「無事じゃない」 -> help, an event of the safety layer (injury, damage...) -> help; a button, a plain
    「具合が悪い」 and everything else unchanged."""
    if classification.source == "button" or not text:
        return classification
    norm = normalize(text)
    if classification.outcome != "help" and (NOT_SAFE_RE.search(norm) or classification.safety_net):
        return replace(classification, outcome="help", safety_net=True, said_no=False, call_relation=None)
    if classification.outcome == "unclear" and SAFE_RE.search(norm) and not classification.call_relation:
        return replace(classification, outcome="fine", said_no=False)
    return classification


def safety_reply(outcome: str, reply: str) -> str:
    """The reply to a safety answer: a safe answer is thanked for being safe (not for being well today)."""
    return SAFE_REPLY if outcome == "fine" else reply


def start_safety_check(session: Session, *, data: SafetyStart, started_by: str, now: datetime | None = None,
                       settings: WatchSettings | None = None) -> SafetyCampaignPublic:
    """Ask every active resident of ``data.district`` (None = all) now; quiet-period residents count as away."""
    settings = settings or WatchSettings()
    now = now or utcnow()
    if not started_by.strip():
        raise InvalidInputError("安否確認を始める人の名前が必要です。",
                                detail="who starts the safety confirmation must be given")
    today = now.astimezone(settings.runtime.tz).date()
    scope = select(Resident.id).where(Resident.active.is_(True))
    if data.district:
        scope = scope.where(Resident.district == data.district)
    asked = list(session.scalars(scope.where(~quiet_on(today)).order_by(Resident.id)))
    away = int(session.scalar(select(func.count()).select_from(scope.where(quiet_on(today)).subquery())) or 0)
    if not asked and not away:
        raise InvalidInputError("対象の地区に、見守り中の方がいません。",
                                detail=f"no active resident in district {data.district!r}" if data.district
                                else "no active resident is enrolled")
    campaign = SafetyCampaign(message=data.message, district=data.district or None, local_date=today, started_at=now,
                              started_by=started_by.strip()[:100], resident_count=len(asked), away_count=away)
    session.add(campaign)
    session.flush()
    for start in range(0, len(asked), INSERT_CHUNK):
        insert_checkins(
            session, resident_ids=asked[start:start + INSERT_CHUNK], local_date=today, slot=f"safety:{campaign.id}",
            kind=KIND_SAFETY, message=data.message, now=now, reask_minutes=settings.reask_minutes,
            campaign_id=campaign.id,
        )
    return SafetyCampaignPublic.model_validate(campaign)


def list_safety_campaigns(session: Session, *, limit: int = 50) -> list[SafetyCampaignPublic]:
    """Campaigns, newest first."""
    rows = session.scalars(select(SafetyCampaign).order_by(SafetyCampaign.id.desc()).limit(min(limit, 500)))
    return [SafetyCampaignPublic.model_validate(row) for row in rows]


def _people(session: Session, campaign_id: int, condition: object, limit: int) -> list[SafetyPerson]:
    query = (
        select(CheckIn, Resident)
        .join(Resident, Resident.id == CheckIn.resident_id)
        .where(CheckIn.campaign_id == campaign_id, condition)  # type: ignore[arg-type]
        .order_by(Resident.district, Resident.name_kana)
        .limit(limit)
    )
    return [
        SafetyPerson(resident_id=r.id, name=r.name, district=r.district, address=r.address,
                     answered_at=c.answered_at, answer_text=c.answer_text)
        for c, r in session.execute(query)
    ]


def safety_summary(session: Session, *, campaign_id: int, list_limit: int = 500) -> SafetySummary:
    """Counts of safe / needs help / not answered / away, and the two lists staff act on (needs help first)."""
    campaign = session.get(SafetyCampaign, campaign_id)
    if campaign is None:
        raise NotFoundError(detail=f"safety campaign {campaign_id} does not exist")
    answered = CheckIn.status == CHECKIN_ANSWERED
    safe = func.sum(case((answered & (CheckIn.outcome == "fine"), 1), else_=0))
    help_ = func.sum(case((answered & CheckIn.outcome.in_(("unwell", "help")), 1), else_=0))
    silent = func.sum(case((CheckIn.status.not_in((CHECKIN_ANSWERED, CHECKIN_CANCELLED)), 1), else_=0))
    cancelled = func.sum(case((CheckIn.status == CHECKIN_CANCELLED, 1), else_=0))
    row = session.execute(
        select(safe, help_, silent, cancelled, func.count(CheckIn.id)).where(CheckIn.campaign_id == campaign_id)
    ).one()
    limit = min(list_limit, MAX_LIST)
    needs_help_list = _people(session, campaign_id, answered & CheckIn.outcome.in_(("unwell", "help")), limit)
    silent_list = _people(session, campaign_id, CheckIn.status.not_in((CHECKIN_ANSWERED, CHECKIN_CANCELLED)), limit)
    away = campaign.away_count + int(row[3] or 0)
    return SafetySummary(
        campaign=SafetyCampaignPublic.model_validate(campaign), safe=int(row[0] or 0), needs_help=int(row[1] or 0),
        not_answered=int(row[2] or 0), away=away, total=int(row[4] or 0) + campaign.away_count,
        needs_help_list=needs_help_list, not_answered_list=silent_list,
    )
