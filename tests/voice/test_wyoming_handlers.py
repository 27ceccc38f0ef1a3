"""The Wyoming services through the ``wyoming`` client library against a real server (real Open JTalk voice,
Whisper base, the real chat service over the real knowledge search with Rasa down: degraded answers)."""

from __future__ import annotations

import warnings

with warnings.catch_warnings():  # wyoming.audio imports audioop (deprecated in 3.11); see pyproject filterwarnings
    warnings.filterwarnings("ignore", "'audioop' is deprecated", DeprecationWarning)
    import audioop  # noqa: F401

from collections.abc import Iterator

import pytest
from wyoming.asr import Transcribe, Transcript
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.error import Error
from wyoming.event import Event
from wyoming.handle import Handled, NotHandled
from wyoming.info import Describe, Info
from wyoming.tts import Synthesize

from chat.bot_client import BotClient
from chat.service import ChatService
from chat.settings import ChatSettings
from core.rasa import RasaSettings
from devstack.processes import free_port
from knowledge.search import Searcher
from tests.voice.conftest import FaqConversation
from tests.voice.wyoming_support import audio_events, audio_of, exchange, wyoming_server
from voice.engines import VoiceEngines
from voice.judge import reading, reading_cer
from voice.stt_whisper import WhisperRecognizer
from voice.tts_driver import render
from voice.wyoming_conversation import GatewayConversation, ServiceConversation
from voice.wyoming_handlers import (
    BAD_AUDIO_FORMAT,
    EMPTY_AUDIO,
    EMPTY_TEXT,
    NO_AUDIO_STARTED,
    NOT_UNDERSTOOD,
    UNKNOWN_EVENT,
    WyomingServices,
)

QUESTION = "燃やせるごみの収集日はいつですか"
Address = tuple[str, int]


@pytest.fixture(scope="module")
def address(engines: VoiceEngines, searcher: Searcher) -> Iterator[Address]:
    """The services with the real chat service (Rasa is not running: the search answers)."""
    chat_settings = ChatSettings(rasa_timeout_s=1.0)
    bot = BotClient(RasaSettings(url=f"http://127.0.0.1:{free_port()}"), chat_settings)
    service = ChatService(bot=bot, settings=chat_settings, search=lambda: searcher)
    with wyoming_server(WyomingServices(engines=engines, conversation=ServiceConversation(service))) as live:
        yield live


@pytest.fixture(scope="module")
def spoken_question(address: Address) -> tuple[bytes, int]:
    """The question as the server's voice says it."""
    events = exchange(address, [Synthesize(text=QUESTION).event()], {AudioStop().event().type, "error"})
    return audio_of(events)


def test_describe_lists_asr_tts_and_handle(address: Address) -> None:
    events = exchange(address, [Describe().event()], {"info"})
    info = Info.from_event(events[-1])
    assert [p.name for p in info.asr] == ["osaki-whisper"]  # VOICE_STT_ENGINE=whisper in the test settings
    assert info.asr[0].models[0].languages == ["ja"]
    assert [p.name for p in info.tts] == ["osaki-openjtalk"]
    assert info.tts[0].voices[0].languages == ["ja"]
    assert [p.name for p in info.handle] == ["osaki-assistant"]
    assert all(p.installed for p in [*info.asr, *info.tts, *info.handle])


def test_synthesize_streams_audio_at_the_voice_rate(address: Address, engines: VoiceEngines) -> None:
    events = exchange(address, [Synthesize(text=QUESTION).event()], {"audio-stop", "error"})
    assert events[0].type == "audio-start" and events[-1].type == "audio-stop"
    start = AudioStart.from_event(events[0])
    assert (start.rate, start.width, start.channels) == (engines.tts.sample_rate_hz, 2, 1)
    pcm, rate = audio_of(events)
    assert rate == engines.tts.sample_rate_hz
    assert len(pcm) / 2 / rate > 1.0  # over a second of speech


