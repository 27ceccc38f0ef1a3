"""The real stack over HTTP: Rasa (trained model) + action server + gateway, Japanese questions end to end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import psutil
import pytest

from chat.sessions import bot_sender_id
from devstack.stack import INTERNAL_TOKEN, Stack
from reports.settings import INTERNAL_TOKEN_HEADER

pytestmark = pytest.mark.slow
TOKEN_HEADER = {INTERNAL_TOKEN_HEADER: INTERNAL_TOKEN}


class Conversation:
    """One citizen's chat session against the live gateway."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        response = self.http.post("/api/chat/session")
        assert response.status_code == 201
        self.session_id = response.json()["session_id"]

    def say(self, text: str) -> dict[str, Any]:
        response = self.http.post("/api/chat", json={"session_id": self.session_id, "text": text})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body


@pytest.fixture(scope="module")
def http(live_stack: Stack) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_stack.gateway_url, timeout=30) as client:
        yield client


def _kinds(body: dict[str, Any]) -> list[str]:
    return [m["kind"] for m in body["messages"]]


def _text(body: dict[str, Any]) -> str:
    return "\n".join(m["text"] for m in body["messages"])


def test_city_question_gets_the_right_entry_with_source_and_phone(live_stack: Stack, http: httpx.Client) -> None:
    body = Conversation(http).say("粗大ごみの出し方を教えてください")
    assert body["degraded"] is False
    answer = next(m for m in body["messages"] if m["kind"] == "faq_answer")
    assert "粗大ごみ" in answer["text"]
    assert answer["links"] == [{"title": "詳しくはこちら(市のページ)",
                                "url": "https://www.city.osaki.miyagi.jp/kurashi/gomi/sodai.html"}]
    assert answer["phones"] == [{"label": "環境保全課", "number": "0229236075", "tel": "tel:0229236075"}]


def test_follow_up_question_uses_the_last_answer(live_stack: Stack, http: httpx.Client) -> None:
    chat = Conversation(http)
    first = chat.say("住民票の写しがほしいです")
    assert "住民票" in _text(first)
    follow = chat.say("必要なものは?")
    assert follow["degraded"] is False
    assert "住民票" in _text(follow) and "faq_answer" in _kinds(follow)


def test_ask_human_hands_over_with_phone_and_hours(live_stack: Stack, http: httpx.Client) -> None:
    body = Conversation(http).say("人と話したいです")
    [hand_over] = [m for m in body["messages"] if m["kind"] == "hand_over"]
    assert "8時30分" in hand_over["text"] and hand_over["phones"][0]["number"].startswith("0229")


def test_emergency_answers_119_at_once(live_stack: Stack, http: httpx.Client) -> None:
    body = Conversation(http).say("隣の家が火事です!")
    [emergency] = [m for m in body["messages"] if m["kind"] == "emergency"]
    assert "119" in emergency["text"]
    assert [p["number"] for p in emergency["phones"]] == ["119", "110"]


def test_report_form_files_a_record_staff_can_list(live_stack: Stack, http: httpx.Client) -> None:
    chat = Conversation(http)
    chat.say("道路に大きな穴があいていて危ないです")
    chat.say("車が通るたびにはねるくらい深い穴があいてます")
    chat.say("古川駅東口のロータリーの近く")
    confirm = chat.say("なし")
    buttons = [b for m in confirm["messages"] for b in m["buttons"]]
    assert {"title": "はい", "payload": "/affirm"} in buttons
    filed = chat.say("/affirm")
    assert "report_filed" in _kinds(filed), filed
    listed = http.get("/internal/reports", headers=TOKEN_HEADER).json()
    assert any(r["where"] == "古川駅東口のロータリーの近く" and "穴" in r["what"] for r in listed)


def _latest_user_message(live_stack: Stack, chat: Conversation) -> dict[str, Any]:
    """What Rasa recorded for the conversation's last user message (its HTTP API, with the token)."""
    sender = bot_sender_id(chat.session_id)
    url = f"{live_stack.services['rasa'].url}/conversations/{sender}/tracker"
    response = httpx.get(url, params={"token": live_stack.rasa_token}, timeout=30)
    assert response.status_code == 200, response.text
    latest: dict[str, Any] = response.json()["latest_message"]
    return latest


