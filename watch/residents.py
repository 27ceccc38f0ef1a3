"""Residents of the watch-over module, their contacts (in escalation order) and quiet periods.

Database functions take keyword-only arguments and leave the transaction to the caller; they raise
``watch.errors`` classes (NotFoundError, InvalidInputError, ConflictError), never a raw database error for bad
input. Devices live in ``watch.devices``, check-ins in ``watch.checkins``, alerts in ``watch.alerts``, history in
``watch.history``, safety confirmations in ``watch.safety``, answer rates in ``watch.queries`` and the CSV import
in ``watch.csv_import``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from storage.base import utcnow
from watch.errors import ConflictError, InvalidInputError, NotFoundError
from watch.history import log_event
from watch.models import CHECKIN_CANCELLED, CHECKIN_ESCALATED, CHECKIN_OPEN, CheckIn, Contact, QuietPeriod, Resident
from watch.schemas import (
    ContactCreate,
    ContactPublic,
    QuietPeriodCreate,
    ResidentCreate,
    ResidentPublic,
    ResidentUpdate,
)

MAX_LIST_LIMIT = 1000


def _days_to_text(days: Sequence[int]) -> str:
    return "".join(str(day) for day in sorted(set(days)))


def resident_public(resident: Resident) -> ResidentPublic:
    """The API view of a resident with its contacts."""
    return ResidentPublic(
        id=resident.id, code=resident.code, name=resident.name, name_kana=resident.name_kana,
        district=resident.district, address=resident.address, birth_year=resident.birth_year,
        channel=resident.channel, phone=resident.phone,
        escalation_profile=resident.escalation_profile,
        checkin_time=resident.checkin_time, checkin_days=[int(c) for c in resident.checkin_days],
        consent_date=resident.consent_date, active=resident.active, note=resident.note,
        contacts=[ContactPublic.model_validate(c) for c in resident.contacts], created_at=resident.created_at,
    )


def get_resident(session: Session, *, resident_id: int) -> Resident:
    """One resident (contacts loaded) or NotFoundError."""
    resident = session.get(Resident, resident_id, options=[selectinload(Resident.contacts)])
    if resident is None:
        raise NotFoundError(detail=f"resident {resident_id} does not exist")
    return resident


def _contacts(contacts: Sequence[ContactCreate]) -> list[Contact]:
    return [
        Contact(position=i, name=c.name, relation=c.relation, relation_label=c.relation_label, email=c.email,
                phone=c.phone)
        for i, c in enumerate(contacts, start=1)
    ]


def create_resident(session: Session, *, data: ResidentCreate, now: datetime | None = None) -> Resident:
    """Insert a resident with contacts (escalation order = list order); ConflictError on a duplicate code."""
    now = now or utcnow()
    resident = Resident(
        code=data.code or None, name=data.name, name_kana=data.name_kana, district=data.district,
        address=data.address, birth_year=data.birth_year, channel=data.channel, phone=data.phone,
        escalation_profile=data.escalation_profile, checkin_time=data.checkin_time,
        checkin_days=_days_to_text(data.checkin_days), consent_date=data.consent_date, active=data.active,
        note=data.note, created_at=now, updated_at=now, contacts=_contacts(data.contacts),
    )
    try:
        with session.begin_nested():
            session.add(resident)
            session.flush()
    except IntegrityError as err:
        raise ConflictError("同じ番号の方がすでに登録されています。",
                            detail=f"a resident with code {data.code!r} already exists") from err
    log_event(session, resident_id=resident.id, kind="enrolled", detail=f"consent {data.consent_date}", at=now)
    return resident


def _cancel_open_checkins(session: Session, *, resident_id: int, start: date | None = None,
                          end: date | None = None) -> None:
    query = update(CheckIn).where(
        CheckIn.resident_id == resident_id, CheckIn.status.in_((CHECKIN_OPEN, CHECKIN_ESCALATED))
    )
    if start is not None and end is not None:
        query = query.where(CheckIn.local_date >= start, CheckIn.local_date <= end)
    session.execute(query.values(status=CHECKIN_CANCELLED, next_action_at=None, delivery_pending=False))


CLEARABLE_FIELDS = ("phone", "escalation_profile")  # None: no phone / the city's default profile


def update_resident(session: Session, *, resident_id: int, data: ResidentUpdate, actor: str = "staff",
                    now: datetime | None = None) -> Resident:
    """Change the given fields (``contacts`` replaces the list); deactivating cancels open check-ins."""
    resident = get_resident(session, resident_id=resident_id)
    changes = data.model_dump(exclude_unset=True, exclude={"contacts"})
    changed: list[str] = []  # only the fields whose value really changes go to the history
    for field, value in changes.items():
        if value is None and field not in CLEARABLE_FIELDS:
            raise InvalidInputError("空にできない項目があります。", detail=f"{field} cannot be empty")
        stored = _days_to_text(value) if field == "checkin_days" else value
        if getattr(resident, field) != stored:
            changed.append(field)
        setattr(resident, field, stored)
    resident.updated_at = now or utcnow()
    if data.contacts is not None:
        set_contacts(session, resident_id=resident_id, contacts=data.contacts)
    if changes.get("active") is False:
        _cancel_open_checkins(session, resident_id=resident_id)
    if data.contacts is not None:
        changed.append("contacts")
    if changed:  # a form sent back unchanged leaves no history line
        log_event(session, resident_id=resident_id, kind="updated", detail=", ".join(sorted(changed)),
                  actor=actor, at=resident.updated_at)
    session.flush()
    return resident


def set_contacts(session: Session, *, resident_id: int, contacts: Sequence[ContactCreate]) -> list[Contact]:
    """Replace the resident's contacts (order = escalation order)."""
    resident = get_resident(session, resident_id=resident_id)
    resident.contacts.clear()
    session.flush()
    resident.contacts.extend(_contacts(contacts))
    session.flush()
    return list(resident.contacts)


