"""Tables of the watch-over (見守り) module: residents, contacts, devices, check-ins, alerts, outbox, events.

State machines (string columns, constants below):

* ``CheckIn.status``: ``open`` (waiting for an answer; the policy runs at ``next_action_at``) -> ``answered``
  (outcome fine/unwell/help) or ``escalated`` (no answer by the last step; an alert exists, an answer is still
  accepted) ; ``cancelled`` (the resident was disabled / a quiet period was added after creation);
  ``undelivered`` (no device had received it when the first silence step came due: 未配信, on the staff phone
  list, never escalated by the silence ladder; unless ``WATCH_ESCALATE_UNDELIVERED``).
* ``Alert.status``: ``open`` (escalates at ``next_escalation_at`` until acknowledged) -> ``acknowledged``
  (a person took it; no more escalation) -> ``resolved`` (who, when, note).
* ``OutboxMessage.status``: ``pending`` -> ``sending`` (claimed, ``lease_until``) -> ``sent``; a lease that
  expires is claimed again; ``failed`` only for permanent refusals (bad address); ``cancelled``: a pending
  notice made unnecessary by the senior's answer (never sent).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.base import Base, UtcDateTime, utcnow

# --- vocabularies --------------------------------------------------------------------------------
CHANNELS = ("tablet", "speaker", "web_chat")
RELATION_FAMILY = "family"
RELATION_VOLUNTEER = "volunteer"  # 民生委員
RELATION_CARE_CENTER = "care_center"  # 地域包括支援センター
RELATION_NEIGHBOUR = "neighbour"  # 近隣の協力員
RELATION_KEY_HOLDER = "key_holder"  # 鍵の預かり人
RELATIONS = (RELATION_FAMILY, RELATION_VOLUNTEER, RELATION_CARE_CENTER, RELATION_NEIGHBOUR, RELATION_KEY_HOLDER)
PROFILE_SAME_DAY = "same_day"  # re-ask, family, staff on the same day (WATCH_*_MINUTES)
PROFILE_GENTLE = "gentle"  # re-ask; family after a missed day; staff after two missed days in a row
PROFILES = (PROFILE_SAME_DAY, PROFILE_GENTLE)

KIND_DAILY = "daily"
KIND_SAFETY = "safety"  # 安否確認 after a disaster
CHECKIN_KINDS = (KIND_DAILY, KIND_SAFETY)
CHECKIN_OPEN = "open"
CHECKIN_ESCALATED = "escalated"
CHECKIN_ANSWERED = "answered"
CHECKIN_CANCELLED = "cancelled"
CHECKIN_UNDELIVERED = "undelivered"  # no device received it by the re-ask time: staff phone list, no silence ladder
ANSWERABLE_STATUSES = (CHECKIN_OPEN, CHECKIN_ESCALATED, CHECKIN_ANSWERED)

OUTCOME_FINE = "fine"
OUTCOME_UNWELL = "unwell"
OUTCOME_HELP = "help"
OUTCOMES = (OUTCOME_FINE, OUTCOME_UNWELL, OUTCOME_HELP)

ALERT_OPEN = "open"
ALERT_ACKNOWLEDGED = "acknowledged"
ALERT_RESOLVED = "resolved"
PRIORITY_RANK = {"medium": 1, "high": 2, "urgent": 3}  # higher = more urgent (dashboards sort by rank desc)

OUTBOX_PENDING = "pending"
OUTBOX_SENDING = "sending"
OUTBOX_SENT = "sent"
OUTBOX_FAILED = "failed"
OUTBOX_CANCELLED = "cancelled"  # not sent: the senior answered first (watch.cases)
CHANNEL_EMAIL = "email"
CHANNEL_WEBHOOK = "webhook"


class Resident(Base):
    """A senior enrolled (with consent) in the daily check-in."""

    __tablename__ = "watch_residents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str | None] = mapped_column(String(32), unique=True, nullable=True)  # the city's own number
    name: Mapped[str] = mapped_column(String(100))
    name_kana: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(100), index=True)
    address: Mapped[str] = mapped_column(String(300))
    birth_year: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str] = mapped_column(String(16), default="tablet")
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)  # the resident's own number (staff call)
    escalation_profile: Mapped[str | None] = mapped_column(String(16), nullable=True)  # PROFILES; None: the default
    checkin_time: Mapped[str] = mapped_column(String(5), default="09:00")  # "HH:MM", Asia/Tokyo
    checkin_days: Mapped[str] = mapped_column(String(7), default="0123456")  # weekday digits, Monday = 0
    consent_date: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, onupdate=utcnow)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="resident", order_by="Contact.position", cascade="all, delete-orphan"
    )
    quiet_periods: Mapped[list[QuietPeriod]] = relationship(
        back_populates="resident", order_by="QuietPeriod.start_date", cascade="all, delete-orphan"
    )


class Contact(Base):
    """A person to notify, in escalation order (``position`` 1, 2, ...)."""

    __tablename__ = "watch_contacts"
    __table_args__ = (UniqueConstraint("resident_id", "position", name="uq_watch_contacts_resident_position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("watch_residents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    relation: Mapped[str] = mapped_column(String(16))  # one of RELATIONS
    relation_label: Mapped[str] = mapped_column(String(50), default="")  # as written, e.g. 長女, 民生委員
    email: Mapped[str | None] = mapped_column(String(320), nullable=True)
    phone: Mapped[str | None] = mapped_column(String(32), nullable=True)

    resident: Mapped[Resident] = relationship(back_populates="contacts")


class QuietPeriod(Base):
    """Days without check-ins (hospital stay, travel), inclusive on both ends, local dates."""

    __tablename__ = "watch_quiet_periods"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("watch_residents.id", ondelete="CASCADE"), index=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)

    resident: Mapped[Resident] = relationship(back_populates="quiet_periods")


class Device(Base):
    """A resident's tablet/speaker; the per-device token is stored only as a SHA-256 hash."""

    __tablename__ = "watch_devices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(64), unique=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("watch_residents.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class DeviceSetupCode(Base):
    """A short one-time code (8 digits) that sets a tablet up for a resident; only its SHA-256 is stored.

    Valid until ``expires_at`` and for one use (``used_at``, then ``device_id`` is the device it created);
    issuing a new code for the resident deletes the unused older ones."""

    __tablename__ = "watch_device_setup_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("watch_residents.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")  # the name the created device gets
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SafetyCampaign(Base):
    """An ad-hoc safety confirmation (安否確認) for one district or everyone."""

    __tablename__ = "watch_safety_campaigns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message: Mapped[str] = mapped_column(Text)
    district: Mapped[str | None] = mapped_column(String(100), nullable=True)  # None = every district
    local_date: Mapped[date] = mapped_column(Date)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    started_by: Mapped[str] = mapped_column(String(100))
    resident_count: Mapped[int] = mapped_column(Integer, default=0)  # asked
    away_count: Mapped[int] = mapped_column(Integer, default=0)  # in a quiet period, not asked