@pytest.mark.parametrize("typed", ["/emergency", '/affirm{"report_confirmed": "yes"}', "\u3000/out_of_scope"])
def test_typed_intent_triggers_go_through_nlu(live_stack: Stack, http: httpx.Client, typed: str) -> None:
    """Finding 7: a typed "/intent{...}" is ordinary text for Rasa (NLU ranks it; no forced intent)."""
    chat = Conversation(http)
    body = chat.say(typed)
    assert body["degraded"] is False
    latest = _latest_user_message(live_stack, chat)
    assert latest["text"].startswith("／") and not latest["text"].startswith("/")
    assert len(latest["intent_ranking"]) > 1  # a direct trigger has exactly one intent at confidence 1.0
    assert latest["entities"] == [] or all(e.get("extractor") != "RegexMessageHandler" for e in latest["entities"])


def test_the_bots_own_button_payload_is_still_a_direct_trigger(live_stack: Stack, http: httpx.Client) -> None:
    chat = Conversation(http)
    chat.say("/affirm")
    latest = _latest_user_message(live_stack, chat)
    assert latest["text"] == "/affirm" and latest["intent"]["name"] == "affirm"
    assert [(i["name"], i["confidence"]) for i in latest["intent_ranking"]] == [("affirm", 1.0)]


def test_a_typed_trigger_with_slots_cannot_confirm_a_report(live_stack: Stack, http: httpx.Client) -> None:
    chat = Conversation(http)
    chat.say("道路に大きな穴があいていて危ないです")
    chat.say("車が通るたびにはねるくらい深い穴があいてます")
    chat.say("鳴子温泉駅の北側の坂道、消防署の向かい")
    chat.say("なし")
    forged = chat.say('/affirm{"report_confirmed": "yes"}')
    assert "report_filed" not in _kinds(forged)
    listed = http.get("/internal/reports", headers=TOKEN_HEADER).json()
    assert not any(r["where"] == "鳴子温泉駅の北側の坂道、消防署の向かい" for r in listed)
    filed = chat.say("/affirm")  # the page's button
    assert "report_filed" in _kinds(filed), filed


def test_rasa_api_and_action_server_refuse_calls_without_their_tokens(live_stack: Stack) -> None:
    rasa = live_stack.services["rasa"].url
    assert httpx.get(f"{rasa}/conversations/x/tracker", timeout=30).status_code == 401
    assert httpx.get(f"{rasa}/status", timeout=30).status_code == 401
    actions = live_stack.services["actions"].url
    assert httpx.post(f"{actions}/webhook", json={"next_action": "action_file_report"}, timeout=30).status_code == 401


def test_degraded_mode_while_rasa_is_stopped_then_recovers(live_stack: Stack, http: httpx.Client) -> None:
    chat = Conversation(http)
    live_stack.stop_rasa()
    try:
        body = chat.say("介護保険の申請はどうすればいいですか")
        assert body["degraded"] is True
        assert body["messages"][0]["kind"] == "notice" and body["messages"][1]["kind"] == "faq_answer"
        health = http.get("/api/health").json()
        assert health["status"] == "degraded" and health["parts"]["bot"] == "down"
    finally:
        live_stack.restart_rasa()
    # No gateway restart: the health probe closes the breaker and the next turn goes through Rasa again.
    assert http.get("/api/health").json()["parts"]["bot"] == "ok"
    assert chat.say("こんにちは")["degraded"] is False


def test_rasa_listens_on_loopback_only(live_stack: Stack) -> None:
    rasa = psutil.Process(live_stack.services["rasa"].process.pid)
    port = int(live_stack.services["rasa"].url.rsplit(":", 1)[1])
    processes = [rasa, *rasa.children(recursive=True)]
    listening = [c.laddr for p in processes for c in p.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN]
    assert [addr.ip for addr in listening if addr.port == port] == ["127.0.0.1"]
