"""The typed decision of the safety layer and the first message every channel renders."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Channel = Literal["chat", "voice", "checkin", "form"]
DecisionKind = Literal["emergency_fire_ambulance", "emergency_police", "urgent_advice", "disaster", "none"]
AdviceLine = Literal["adult_medical", "child_night", "child_day", "police_consultation", "consumer"]
# What the advice classifier (safety.ngram.AdviceModels) can read: medical (#7119/#8000 by age and hour), #9110, 188,
# or a disaster.
SignalledAdvice = Literal["medical", "police_consultation", "consumer", "disaster"]
Certainty = Literal["sure", "unsure"]
MessagePriority = Literal["emergency", "advice", "info"]
CheckinFloor = Literal["help", "unwell"]

EMERGENCY_KINDS: frozenset[str] = frozenset({"emergency_fire_ambulance", "emergency_police"})


class SafetyPhone(BaseModel):
    """A tap-to-call button: what people read, the number as printed, and the ``tel:`` URI to dial."""

    model_config = ConfigDict(frozen=True)

    label: str = Field(description="button text, e.g. '火事・救急 119番'")
    number: str = Field(description="the number as printed, e.g. '119', '#7119', '022-706-7119'")
    tel: str = Field(description="tel: URI ('#' is percent-encoded), e.g. 'tel:119', 'tel:%237119'")


class SafetyLink(BaseModel):
    """A link to an official page (disaster page, shelters)."""

    model_config = ConfigDict(frozen=True)

    title: str
    url: str


class SafetyMessage(BaseModel):
    """The first message a channel shows (large print) or speaks, before any other answer."""

    model_config = ConfigDict(frozen=True)

    priority: MessagePriority = Field(description="emergency: red, first, interrupts; advice; info")
    title: str = Field(description="one short heading for large print, e.g. 'すぐに119番へ'")
    lines: tuple[str, ...] = Field(description="short polite sentences, one per line")
    speech: str = Field(description="what a voice channel says first (numbers written to be read aloud)")
    phones: tuple[SafetyPhone, ...] = ()
    links: tuple[SafetyLink, ...] = ()

    @property
    def text(self) -> str:
        """The lines joined for plain-text channels."""
        return "\n".join(self.lines)


class SafetyDecision(BaseModel):
    """What the safety layer decided for one message.

    ``kind`` says which line applies; ``certainty='unsure'`` (emergency kinds only) means: say the emergency
    line first, then answer normally. ``events`` names what was recognised (for logs and tests);
    ``topic`` is True when emergency words were found but only as a subject (救急の日, 罹災証明...).
    """

    model_config = ConfigDict(frozen=True)

    kind: DecisionKind
    certainty: Certainty = "sure"
    advice: AdviceLine | None = None
    number: str | None = Field(None, description="the main number: '119', '110', '#7119', '#8000', '#9110', '188'")
    events: tuple[str, ...] = ()
    topic: bool = False
    message: SafetyMessage | None = None
    checkin_floor: CheckinFloor | None = Field(
        None, description="check-in answers: the least urgent outcome this text may be recorded as"
    )

    @property
    def is_emergency(self) -> bool:
        """119 or 110 (sure or unsure): the emergency message goes first."""
        return self.kind in EMERGENCY_KINDS

    @property
    def interrupts(self) -> bool:
        """True when the safety message must come first and a form in progress is paused."""
        return self.is_emergency

    @property
    def answer_after(self) -> bool:
        """True when the channel should still give its normal answer after the safety message."""
        return self.kind == "none" or self.certainty == "unsure" or self.kind in {"urgent_advice", "disaster"}
