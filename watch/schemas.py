"""API models of the watch-over module: Base / Create / Update / Public (pydantic)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, field_validator, model_validator

from core.text import NonBlankStr, NonBlankText

Channel = Literal["tablet", "speaker", "web_chat"]
Relation = Literal["family", "volunteer", "care_center", "neighbour", "key_holder"]
Profile = Literal["same_day", "gentle"]
Outcome = Literal["fine", "unwell", "help"]
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_RE = re.compile(r"^[0-9+\-() ]{6,20}$")


ONE_LINE: TypeAdapter[str] = TypeAdapter(NonBlankStr)
MULTI_LINE: TypeAdapter[str] = TypeAdapter(NonBlankText)


def _one_line_or_empty(value: str) -> str:
    """Empty, or one line without control characters (core.text.NonBlankStr)."""
    return ONE_LINE.validate_python(value) if value.strip() else ""


def _text_or_empty(value: str) -> str:
    """Empty, or text that may span lines without other control characters (core.text.NonBlankText)."""
    return MULTI_LINE.validate_python(value) if value.strip() else ""


# One line that may be empty (relation labels, reasons); notes that may be empty.
OptionalLine = Annotated[str, AfterValidator(_one_line_or_empty)]
OptionalText = Annotated[str, AfterValidator(_text_or_empty)]


def check_time(value: str) -> str:
    """A valid ``HH:MM`` or ValueError."""
    if not TIME_RE.match(value):
        raise ValueError("must be HH:MM (00:00-23:59)")
    return value


def check_days(value: list[int]) -> list[int]:
    """Sorted unique weekdays 0-6 (at least one) or ValueError."""
    if not value or any(day < 0 or day > 6 for day in value):
        raise ValueError("must list weekdays 0 (Monday) to 6 (Sunday), at least one")
    return sorted(set(value))


class ContactBase(BaseModel):
    """A person to notify; ``relation`` is the escalation category, ``relation_label`` the words used."""

    name: NonBlankStr = Field(max_length=100)
    relation: Relation = "family"
    relation_label: OptionalLine = Field("", max_length=50)
    email: str | None = Field(None, max_length=320)
    phone: str | None = Field(None, max_length=32)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = ONE_LINE.validate_python(value)  # no CR/LF or other control characters (mail headers)
        if not EMAIL_RE.match(value):
            raise ValueError("not an email address")
        return value.strip()

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        if not PHONE_RE.match(value.strip()):
            raise ValueError("not a phone number (digits, +, -, parentheses)")
        return value.strip()

    @model_validator(mode="after")
    def _reachable(self) -> ContactBase:
        if not self.email and not self.phone:
            raise ValueError("a contact needs an email or a phone number")
        return self


class ContactCreate(ContactBase):
    """A contact as given; the list order is the escalation order."""


class ContactPublic(ContactBase):
    """A stored contact."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    position: int


class ResidentBase(BaseModel):
    """Fields of an enrolled resident."""

    code: NonBlankStr | None = Field(None, max_length=32, description="the city's own number (optional, unique)")
    name: NonBlankStr = Field(max_length=100)
    name_kana: NonBlankStr = Field(max_length=100)
    district: NonBlankStr = Field(max_length=100)
    address: NonBlankStr = Field(max_length=300)
    birth_year: int = Field(ge=1900, le=2100)
    channel: Channel = "tablet"
    phone: NonBlankStr | None = Field(None, max_length=32, description="the resident's own phone (staff call it)")
    escalation_profile: Profile | None = Field(None, description="same_day, gentle; None: WATCH_DEFAULT_PROFILE")
    checkin_time: str = Field("09:00", description="HH:MM, local time")
    checkin_days: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4, 5, 6], description="0 = Monday")
    consent_date: date
    active: bool = True
    note: OptionalText = Field("", max_length=2000)

    @field_validator("checkin_time")
    @classmethod
    def _time(cls, value: str) -> str:
        return check_time(value)

    @field_validator("checkin_days")
    @classmethod
    def _days(cls, value: list[int]) -> list[int]:
        return check_days(value)


class ResidentCreate(ResidentBase):
    """A new resident with contacts in escalation order."""

    contacts: list[ContactCreate] = Field(default_factory=list, max_length=10)


class ResidentUpdate(BaseModel):
    """A partial change; fields left out stay as they are; ``contacts`` replaces the whole list."""

    name: NonBlankStr | None = Field(None, max_length=100)
    name_kana: NonBlankStr | None = Field(None, max_length=100)
    district: NonBlankStr | None = Field(None, max_length=100)
    address: NonBlankStr | None = Field(None, max_length=300)
    birth_year: int | None = Field(None, ge=1900, le=2100)
    channel: Channel | None = None
    phone: NonBlankStr | None = Field(None, max_length=32)
    escalation_profile: Profile | None = None
    checkin_time: str | None = None
    checkin_days: list[int] | None = None
    consent_date: date | None = None
    active: bool | None = None
    note: OptionalText | None = Field(None, max_length=2000)
    contacts: list[ContactCreate] | None = Field(None, max_length=10)

    @field_validator("checkin_time")
    @classmethod
    def _time(cls, value: str | None) -> str | None:
        return None if value is None else check_time(value)

    @field_validator("checkin_days")
    @classmethod
    def _days(cls, value: list[int] | None) -> list[int] | None:
        return None if value is None else check_days(value)


class ResidentPublic(ResidentBase):
    """A stored resident with contacts."""

    id: int
    contacts: list[ContactPublic]
    created_at: datetime


class QuietPeriodCreate(BaseModel):
    """Days without check-ins (inclusive)."""

    start_date: date
    end_date: date
    reason: OptionalLine = Field("", max_length=200)

    @model_validator(mode="after")
    def _order(self) -> QuietPeriodCreate:
        if self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class QuietPeriodPublic(QuietPeriodCreate):
    """A stored quiet period."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    resident_id: int


class CheckInPublic(BaseModel):
    """A check-in and its state, as staff see it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    resident_id: int
    resident_name: str
    district: str
    kind: str
    campaign_id: int | None
    local_date: date
    message: str
    status: str
    step: int
    opened_at: datetime
    delivered_at: datetime | None
    answered_at: datetime | None
    outcome: str | None
    answer_text: str | None
    classified_by: str | None


class AlertPublic(BaseModel):
    """An alert in the staff queue."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    resident_id: int
    resident_name: str
    district: str
    checkin_id: int | None
    reason: str
    summary: str
    priority: str
    status: str
    level: int
    created_at: datetime
    next_escalation_at: datetime | None
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    resolved_at: datetime | None
    resolved_by: str | None
    resolution_note: str | None


class HistoryItem(BaseModel):
    """One line of a resident's history (newest first)."""

    at: datetime
    kind: str
    detail: str
    actor: str
    checkin_id: int | None
    alert_id: int | None


class AnswerRate(BaseModel):
    """Daily check-ins of one district on one day (``total`` leaves out today's still-open questions, counted in
    ``pending``)."""

    district: str
    local_date: date
    total: int
    answered: int
    rate: float
    pending: int = 0


class CsvRowError(BaseModel):
    """One bad cell of a CSV import: row number (header = 1), column, reason (English)."""

    row: int
    column: str
    reason: str


class ImportResult(BaseModel):
    """What a successful import created."""

    created: int
    resident_ids: list[int]
    unreachable: list[str] = Field(
        default_factory=list,
        description="contacts no notice can reach (no email, and no webhook to phone them), in Japanese",
    )
