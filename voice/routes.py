"""Web layer of the voice package: ``/voice/asr``, ``/voice/session`` and the static client files, with the HTTP
endpoints of ``voice/speech_api.py`` (``/api/voice/transcribe``, ``/api/voice/speak``); the lifespan loads the
engines (``app.state.voice``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, WebSocket
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.websockets import WebSocketDisconnect, WebSocketState

from chat.masking import search_text
from core.errors import AppError
from core.ratelimit import RateLimiter
from core.web import add_static_files, client_key_of
from voice.asr import AsrConnection
from voice.conversation import ChatConversation, ConversationPort
from voice.engines import VoiceEngines, load_engines, loaded_engines
from voice.errors import (
    AudioTooLongError,
    BadConfigError,
    BadSampleRateError,
    NotAudioError,
    StreamTimeoutError,
    TooManyStreamsError,
)
from voice.hearing import wrapped
from voice.protocol import AsrError, ErrorBody, ErrorEvent, parse_start
from voice.session import Redecoder, UnsureHint, VoiceSession
from voice.settings import VoiceSettings
from voice.speech_api import router as speech_api_router
from voice.stt_whisper import WhisperRecognizer
from voice.topic_redecode import Topic, TopicRedecoder
from voice.transcript_fix import TranscriptFixer, load_fixer
from voice.unsure_fix import UnsureFix

log = logging.getLogger(__name__)
router = APIRouter(tags=["voice"])
STATIC_DIR = Path(__file__).resolve().parent / "static"
# The browser client (tablet and chat pages) and its AudioWorklet: served from 'self' (CSP script-src 'self').
STATIC_FILES = {"voice-client.js": "text/javascript", "pcm-worklet.js": "text/javascript"}

# WebSocket close codes (RFC 6455) per error.
CLOSE_NORMAL = 1000
CLOSE_UNSUPPORTED_DATA = 1003
CLOSE_INVALID_PAYLOAD = 1007
CLOSE_POLICY = 1008
CLOSE_TOO_BIG = 1009
CLOSE_INTERNAL = 1011
CLOSE_TRY_AGAIN = 1013
CLOSE_CODES: dict[type[AppError], int] = {
    NotAudioError: CLOSE_UNSUPPORTED_DATA,
    BadConfigError: CLOSE_INVALID_PAYLOAD,
    BadSampleRateError: CLOSE_INVALID_PAYLOAD,
    AudioTooLongError: CLOSE_TOO_BIG,
    TooManyStreamsError: CLOSE_TRY_AGAIN,
    StreamTimeoutError: CLOSE_POLICY,
}


def close_code(error: AppError) -> int:
    """The close code a WebSocket error ends with."""
    return next((code for kind, code in CLOSE_CODES.items() if isinstance(error, kind)), CLOSE_INTERNAL)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Load the voice and the recognisers; tests may preset ``app.state.voice_settings`` or loaded
    ``app.state.voice`` engines (shared by several apps of one test session).

    The conversation is the chat service (``app.state.chat``, started by chat.routes.lifespan) unless
    ``app.state.voice_conversation`` holds another ConversationPort.
    """
    preset: VoiceEngines | None = getattr(app.state, "voice", None)
    configured: VoiceSettings | None = getattr(app.state, "voice_settings", None)
    settings = preset.settings if preset else configured or VoiceSettings()
    engines: VoiceEngines
    if preset is not None:
        engines = preset
    else:
        engines = await run_in_threadpool(load_engines, settings, whisper=settings.whisper_enabled)
    app.state.voice = engines
    if settings.transcript_fix and getattr(app.state, "voice_transcript_fixer", None) is None:
        app.state.voice_transcript_fixer = await run_in_threadpool(load_fixer, settings)
    fixer: TranscriptFixer | None = getattr(app.state, "voice_transcript_fixer", None)
    if settings.transcript_unsure_fix and fixer is not None and getattr(app.state, "voice_unsure_fix", None) is None:
        app.state.voice_unsure_fix = UnsureFix(fixer, below=settings.transcript_unsure_below,
                                               distance=settings.transcript_unsure_distance)
    app.state.voice_limiter = RateLimiter(
        settings.rate_limit, storage_uri=settings.rate_limit_storage_uri, namespace="voice"
    )
    log.info("voice ready: vosk=%s whisper=%s", engines.vosk is not None, engines.whisper is not None)
    try:
        yield
    finally:
        app.state.voice = None


def _conversation(app: Any) -> ConversationPort:
    port: ConversationPort | None = getattr(app.state, "voice_conversation", None)
    conversation = port if port is not None else ChatConversation(app)
    fixer: TranscriptFixer | None = getattr(app.state, "voice_transcript_fixer", None)
    engines: VoiceEngines | None = getattr(app.state, "voice", None)
    settings = engines.settings if engines is not None else VoiceSettings()
    return wrapped(conversation, settings, fixer, confidence=partial(_search_confidence, app))


