"""The real stack over HTTP: Rasa (trained model) + action server + gateway, Japanese questions end to end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import psutil
import pytest

from tests.live_stack import Stack

pytestmark = pytest.mark.slow
TOKEN_HEADER = {"X-Internal-Token": "test-internal-token-0123456789"}


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
    assert answer["phones"] == [{"label": "環境保全課", "number": "0229236075"}]


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
