"""API models of the staff dashboard: Base / Create / Public."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from staff.models import ROLE_STAFF

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
    locked_until: datetime | None
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
