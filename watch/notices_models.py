"""Tables of disaster and safety notices (防災のお知らせ): the notice, its districts, and one delivery row per device.

* ``Notice``: written by staff for some districts (``all_districts`` or rows in ``watch_notice_districts``); shown and
  spoken until ``expires_at`` or until staff end it (``ended_at``).
* ``NoticeDelivery``: one row per notice and device (``device_kind`` tablet or speaker). ``status``: ``delivered``
  (shown or played at least once), ``acknowledged`` (a tablet's 「聞きました」), ``failed`` (every try so far
  failed; ``last_error``). ``attempts`` counts pushes/plays; speakers are played ``WATCH_NOTICE_SPEAKER_REPEATS``
  times, ``next_attempt_at`` apart.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.base import Base, UtcDateTime, utcnow

LEVEL_EMERGENCY = "emergency"  # 緊急安全確保 (警戒レベル5)
LEVEL_EVACUATE = "evacuate"  # 避難指示 (警戒レベル4)
LEVEL_ELDERLY = "elderly"  # 高齢者等避難 (警戒レベル3)
LEVEL_CAUTION = "caution"  # 注意
LEVEL_INFO = "info"  # お知らせ
LEVELS = (LEVEL_EMERGENCY, LEVEL_EVACUATE, LEVEL_ELDERLY, LEVEL_CAUTION, LEVEL_INFO)
LEVEL_LABELS = {
    LEVEL_EMERGENCY: "緊急安全確保", LEVEL_EVACUATE: "避難指示", LEVEL_ELDERLY: "高齢者等避難",
    LEVEL_CAUTION: "注意", LEVEL_INFO: "お知らせ",
}

DEVICE_TABLET = "tablet"
DEVICE_SPEAKER = "speaker"
DELIVERY_DELIVERED = "delivered"
DELIVERY_ACKNOWLEDGED = "acknowledged"
DELIVERY_FAILED = "failed"


class Notice(Base):
    """A disaster or safety notice for some districts (or all), until it expires or is ended."""

    __tablename__ = "watch_notices"
    __table_args__ = (Index("ix_watch_notices_expires_at", "expires_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    level: Mapped[str] = mapped_column(String(16))  # one of LEVELS
    title: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    all_districts: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    ended_by: Mapped[str | None] = mapped_column(String(100), nullable=True)

    districts: Mapped[list[NoticeDistrict]] = relationship(
        back_populates="notice", order_by="NoticeDistrict.district", cascade="all, delete-orphan"
    )


class NoticeDistrict(Base):
    """One district a notice is for."""

    __tablename__ = "watch_notice_districts"

    notice_id: Mapped[int] = mapped_column(ForeignKey("watch_notices.id", ondelete="CASCADE"), primary_key=True)
    district: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)

    notice: Mapped[Notice] = relationship(back_populates="districts")


class NoticeDelivery(Base):
    """What happened to one notice on one device (tablet: the watch device id; speaker: the satellite's id)."""

    __tablename__ = "watch_notice_deliveries"
    __table_args__ = (
        UniqueConstraint("notice_id", "device_kind", "device_id", name="uq_watch_notice_deliveries_device"),
        Index("ix_watch_notice_deliveries_next_attempt", "device_kind", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("watch_notices.id", ondelete="CASCADE"), index=True)
    device_kind: Mapped[str] = mapped_column(String(16))  # tablet | speaker
    device_id: Mapped[str] = mapped_column(String(64))
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_residents.id", ondelete="SET NULL"), nullable=True
    )
    district: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # pushes (tablet) / plays tried (speaker)
    plays: Mapped[int] = mapped_column(Integer, default=0)  # successful pushes / plays
    first_delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)  # speakers only
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
