"""Public API models (Base/Public split: what callers see, never internal state)."""

from __future__ import annotations

from pydantic import BaseModel


class FaqEntryBase(BaseModel):
    """Fields of a FAQ entry that callers may see."""

    id: str
    question: str
    answer: str
    category: str
    department: str
    phone: str
    source_url: str
    updated: str


class SearchAnswerPublic(FaqEntryBase):
    """One ranked answer."""

    score: float
    confidence: float


class ContactPublic(BaseModel):
    """Whom to call when the search is not sure."""

    name: str
    phone: str


class SearchResponsePublic(BaseModel):
    """Ranked answers, or an abstention with the general contact."""

    query: str
    abstained: bool
    confidence: float
    message: str
    answers: list[SearchAnswerPublic]
    contact: ContactPublic
    elapsed_ms: float


class HealthPublic(BaseModel):
    """Readiness of each part."""

    status: str
    parts: dict[str, str]
