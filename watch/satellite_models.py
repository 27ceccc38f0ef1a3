"""Table of the smart speakers (Wyoming satellites, issue 12): registry, online state and the controller claim.

* A satellite belongs to a resident (its check-ins are spoken there) and to a district (notices); a speaker in a
  community hall has no resident, only a district.
* ``claimed_by`` / ``claim_expires_at``: the one controller process that holds the satellite's connection. A
  process takes a satellite only when the claim is free, expired or already its own (one atomic UPDATE), and
  renews it with each heartbeat; when the process dies the claim expires and another process takes over.
* ``online`` / ``last_heard_at``: set by the owner while the connection lives (the satellite answered or sent
  audio); ``online`` is only trusted while the claim is valid (a dead owner cannot clear it).
* ``spoken_checkin_id`` / ``spoken_ask_count``: the last check-in question played on this satellite, so a
  reconnect or a new owner never plays the same question twice and never skips one.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UtcDateTime, utcnow


class Satellite(Base):
    """One registered speaker."""

    __tablename__ = "watch_satellites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uri: Mapped[str] = mapped_column(String(300), unique=True)  # tcp://host:port of wyoming-satellite
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_residents.id", ondelete="SET NULL"), nullable=True, index=True
    )
    district: Mapped[str] = mapped_column(String(100), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    last_heard_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claim_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True, index=True)
    spoken_checkin_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    spoken_ask_count: Mapped[int] = mapped_column(Integer, default=0)
    offline_alert_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_alerts.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)