def _redecoder(app: Any, engines: VoiceEngines, start_mode: str) -> Redecoder | None:
    """VOICE_TOPIC_REDECODE: the second, topic-biased Whisper pass of free-form questions (voice/topic_redecode.py),
    when Whisper recognises them and the search is in this process; else None."""
    settings = engines.settings
    recognizer = engines.free_recognizer() if start_mode == "free" else None
    if not settings.topic_redecode or not isinstance(recognizer, WhisperRecognizer):
        return None
    fixer: TranscriptFixer | None = getattr(app.state, "voice_transcript_fixer", None)
    redecoder = TopicRedecoder(recognizer, partial(_search_topic, app), fixer,
                               entries=settings.topic_redecode_entries, kind=settings.topic_redecode_prompt,
                               rule=settings.topic_redecode_rule)
    return redecoder.heard_text


def _unsure(app: Any, engines: VoiceEngines, start_mode: str) -> UnsureHint | None:
    """VOICE_TRANSCRIPT_UNSURE_FIX: the looser fix in the words Whisper is unsure of (voice/unsure_fix.py), for
    free-form questions Whisper recognises with the transcript fix loaded; else None."""
    unsure: UnsureFix | None = getattr(app.state, "voice_unsure_fix", None)
    recognizer = engines.free_recognizer() if start_mode == "free" else None
    if unsure is None or not engines.settings.transcript_unsure_fix or not isinstance(recognizer, WhisperRecognizer):
        return None
    return unsure.heard_text


def _search_topic(app: Any, text: str, entries: int) -> Topic | None:
    """The app's knowledge search of a transcript (as handed on): its first ``entries`` questions, confidence and
    abstention (None while the search is not loaded)."""
    search: Any = getattr(app.state, "search", None)
    if search is None:
        return None
    result = search.search(search_text(text), k=entries, spoken=True)
    return Topic(tuple(a.entry.question for a in result.answers), float(result.confidence), bool(result.abstained))


def _search_confidence(app: Any, text: str) -> float:
    """The app's knowledge search's confidence in its first answer to a transcript (0 while it is not loaded)."""
    search: Any = getattr(app.state, "search", None)
    return float(search.search(search_text(text), k=1, spoken=True).confidence) if search is not None else 0.0


async def _fail(websocket: WebSocket, error: AppError, *, vosk_protocol: bool) -> None:
    """Tell the client what went wrong (Japanese), then close cleanly with a matching code."""
    log.info("voice socket closed: %s %s", error.code, error.detail)
    if websocket.client_state != WebSocketState.CONNECTED:
        return
    body: BaseModel = (
        AsrError(error=ErrorBody(code=error.code, message=error.message))
        if vosk_protocol
        else ErrorEvent(code=error.code, message=error.message)
    )
    try:
        await websocket.send_text(body.model_dump_json())
        await websocket.close(close_code(error))
    except (WebSocketDisconnect, RuntimeError):
        pass


@router.websocket("/voice/asr")
async def asr_socket(websocket: WebSocket) -> None:
    """vosk-server protocol: config, binary 16-bit PCM, eof -> partial and final results."""
    await websocket.accept()
    try:
        engines = loaded_engines(websocket.app)
        async with engines.slots.hold(client_key_of(websocket)):
            await AsrConnection(websocket, engines).run()
    except AppError as err:
        await _fail(websocket, err, vosk_protocol=True)
    except WebSocketDisconnect:
        return


@router.websocket("/voice/session")
async def session_socket(websocket: WebSocket) -> None:
    """Spoken conversation: start message, PCM frames -> listening/partial/final/bot_text/audio events."""
    await websocket.accept()
    session: VoiceSession | None = None
    try:
        engines = loaded_engines(websocket.app)
        async with engines.slots.hold(client_key_of(websocket)):
            try:
                first = await asyncio.wait_for(websocket.receive(), engines.settings.stream_idle_timeout_s)
            except TimeoutError as err:
                raise StreamTimeoutError(detail="no start message") from err
            if first["type"] == "websocket.disconnect":
                return
            if first.get("text") is None:
                raise BadConfigError("最初に開始メッセージを送ってください。", detail="first frame was binary")
            start = parse_start(first["text"], engines.settings)
            session = VoiceSession(websocket, engines, _conversation(websocket.app), start,
                                   redecoder=_redecoder(websocket.app, engines, start.mode),
                                   unsure=_unsure(websocket.app, engines, start.mode))
            await session.run()
            await session.close()
            if websocket.client_state == WebSocketState.CONNECTED:
                await websocket.close(CLOSE_NORMAL)
    except AppError as err:
        if session is not None:
            await session.close()
        await _fail(websocket, err, vosk_protocol=False)
    except WebSocketDisconnect:
        if session is not None:
            await session.close()


router.include_router(speech_api_router)
add_static_files(router, url_prefix="/voice/static", directory=STATIC_DIR, files=STATIC_FILES)