class CheckIn(Base):
    """One question to one resident (daily, or part of a safety campaign); at most one per slot."""

    __tablename__ = "watch_checkins"
    __table_args__ = (
        UniqueConstraint("resident_id", "local_date", "slot", name="uq_watch_checkins_resident_date_slot"),
        Index("ix_watch_checkins_status_next_action", "status", "next_action_at"),
        Index("ix_watch_checkins_local_date_kind", "local_date", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("watch_residents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default=KIND_DAILY)
    campaign_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_safety_campaigns.id", ondelete="CASCADE"), nullable=True, index=True
    )
    local_date: Mapped[date] = mapped_column(Date)
    slot: Mapped[str] = mapped_column(String(32), default=KIND_DAILY)  # "daily" or "safety:<campaign id>"
    message: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default=CHECKIN_OPEN)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())  # first asked; deadlines count from here
    next_action_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    step: Mapped[int] = mapped_column(Integer, default=0)  # no-answer steps done (policy.STEP_*)
    ask_count: Mapped[int] = mapped_column(Integer, default=1)  # times the device must have been asked
    no_answers: Mapped[int] = mapped_column(Integer, default=0)  # plain "no" answers (the 2nd one needs attention)
    delivered_count: Mapped[int] = mapped_column(Integer, default=0)  # times a gateway pushed it
    delivery_pending: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    answer_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    answer_source: Mapped[str | None] = mapped_column(String(16), nullable=True)  # button | text
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)  # one of OUTCOMES
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    classified_by: Mapped[str | None] = mapped_column(String(16), nullable=True)  # button | rasa | keywords
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)

    resident: Mapped[Resident] = relationship()


class Alert(Base):
    """Something a person must look at; escalates until acknowledged."""

    __tablename__ = "watch_alerts"
    __table_args__ = (Index("ix_watch_alerts_status_next_escalation", "status", "next_escalation_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("watch_residents.id", ondelete="CASCADE"), index=True)
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_checkins.id", ondelete="SET NULL"), nullable=True, index=True
    )
    reason: Mapped[str] = mapped_column(String(32))  # no_answer | unwell | unwell_streak | help | keyword
    summary: Mapped[str] = mapped_column(Text, default="")  # Japanese, for staff
    priority: Mapped[str] = mapped_column(String(16))  # medium | high | urgent
    priority_rank: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(16), default=ALERT_OPEN, index=True)
    level: Mapped[int] = mapped_column(Integer, default=0)  # escalation rounds done after creation
    contacts_notified: Mapped[int] = mapped_column(Integer, default=0)  # highest contact position notified
    next_escalation_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    resolution_note: Mapped[str | None] = mapped_column(Text, nullable=True)

    resident: Mapped[Resident] = relationship()


class OutboxMessage(Base):
    """A notification written in the same transaction as its cause, sent later by the worker."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next_attempt", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(200), unique=True)
    channel: Mapped[str] = mapped_column(String(16))  # email | webhook
    recipient: Mapped[str] = mapped_column(String(320))  # an address, or the webhook URL
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)  # email text, or the webhook's JSON document
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_residents.id", ondelete="SET NULL"), nullable=True, index=True
    )
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("watch_alerts.id", ondelete="SET NULL"), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=OUTBOX_PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime())
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    claim_token: Mapped[str | None] = mapped_column(String(36), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class WatchEvent(Base):
    """An append-only history line (asked, delivered, answered, notified, acknowledged...)."""

    __tablename__ = "watch_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("watch_residents.id", ondelete="CASCADE"), index=True)
    checkin_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_checkins.id", ondelete="SET NULL"), nullable=True
    )
    alert_id: Mapped[int | None] = mapped_column(ForeignKey("watch_alerts.id", ondelete="SET NULL"), nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100), default="system")
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=utcnow, index=True)
