"""Messages of the voice endpoints, shared by both ends (JSON Schema in docs/protocols/).

``/voice/asr`` speaks the vosk-server protocol; ``/voice/session`` speaks the typed events below.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from core.schema_files import write_or_check
from core.text import NonBlankStr, NonBlankText
from voice.audio import check_sample_rate
from voice.errors import BadConfigError
from voice.settings import VoiceSettings

# --- /voice/asr (vosk-server protocol) ---


class AsrConfig(BaseModel):
    """The ``config`` object of vosk-server's first message."""

    model_config = ConfigDict(extra="ignore")

    sample_rate: float = Field(16000, description="rate of the 16-bit mono PCM that follows")
    words: bool = Field(True, description="word timings in final results")
    phrase_list: list[NonBlankStr] | None = Field(None, max_length=200, description="grammar mode phrases")
    grammar: str | None = Field(None, description="name of a configured phrase list (e.g. 'ja'): grammar mode")
    max_alternatives: int = Field(0, ge=0, le=0, description="alternatives are not supported (0)")


class AsrConfigMessage(BaseModel):
    """``{"config": {...}}``"""

    model_config = ConfigDict(extra="forbid")

    config: AsrConfig


class AsrEof(BaseModel):
    """``{"eof": 1}``: no more audio; the final result follows and the server closes."""

    model_config = ConfigDict(extra="forbid")

    eof: Literal[1]


class WordResult(BaseModel):
    """One word of a final result (vosk-server's shape)."""

    word: str
    start: float
    end: float
    conf: float


class AsrPartial(BaseModel):
    """``{"partial": "..."}``"""

    partial: str


class AsrFinal(BaseModel):
    """``{"text": "...", "result": [...]}``"""

    text: str
    result: list[WordResult] = Field(default_factory=list)


class ErrorBody(BaseModel):
    """What went wrong: a code for programs, a Japanese message for people."""

    code: str
    message: str


class AsrError(BaseModel):
    """``{"error": {...}}`` before the server closes the socket."""

    error: ErrorBody


# --- /voice/session ---

Channel = Literal["voice", "device", "speaker"]


class StartMessage(BaseModel):
    """Client, first message: how the audio comes and which conversation it belongs to."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["start"]
    sample_rate: int = Field(16000, description="rate of the 16-bit mono PCM binary frames that follow")
    session_id: NonBlankStr | None = Field(None, max_length=200, description="the chat session to continue")
    channel: Channel = "voice"
    mode: Literal["free", "grammar"] = Field(
        "free", description="free: questions answered by the chat; grammar: check-in answers, recognised only"
    )
    speak: bool = Field(True, description="send the reply as audio too")


class TextMessage(BaseModel):
    """Client: a typed question in the same session (answered like a spoken one)."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["text"]
    text: NonBlankText = Field(max_length=500)


class MoreMessage(BaseModel):
    """Client: 「続きを聞く」 — speak the rest of the last answer."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["more"]


class StopMessage(BaseModel):
    """Client: stop now (pending speech is finalised, playback stops, the server closes)."""

    model_config = ConfigDict(extra="forbid")

    type: Literal["stop"]


ClientMessage = Annotated[StartMessage | TextMessage | MoreMessage | StopMessage, Field(discriminator="type")]


class ListeningEvent(BaseModel):
    """Server: ready for speech."""

    type: Literal["listening"] = "listening"
    session_id: str


class PartialEvent(BaseModel):
    """Server: what has been understood so far."""

    type: Literal["partial"] = "partial"
    text: str


class FinalEvent(BaseModel):
    """Server: the utterance as recognised (end of speech by VAD)."""

    type: Literal["final"] = "final"
    text: str
    words: list[WordResult] = Field(default_factory=list)


class BotTextEvent(BaseModel):
    """Server: the assistant's answer as text, and the part that is spoken."""

    type: Literal["bot_text"] = "bot_text"
    text: str
    spoken: str
    has_more: bool = False


class AudioStartEvent(BaseModel):
    """Server: reply audio follows (16-bit little-endian mono PCM)."""

    type: Literal["audio_start"] = "audio_start"
    sample_rate: int
    format: Literal["pcm_s16le"] = "pcm_s16le"
    text: str


class AudioChunkEvent(BaseModel):
    """Server: one piece of reply audio (base64 PCM)."""

    type: Literal["audio_chunk"] = "audio_chunk"
    seq: int
    text: str = Field("", description="the sentence this chunk belongs to")
    data: str = Field(description="base64 of pcm_s16le samples")


class AudioEndEvent(BaseModel):
    """Server: the reply audio is over (``interrupted``: stopped because the person spoke)."""

    type: Literal["audio_end"] = "audio_end"
    interrupted: bool = False


class ErrorEvent(BaseModel):
    """Server: something went wrong (the socket closes after a fatal one)."""

    type: Literal["error"] = "error"
    code: str
    message: str
    fatal: bool = True


ServerEvent = Annotated[
    ListeningEvent | PartialEvent | FinalEvent | BotTextEvent | AudioStartEvent | AudioChunkEvent | AudioEndEvent
    | ErrorEvent,
    Field(discriminator="type"),
]
CLIENT_MESSAGES: TypeAdapter[Any] = TypeAdapter(ClientMessage)
SERVER_EVENTS: TypeAdapter[Any] = TypeAdapter(ServerEvent)


def session_schema() -> dict[str, Any]:
    """JSON Schema of /voice/session (both directions), as committed in docs/protocols/."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "voice session (/voice/session)",
        "description": "Client sends a start message, then binary 16-bit mono PCM frames and control messages; "
        "the server answers with events.",
        "client": CLIENT_MESSAGES.json_schema(),
        "server": SERVER_EVENTS.json_schema(),
    }


def asr_schema() -> dict[str, Any]:
    """JSON Schema of /voice/asr (the vosk-server protocol subset spoken here)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "speech recognition (/voice/asr, vosk-server protocol)",
        "client": TypeAdapter(AsrConfigMessage | AsrEof).json_schema(),
        "server": TypeAdapter(AsrPartial | AsrFinal | AsrError).json_schema(),
    }


PROJECT_ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILES: dict[str, Callable[[], dict[str, Any]]] = {
    "voice-session.schema.json": session_schema,
    "voice-asr.schema.json": asr_schema,
}


def schema_text(name: str) -> str:
    """The committed form of one schema file."""
    return json.dumps(SCHEMA_FILES[name](), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write docs/protocols/voice-*.schema.json (``--check``: exit 1 when a committed file differs)."""
    args = list(sys.argv[1:] if argv is None else argv)
    folder = PROJECT_ROOT / "docs" / "protocols"
    return write_or_check({folder / name: schema_text(name) for name in SCHEMA_FILES}, argv=args,
                          command="voice.protocol")

if __name__ == "__main__":
    sys.exit(main())


def parse_client_message(text: str) -> Any:
    """A typed client message of ``/voice/session``, or BadConfigError."""
    try:
        return CLIENT_MESSAGES.validate_python(json.loads(text))
    except (json.JSONDecodeError, ValidationError) as err:
        raise BadConfigError(detail=f"bad control message: {str(err)[:200]}") from err


def parse_start(text: str, settings: VoiceSettings) -> StartMessage:
    """The first message: a valid start message with an accepted sample rate."""
    message = parse_client_message(text)
    if not isinstance(message, StartMessage):
        raise BadConfigError("最初に開始メッセージを送ってください。", detail="first message must be type=start")
    check_sample_rate(
        message.sample_rate, minimum_hz=settings.min_sample_rate_hz, maximum_hz=settings.max_sample_rate_hz
    )
    return message
