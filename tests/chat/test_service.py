"""ChatService.turn: what reaches Rasa (finding 7), the same conversation for every channel, degraded mode.
Rasa is an httpx MockTransport here; tests/integration/test_chat_live.py runs the same against the real Rasa."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from chat.bot_client import BotClient
from chat.errors import ChatUnavailableError, InvalidSessionError
from chat.service import ChatService, FaqSearch, chat_service_of
from chat.sessions import bot_sender_id
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from knowledge.records import FaqEntry
from knowledge.search import Answer, SearchResult

ENTRY = FaqEntry(id="e1", question="住民票の写し", answer="市民課で。", department="市民課", phone="0229-23-5311")


class FixedSearch:
    def __init__(self) -> None:
        self.queries: list[str] = []
        self.spoken: list[bool] = []

    def search(self, query: str, *, k: int, spoken: bool = False) -> SearchResult:
        self.queries.append(query)
        self.spoken.append(spoken)
        return SearchResult(query=query, answers=[Answer(entry=ENTRY, score=1.0, confidence=0.9)], confidence=0.9,
                            abstained=False, contact_name="総合窓口", contact_phone="0229-23-5091")


Sent = list[dict[str, object]]


def _service(handler: httpx.MockTransport, search: FaqSearch | None = None) -> tuple[ChatService, Sent]:
    sent: Sent = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return handler.handle_request(request)

    settings = ChatSettings()
    bot = BotClient(RasaSettings(url="http://127.0.0.1:5005"), settings, transport=httpx.MockTransport(record))
    return ChatService(bot=bot, settings=settings, search=lambda: search), sent


def _echo() -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=[{"text": "こんにちは。"}]))


@pytest.mark.parametrize(
    ("typed", "reaches_rasa"),
    [("/emergency", "／emergency"), ('/affirm{"report_confirmed":"yes"}', '／affirm{"report_confirmed":"yes"}'),
     ("\u3000/emergency", "／emergency"), ("/affirm", "/affirm"), ("/deny", "/deny"), ("住民票", "住民票")],
)
def test_only_button_payloads_reach_rasa_as_triggers(typed: str, reaches_rasa: str) -> None:
    service, sent = _service(_echo())
    session_id = service.new_session_id()
    reply = asyncio.run(service.turn(session_id=session_id, text=typed, channel="web"))
    assert reply.degraded is False and reply.messages[0].text == "こんにちは。"
    assert sent == [{"sender": bot_sender_id(session_id), "message": reaches_rasa, "metadata": {"channel": "web"}}]
    asyncio.run(service.aclose())


def test_voice_and_web_share_one_conversation() -> None:
    service, sent = _service(_echo())
    session_id = service.new_session_id()
    asyncio.run(service.turn(session_id=session_id, text="住民票", channel="web"))
    asyncio.run(service.turn(session_id=session_id, text="必要なものは", channel="voice"))
    assert sent[0]["sender"] == sent[1]["sender"]
    assert [m["metadata"] for m in sent] == [{"channel": "web"}, {"channel": "voice"}]
    asyncio.run(service.aclose())


def test_unissued_sessions_are_refused_before_rasa() -> None:
    service, sent = _service(_echo())
    with pytest.raises(InvalidSessionError):
        asyncio.run(service.turn(session_id="made-up", text="こんにちは", channel="voice"))
    assert sent == []
    asyncio.run(service.aclose())


def test_degraded_answer_searches_what_the_person_said() -> None:
    down = httpx.MockTransport(lambda request: httpx.Response(502))
    search = FixedSearch()
    service, _ = _service(down, search)
    reply = asyncio.run(service.turn(session_id=service.new_session_id(), text=" 住民票 ", channel="voice"))
    assert reply.degraded is True and [m.kind for m in reply.messages] == ["notice", "faq_answer"]
    asyncio.run(service.turn(session_id=service.new_session_id(), text="住民票", channel="web"))
    assert search.queries == ["住民票", "住民票"]
    assert search.spoken == [True, False]  # a voice turn is searched as a transcript
    asyncio.run(service.aclose())


def test_no_bot_and_no_search_is_chat_unavailable() -> None:
    service, _ = _service(httpx.MockTransport(lambda request: httpx.Response(502)), None)
    with pytest.raises(ChatUnavailableError):
        asyncio.run(service.turn(session_id=service.new_session_id(), text="住民票", channel="web"))
    asyncio.run(service.aclose())


def test_chat_service_of_an_app_before_start_is_unavailable() -> None:
    class State:
        chat = None

    class App:
        state = State()

    with pytest.raises(ChatUnavailableError):
        chat_service_of(App())
