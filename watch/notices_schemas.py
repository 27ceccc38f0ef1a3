"""API models of disaster notices: what staff write (Create), what citizens and tablets see (Public), what staff see
(Record, the delivery log)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints, model_validator

from core.text import NonBlankStr, NonBlankText

MAX_TITLE_CHARS = 100
MAX_TEXT_CHARS = 1000
MAX_DISTRICTS = 50
NO_DISTRICT = "対象の地区を1つ以上選ぶか、「全地区」を選んでください。"

Level = Literal["emergency", "evacuate", "elderly", "caution", "info"]
DistrictName = Annotated[NonBlankStr, StringConstraints(max_length=100)]


class NoticeBase(BaseModel):
    """The fields staff write."""

    level: Level = Field(description="emergency 緊急安全確保, evacuate 避難指示, elderly 高齢者等避難, caution 注意, "
                                     "info お知らせ")
    title: NonBlankStr = Field(max_length=MAX_TITLE_CHARS, examples=["避難指示(土砂災害)"])
    text: NonBlankText = Field(max_length=MAX_TEXT_CHARS,
                               examples=["古川地区に避難指示が出ました。古川第一小学校へ避難してください。"])
    all_districts: bool = Field(False, description="true: every district (then ``districts`` is ignored)")
    districts: list[DistrictName] = Field(default_factory=list, max_length=MAX_DISTRICTS)
    expires_at: AwareDatetime = Field(description="shown and spoken until then (must be in the future)")


class NoticeCreate(NoticeBase):
    """A new notice: one or more districts, or all."""

    @model_validator(mode="after")
    def _scope(self) -> Self:
        if self.all_districts:
            self.districts = []
        else:
            self.districts = list(dict.fromkeys(self.districts))
            if not self.districts:
                raise ValueError(NO_DISTRICT)
        return self


class NoticePublic(BaseModel):
    """A notice as citizens and tablets see it."""

    model_config = ConfigDict(frozen=True)

    id: int
    level: Level
    level_label: str
    title: str
    text: str
    all_districts: bool
    districts: list[str]
    created_at: datetime
    expires_at: datetime


class NoticeList(BaseModel):
    """The active notices (``GET /api/notices``), most urgent first."""

    notices: list[NoticePublic]


class NoticeRecord(NoticePublic):
    """A notice as staff see it."""

    created_by: str
    ended_at: datetime | None
    ended_by: str | None
    active: bool


class DeliveryRow(BaseModel):
    """What happened to a notice on one device; ``status`` ``not_yet``: a tablet of the districts that has not
    received it (not connected)."""

    device_kind: Literal["tablet", "speaker"]
    device_id: str
    resident_id: int | None
    resident_name: str | None
    district: str
    status: Literal["pending", "delivered", "acknowledged", "failed", "not_yet"]
    attempts: int
    plays: int
    first_delivered_at: datetime | None
    last_attempt_at: datetime | None
    acknowledged_at: datetime | None
    last_error: str | None


class DeliveryLog(BaseModel):
    """A notice with one row per device of its districts, and counts by status."""

    notice: NoticeRecord
    rows: list[DeliveryRow]
    counts: dict[str, int]
