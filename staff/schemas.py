"""API models of the staff dashboard: Base / Create / Public."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from staff.models import ROLE_STAFF
from watch.device_schemas import DevicePublic
from watch.schemas import AlertPublic, CheckInPublic, HistoryItem, QuietPeriodPublic, ResidentPublic

USERNAME_PATTERN = r"^[A-Za-z0-9._-]{3,64}$"


class StaffUserBase(BaseModel):
    """Fields an admin sets on a staff account."""

    display_name: str = Field(min_length=1, max_length=100)
    role: str = Field(ROLE_STAFF, pattern=r"^(admin|staff)$")
    districts: list[str] = Field(default_factory=list, max_length=50)

    @field_validator("display_name")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("must not be blank")
        return value

    @field_validator("districts")
    @classmethod
    def _clean_districts(cls, value: list[str]) -> list[str]:
        return list(dict.fromkeys(d.strip() for d in value if d.strip()))


class StaffUserCreate(StaffUserBase):
    """A new staff account."""

    username: str = Field(pattern=USERNAME_PATTERN)
    password: str = Field(min_length=1, max_length=256)


class StaffUserUpdate(StaffUserBase):
    """Changes to an account (the password is changed separately)."""

    active: bool = True


class StaffUserPublic(BaseModel):
    """A staff account as admins see it (never the hash)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    display_name: str
    role: str
    districts: list[str]
    active: bool
    failed_count: int
    last_login_at: datetime | None


class LoginRequest(BaseModel):
    """Credentials sent to the JSON login."""

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class MePublic(BaseModel):
    """The logged-in staff member and the CSRF token for fetch calls."""

    id: int
    username: str
    display_name: str
    role: str
    districts: list[str]
    csrf_token: str


class AuditPublic(BaseModel):
    """One audit log line."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    actor_id: int | None
    actor_username: str
    action: str
    resident_id: int | None
    detail: str


class PersonPublic(BaseModel):
    """One resident on the board."""

    resident_id: int
    name: str
    state: str
    at: datetime | None
    checkin_id: int | None


class DistrictPublic(BaseModel):
    """One district's card."""

    district: str
    counts: dict[str, int]
    people: list[PersonPublic]


class BoardPublic(BaseModel):
    """Today's board as JSON."""

    date: date
    summary: dict[str, int]
    districts: list[DistrictPublic]
    open_alerts: int
    phone_list: list[int] = Field(default_factory=list, description="residents to call: their question was 未配信")


MAX_NOTE_CHARS = 2000


class AlertNote(BaseModel):
    """A note sent with an acknowledgement (optional) or a resolution (required)."""

    note: str = Field("", max_length=MAX_NOTE_CHARS)


class CallOutcome(BaseModel):
    """The result of a staff call to the resident: reached (話せた), absent (不在), visit (訪問依頼), ambulance."""

    outcome: str = Field(pattern=r"^(reached|absent|visit|ambulance)$")
    note: str = Field("", max_length=MAX_NOTE_CHARS)


class NotificationPublic(BaseModel):
    """A notification (email or webhook) about a resident, as staff see it (never its body)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    channel: str
    recipient: str
    subject: str
    status: str
    attempts: int
    last_error: str | None
    alert_id: int | None
    created_at: datetime


class ResidentDetail(BaseModel):
    """A resident with quiet periods, devices, recent check-ins, alerts, failed notifications and history."""

    resident: ResidentPublic
    quiet_periods: list[QuietPeriodPublic]
    devices: list[DevicePublic]
    checkins: list[CheckInPublic]
    alerts: list[AlertPublic]
    failed_notifications: list[NotificationPublic]
    history: list[HistoryItem]


class AlertCase(BaseModel):
    """One alert with its resident, the resident's timeline and notifications that could not be sent."""

    alert: AlertPublic
    resident: ResidentPublic
    history: list[HistoryItem]
    failed_notifications: list[NotificationPublic]
    notifications: list[NotificationPublic] = Field(default_factory=list, description="every notice, newest first")
    unreachable: list[HistoryItem] = Field(default_factory=list, description="contacts that had no usable channel")
    person_alerts: list[AlertPublic] = Field(default_factory=list, description="the person's active alerts")


class DeviceCreate(BaseModel):
    """A device to register."""

    label: str = Field("", max_length=100)
