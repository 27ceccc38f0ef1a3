"""Disaster and safety notices (防災のお知らせ): writing and ending them, which are active for which district, and
the per-device delivery log (tablets: pushed by the gateway, ``watch.notices_hub``; speakers:
``watch.notices_speakers``)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, select, true
from sqlalchemy.orm import Session, selectinload

from watch.errors import ConflictError, InvalidInputError, NotFoundError
from watch.models import Device, Resident
from watch.notices_models import (
    DELIVERY_ACKNOWLEDGED,
    DELIVERY_DELIVERED,
    DELIVERY_FAILED,
    DEVICE_TABLET,
    LEVEL_LABELS,
    LEVELS,
    Notice,
    NoticeDelivery,
    NoticeDistrict,
)
from watch.notices_schemas import DeliveryLog, DeliveryRow, NoticeCreate, NoticePublic, NoticeRecord
from watch.satellite_models import Satellite
from watch.settings import WatchSettings

EXPIRED = "終了日時が過ぎています。これから先の日時を指定してください。"
TOO_LONG = "終了日時は{hours}時間以内にしてください。長く続くときは、あらためてお知らせを出してください。"
MAX_LIST = 500
MAX_LOG_ROWS = 5000
LEVEL_ORDER = {level: rank for rank, level in enumerate(LEVELS)}  # most urgent first


def _districts(notice: Notice) -> list[str]:
    return [d.district for d in notice.districts]


def public(notice: Notice) -> NoticePublic:
    """The citizen and tablet view of a notice."""
    return NoticePublic(
        id=notice.id, level=notice.level, level_label=LEVEL_LABELS[notice.level],
        title=notice.title, text=notice.text, all_districts=notice.all_districts, districts=_districts(notice),
        created_at=notice.created_at, expires_at=notice.expires_at,
    )


def record(notice: Notice, now: datetime) -> NoticeRecord:
    """The staff view of a notice."""
    active = notice.ended_at is None and notice.expires_at > now
    return NoticeRecord(**public(notice).model_dump(), created_by=notice.created_by, ended_at=notice.ended_at,
                        ended_by=notice.ended_by, active=active)


def spoken_text(notice: NoticePublic) -> str:
    """What a speaker says (the tablet page says the same): the level, the title, then the text."""
    return f"{notice.level_label}のお知らせです。{notice.title}。{notice.text}"


def concerns(notice: NoticePublic, district: str) -> bool:
    """True when the notice is for ``district``."""
    return notice.all_districts or district in notice.districts


def create_notice(session: Session, *, data: NoticeCreate, created_by: str, now: datetime,
                  settings: WatchSettings) -> NoticeRecord:
    """Write a notice (InvalidInputError: expiry in the past or too far ahead, no author)."""
    if not created_by.strip():
        raise InvalidInputError("お知らせを出す人の名前が必要です。", detail="created_by is blank")
    if data.expires_at <= now:
        raise InvalidInputError(EXPIRED, detail=f"expires_at {data.expires_at.isoformat()} is not after now")
    if data.expires_at > now + timedelta(hours=settings.notice_max_hours):
        raise InvalidInputError(TOO_LONG.format(hours=settings.notice_max_hours),
                                detail=f"expires_at more than {settings.notice_max_hours} h ahead")
    notice = Notice(level=data.level, title=data.title, text=data.text, all_districts=data.all_districts,
                    created_at=now, created_by=created_by.strip()[:100], expires_at=data.expires_at,
                    districts=[NoticeDistrict(district=d) for d in sorted(data.districts)])
    session.add(notice)
    session.flush()
    return record(notice, now)


def _load(session: Session, notice_id: int) -> Notice:
    notice = session.get(Notice, notice_id, options=[selectinload(Notice.districts)])
    if notice is None:
        raise NotFoundError("お知らせが見つかりません。", detail=f"notice {notice_id} does not exist")
    return notice


def get_notice(session: Session, *, notice_id: int, now: datetime) -> NoticeRecord:
    """One notice (NotFoundError)."""
    return record(_load(session, notice_id), now)


def end_notice(session: Session, *, notice_id: int, ended_by: str, now: datetime) -> NoticeRecord:
    """End a notice before its expiry (tablets drop the banner at their next poll); ConflictError when over."""
    notice = _load(session, notice_id)
    if notice.ended_at is not None or notice.expires_at <= now:
        raise ConflictError("このお知らせは、すでに終了しています。", detail=f"notice {notice_id} is not active")
    notice.ended_at, notice.ended_by = now, ended_by.strip()[:100]
    session.flush()
    return record(notice, now)


def _for_districts(districts: Collection[str] | None) -> ColumnElement[bool]:
    if districts is None:
        return true()
    return or_(Notice.all_districts.is_(True),
               Notice.id.in_(select(NoticeDistrict.notice_id).where(NoticeDistrict.district.in_(list(districts)))))


def list_notices(session: Session, *, now: datetime, districts: Collection[str] | None = None,
                 limit: int = 100) -> list[NoticeRecord]:
    """Notices, newest first; ``districts``: only those for one of them or for all (None: every notice)."""
    query = (select(Notice).options(selectinload(Notice.districts)).where(_for_districts(districts))
             .order_by(Notice.id.desc()).limit(min(limit, MAX_LIST)))
    return [record(n, now) for n in session.scalars(query)]


def active_notices(session: Session, *, now: datetime) -> list[NoticePublic]:
    """Notices not ended and not expired, most urgent level first, then newest."""
    query = (select(Notice).options(selectinload(Notice.districts))
             .where(Notice.ended_at.is_(None), Notice.expires_at > now).limit(MAX_LIST))
    notices = [public(n) for n in session.scalars(query)]
    return sorted(notices, key=lambda n: (LEVEL_ORDER[n.level], -n.id))


def resident_districts(session: Session, *, resident_ids: Collection[int]) -> dict[int, str]:
    """Resident id -> district (for the connected tablets)."""
    if not resident_ids:
        return {}
    rows = session.execute(select(Resident.id, Resident.district).where(Resident.id.in_(list(resident_ids))))
    return {int(rid): str(district) for rid, district in rows}


def tablet_rows(session: Session, *, notice_ids: Collection[int],
                device_ids: Collection[str]) -> dict[tuple[int, str], NoticeDelivery]:
    """Existing tablet delivery rows of these notices and devices."""
    if not notice_ids or not device_ids:
        return {}
    rows = session.scalars(select(NoticeDelivery).where(
        NoticeDelivery.device_kind == DEVICE_TABLET, NoticeDelivery.notice_id.in_(list(notice_ids)),
        NoticeDelivery.device_id.in_(list(device_ids))))
    return {(row.notice_id, row.device_id): row for row in rows}


@dataclass(frozen=True)
class TabletPush:
    """One notice pushed (``ok``) or not (the socket failed) to one tablet."""

    notice_id: int
    device_id: str
    resident_id: int
    district: str
    ok: bool
    error: str = ""


def record_tablet_pushes(session: Session, *, pushes: Iterable[TabletPush], now: datetime) -> int:
    """Log pushes: attempts + 1, delivered (or failed when never delivered); an acknowledged row stays so."""
    items = list(pushes)
    existing = tablet_rows(session, notice_ids={p.notice_id for p in items}, device_ids={p.device_id for p in items})
    for push in items:
        row = existing.get((push.notice_id, push.device_id))
        if row is None:
            row = NoticeDelivery(notice_id=push.notice_id, device_kind=DEVICE_TABLET, device_id=push.device_id,
                                 resident_id=push.resident_id, district=push.district, status=DELIVERY_FAILED,
                                 attempts=0, plays=0)
            session.add(row)
            existing[(push.notice_id, push.device_id)] = row
        row.attempts += 1
        row.last_attempt_at = now
        if push.ok:
            row.plays += 1
            row.first_delivered_at = row.first_delivered_at or now
            row.last_error = None
            if row.status != DELIVERY_ACKNOWLEDGED:
                row.status = DELIVERY_DELIVERED
        else:
            row.last_error = push.error[:500] or "送信できませんでした"
    session.flush()
    return len(items)


def acknowledge(session: Session, *, notice_id: int, device_id: str, resident_id: int, now: datetime) -> NoticePublic:
    """A tablet's 「聞きました」: the notice is not repeated on it any more (NotFoundError: no such active notice for
    the device's district)."""
    notice = session.get(Notice, notice_id, options=[selectinload(Notice.districts)])
    district = resident_districts(session, resident_ids=[resident_id]).get(resident_id, "")
    active = notice is not None and notice.ended_at is None and notice.expires_at > now
    if notice is None or not active or not concerns(public(notice), district):
        raise NotFoundError(detail=f"notice {notice_id} is not active for device {device_id}")
    row = tablet_rows(session, notice_ids=[notice_id], device_ids=[device_id]).get((notice_id, device_id))
    if row is None:
        row = NoticeDelivery(notice_id=notice_id, device_kind=DEVICE_TABLET, device_id=device_id,
                             resident_id=resident_id, district=district, attempts=0, plays=0)
        session.add(row)
    if row.status != DELIVERY_ACKNOWLEDGED:
        row.status, row.acknowledged_at = DELIVERY_ACKNOWLEDGED, now
    session.flush()
    return public(notice)


