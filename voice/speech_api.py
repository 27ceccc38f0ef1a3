"""HTTP endpoints of the voice: ``/api/voice/transcribe`` (what was said in an uploaded WAV, by Vosk or Whisper) and
``/api/voice/speak`` (a text read aloud as a WAV); both use the engines the voice lifespan loaded
(``voice/routes.py``) and the per-address voice rate limit."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from core.text import NonBlankText
from core.web import enforce
from voice.audio import decode_wav, resample, to_pcm16
from voice.engines import loaded_engines
from voice.errors import AudioTooLongError, BadConfigError, TextTooLongError
from voice.protocol import WordResult

router = APIRouter(tags=["voice"])


class TranscribeResponse(BaseModel):
    """What was said in the uploaded audio."""

    text: str
    words: list[WordResult] = Field(default_factory=list)
    engine: str
    duration_s: float


async def _read_limited(request: Request, limit_bytes: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit_bytes:
        raise AudioTooLongError(detail=f"body of {declared} bytes > {limit_bytes}")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit_bytes:
            raise AudioTooLongError(detail=f"body over {limit_bytes} bytes")
    return bytes(body)


@router.post("/api/voice/transcribe", response_model=TranscribeResponse)
async def transcribe(
    request: Request,
    engine: str | None = Query(None, pattern="^(vosk|whisper)$", description="default: VOICE_STT_ENGINE"),
    grammar: str | None = Query(
        None, max_length=20, description="grammar mode with this phrase list (Vosk; Whisper matched to it without)"
    ),
) -> TranscribeResponse:
    """Transcribe a WAV body (any common rate, width and channel count; at most 60 s)."""
    engines = loaded_engines(request.app)
    enforce(request.app.state.voice_limiter, request)
    settings = engines.settings
    body = await _read_limited(request, settings.max_upload_bytes)
    if grammar is not None and grammar not in settings.grammars:
        raise BadConfigError(detail=f"unknown grammar {grammar!r}")
    if engine == "whisper" and engines.whisper is not None:
        recognizer = engines.whisper
    elif engine == "vosk":
        recognizer = engines.streaming_recognizer()
    elif grammar is not None:
        recognizer = engines.grammar_recognizer()
    else:
        recognizer = engines.free_recognizer()
    samples, rate = decode_wav(body, max_duration_s=settings.max_utterance_s)
    pcm = to_pcm16(resample(samples, rate, recognizer.sample_rate_hz))
    phrases = settings.grammar(grammar) if grammar else None
    transcript = await run_in_threadpool(recognizer.transcribe, pcm, grammar=phrases)
    return TranscribeResponse(
        text=transcript.text,
        words=[WordResult(word=w.word, start=w.start, end=w.end, conf=w.conf) for w in transcript.words],
        engine=recognizer.name,
        duration_s=round(len(samples) / rate, 3),
    )


class SpeakRequest(BaseModel):
    """Text to read aloud."""

    text: NonBlankText


@router.post("/api/voice/speak", response_class=Response)
async def speak(request: Request, body: SpeakRequest) -> Response:
    """The text read aloud by the Japanese voice, as a mono 16-bit WAV."""
    engines = loaded_engines(request.app)
    enforce(request.app.state.voice_limiter, request)
    if len(body.text) > engines.settings.max_text_chars:
        raise TextTooLongError(detail=f"{len(body.text)} > {engines.settings.max_text_chars} characters")
    wav = await engines.tts.wav(body.text)
    return Response(wav, media_type="audio/wav", headers={"Cache-Control": "no-store"})
