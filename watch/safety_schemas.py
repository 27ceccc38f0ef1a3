"""API models of safety confirmations (安否確認, ``watch.safety``): the start request, a campaign, its summary."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from core.text import NonBlankStr


class SafetyStart(BaseModel):
    """Start a safety confirmation (安否確認)."""

    message: NonBlankStr = Field(max_length=200, examples=["地震がありました。ご無事ですか？"])
    district: NonBlankStr | None = Field(None, max_length=100, description="None: every district")


class SafetyCampaignPublic(BaseModel):
    """A started campaign."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    message: str
    district: str | None
    local_date: date
    started_at: datetime
    started_by: str
    resident_count: int
    away_count: int


class SafetyPerson(BaseModel):
    """One resident in a safety summary list."""

    resident_id: int
    name: str
    district: str
    address: str
    answered_at: datetime | None
    answer_text: str | None


class SafetySummary(BaseModel):
    """Counts and lists of a campaign: safe, needs help (unwell or help), not answered; away = quiet period."""

    campaign: SafetyCampaignPublic
    safe: int
    needs_help: int
    not_answered: int
    away: int
    total: int
    needs_help_list: list[SafetyPerson]
    not_answered_list: list[SafetyPerson]
