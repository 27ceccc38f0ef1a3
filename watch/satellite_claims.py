"""Which controller process holds which satellite: a lease row renewed by heartbeat.

``claim_satellites`` is one atomic UPDATE per candidate batch: ``WHERE enabled AND (free OR expired OR mine)``.
PostgreSQL re-checks that condition on the row it locked (READ COMMITTED), SQLite runs one writer at a time, so
two processes never both hold one satellite; when a process dies its leases expire and the next claim of
another process takes them over. Every write about a connection (heard, offline, spoken check-in) is guarded
by ``claimed_by = owner``, so a process that lost its lease changes nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.orm import Session

from watch.models import Resident
from watch.satellite_models import Satellite


@dataclass(frozen=True)
class Claimed:
    """A satellite this process holds: where it is and whom it serves."""

    id: int
    uri: str
    resident_id: int | None
    district: str
    spoken_checkin_id: int | None
    spoken_ask_count: int


def _claimable(owner: str, now: datetime) -> object:
    return and_(Satellite.enabled.is_(True),
                or_(Satellite.claimed_by.is_(None), Satellite.claim_expires_at.is_(None),
                    Satellite.claim_expires_at <= now, Satellite.claimed_by == owner))


def claim_satellites(session: Session, *, owner: str, now: datetime, lease_s: float, limit: int) -> list[Claimed]:
    """Renew this process's claims and take free or expired ones, up to ``limit`` in all; returns what it holds."""
    until = now + timedelta(seconds=lease_s)
    session.execute(update(Satellite).where(Satellite.claimed_by == owner, Satellite.enabled.is_(True))
                    .values(claim_expires_at=until))
    session.execute(update(Satellite).where(Satellite.claimed_by == owner, Satellite.enabled.is_(False))
                    .values(claimed_by=None, claim_expires_at=None, online=False))
    held = session.scalar(select(Satellite.id).where(Satellite.claimed_by == owner).limit(1)) is not None
    room = limit - (len(session.scalars(select(Satellite.id).where(Satellite.claimed_by == owner)).all())
                    if held else 0)
    if room > 0:
        candidates = session.scalars(select(Satellite.id).where(_claimable(owner, now),  # type: ignore[arg-type]
                                                                or_(Satellite.claimed_by.is_(None),
                                                                    Satellite.claimed_by != owner))
                                     .order_by(Satellite.id).limit(room)).all()
        if candidates:
            session.execute(update(Satellite)
                            .where(Satellite.id.in_(candidates), _claimable(owner, now))  # type: ignore[arg-type]
                            .values(claimed_by=owner, claim_expires_at=until, online=False)
                            .execution_options(synchronize_session=False))
    rows = session.execute(select(Satellite.id, Satellite.uri, Satellite.resident_id, Satellite.district,
                                  Satellite.spoken_checkin_id, Satellite.spoken_ask_count)
                           .where(Satellite.claimed_by == owner).order_by(Satellite.id)).all()
    return [Claimed(int(r[0]), str(r[1]), r[2], str(r[3]), r[4], int(r[5])) for r in rows]


def release_all(session: Session, *, owner: str) -> int:
    """Give every claim of this process back (clean shutdown): another process may take them at once."""
    result = session.execute(update(Satellite).where(Satellite.claimed_by == owner)
                             .values(claimed_by=None, claim_expires_at=None, online=False))
    return int(getattr(result, "rowcount", 0))


def mark_heard(session: Session, *, owner: str, satellite_ids: Collection[int], now: datetime) -> int:
    """These satellites (held here) answered or sent audio: online, heard now."""
    if not satellite_ids:
        return 0
    result = session.execute(update(Satellite)
                             .where(Satellite.id.in_(list(satellite_ids)), Satellite.claimed_by == owner)
                             .values(online=True, last_heard_at=now)
                             .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0))


def mark_offline(session: Session, *, owner: str, satellite_ids: Collection[int]) -> int:
    """The connection to these satellites (held here) is down."""
    if not satellite_ids:
        return 0
    result = session.execute(update(Satellite)
                             .where(Satellite.id.in_(list(satellite_ids)), Satellite.claimed_by == owner)
                             .values(online=False)
                             .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0))


def mark_spoken(session: Session, *, owner: str, satellite_id: int, checkin_id: int, ask_count: int) -> bool:
    """Record that this question (this ask) was played here; False when the claim was lost meanwhile."""
    result = session.execute(update(Satellite)
                             .where(Satellite.id == satellite_id, Satellite.claimed_by == owner)
                             .values(spoken_checkin_id=checkin_id, spoken_ask_count=ask_count)
                             .execution_options(synchronize_session=False))
    return int(getattr(result, "rowcount", 0)) == 1


def residents_of(session: Session, *, resident_ids: Collection[int]) -> dict[int, Resident]:
    """The residents of held satellites (names for the spoken greeting)."""
    if not resident_ids:
        return {}
    rows = session.scalars(select(Resident).where(Resident.id.in_(list(resident_ids))))
    return {row.id: row for row in rows}
