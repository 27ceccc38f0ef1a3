"""Answer classification: buttons, the NLU behind its Protocol, the safety layer (raise only), keyword fallback."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from core.rasa import RasaSettings
from devstack.processes import free_port
from watch.classify import (
    Classification,
    RasaNlu,
    classify_button,
    classify_text,
    keyword_outcome,
)
from watch.errors import ClassifierUnavailableError, InvalidInputError
from watch.understanding import normalize


class FixedNlu:
    """A fake NLU for the pure combination logic (returns one fixed intent)."""

    def __init__(self, intent: str, confidence: float) -> None:
        self.intent, self.confidence = intent, confidence
        self.texts: list[str] = []

    async def parse(self, text: str) -> tuple[str, float]:
        self.texts.append(text)
        return self.intent, self.confidence


class DownNlu:
    async def parse(self, text: str) -> tuple[str, float]:
        raise ClassifierUnavailableError("down")


def classify(text: str, nlu: Any) -> Classification:
    return asyncio.run(classify_text(text, nlu, min_confidence=0.6))


@pytest.mark.parametrize("text", [
    "助けて", "たすけて", "タスケテ", "倒れた", "たおれちゃった", "救急車を呼んで", "きゅうきゅうしゃ", "苦しい",
    "くるしい",
    "動けない", "うごけない", "胸が痛い", "むねがいたい", "息ができない", "いきができない", "起き上がれない", "ＳＯＳ",
    "転んで 動け ません",
])
def test_the_safety_layer_raises_danger_in_kanji_and_kana_to_help_with_the_119_message(text: str) -> None:
    result = classify(text, FixedNlu("checkin_fine", 0.95))
    assert result.outcome == "help" and result.safety_net
    assert result.safety_message is not None and result.safety_message.phones[0].tel == "tel:119"
    assert any("見守り" in line for line in result.safety_message.lines)  # the senior is told help is coming


def test_an_intruder_answer_is_help_with_110_first() -> None:
    result = classify("家に知らない人がいる", FixedNlu("nlu_fallback", 0.2))
    assert result.outcome == "help" and result.safety_message is not None
    assert result.safety_message.phones[0].tel == "tel:110"


@pytest.mark.parametrize("text", ["元気です", "大丈夫", "まあまあ", "なんともねえ", "いずいけど平気"])
def test_vague_and_dialect_answers_are_not_escalated(text: str) -> None:
    result = classify(text, FixedNlu("checkin_fine", 0.9))
    assert result == Classification("fine", 0.9, "rasa")
    assert classify(text, FixedNlu("nlu_fallback", 0.3)).outcome == "fine"  # plain yes forms and fine words


@pytest.mark.parametrize(("text", "intent"), [("こんにちは", "greet"), ("えーと", "nlu_fallback"),
                                              ("テレビを見ています", "out_of_scope")])
def test_other_answers_stay_unclear_and_are_asked_again(text: str, intent: str) -> None:
    assert classify(text, FixedNlu(intent, 0.9)) == Classification("unclear", 0.9, "rasa")


@pytest.mark.parametrize("text", ["うん", "はい", "まあまあだね", "んだ", "はい元気です", "いつもどおりだ"])
def test_yes_like_answers_are_fine_even_when_rasa_says_affirm_or_deny(text: str) -> None:
    for intent in ("affirm", "deny", "nlu_fallback"):
        assert classify(text, FixedNlu(intent, 0.8)).outcome == "fine"


def test_rasa_affirm_is_fine_unless_unwell_words_and_deny_is_a_no() -> None:
    assert classify("えーと", FixedNlu("affirm", 0.99)) == Classification("unclear", 0.99, "rasa")  # a filler only
    assert classify("そうですとも", FixedNlu("affirm", 0.9)) == Classification("fine", 0.9, "rasa")
    assert classify("そうだけど腰が痛い", FixedNlu("affirm", 0.9)).outcome == "unwell"
    assert classify("ちがいます", FixedNlu("deny", 0.9)) == Classification("unclear", 0.9, "rasa", said_no=True)
    assert classify("ちがいます", FixedNlu("deny", 0.3)) == Classification("unclear", 0.3, "rasa")


@pytest.mark.parametrize("text", ["いいえ", "ううん", "だめだ", "よくない"])
def test_no_like_answers_are_neither_fine_nor_alarmed(text: str) -> None:
    for nlu in (FixedNlu("deny", 0.9), FixedNlu("checkin_help", 0.7), DownNlu()):
        result = classify(text, nlu)
        assert (result.outcome, result.said_no, result.safety_net) == ("unclear", True, False)


@pytest.mark.parametrize(("text", "relation"), [("息子に電話して", "son"), ("娘に連絡してほしい", "daughter")])
def test_call_requests_carry_the_relation_whatever_rasa_says(text: str, relation: str) -> None:
    for nlu in (FixedNlu("checkin_help", 0.9), FixedNlu("ask_human", 0.9), DownNlu()):
        result = classify(text, nlu)
        assert (result.outcome, result.call_relation, result.safety_net) == ("unclear", relation, False)


def test_a_call_request_with_unwell_words_is_unwell_and_keeps_the_relation() -> None:
    result = classify("熱があるから娘に電話して", FixedNlu("checkin_unwell", 0.9))
    assert (result.outcome, result.call_relation) == ("unwell", "daughter")


def test_normalize_folds_width_katakana_and_spaces() -> None:
    assert normalize("ゲンキ　です ＯＫ") == "げんきですok"


def test_buttons_map_directly() -> None:
    assert classify_button("fine") == Classification("fine", 1.0, "button")
    assert classify_button("help").outcome == "help"
    with pytest.raises(InvalidInputError):
        classify_button("maybe")


def test_nlu_intent_is_used_when_confident() -> None:
    nlu = FixedNlu("checkin_unwell", 0.9)
    result = classify("ちょっと熱っぽい", nlu)
    assert result == Classification("unwell", 0.9, "rasa") and nlu.texts == ["ちょっと熱っぽい"]


def test_low_confidence_or_other_intent_is_unclear() -> None:
    assert classify("うーん", FixedNlu("checkin_fine", 0.3)).outcome == "unclear"
    assert classify("天気はどう", FixedNlu("ask_weather", 0.99)).outcome == "unclear"


def test_safety_layer_only_raises_never_lowers() -> None:
    raised = classify("元気だけど胸が痛い", FixedNlu("checkin_fine", 0.95))
    assert raised.outcome == "help" and raised.safety_net
    kept = classify("助けて", FixedNlu("checkin_help", 0.99))
    assert kept.outcome == "help" and not kept.safety_net  # already help: not "raised", but the message is kept
    assert kept.safety_message is not None
    unclear_raised = classify("たすけ…て", FixedNlu("nlu_fallback", 0.2))
    assert unclear_raised.outcome == "help"
    # A calm-sounding NLU result cannot lower a help answer: nothing maps help down.
    assert classify("動けない", FixedNlu("checkin_fine", 0.99)).outcome == "help"
    # Symptoms raise to unwell (no emergency message); an unwell NLU answer is never lowered.
    symptom = classify("ちょっと熱っぽい", FixedNlu("checkin_fine", 0.9))
    assert symptom.outcome == "unwell" and symptom.safety_message is None
    assert classify("具合が悪いです", FixedNlu("checkin_unwell", 0.9)).outcome == "unwell"


def test_a_help_intent_alone_alerts_staff_without_an_urgent_alarm() -> None:
    result = classify("ちょっときてほしい", FixedNlu("checkin_help", 0.9))
    assert result.outcome == "unwell" and result.safety_message is None and not result.safety_net
    assert classify("スマホが動かなくなった", FixedNlu("checkin_help", 0.97)).outcome == "unwell"
    # With an event the safety layer recognises, help stays help.
    assert classify("助けてほしい", FixedNlu("checkin_help", 0.9)).outcome == "help"


@pytest.mark.parametrize(("text", "outcome"), [
    ("元気です", "fine"), ("げんきだよ", "fine"), ("大丈夫です", "fine"), ("具合が悪いです", "unwell"),
    ("元気がない", "unwell"), ("大丈夫じゃない", "unwell"), ("頭が痛い", "unwell"), ("助けて", "help"),
    ("きょうはいい天気", "unclear"), ("無事です", "fine"), ("ぶじだよ", "fine"), ("無事じゃない", "unwell"),
])
def test_keyword_rules_when_the_nlu_is_down(text: str, outcome: str) -> None:
    assert keyword_outcome(text) == (outcome if outcome != "help" else "unclear")  # help: the safety layer's
    result = classify(text, DownNlu())
    assert result.outcome == outcome and result.source == "keywords"


def test_empty_text_is_unclear_and_nlu_not_called() -> None:
    nlu = FixedNlu("checkin_fine", 1.0)
    assert classify("   ", nlu).outcome == "unclear" and nlu.texts == []


class RasaStub(BaseHTTPRequestHandler):
    """A local HTTP server speaking Rasa's /model/parse format."""

    reply: ClassVar[dict[str, Any]] = {}
    texts: ClassVar[list[str]] = []
    token: ClassVar[str] = ""  # like ``rasa run --auth-token``: other requests get 401

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        RasaStub.texts.append(body["text"])
        path, _, query = self.path.partition("?")
        assert path == "/model/parse"
        if RasaStub.token and query != f"token={RasaStub.token}":
            self.send_response(401)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        payload = json.dumps({"text": body["text"], **RasaStub.reply}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def rasa_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), RasaStub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_rasa_client_over_http(rasa_url: str) -> None:
    RasaStub.reply = {"intent": {"name": "checkin_help", "confidence": 0.87}}

    async def run() -> Classification:
        nlu = RasaNlu(rasa_url, timeout_s=2)
        try:
            return await classify_text("助けて", nlu, min_confidence=0.6)
        finally:
            await nlu.aclose()

    result = asyncio.run(run())
    assert (result.outcome, result.confidence, result.source) == ("help", 0.87, "rasa")
    assert result.safety_message is not None  # 助けて: the device also shows the 119 message


