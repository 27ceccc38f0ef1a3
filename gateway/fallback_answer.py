"""Degraded mode: when the bot is unavailable, answer a chat message from the knowledge search directly."""

from __future__ import annotations

from gateway.chat_messages import SOURCE_LINK_TITLE, is_web_url, make_phone
from gateway.chat_schemas import ChatLink, ChatMessage
from knowledge.search import SearchResult

DEGRADED_NOTICE = (
    "ただいま簡易モードでお答えしています。よくある質問の検索結果のみをご案内します"
    "(問題の報告などはご利用いただけません)。"
)
MAX_FALLBACK_ANSWER_CHARS = 400


def _shorten(text: str, limit: int = MAX_FALLBACK_ANSWER_CHARS) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fallback_messages(result: SearchResult) -> list[ChatMessage]:
    """A notice that the bot is unavailable, then the top FAQ answer or an honest abstention."""
    notice = ChatMessage(kind="notice", text=DEGRADED_NOTICE)
    if result.abstained or not result.answers:
        text = (
            "申し訳ありません。確かなお答えが見つかりませんでした。\n"
            f"お手数ですが、{result.contact_name}({result.contact_phone})にお問い合わせください。"
        )
        answer = ChatMessage(kind="hand_over", text=text)
        phone = make_phone(result.contact_name, result.contact_phone)
        if phone:
            answer.phones.append(phone)
        return [notice, answer]
    entry = result.answers[0].entry
    lines = [f"「{entry.question.strip()}」についてご案内します。", _shorten(entry.answer)]
    answer = ChatMessage(kind="faq_answer", text="\n".join(lines))
    if is_web_url(entry.source_url):
        answer.links.append(ChatLink(title=SOURCE_LINK_TITLE, url=entry.source_url))
    phone = make_phone(entry.department, entry.phone)
    if phone:
        answer.phones.append(phone)
    return [notice, answer]
