"""The safety data file (numbers, hours, texts a city edits): its typed model and loader."""

from __future__ import annotations

import re
from datetime import datetime, time
from functools import cache
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from safety.errors import SafetyDataError

DEFAULT_DATA_FILE = Path(__file__).parent / "data" / "safety.yaml"
LineName = Literal["fire_ambulance", "police", "adult_medical", "child_night", "police_consultation", "consumer"]
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class OpenWindow(BaseModel):
    """A daily window, e.g. 19:00-08:00 (crossing midnight when ``until`` <= ``from``)."""

    model_config = ConfigDict(frozen=True, populate_by_name=True)

    start: str = Field(alias="from")
    until: str

    @field_validator("start", "until")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        if not HHMM.match(value):
            raise ValueError(f"{value!r} is not HH:MM")
        return value

    def contains(self, moment: time) -> bool:
        """True when the local time ``moment`` falls in the window."""
        start, until = time.fromisoformat(self.start), time.fromisoformat(self.until)
        if start < until:
            return start <= moment < until
        return moment >= start or moment < until


class PhoneLine(BaseModel):
    """One number people are sent to, with its hours and the official sources it was checked against."""

    model_config = ConfigDict(frozen=True)

    label: str
    number: str = Field(pattern=r"^#?[0-9][0-9-]*$")
    speech: str
    alt_label: str | None = None
    alt_number: str | None = Field(None, pattern=r"^[0-9][0-9-]*$")
    hours: str | None = None
    open: tuple[OpenWindow, ...] = ()
    verified: bool = False
    sources: tuple[str, ...] = Field(min_length=1)

    def is_open(self, local: datetime) -> bool:
        """True when the line answers at local time ``local`` (no windows = always)."""
        return not self.open or any(window.contains(local.time()) for window in self.open)


class PageLink(BaseModel):
    """An official page."""

    model_config = ConfigDict(frozen=True)

    title: str
    url: str = Field(pattern=r"^https?://")


class DisasterPages(BaseModel):
    """Where evacuation information lives."""

    model_config = ConfigDict(frozen=True)

    page: PageLink
    shelters: PageLink
    district_shelters: dict[str, PageLink] = Field(default_factory=dict)


class MessageText(BaseModel):
    """A first message's heading, lines and spoken form."""

    model_config = ConfigDict(frozen=True)

    title: str = ""
    lines: tuple[str, ...] = Field(min_length=1)
    speech: str
    district_line: str | None = None


class Messages(BaseModel):
    """Every first message, by situation."""

    model_config = ConfigDict(frozen=True)

    emergency_fire_ambulance: MessageText
    emergency_police: MessageText
    unsure: MessageText
    checkin_emergency_extra: MessageText
    adult_medical: MessageText
    child_night: MessageText
    child_day: MessageText
    police_consultation: MessageText
    consumer: MessageText
    disaster: MessageText


class SafetyData(BaseModel):
    """The whole data file."""

    model_config = ConfigDict(frozen=True)

    version: Literal[1]
    region: str
    timezone: str
    lines: dict[LineName, PhoneLine]
    disaster: DisasterPages
    messages: Messages

    @field_validator("lines")
    @classmethod
    def _all_lines(cls, value: dict[LineName, PhoneLine]) -> dict[LineName, PhoneLine]:
        missing = set(get_args(LineName)) - set(value)
        if missing:
            raise ValueError(f"lines missing: {', '.join(sorted(missing))}")
        return value


def load_safety_data(path: Path | None = None) -> SafetyData:
    """Read and validate a data file (``None`` = the shipped Miyagi/Osaki file)."""
    path = path or DEFAULT_DATA_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        return SafetyData.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError) as err:
        raise SafetyDataError(detail=f"safety data file {path} is invalid: {err}") from err


@cache
def default_safety_data() -> SafetyData:
    """The shipped data file, read once."""
    return load_safety_data()
