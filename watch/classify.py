"""Classifying a senior's answer: buttons map directly; text goes to the Rasa NLU behind a Protocol (keyword
rules when Rasa is unreachable), and then through the safety layer (safety.assess.assess_checkin_answer), which
can only raise urgency to its ``checkin_floor``, never lower it. An emergency answer carries the safety message
(call 119 / 110, the watch-over staff are told) for the device.

Outcomes, least to most urgent: ``unclear`` (counts as no answer: the device is asked again), ``fine``,
``unwell``, ``help``. Before the NLU's intent, watch.understanding reads the text: a plain yes (「うん」「まあまあ
だね」「んだ」, or Rasa's ``affirm`` without unwell words) is ``fine``; a plain no (「いいえ」「だめだ」, or Rasa's
``deny`` without other words) stays ``unclear`` with ``said_no`` (asked once more in other words); a request to call
someone (「息子に電話して」) carries ``call_relation`` (the contact is told by watch.answers).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal, Protocol

import httpx

from core.rasa import RasaSettings
from core.text import neutralize_intent_trigger
from safety.assess import assess_checkin_answer
from safety.models import SafetyMessage
from watch.errors import ClassifierUnavailableError, InvalidInputError
from watch.understanding import normalize, only_fillers, understand

Outcome = Literal["unclear", "fine", "unwell", "help"]
Source = Literal["button", "rasa", "keywords"]
SEVERITY: dict[str, int] = {"unclear": 0, "fine": 1, "unwell": 2, "help": 3}
INTENT_OUTCOME: dict[str, Outcome] = {"checkin_fine": "fine", "checkin_unwell": "unwell", "checkin_help": "help"}
INTENT_AFFIRM = "affirm"  # Rasa's yes: fine in a check-in unless unwell words say otherwise
INTENT_DENY = "deny"  # Rasa's no: asked once more in other words
BUTTONS: dict[str, Outcome] = {"fine": "fine", "unwell": "unwell", "help": "help"}
MAX_TEXT_CHARS = 500

# Normalized forms (NFKC, katakana -> hiragana, no spaces); kanji and kana spellings both listed.
UNWELL_WORDS = (
    "具合が悪", "ぐあいがわる", "具合わる", "調子が悪", "ちょうしがわる", "気分が悪", "きぶんがわる", "悪い", "わるい",
    "しんどい", "だるい", "熱が", "ねつが", "熱っぽ", "痛い", "いたい", "頭痛", "ずつう", "吐き気", "はきけ",
    "風邪", "かぜ", "元気がない", "げんきがない", "元気じゃない", "げんきじゃない", "眠れな", "ねむれな",
    "よくない", "良くない", "大丈夫じゃない", "だいじょうぶじゃない", "大丈夫ではない", "つらい", "辛い", "咳",
    "せき", "めまい", "食欲がない", "しょくよくがない", "不調", "元気ではあり", "げんきではあり",
    "体がえら", "からだがえら", "こわい", "こわくて", "寝込", "ねこんで", "寝てい", "ねてい", "休んでい",
    "やすんでい", "薬を飲", "くすりをの", "無事じゃな", "ぶじじゃな", "無事ではな", "ぶじではな",
)
FINE_WORDS = (
    "元気", "げんき", "大丈夫", "だいじょうぶ", "問題ない", "もんだいない", "変わりない", "かわりない", "普通",
    "ふつう", "良好", "いい感じ", "いいです", "まあまあ", "変わりな", "かわりな", "絶好調", "ぜっこうちょう",
    "問題ありません", "問題なし", "調子はいい", "調子いい", "調子が良", "調子は良", "調子がいい", "体調は良",
    "体調がいい", "体調が良", "よく眠れ", "よくねむれ", "ぼちぼち", "なんとか", "まずまず", "相変わらず",
    "あいかわらず", "平気", "へいき", "なんともな", "なんともね", "ばっちり", "無事", "ぶじ",
)
FINE_EXACT = frozenset({"はい", "うん", "ok", "はい。", "うん。", "はーい"})  # too short to match inside other words


@dataclass(frozen=True)
class Classification:
    """The outcome of an answer, how sure, by what, whether the safety layer raised it, (for an emergency answer)
    the safety message the device shows, whether it was a plain no (``said_no``: asked again in other words) and
    whom the senior asked to be called (``call_relation``: ``son``, ``daughter``, ``family``, ...)."""

    outcome: Outcome
    confidence: float
    source: Source
    safety_net: bool = False
    safety_message: SafetyMessage | None = None
    said_no: bool = False
    call_relation: str | None = None


class NluClient(Protocol):
    """An intent classifier: returns (intent name, confidence) or raises ClassifierUnavailableError."""

    async def parse(self, text: str) -> tuple[str, float]:
        """Classify one text."""
        ...


class RasaNlu:
    """The Rasa server's ``POST /model/parse`` (with Rasa's ``?token=`` when it runs with ``--auth-token``)."""

    def __init__(self, base_url: str, *, timeout_s: float, token: str = "",
                 client: httpx.AsyncClient | None = None) -> None:
        self._url = base_url.rstrip("/") + "/model/parse"
        self._params = {"token": token} if token else {}
        self._client = client or httpx.AsyncClient(timeout=timeout_s)
        self._owned = client is None

    @classmethod
    def from_settings(cls, rasa: RasaSettings, *, timeout_s: float) -> RasaNlu:
        """The first configured Rasa instance, with its token."""
        return cls(rasa.urls[0], timeout_s=timeout_s, token=rasa.token)

    async def parse(self, text: str) -> tuple[str, float]:
        """The top intent and its confidence."""
        text = neutralize_intent_trigger(text)  # a typed "/checkin_fine" is text, never a direct Rasa trigger
        try:
            response = await self._client.post(self._url, json={"text": text}, params=self._params)
            response.raise_for_status()
            intent = response.json().get("intent") or {}
            return str(intent.get("name") or ""), float(intent.get("confidence") or 0.0)
        except (httpx.HTTPError, ValueError, AttributeError) as err:
            raise ClassifierUnavailableError(detail=f"Rasa NLU is unavailable: {err}") from err

    async def aclose(self) -> None:
        """Close the HTTP client if this object created it."""
        if self._owned:
            await self._client.aclose()


def keyword_outcome(text: str) -> Outcome:
    """Simple rules used when the NLU is unreachable: unwell words, then fine words (emergencies: the safety
    layer, applied after this)."""
    norm = normalize(text)
    if any(word in norm for word in UNWELL_WORDS):
        return "unwell"
    if norm in FINE_EXACT or any(word in norm for word in FINE_WORDS):
        return "fine"
    return "unclear"


def raise_only(base: Classification, text: str, *, now: datetime) -> Classification:
    """Apply the safety layer: the outcome is raised to its ``checkin_floor``, never lowered; an emergency
    answer keeps the safety message for the device (also when the NLU already said ``help``).

    Only events found in the text raise: the NLU's intent is already the classifier's outcome, and passing
    its ``emergency`` intent on as well doubled the false alarms on the labelled set (27 -> 47 of 569). The
    NLU's ``help`` without any event the safety layer recognises becomes ``unwell`` (38 -> fewer false
    urgent alarms on 686 non-emergencies; the safety layer catches pleas for help itself)."""
    decision = assess_checkin_answer(text, now=now)
    floor = decision.checkin_floor
    message = decision.message if decision.is_emergency else None
    if base.outcome == "help" and base.source == "rasa" and floor is None:
        # The NLU's help intent alone is no evidence of danger (it says help to スマホが動かなくなった): staff
        # still hear of it as unwell (a staff alert), but nobody is alarmed urgently without an event in the text.
        return replace(base, outcome="unwell")
    if floor is not None and SEVERITY[floor] > SEVERITY[base.outcome]:
        # An emergency is the ladder's (family and staff are told): no re-ask, no separate call request.
        return Classification(floor, 1.0, base.source, safety_net=True, safety_message=message,
                              call_relation=base.call_relation if floor != "help" else None)
    if message is not None and base.outcome == "help":
        return replace(base, safety_message=message)
    return base


def understood(text: str, *, intent: str | None, confidence: float, min_confidence: float,
               source: Source) -> Classification:
    """Combine the reading of the text (call request, plain no / yes), the NLU's intent (``None`` when it is
    down) and the keyword rules; the more urgent of the NLU's outcome and the unwell words wins."""
    reading = understand(text)
    words = keyword_outcome(text)
    if reading.answer == "call":
        return Classification("unwell" if words == "unwell" else "unclear", confidence, source,
                              call_relation=reading.relation)
    if reading.answer == "no":
        return Classification("unclear", confidence, source, said_no=True)
    if reading.answer == "yes":
        return Classification("fine", confidence, source)
    if intent is None:
        return Classification(words, 0.5, source)
    sure = confidence >= min_confidence
    outcome = INTENT_OUTCOME.get(intent) if sure else None
    if outcome is None and sure and intent == INTENT_AFFIRM and words != "unwell" and not only_fillers(text):
        outcome = "fine"
    if outcome is None and sure and intent == INTENT_DENY and words == "unclear":
        return Classification("unclear", confidence, source, said_no=True)
    if outcome is None:
        outcome = words
    elif words == "unwell" and outcome == "fine":
        outcome = "unwell"  # 「元気だけど腰が痛い」: the NLU hears 元気, the words say where it hurts
    return Classification(outcome, confidence, source)


def classify_button(button: str) -> Classification:
    """A big-button answer (fine / unwell / help)."""
    outcome = BUTTONS.get(button)
    if outcome is None:
        raise InvalidInputError(detail=f"unknown button {button!r}")
    return Classification(outcome, 1.0, "button")


async def classify_text(text: str, nlu: NluClient | None, *, min_confidence: float,
                        now: datetime | None = None) -> Classification:
    """Classify free text: the reading of watch.understanding with the NLU's intent (keyword rules alone if it
    is down); then the safety layer (``now``: when the answer came, default the current time)."""
    text = text.strip()[:MAX_TEXT_CHARS]
    if not text:
        return Classification("unclear", 0.0, "keywords")
    now = now or datetime.now(UTC)
    if nlu is not None:
        try:
            intent, confidence = await nlu.parse(text)
        except ClassifierUnavailableError:
            pass
        else:
            base = understood(text, intent=intent, confidence=confidence, min_confidence=min_confidence,
                              source="rasa")
            return raise_only(base, text, now=now)
    base = understood(text, intent=None, confidence=0.5, min_confidence=min_confidence, source="keywords")
    return raise_only(base, text, now=now)