def delivery_log(session: Session, *, notice_id: int, now: datetime,
                 districts: Collection[str] | None = None) -> DeliveryLog:
    """Every delivery row of a notice, plus the active tablets and enabled speakers of its districts that have not
    received it (``not_yet``); ``districts``: only rows of these districts (a staff member's), None: all."""
    notice = record(_load(session, notice_id), now)
    query = (select(NoticeDelivery, Resident.name).outerjoin(Resident, Resident.id == NoticeDelivery.resident_id)
             .where(NoticeDelivery.notice_id == notice_id)
             .order_by(NoticeDelivery.district, NoticeDelivery.device_kind, NoticeDelivery.device_id)
             .limit(MAX_LOG_ROWS))
    rows = [
        DeliveryRow(device_kind=d.device_kind, device_id=d.device_id, resident_id=d.resident_id,
                    resident_name=name, district=d.district, status=d.status, attempts=d.attempts,
                    plays=d.plays, first_delivered_at=d.first_delivered_at, last_attempt_at=d.last_attempt_at,
                    acknowledged_at=d.acknowledged_at, last_error=d.last_error)
        for d, name in session.execute(query)
    ]
    reached = {(r.device_kind, r.device_id) for r in rows}
    tablets = (select(Device.device_id, Resident.id, Resident.name, Resident.district)
               .join(Resident, Resident.id == Device.resident_id)
               .where(Device.revoked_at.is_(None), Resident.active.is_(True))
               .order_by(Resident.district, Device.device_id).limit(MAX_LOG_ROWS))
    if not notice.all_districts:
        tablets = tablets.where(Resident.district.in_(notice.districts))
    speakers = (select(Satellite.id, Resident.id, Resident.name, Satellite.district)
                .outerjoin(Resident, Resident.id == Satellite.resident_id)
                .where(Satellite.enabled.is_(True)).order_by(Satellite.district, Satellite.id).limit(MAX_LOG_ROWS))
    if not notice.all_districts:
        speakers = speakers.where(Satellite.district.in_(notice.districts))
    missing = [("tablet", str(d), r, n, district) for d, r, n, district in session.execute(tablets)]
    missing += [("speaker", str(s), r, n, district) for s, r, n, district in session.execute(speakers)]
    for kind, device_id, rid, name, district in missing:
        if (kind, device_id) not in reached:
            rows.append(DeliveryRow(device_kind=kind, device_id=device_id, resident_id=rid,
                                    resident_name=name, district=district, status="not_yet", attempts=0, plays=0,
                                    first_delivered_at=None, last_attempt_at=None, acknowledged_at=None,
                                    last_error=None))
    if districts is not None:
        rows = [r for r in rows if r.district in districts]
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    return DeliveryLog(notice=notice, rows=rows, counts=counts)
