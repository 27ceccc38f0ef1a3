"""The real conversation: a spoken question through /voice/session reaches the chat service (Rasa down here,
so its degraded mode answers from the real knowledge search) and the FAQ answer is spoken back."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from websockets.sync.client import connect

from chat.bot_client import BotClient
from chat.schemas import ChatLink, ChatMessage, ChatPhone, ChatReply
from chat.service import ChatService
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from devstack.processes import free_port
from knowledge.search import Searcher
from tests.voice.conftest import LiveServer, build_app, serve
from tests.voice.test_session import audio_of, events_until, send_audio, speech
from voice.audio import resample, to_float, to_pcm16
from voice.conversation import SHORT_DEGRADED_NOTICE, spoken_reply
from voice.engines import VoiceEngines
from voice.judge import reading
from voice.readings import SEE_SCREEN


def test_spoken_reply_reads_phones_and_points_at_links() -> None:
    reply = ChatReply(session_id="s", degraded=True, messages=[
        ChatMessage(kind="notice", text="ただいま簡易モードでお答えしています。長いお知らせです。"),
        ChatMessage(kind="faq_answer", text="市民課で発行します。",
                    links=[ChatLink(title="市のページ", url="https://www.city.osaki.miyagi.jp/a.html")],
                    phones=[ChatPhone(label="市民課", number="0229235311")]),
    ])
    spoken = spoken_reply(reply)
    assert spoken.preface == SHORT_DEGRADED_NOTICE
    assert spoken.text == f"市民課で発行します。\nお問い合わせは市民課、電話0229235311です。\n{SEE_SCREEN}"


@pytest.fixture(scope="module")
def chat_server(engines: VoiceEngines, searcher: Searcher) -> Iterator[tuple[LiveServer, ChatService]]:
    """The voice routes with the real chat service: Rasa is not running, so turns take the degraded path."""
    chat_settings = ChatSettings(rasa_timeout_s=1.0)
    bot = BotClient(RasaSettings(url=f"http://127.0.0.1:{free_port()}"), chat_settings)
    service = ChatService(bot=bot, settings=chat_settings, search=lambda: searcher)
    app = build_app(engines, None)
    app.state.chat = service
    with serve(app) as live:
        yield live, service


def test_spoken_question_gets_the_faq_entry_from_the_chat(
    chat_server: tuple[LiveServer, ChatService], engines: VoiceEngines
) -> None:
    server, service = chat_server
    with connect(f"{server.ws}/voice/session") as ws:
        ws.send(json.dumps({"type": "start", "sample_rate": 16000}))
        listening = json.loads(ws.recv(timeout=10))
        assert service.is_valid_session(listening["session_id"])  # a chat session the text chat can continue
        send_audio(ws, speech("燃やせるごみの収集日はいつですか。"))
        events = events_until(ws, "audio_end", limit_s=120)
    bot = next(e for e in events if e["type"] == "bot_text")
    assert "週2回収集" in bot["text"]  # gomi-001, found by the real search from the transcript
    assert bot["spoken"].startswith(SHORT_DEGRADED_NOTICE)
    assert "0229-23-6075" in bot["text"] or "0229236075" in bot["text"]
    pcm, rate = audio_of(events)
    assert engines.whisper is not None
    heard = reading(engines.whisper.transcribe(to_pcm16(resample(to_float(pcm), rate, 16000))).text)
    for key in ("モヤセルゴミ", "キメラレタ", "デンワバンゴ"):  # 燃やせるごみ, 決められた, 電話番号 (without ー)
        assert key in heard, (key, heard)