def test_transcribe_the_spoken_question(address: Address, spoken_question: tuple[bytes, int]) -> None:
    pcm, rate = spoken_question
    sent = [Transcribe(language="ja").event(), *audio_events(pcm, rate)]
    transcript = Transcript.from_event(exchange(address, sent, {"transcript", "error"})[-1])
    heard = reading(transcript.text).replace("ウ", "")  # the judge's readings, long vowels dropped
    for key in ("モヤセル", "シュシュビ"):  # 燃やせる, 収集日 (Whisper base may hear ゴミ as コミ)
        assert key in heard, (key, transcript.text, heard)
    assert reading_cer(QUESTION, transcript.text) <= 0.3, transcript.text
    assert transcript.language == "ja"


def test_handle_answers_from_the_city_faq(address: Address) -> None:
    sent = [Transcript(text=QUESTION, language="ja", context={"conversation_id": "ha-1"}).event()]
    events = exchange(address, sent, {"handled", "not-handled"})
    assert events[-1].type == "handled"
    handled = Handled.from_event(events[-1])
    assert handled.text is not None and "週2回収集" in handled.text  # gomi-001 found by the real search
    assert handled.context == {"conversation_id": "ha-1"}


def test_bad_input_is_answered_and_the_connection_stays_usable(address: Address) -> None:
    sent = [
        Event(type="no-such-event", data={"x": 1}),
        AudioStart(rate=16000, width=2, channels=1).event(), AudioStop().event(),  # empty audio
        AudioStop().event(),  # stop without a start
        AudioStart(rate=16000, width=1, channels=1).event(),  # 8-bit audio is refused
        AudioChunk(rate=16000, width=1, channels=1, audio=b"\x80" * 100).event(), AudioStop().event(),
        Synthesize(text="   ").event(),
        Describe().event(),
    ]
    events = exchange(address, sent, {"info"})
    codes = [Error.from_event(e).code for e in events if e.type == "error"]
    assert codes == [UNKNOWN_EVENT, EMPTY_AUDIO, NO_AUDIO_STARTED, BAD_AUDIO_FORMAT, NO_AUDIO_STARTED, EMPTY_TEXT]
    assert events[-1].type == "info"


def test_empty_transcript_is_not_handled(address: Address) -> None:
    events = exchange(address, [Transcript(text="  ").event()], {"handled", "not-handled"})
    assert events[-1].type == "not-handled"
    assert NotHandled.from_event(events[-1]).text == NOT_UNDERSTOOD


def test_gateway_down_is_not_handled(engines: VoiceEngines) -> None:
    conversation = GatewayConversation(f"http://127.0.0.1:{free_port()}")
    with wyoming_server(WyomingServices(engines=engines, conversation=conversation)) as address:
        events = exchange(address, [Transcript(text=QUESTION).event()], {"handled", "not-handled"})
        info = Info.from_event(exchange(address, [Describe().event()], {"info"})[-1])
    assert events[-1].type == "not-handled"
    assert NotHandled.from_event(events[-1]).text == NOT_UNDERSTOOD
    assert [p.name for p in info.handle] == ["osaki-assistant"]


def test_the_n_best_of_an_asr_transcript_reach_its_handle_turn(
    engines: VoiceEngines, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home Assistant sends the ``asr`` transcript back to ``handle`` as text: the server remembers the n best
    of its transcripts (VOICE_WHISPER_HYPOTHESES) and hands them to the conversation with that text, once."""
    whisper = engines.whisper
    assert isinstance(whisper, WhisperRecognizer)
    monkeypatch.setattr(whisper, "num_hypotheses", 5)
    conversation = FaqConversation()
    pcm = render("除籍謄本はどこで取れますか。", rate_wpm=200, sample_rate_hz=16000)
    with wyoming_server(WyomingServices(engines=engines, conversation=conversation)) as live:
        sent = [Transcribe(language="ja").event(), *audio_events(pcm.astype("<i2").tobytes(), 16000)]
        heard = Transcript.from_event(exchange(live, sent, {"transcript", "error"})[-1]).text
        for _ in range(2):
            exchange(live, [Transcript(text=heard).event()], {"handled", "not-handled"})
    first, again = conversation.hypotheses
    assert len(first) >= 2 and first[0] == heard  # Whisper's n best, its transcript first
    assert again == []  # recalled once
    assert [text for _, text, _ in conversation.turns] == [heard, heard]
