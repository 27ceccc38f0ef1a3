"""View logic of disaster notices (防災のお知らせ): who may write and end which notice, the form, the delivery log, and
a safety confirmation (安否確認) started from a notice for its districts. Every change and every view of the
delivery log (it names residents) is written to the audit log."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from core.settings import RuntimeSettings
from core.validation import message_for
from staff import audit, safety
from staff.auth import Principal
from staff.authz import district_filter, is_admin
from staff.deps import actor_name
from staff.errors import ForbiddenError, InvalidInputError, NotFoundError
from staff.overview import districts_of
from watch.errors import InvalidInputError as WatchInvalidInputError
from watch.notices import create_notice, delivery_log, end_notice, get_notice, list_notices
from watch.notices_models import LEVEL_LABELS
from watch.notices_schemas import DeliveryLog, NoticeCreate, NoticeRecord
from watch.safety_schemas import SafetyCampaignPublic, SafetyStart
from watch.settings import WatchSettings

EVERYONE_ADMIN_ONLY = "全地区へのお知らせは管理者だけが出せます。"
NOT_YOUR_DISTRICT = "担当していない地区には出せません: {districts}"
UNKNOWN_DISTRICT = "登録されていない地区です: {districts}"
NOT_FOUND = "お知らせが見つかりません。"
SAFETY_MESSAGE = "{title}が出ています。ご無事ですか？"
FIELD_LABELS = {"level": "種類", "title": "見出し", "text": "本文", "districts": "対象の地区",
                "all_districts": "全地区", "expires_at": "終了日時"}
STATUS_LABELS = {"delivered": "届きました", "acknowledged": "聞きました(確認済み)", "failed": "届いていません(失敗)",
                 "pending": "これから再生", "not_yet": "未配信(端末がつながっていません)"}
DEVICE_LABELS = {"tablet": "タブレット", "speaker": "スピーカー"}


def problems_of(err: ValidationError) -> list[str]:
    """One Japanese line per broken field."""
    lines = []
    for item in err.errors():
        parts = [p for p in item["loc"] if p != "body"]
        name = FIELD_LABELS.get(str(parts[0]), str(parts[0])) if parts else "対象の地区"
        lines.append(f"{name}: {message_for(item)}")
    return lines


def parse_form(form: Mapping[str, Any], runtime: RuntimeSettings, districts: list[str]) -> NoticeCreate:
    """NoticeCreate from the form (``expires_at`` as the city's local time of a datetime-local field)."""
    raw_expiry = str(form.get("expires_at", "")).strip()
    expiry: object = raw_expiry
    try:
        parsed = datetime.fromisoformat(raw_expiry) if raw_expiry else None
    except ValueError:
        parsed = None
    if parsed is not None:
        expiry = parsed if parsed.tzinfo else parsed.replace(tzinfo=runtime.tz)
    elif not raw_expiry:
        expiry = None
    data: dict[str, Any] = {
        "level": str(form.get("level", "")).strip(), "title": str(form.get("title", "")),
        "text": str(form.get("text", "")), "all_districts": str(form.get("all_districts", "")) in ("1", "on", "true"),
        "districts": districts, "expires_at": expiry,
    }
    if data["expires_at"] is None:
        del data["expires_at"]
    return NoticeCreate.model_validate(data)


def _check_scope(db: Session, staff: Principal, runtime: RuntimeSettings, data: NoticeCreate | NoticeRecord) -> None:
    if data.all_districts:
        if not is_admin(staff.role):
            raise ForbiddenError(EVERYONE_ADMIN_ONLY)
        return
    allowed = set(districts_of(db, staff, runtime))
    outside = [d for d in data.districts if d not in allowed]
    if outside:
        message = UNKNOWN_DISTRICT if is_admin(staff.role) else NOT_YOUR_DISTRICT
        raise InvalidInputError(message.format(districts="、".join(outside)),
                                detail=f"districts outside the member's scope: {outside}")


def visible_notices(db: Session, staff: Principal, now: datetime) -> list[NoticeRecord]:
    """Notices for everyone or for a district this staff member sees, newest first."""
    return list_notices(db, now=now, districts=district_filter(role=staff.role, districts=staff.districts))


def visible_notice(db: Session, staff: Principal, notice_id: int, now: datetime) -> NoticeRecord:
    """One notice this member may see (NotFoundError otherwise)."""
    notice = get_notice(db, notice_id=notice_id, now=now)
    limit = district_filter(role=staff.role, districts=staff.districts)
    if limit is not None and not notice.all_districts and not set(notice.districts) & set(limit):
        raise NotFoundError(NOT_FOUND)
    return notice


def issue(db: Session, staff: Principal, data: NoticeCreate, *, now: datetime, runtime: RuntimeSettings,
          settings: WatchSettings) -> NoticeRecord:
    """Write a notice (staff: their districts; admins: any district or all) and audit it."""
    _check_scope(db, staff, runtime, data)
    notice = create_notice(db, data=data, created_by=actor_name(staff), now=now, settings=settings)
    audit.record(db, actor=staff, action="notice.create", at=now,
                 detail=f"notice {notice.id} level={notice.level} districts={','.join(notice.districts) or '*'}")
    return notice


def end(db: Session, staff: Principal, notice_id: int, *, now: datetime, runtime: RuntimeSettings) -> NoticeRecord:
    """End a notice early (only who could have written it) and audit it."""
    _check_scope(db, staff, runtime, visible_notice(db, staff, notice_id, now))
    notice = end_notice(db, notice_id=notice_id, ended_by=actor_name(staff), now=now)
    audit.record(db, actor=staff, action="notice.end", detail=f"notice {notice_id}", at=now)
    return notice


def log_for(db: Session, staff: Principal, notice_id: int, now: datetime, *, audited: bool = True) -> DeliveryLog:
    """The delivery log within this member's districts (audited: it names residents; ``audited=False`` only for
    the live refreshes of a page whose opening was audited)."""
    visible_notice(db, staff, notice_id, now)
    result = delivery_log(db, notice_id=notice_id, now=now,
                          districts=district_filter(role=staff.role, districts=staff.districts))
    if audited:
        audit.record(db, actor=staff, action="notice.view", detail=f"notice {notice_id}", at=now)
    return result


def safety_campaigns(db: Session, staff: Principal, notice: NoticeRecord) -> list[SafetyCampaignPublic]:
    """Safety confirmations started for the notice's districts since it was written."""
    return [c for c in safety.visible_campaigns(db, staff)
            if c.started_at >= notice.created_at
            and (notice.all_districts or c.district is None or c.district in notice.districts)]


def start_safety(db: Session, staff: Principal, notice_id: int, *, message: str, now: datetime,
                 runtime: RuntimeSettings) -> list[SafetyCampaignPublic]:
    """Start a safety confirmation for each district of the notice (one for everyone for an all-district notice;
    districts without enrolled residents are skipped)."""
    notice = visible_notice(db, staff, notice_id, now)
    if notice.all_districts:
        targets: list[str | None] = [None]
    else:
        limit = district_filter(role=staff.role, districts=staff.districts)
        targets = [d for d in notice.districts if limit is None or d in limit]
    started, skipped = [], []
    for district in targets:
        try:
            data = SafetyStart(message=message, district=district)
        except ValidationError as err:
            raise InvalidInputError(problems=problems_of(err)) from err
        try:
            with db.begin_nested():
                started.append(safety.start(db, staff, data, now))
        except WatchInvalidInputError as err:
            skipped.append(err)
    if not started:
        raise skipped[0] if skipped else NotFoundError(NOT_FOUND)
    return started


def default_safety_message(notice: NoticeRecord) -> str:
    """The question residents get when a safety confirmation is started from a notice."""
    return SAFETY_MESSAGE.format(title=notice.title)[:200]


LEVEL_CHOICES = list(LEVEL_LABELS.items())
