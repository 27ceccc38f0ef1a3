"""What the assistant says: knowledge answers, abstentions, follow-ups and hand-over (pure functions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.actions.followup import compose_follow_up_query
from bot.actions.office_hours import OFFICE_HOURS_TEXT, office_status_text
from chat.payloads import FaqAnswerPayload, HandOverPayload, to_json_message
from chat.wording import abstain_text, answer_body, contact_line, search_unavailable_text
from knowledge.records import FaqEntry

# Slots holding the conversation's last answered topic
SLOT_LAST_ENTRY_ID = "last_entry_id"
SLOT_LAST_QUERY = "last_query"
SLOT_LAST_DEPARTMENT = "last_department"
SLOT_LAST_PHONE = "last_phone"


@dataclass(frozen=True)
class SearchView:
    """A knowledge search outcome reduced to what the dialogue needs."""

    abstained: bool
    confidence: float
    contact_name: str
    contact_phone: str
    top: FaqEntry | None = None


@dataclass(frozen=True)
class Contact:
    """A phone contact (the general one or a department's)."""

    name: str
    phone: str


@dataclass
class Reply:
    """One bot turn: a text, an optional custom JSON payload and the slots to set."""

    text: str
    custom: dict[str, Any] | None = None
    slots: dict[str, Any] = field(default_factory=dict)


def search_view(result: Any) -> SearchView:
    """A SearchView from a knowledge SearchResult (top answer only)."""
    top: FaqEntry | None = result.answers[0].entry if result.answers else None
    return SearchView(
        abstained=bool(result.abstained) or top is None,
        confidence=float(result.confidence),
        contact_name=str(result.contact_name),
        contact_phone=str(result.contact_phone),
        top=top,
    )


def format_answer(entry: FaqEntry, *, lead: str = "") -> str:
    """An FAQ answer with its source link and the department's phone (wording: chat.wording)."""
    text = answer_body(entry.question, entry.answer, lead=lead)
    extra = []
    if entry.source_url:
        extra.append(f"詳しくはこちら: {entry.source_url}")
    contact = contact_line(entry.department, entry.phone)
    if contact:
        extra.append(contact)
    return text + ("\n\n" + "\n".join(extra) if extra else "")


def answer_payload(entry: FaqEntry, confidence: float) -> dict[str, Any]:
    """Machine-readable companion of an answer (for the web page: link button, phone)."""
    payload = FaqAnswerPayload(
        entry_id=entry.id,
        question=entry.question,
        source_url=entry.source_url or None,
        department=entry.department or None,
        phone=entry.phone or None,
        confidence=round(min(1.0, max(0.0, confidence)), 4),
    )
    return to_json_message(payload)


def format_abstain(contact: Contact) -> str:
    """The honest 'I don't know' with the general contact."""
    return abstain_text(contact.name, contact.phone)


def format_search_unavailable(contact: Contact) -> str:
    """Apology when the knowledge search itself failed."""
    return search_unavailable_text(contact.name, contact.phone)


SAME_ENTRY_LEAD = "先ほどのご案内に、次のとおり記載があります。"
NO_TOPIC_TEXT = (
    "どの手続きやサービスについてのご質問か、もう一度教えていただけますか?(例: 住民票の取り方、ごみの出し方)"
)


def topic_slots(query: str | None, entry: FaqEntry | None) -> dict[str, Any]:
    """Slot values remembering the last question and the entry that answered it (None clears)."""
    return {
        SLOT_LAST_QUERY: query or None,
        SLOT_LAST_ENTRY_ID: entry.id if entry else None,
        SLOT_LAST_DEPARTMENT: (entry.department or None) if entry else None,
        SLOT_LAST_PHONE: (entry.phone or None) if entry else None,
    }


def plan_city_answer(view: SearchView | None, query: str, general: Contact) -> Reply:
    """The reply to a city question: the answer, or an abstention, or an apology when search failed."""
    if view is None:
        return Reply(format_search_unavailable(general))
    if view.abstained or view.top is None:
        contact = Contact(view.contact_name or general.name, view.contact_phone or general.phone)
        return Reply(format_abstain(contact), slots=topic_slots(query, None))
    return Reply(
        format_answer(view.top),
        custom=answer_payload(view.top, view.confidence),
        slots=topic_slots(query, view.top),
    )


def follow_up_query(last_query: str | None, text: str) -> str | None:
    """The query to search for a follow-up question (None when there is no previous topic)."""
    return compose_follow_up_query(last_query, text)


def plan_follow_up(
    view: SearchView | None, last_query: str | None, last_entry: FaqEntry | None, general: Contact
) -> Reply:
    """The reply to a follow-up: a new answer on the same topic, else the last answer again, else 'ask'."""
    if not last_query and last_entry is None:
        return Reply(NO_TOPIC_TEXT)
    if view is not None and not view.abstained and view.top is not None:
        # The topic (last_query) stays the original question; the entry is the newest answer.
        same = last_entry is not None and view.top.id == last_entry.id
        return Reply(
            format_answer(view.top, lead=SAME_ENTRY_LEAD if same else ""),
            custom=answer_payload(view.top, view.confidence),
            slots=topic_slots(last_query, view.top),
        )
    if last_entry is not None:
        return Reply(
            format_answer(last_entry, lead=SAME_ENTRY_LEAD),
            custom=answer_payload(last_entry, 0.0),
        )
    if view is None:
        return Reply(format_search_unavailable(general))
    return Reply(format_abstain(Contact(view.contact_name or general.name, view.contact_phone or general.phone)))


def hand_over_contact(department: str | None, phone: str | None, general: Contact) -> Contact:
    """The department of the last answer when its phone is known, else the general contact."""
    if phone:
        return Contact(department or "担当課", phone)
    return general


def format_hand_over(contact: Contact, now: datetime) -> str:
    """Hand-over to a person: whom to call, the opening hours and whether the office is open now."""
    return (
        "担当の職員にご相談いただけるよう、お問い合わせ先をご案内します。\n"
        f"{contact.name}: {contact.phone}\n"
        f"受付時間: {OFFICE_HOURS_TEXT}\n"
        f"{office_status_text(now)}"
    )


def hand_over_payload(contact: Contact, now: datetime, is_open: bool) -> dict[str, Any]:
    """Machine-readable hand-over (the page offers a call button)."""
    payload = HandOverPayload(contact_name=contact.name, phone=contact.phone, office_open=is_open, checked_at=now)
    return to_json_message(payload)
