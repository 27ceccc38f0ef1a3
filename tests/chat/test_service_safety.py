"""ChatService.turn with the safety layer first: emergencies before (or instead of) Rasa's answer, degraded mode,
a report form paused and continued or stopped. Rasa is an httpx MockTransport recording every call here;
tests/integration/test_safety_channels.py runs the same against the real Rasa."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import httpx

from chat.bot_client import BotClient
from chat.payloads import CANCEL_FORM_PAYLOAD, RESUME_FORM_PAYLOAD
from chat.service import ChatService
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from knowledge.records import FaqEntry
from knowledge.search import Answer, SearchResult

ENTRY = FaqEntry(id="e1", question="救急の日", answer="9月9日です。", department="消防", phone="0229-22-1234")
RASA_EMERGENCY: list[dict[str, Any]] = [{"text": "緊急の場合は、今すぐ電話してください。"},
                  {"custom": {"type": "emergency", "numbers": {"fire_ambulance": "119", "police": "110"}}}]
FORM_QUESTION = {"event": "bot", "text": "場所を教えてください。", "data": {"buttons": None, "custom": None}}


class FixedSearch:
    def search(self, query: str, *, k: int, spoken: bool = False) -> SearchResult:
        return SearchResult(query=query, answers=[Answer(entry=ENTRY, score=1.0, confidence=0.9)], confidence=0.9,
                            abstained=False, contact_name="総合窓口", contact_phone="0229-23-5091")


@dataclass
class FakeRasa:
    """Rasa's HTTP API as far as the chat uses it."""

    reply: list[dict[str, Any]] = field(default_factory=lambda: [{"text": "こんにちは。"}])
    intent: tuple[str, float] = ("ask_city_info", 0.9)
    form: str | None = None
    up: bool = True
    calls: list[tuple[str, str, Any]] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content) if request.content else None
        self.calls.append((request.method, request.url.path, body))
        if not self.up:
            return httpx.Response(502)
        path = request.url.path
        if path == "/webhooks/rest/webhook":
            return httpx.Response(200, json=self.reply)
        if path == "/model/parse":
            return httpx.Response(200, json={"intent": {"name": self.intent[0], "confidence": self.intent[1]}})
        if path.endswith("/tracker/events"):
            if body and body[0] == {"event": "active_loop", "name": None}:
                self.form = None
            return httpx.Response(200, json={})
        if path.endswith("/tracker"):
            return httpx.Response(200, json={"active_loop": {"name": self.form} if self.form else {},
                                             "events": [FORM_QUESTION, {"event": "action", "name": "action_listen"}]})
        return httpx.Response(404)

    @property
    def webhook_texts(self) -> list[str]:
        return [body["message"] for _, path, body in self.calls if path == "/webhooks/rest/webhook"]


def _turn(rasa: FakeRasa, *texts: str, search: FixedSearch | None = None) -> list[list[tuple[str, str]]]:
    async def run() -> list[list[tuple[str, str]]]:
        settings = ChatSettings()
        bot = BotClient(RasaSettings(url="http://127.0.0.1:5005"), settings,
                        transport=httpx.MockTransport(rasa.handle))
        service = ChatService(bot=bot, settings=settings, search=lambda: search)
        session_id = service.new_session_id()
        replies = []
        for text in texts:
            reply = await service.turn(session_id=session_id, text=text, channel="web")
            replies.append([(str(m.kind), m.title or m.text) for m in reply.messages])
        await service.aclose()
        return replies

    return asyncio.run(run())


def test_a_sure_emergency_is_answered_first_and_alone_without_waiting_for_rasa() -> None:
    rasa = FakeRasa()
    [reply] = _turn(rasa, "台所から火が出た")
    assert [kind for kind, _ in reply] == ["emergency"] and "119" in reply[0][1]
    assert rasa.webhook_texts == []


def test_an_unsure_emergency_comes_first_then_rasas_answer() -> None:
    rasa = FakeRasa(reply=[{"text": "どうされましたか。"}])
    [reply] = _turn(rasa, "じいちゃんの様子がおかしい")
    assert reply == [reply[0], ("text", "どうされましたか。")] and reply[0][0] == "emergency"


def test_rasas_emergency_answer_is_checked_by_the_safety_layer() -> None:
    topic = FakeRasa(reply=RASA_EMERGENCY, intent=("emergency", 0.95))
    [reply] = _turn(topic, "救急の日のイベントはいつですか", search=FixedSearch())
    assert [kind for kind, _ in reply] == ["faq_answer"]  # a topic: no 119 card, the search answers instead
    caught = FakeRasa(reply=RASA_EMERGENCY, intent=("emergency", 0.9))
    [reply] = _turn(caught, "こまってます")
    assert reply[0][0] == "emergency" and sum(kind == "emergency" for kind, _ in reply) == 1
    checkin_intent = FakeRasa(reply=RASA_EMERGENCY, intent=("checkin_help", 0.99))
    [reply] = _turn(checkin_intent, "こまってます")
    assert [kind for kind, _ in reply] == ["text"]  # a check-in intent says nothing about a chat message
    assert [path for _, path, _ in checkin_intent.calls] == ["/webhooks/rest/webhook", "/model/parse"]


def test_degraded_mode_says_119_before_the_faq_fallback() -> None:
    [reply] = _turn(FakeRasa(up=False), "台所から火が出た", search=FixedSearch())
    assert [kind for kind, _ in reply] == ["emergency"]
    [reply] = _turn(FakeRasa(up=False), "避難所はどこですか", search=FixedSearch())
    assert [kind for kind, _ in reply] == ["disaster", "notice", "faq_answer"]


def test_degraded_mode_without_search_still_gives_the_safety_message() -> None:
    [reply] = _turn(FakeRasa(up=False), "じいちゃんの様子がおかしい")
    assert [kind for kind, _ in reply] == ["emergency"]


def test_an_emergency_pauses_a_form_and_is_not_a_slot_value_then_it_resumes() -> None:
    rasa = FakeRasa(form="report_problem_form")
    paused, resumed = _turn(rasa, "家に知らない人がいる", RESUME_FORM_PAYLOAD)
    assert [kind for kind, _ in paused] == ["emergency", "notice"]
    assert rasa.webhook_texts == []  # neither the emergency nor the button reached the form
    assert resumed == [("notice", "通報の続きです。"), ("text", "場所を教えてください。")]
    assert rasa.form == "report_problem_form"


def test_the_paused_form_can_be_stopped() -> None:
    rasa = FakeRasa(form="report_problem_form")
    _, stopped, again = _turn(rasa, "台所から火が出た", CANCEL_FORM_PAYLOAD, RESUME_FORM_PAYLOAD)
    assert "やめました" in stopped[0][1] and rasa.form is None
    assert "続きの通報はありません" in again[0][1]
    assert rasa.webhook_texts == []