def list_residents(
    session: Session, *, districts: Sequence[str] | None = None, active: bool | None = None,
    search: str | None = None, limit: int = 100, offset: int = 0,
) -> list[Resident]:
    """Residents by kana order, filtered by districts (None = all), active flag and a name/kana substring."""
    query = select(Resident).options(selectinload(Resident.contacts))
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    if active is not None:
        query = query.where(Resident.active.is_(active))
    if search:
        pattern = f"%{search}%"
        query = query.where(Resident.name.like(pattern) | Resident.name_kana.like(pattern))
    query = query.order_by(Resident.name_kana, Resident.id).limit(min(limit, MAX_LIST_LIMIT)).offset(offset)
    return list(session.scalars(query))


def count_residents(session: Session, *, districts: Sequence[str] | None = None, active: bool | None = None) -> int:
    """How many residents match the filters."""
    query = select(func.count(Resident.id))
    if districts is not None:
        query = query.where(Resident.district.in_(list(districts)))
    if active is not None:
        query = query.where(Resident.active.is_(active))
    return int(session.scalar(query) or 0)


def add_quiet_period(session: Session, *, resident_id: int, period: QuietPeriodCreate, actor: str = "staff",
                     now: datetime | None = None) -> QuietPeriod:
    """Add days without check-ins; open check-ins inside the period are cancelled."""
    get_resident(session, resident_id=resident_id)
    row = QuietPeriod(resident_id=resident_id, start_date=period.start_date, end_date=period.end_date,
                      reason=period.reason, created_at=now or utcnow())
    session.add(row)
    _cancel_open_checkins(session, resident_id=resident_id, start=period.start_date, end=period.end_date)
    log_event(session, resident_id=resident_id, kind="quiet_added", actor=actor, at=row.created_at,
              detail=f"{period.start_date}..{period.end_date} {period.reason}".strip())
    session.flush()
    return row


def list_quiet_periods(session: Session, *, resident_id: int) -> list[QuietPeriod]:
    """The resident's quiet periods by start date."""
    query = select(QuietPeriod).where(QuietPeriod.resident_id == resident_id).order_by(QuietPeriod.start_date)
    return list(session.scalars(query))


def delete_quiet_period(session: Session, *, period_id: int, actor: str = "staff") -> None:
    """Remove a quiet period (NotFoundError if missing)."""
    row = session.get(QuietPeriod, period_id)
    if row is None:
        raise NotFoundError(detail=f"quiet period {period_id} does not exist")
    log_event(session, resident_id=row.resident_id, kind="quiet_removed", actor=actor,
              detail=f"{row.start_date}..{row.end_date}")
    session.delete(row)
    session.flush()
