"""Classifying a senior's answer: buttons map directly; text goes to the Rasa NLU behind a Protocol, with a
keyword safety net that can only raise urgency (never lower it) and keyword rules when Rasa is unreachable.

Outcomes, least to most urgent: ``unclear`` (counts as no answer: the device is asked again), ``fine``,
``unwell``, ``help``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal, Protocol

import httpx

from watch.errors import ClassifierUnavailableError, InvalidInputError

Outcome = Literal["unclear", "fine", "unwell", "help"]
Source = Literal["button", "rasa", "keywords"]
SEVERITY: dict[str, int] = {"unclear": 0, "fine": 1, "unwell": 2, "help": 3}
INTENT_OUTCOME: dict[str, Outcome] = {"checkin_fine": "fine", "checkin_unwell": "unwell", "checkin_help": "help"}
BUTTONS: dict[str, Outcome] = {"fine": "fine", "unwell": "unwell", "help": "help"}
MAX_TEXT_CHARS = 500

# Normalized forms (NFKC, katakana -> hiragana, no spaces); kanji and kana spellings both listed.
SAFETY_WORDS = (
    "助けて", "たすけて", "助けてください", "たすけ", "倒れ", "たおれ", "転んで動け", "ころんでうごけ",
    "救急", "きゅうきゅう", "119", "苦しい", "くるしい", "苦しくて", "くるしくて", "動けない", "うごけない",
    "胸が痛", "むねがいた", "胸がいた", "むねが痛", "息ができない", "いきができない", "息が出来ない", "息がくるし",
    "息が苦し", "いきがくるし", "起き上がれない", "おきあがれない", "立てない", "立ち上がれない", "たてない",
    "たちあがれない", "死にそう", "しにそう", "意識が", "いしきが", "血が止まらない", "ちがとまらない", "へるぷ",
    "help", "sos", "火事", "しんどくて動け",
)
UNWELL_WORDS = (
    "具合が悪", "ぐあいがわる", "具合わる", "調子が悪", "ちょうしがわる", "気分が悪", "きぶんがわる", "悪い", "わるい",
    "しんどい", "だるい", "熱が", "ねつが", "熱っぽ", "痛い", "いたい", "頭痛", "ずつう", "吐き気", "はきけ",
    "風邪", "かぜ", "元気がない", "げんきがない", "元気じゃない", "げんきじゃない", "眠れな", "ねむれな",
    "よくない", "良くない", "大丈夫じゃない", "だいじょうぶじゃない", "大丈夫ではない", "つらい", "辛い", "咳",
    "せき", "めまい", "食欲がない", "しょくよくがない", "不調",
)
FINE_WORDS = (
    "元気", "げんき", "大丈夫", "だいじょうぶ", "問題ない", "もんだいない", "変わりない", "かわりない", "普通",
    "ふつう", "良好", "いい感じ", "いいです", "まあまあ",
)
FINE_EXACT = frozenset({"はい", "うん", "ok", "はい。", "うん。", "はーい"})  # too short to match inside other words


@dataclass(frozen=True)
class Classification:
    """The outcome of an answer, how sure, by what, and whether the safety net raised it."""

    outcome: Outcome
    confidence: float
    source: Source
    safety_net: bool = False


class NluClient(Protocol):
    """An intent classifier: returns (intent name, confidence) or raises ClassifierUnavailableError."""

    async def parse(self, text: str) -> tuple[str, float]:
        """Classify one text."""
        ...


class RasaNlu:
    """The Rasa server's ``POST /model/parse``."""

    def __init__(self, base_url: str, *, timeout_s: float, client: httpx.AsyncClient | None = None) -> None:
        self._url = base_url.rstrip("/") + "/model/parse"
        self._client = client or httpx.AsyncClient(timeout=timeout_s)
        self._owned = client is None

    async def parse(self, text: str) -> tuple[str, float]:
        """The top intent and its confidence."""
        try:
            response = await self._client.post(self._url, json={"text": text})
            response.raise_for_status()
            intent = response.json().get("intent") or {}
            return str(intent.get("name") or ""), float(intent.get("confidence") or 0.0)
        except (httpx.HTTPError, ValueError, AttributeError) as err:
            raise ClassifierUnavailableError(f"Rasa NLU is unavailable: {err}") from err

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it."""
        if self._owned:
            await self._client.aclose()


def normalize(text: str) -> str:
    """NFKC, lower case, katakana -> hiragana, without spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)
    return "".join(c for c in text if not c.isspace())


def safety_net(text: str) -> bool:
    """True when the text contains a word that means the senior may be in danger."""
    norm = normalize(text)
    return any(word in norm for word in SAFETY_WORDS)


def keyword_outcome(text: str) -> Outcome:
    """Simple rules used when the NLU is unreachable: help words, then unwell words, then fine words."""
    norm = normalize(text)
    if safety_net(norm):
        return "help"
    if any(word in norm for word in UNWELL_WORDS):
        return "unwell"
    if norm in FINE_EXACT or any(word in norm for word in FINE_WORDS):
        return "fine"
    return "unclear"


def raise_only(base: Classification, text: str) -> Classification:
    """Apply the safety net: it may turn any outcome into ``help``, never the reverse."""
    if base.outcome != "help" and safety_net(text):
        return Classification("help", 1.0, base.source, safety_net=True)
    return base


def classify_button(button: str) -> Classification:
    """A big-button answer (fine / unwell / help)."""
    outcome = BUTTONS.get(button)
    if outcome is None:
        raise InvalidInputError(f"unknown button {button!r}")
    return Classification(outcome, 1.0, "button")


async def classify_text(text: str, nlu: NluClient | None, *, min_confidence: float) -> Classification:
    """Classify free text: NLU (low confidence or another intent = unclear), keyword rules if it is down."""
    text = text.strip()[:MAX_TEXT_CHARS]
    if not text:
        return Classification("unclear", 0.0, "keywords")
    if nlu is not None:
        try:
            intent, confidence = await nlu.parse(text)
        except ClassifierUnavailableError:
            pass
        else:
            outcome = INTENT_OUTCOME.get(intent)
            if outcome is None or confidence < min_confidence:
                return raise_only(Classification("unclear", confidence, "rasa"), text)
            return raise_only(Classification(outcome, confidence, "rasa"), text)
    return raise_only(Classification(keyword_outcome(text), 0.5, "keywords"), text)
