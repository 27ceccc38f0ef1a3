"""Short spoken answers: the first sentences, the department's phone, then 「続きを聞きますか」."""

from __future__ import annotations

from dataclasses import dataclass

from voice.readings import DIAL_RE, PHONE_RE, remove_links, sentences

ASK_MORE = "続きを聞きますか。"


@dataclass(frozen=True)
class SpokenAnswer:
    """What is said now, and what is left for 「続き」."""

    spoken: list[str]
    rest: list[str]

    @property
    def has_more(self) -> bool:
        """True when part of the answer was held back."""
        return bool(self.rest)

    @property
    def text(self) -> str:
        """The spoken part as one text."""
        return "".join(self.spoken)


def _terminated(sentence: str) -> str:
    return sentence if sentence.endswith(("。", "！", "？", "!", "?")) else sentence + "。"


def _phone(pieces: list[str]) -> str | None:
    """The first phone number in ``pieces`` (hyphenated or a bare dial number)."""
    for piece in pieces:
        match = PHONE_RE.search(piece) or DIAL_RE.search(piece)
        if match is not None:
            return match.group(0)
    return None


def spoken_answer(text: str, *, max_sentences: int = 2, max_chars: int = 120) -> SpokenAnswer:
    """Cut an answer for the ear: up to ``max_sentences``/``max_chars``, the phone kept, the rest offered."""
    all_sentences = [_terminated(s) for s in sentences(remove_links(text)[0])]
    spoken: list[str] = []
    used = 0
    for sentence in all_sentences:
        if spoken and (len(spoken) >= max_sentences or used + len(sentence) > max_chars):
            break
        spoken.append(sentence)
        used += len(sentence)
    rest = all_sentences[len(spoken) :]
    if not rest:
        return SpokenAnswer(spoken, [])
    if not _phone(spoken):
        phone = next((number for sentence in rest if (number := _phone([sentence]))), None)
        if phone is not None:
            spoken.append(f"お問い合わせの電話番号は、{phone}です。")
    spoken.append(ASK_MORE)
    return SpokenAnswer(spoken, rest)
