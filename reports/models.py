"""Tables of citizen reports: the report, its photos and its status history (public and private notes)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UtcDateTime, utcnow

STATUS_RECEIVED = "received"
STATUS_CHECKING = "checking"
STATUS_IN_PROGRESS = "in_progress"
STATUS_DONE = "done"
STATUS_DECLINED = "declined"
REPORT_STATUSES = (STATUS_RECEIVED, STATUS_CHECKING, STATUS_IN_PROGRESS, STATUS_DONE, STATUS_DECLINED)
STATUS_LABELS = {
    STATUS_RECEIVED: "受付", STATUS_CHECKING: "確認中", STATUS_IN_PROGRESS: "対応中", STATUS_DONE: "完了",
    STATUS_DECLINED: "対応できません",
}
CLOSED_STATUSES = (STATUS_DONE, STATUS_DECLINED)
OPEN_STATUSES = (STATUS_RECEIVED, STATUS_CHECKING, STATUS_IN_PROGRESS)
# Allowed moves: forward through the steps, or straight to a closing one; a closed report may be reopened.
NEXT_STATUSES: dict[str, tuple[str, ...]] = {
    STATUS_RECEIVED: (STATUS_CHECKING, STATUS_IN_PROGRESS, STATUS_DONE, STATUS_DECLINED),
    STATUS_CHECKING: (STATUS_IN_PROGRESS, STATUS_DONE, STATUS_DECLINED),
    STATUS_IN_PROGRESS: (STATUS_DONE, STATUS_DECLINED),
    STATUS_DONE: (STATUS_IN_PROGRESS,),
    STATUS_DECLINED: (STATUS_CHECKING,),
}


class CitizenReport(Base):
    """One problem report from a citizen (the chat or the /report page)."""

    __tablename__ = "citizen_reports"
    __table_args__ = (Index("ix_citizen_reports_category_lat_lon", "category", "latitude", "longitude"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True, nullable=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    category: Mapped[str] = mapped_column(String(32), default="other", index=True)
    department: Mapped[str] = mapped_column(String(100), default="")
    what: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    latitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    longitude: Mapped[float | None] = mapped_column(Float, nullable=True)
    contact: Mapped[str | None] = mapped_column(String(200), nullable=True)
    photo_url: Mapped[str | None] = mapped_column(String(2048), nullable=True)
    session_ref: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    channel: Mapped[str] = mapped_column(String(32), default="web_chat")
    status: Mapped[str] = mapped_column(String(16), default=STATUS_RECEIVED, index=True)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("citizen_reports.id", ondelete="SET NULL"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class ReportPhoto(Base):
    """A re-encoded photo (metadata stripped) and its thumbnail, stored as files under REPORTS_MEDIA_DIR."""

    __tablename__ = "report_photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("citizen_reports.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(80), unique=True)
    thumb_name: Mapped[str] = mapped_column(String(80))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)


class ReportUpdate(Base):
    """One step of a report's history: a status, a note the citizen sees, a note only staff see."""

    __tablename__ = "report_updates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("citizen_reports.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    public_note: Mapped[str] = mapped_column(Text, default="")
    private_note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