def test_a_typed_intent_trigger_reaches_rasa_as_text(rasa_url: str) -> None:
    RasaStub.reply = {"intent": {"name": "checkin_fine", "confidence": 0.9}}
    RasaStub.texts = []

    async def run() -> None:
        nlu = RasaNlu(rasa_url, timeout_s=2)
        try:
            await classify_text("/checkin_fine", nlu, min_confidence=0.6)
            await classify_text("\u3000/checkin_help{}", nlu, min_confidence=0.6)
        finally:
            await nlu.aclose()

    asyncio.run(run())
    assert RasaStub.texts == ["／checkin_fine", "／checkin_help{}"]


def test_rasa_token_is_sent(rasa_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    RasaStub.reply = {"intent": {"name": "checkin_fine", "confidence": 0.9}}
    monkeypatch.setattr(RasaStub, "token", "rasa-secret-token")

    async def run() -> tuple[Classification, Classification]:
        settings = RasaSettings(_env_file=None, url=rasa_url, token="rasa-secret-token")
        with_token = RasaNlu.from_settings(settings, timeout_s=2)
        without = RasaNlu(rasa_url, timeout_s=2)
        try:
            return (await classify_text("元気です", with_token, min_confidence=0.6),
                    await classify_text("元気です", without, min_confidence=0.6))
        finally:
            await with_token.aclose()
            await without.aclose()

    accepted, refused = asyncio.run(run())
    assert accepted.source == "rasa" and refused.source == "keywords"  # 401 without the token: keyword rules


def test_unreachable_rasa_falls_back_to_keywords() -> None:
    async def run() -> tuple[Classification, Classification]:
        nlu = RasaNlu(f"http://127.0.0.1:{free_port()}", timeout_s=1)
        try:
            with pytest.raises(ClassifierUnavailableError):
                await nlu.parse("元気")
            return (await classify_text("元気です", nlu, min_confidence=0.6),
                    await classify_text("ふむ", nlu, min_confidence=0.6))
        finally:
            await nlu.aclose()

    fine, unclear = asyncio.run(run())
    assert fine == Classification("fine", 0.5, "keywords")
    assert unclear.outcome == "unclear"
