"""Degraded mode: when the bot is unavailable, answer a chat message from the knowledge search directly,
in the same wording the bot uses (chat.wording)."""

from __future__ import annotations

from chat.messages import is_web_url, make_phone
from chat.schemas import ChatLink, ChatMessage
from chat.wording import DEGRADED_NOTICE, SOURCE_LINK_TITLE, abstain_text, answer_body
from knowledge.search import SearchResult


def fallback_messages(result: SearchResult) -> list[ChatMessage]:
    """A notice that the bot is unavailable, then the top FAQ answer or an honest abstention."""
    notice = ChatMessage(kind="notice", text=DEGRADED_NOTICE)
    if result.abstained or not result.answers:
        answer = ChatMessage(kind="hand_over", text=abstain_text(result.contact_name, result.contact_phone))
        phone = make_phone(result.contact_name, result.contact_phone)
        if phone:
            answer.phones.append(phone)
        return [notice, answer]
    entry = result.answers[0].entry
    answer = ChatMessage(kind="faq_answer", text=answer_body(entry.question, entry.answer))
    if is_web_url(entry.source_url):
        answer.links.append(ChatLink(title=SOURCE_LINK_TITLE, url=entry.source_url))
    phone = make_phone(entry.department, entry.phone)
    if phone:
        answer.phones.append(phone)
    return [notice, answer]
