"""The satellite registry: add, list, change, disable, remove (dashboard and CLI), and what staff see.

``online`` shown to staff is the stored flag combined with a valid claim: a controller that died cannot clear
the flag, but its claim expires, so the speaker shows offline within ``VOICE_SATELLITE_CLAIM_S``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.base import utcnow
from watch.history import log_event
from watch.models import Resident
from watch.satellite_errors import SatelliteInvalidError, SatelliteNotFoundError
from watch.satellite_models import Satellite
from watch.satellite_schemas import SatelliteCreate, SatellitePublic, SatelliteUpdate

URI_TAKEN = "このアドレスのスピーカーはすでに登録されています。"
NO_DISTRICT = "地区を入力するか、利用者を選んでください。"
NO_RESIDENT = "利用者が見つかりませんでした。番号を確かめてください。"


def is_online(satellite: Satellite, now: datetime) -> bool:
    """Online as staff see it: flagged by a controller whose claim is still valid."""
    expires = satellite.claim_expires_at
    return bool(satellite.online and satellite.enabled and expires is not None and expires > now)


def satellite_public(satellite: Satellite, resident: Resident | None, now: datetime) -> SatellitePublic:
    """The staff view of one row."""
    public = SatellitePublic.model_validate(satellite)
    return public.model_copy(update={"online": is_online(satellite, now),
                                     "resident_name": resident.name if resident else None})


def _resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise SatelliteNotFoundError(NO_RESIDENT, detail=f"resident {resident_id} does not exist")
    return resident


def _uri_free(session: Session, uri: str, *, except_id: int | None = None) -> None:
    other = session.scalar(select(Satellite.id).where(Satellite.uri == uri))
    if other is not None and other != except_id:
        raise SatelliteInvalidError(URI_TAKEN, detail=f"{uri} is satellite {other}")


def add_satellite(session: Session, *, data: SatelliteCreate, by: str, now: datetime | None = None) -> SatellitePublic:
    """Register a speaker (enabled, offline until a controller connects)."""
    now = now or utcnow()
    resident = _resident(session, data.resident_id) if data.resident_id is not None else None
    district = (data.district or "").strip() or (resident.district if resident else "")
    if not district:
        raise SatelliteInvalidError(NO_DISTRICT, detail="a satellite needs a district or a resident")
    _uri_free(session, data.uri)
    satellite = Satellite(uri=data.uri, resident_id=data.resident_id, district=district, label=data.label,
                          enabled=True, online=False, spoken_ask_count=0, created_at=now, updated_at=now)
    session.add(satellite)
    try:
        session.flush()
    except IntegrityError as err:  # the same URI added by someone else a moment ago
        raise SatelliteInvalidError(URI_TAKEN, detail=f"{data.uri} registered concurrently") from err
    if resident is not None:
        log_event(session, resident_id=resident.id, kind="satellite_added", actor=by, at=now,
                  detail=f"スピーカー {satellite.id}（{data.uri}）を登録しました")
    return satellite_public(satellite, resident, now)


def get_satellite(session: Session, *, satellite_id: int) -> Satellite:
    """One row or SatelliteNotFoundError."""
    satellite = session.get(Satellite, satellite_id)
    if satellite is None:
        raise SatelliteNotFoundError(detail=f"satellite {satellite_id} does not exist")
    return satellite


def update_satellite(session: Session, *, satellite_id: int, data: SatelliteUpdate, by: str,
                     now: datetime | None = None) -> SatellitePublic:
    """Change a speaker; disabling releases its claim (the owner hangs up at its next heartbeat)."""
    now = now or utcnow()
    satellite = get_satellite(session, satellite_id=satellite_id)
    if data.uri is not None and data.uri != satellite.uri:
        _uri_free(session, data.uri, except_id=satellite.id)
        satellite.uri = data.uri
    if data.clear_resident:
        satellite.resident_id = None
    elif data.resident_id is not None:
        satellite.resident_id = _resident(session, data.resident_id).id
    if data.district is not None:
        satellite.district = data.district
    if data.label is not None:
        satellite.label = data.label
    if data.enabled is not None and data.enabled != satellite.enabled:
        satellite.enabled = data.enabled
        if not data.enabled:
            satellite.online = False
            satellite.claimed_by = None
            satellite.claim_expires_at = None
    satellite.updated_at = now
    session.flush()
    resident = session.get(Resident, satellite.resident_id) if satellite.resident_id else None
    if resident is not None:
        log_event(session, resident_id=resident.id, kind="satellite_changed", actor=by, at=now,
                  detail=f"スピーカー {satellite.id} の設定を変更しました"
                  + ("" if satellite.enabled else "（停止中）"))
    return satellite_public(satellite, resident, now)


def remove_satellite(session: Session, *, satellite_id: int, by: str, now: datetime | None = None) -> None:
    """Delete a speaker's registration for good."""
    satellite = get_satellite(session, satellite_id=satellite_id)
    if satellite.resident_id is not None:
        log_event(session, resident_id=satellite.resident_id, kind="satellite_removed", actor=by,
                  at=now or utcnow(), detail=f"スピーカー {satellite.id}（{satellite.uri}）を削除しました")
    session.delete(satellite)
    session.flush()


def list_satellites(session: Session, *, now: datetime | None = None, districts: Sequence[str] | None = None,
                    resident_ids: Collection[int] | None = None) -> list[SatellitePublic]:
    """Every speaker (of these districts / residents), ordered by district and id."""
    now = now or utcnow()
    query = select(Satellite, Resident).outerjoin(Resident, Resident.id == Satellite.resident_id)
    if districts is not None:
        query = query.where(Satellite.district.in_(list(districts)))
    if resident_ids is not None:
        query = query.where(Satellite.resident_id.in_(list(resident_ids)))
    rows = session.execute(query.order_by(Satellite.district, Satellite.id)).all()
    return [satellite_public(satellite, resident, now) for satellite, resident in rows]


def speaker_states(session: Session, *, now: datetime, districts: Sequence[str] | None = None,
                   ) -> dict[int, tuple[bool, datetime | None]]:
    """resident id -> (any enabled speaker online, latest last-heard) for the board's resident rows."""
    query = select(Satellite).where(Satellite.enabled.is_(True), Satellite.resident_id.is_not(None))
    if districts is not None:
        query = query.join(Resident, Resident.id == Satellite.resident_id).where(Resident.district.in_(list(districts)))
    states: dict[int, tuple[bool, datetime | None]] = {}
    for satellite in session.scalars(query):
        resident_id = int(satellite.resident_id or 0)
        online, heard = states.get(resident_id, (False, None))
        latest = max((t for t in (heard, satellite.last_heard_at) if t is not None), default=None)
        states[resident_id] = (online or is_online(satellite, now), latest)
    return states
