"""Follow-up questions ("必要なものは?") combined with the topic of the last answered question."""

from __future__ import annotations

import re
import unicodedata

MAX_QUERY_CHARS = 500  # the knowledge search rejects longer queries
# Words at the start of a follow-up that only point back at the last topic ("それは", "じゃあ", ...).
# Longest first, so that "それって" is removed before "それ".
REFERENCE_PREFIXES: tuple[str, ...] = (
    "その場合って", "その場合は", "その場合", "その時は", "その際は", "そのときは", "その手続きは", "その手続き",
    "それって", "それは", "それを", "それの", "それも", "それには", "それに", "それ",
    "そちらは", "そちらで", "そちら", "そこって", "そこは", "そこで", "そこ", "あれは", "あれって",
    "じゃあ", "じゃ", "では", "なら", "あと", "あとは", "ちなみに", "ところで", "それから", "んで", "で、",
)
NOT_A_REFERENCE = ("それぞれ", "それなり", "そこそこ")
# Leading punctuation and spaces left after removing a reference word.
LEADING_NOISE = re.compile(r"^[\s、。,.!?！？・…ー〜~]+")


def strip_reference(text: str) -> str:
    """Remove leading words that only refer back to the previous topic ("それはどこ?" -> "どこ?")."""
    rest = unicodedata.normalize("NFKC", text).strip()
    changed = True
    while changed and rest:
        changed = False
        rest = LEADING_NOISE.sub("", rest)
        if rest.startswith(NOT_A_REFERENCE):
            break
        for prefix in REFERENCE_PREFIXES:
            if rest.startswith(prefix):
                rest = rest[len(prefix):]
                changed = True
                break
    return LEADING_NOISE.sub("", rest).strip()


def compose_follow_up_query(last_query: str | None, follow_up: str, *, max_chars: int = MAX_QUERY_CHARS) -> str | None:
    """The search query for a follow-up: last topic + the follow-up's own words; None without a topic."""
    topic = (last_query or "").strip()
    if not topic:
        return None
    question = strip_reference(follow_up)
    if not question:
        return topic[:max_chars]
    room = max_chars - len(question) - 1
    if room <= 0:
        return question[:max_chars]
    return f"{topic[:room]} {question}"
