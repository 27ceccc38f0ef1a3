"""The citizen_reports table."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base, UtcDateTime, utcnow

STATUS_NEW = "new"
REPORT_STATUSES = ("new", "in_progress", "done", "rejected")


class CitizenReport(Base):
    """One problem report from a citizen: what, where, an optional photo link."""

    __tablename__ = "citizen_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    what: Mapped[str] = mapped_column(Text)
    location: Mapped[str] = mapped_column(Text)
    photo_url: Mapped[str | None] = mapped_column(String(2048), nullable=True)
    session_ref: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    channel: Mapped[str] = mapped_column(String(32), default="web_chat")
    status: Mapped[str] = mapped_column(String(16), default=STATUS_NEW, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
