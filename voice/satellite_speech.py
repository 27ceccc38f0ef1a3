"""What is said on a speaker: the chime, the spoken check-in question, recognising a spoken answer (grammar mode
first, then free form) and the confirmation said back; and a conversation turn for any other utterance.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines
from voice.satellite import SATELLITE_RATE_HZ
from voice.stt import RecentHypotheses
from voice.stt_feed import StreamOpener
from watch.answers import AnswerResult

CHIME_NOTES_HZ = (880.0, 660.0)  # a soft two-note "ding-dong" before a check-in or a notice
CHIME_NOTE_S = 0.25
CHIME_LEVEL = 0.3  # of full scale
ANSWER_HINT = "「元気です」、「具合が悪い」、「たすけて」のどれかで、お答えください。"
ASK_AGAIN = "すみません。聞き取れませんでした。もう一度、お話しください。"
HEARD_AS = {"fine": "「元気」", "unwell": "「具合が悪い」", "help": "「たすけて」"}
CONFIRM = "{heard}とお答えいただきました。"
UNKNOWN_WORD = "[unk]"


def chime(rate_hz: int) -> npt.NDArray[np.int16]:
    """Two soft sine notes with short fades (no clicks)."""
    notes = []
    fade = int(0.02 * rate_hz)
    for frequency in CHIME_NOTES_HZ:
        t = np.arange(int(CHIME_NOTE_S * rate_hz)) / rate_hz
        note = np.sin(2 * np.pi * frequency * t) * CHIME_LEVEL
        envelope = np.ones_like(note)
        envelope[:fade] = np.linspace(0, 1, fade)
        envelope[-fade:] = np.linspace(1, 0, fade)
        notes.append(note * envelope)
    notes.append(np.zeros(int(0.15 * rate_hz)))
    return to_pcm16(np.concatenate(notes).astype(np.float32))


def question_text(message: str) -> str:
    """The check-in question as spoken: the question, then how to answer."""
    return f"{message.strip()} {ANSWER_HINT}"


def confirmation(result: AnswerResult) -> str:
    """The answer confirmed aloud: what was understood, then the reply a tablet shows (buttons become voice)."""
    reply = result.reply.replace("ボタンで", "声で")
    heard = HEARD_AS.get(result.outcome)
    if heard is None:
        return ASK_AGAIN if result.outcome == "unclear" else reply
    return CONFIRM.format(heard=heard) + reply


@dataclass(frozen=True)
class Heard:
    """A recognised answer and which mode found it."""

    text: str
    mode: str  # grammar | free


def _at_rate(pcm: npt.NDArray[np.int16], rate_hz: int) -> npt.NDArray[np.int16]:
    if rate_hz == SATELLITE_RATE_HZ:
        return pcm
    return to_pcm16(resample(to_float(pcm), SATELLITE_RATE_HZ, rate_hz))


def grammar_usable(engines: VoiceEngines) -> bool:
    """Grammar mode needs a Vosk model of the language people answer in (Whisper's, Japanese)."""
    settings = engines.settings
    return engines.vosk is not None and settings.vosk_language == settings.whisper_language \
        and bool(settings.grammar())


def free_stream_opener(engines: VoiceEngines) -> StreamOpener | None:
    """How to open the free-form recogniser's stream when it streams at the satellite's rate (Vosk), so the link
    feeds it while the person speaks; None for Whisper (whole utterances) or no engine."""
    if engines.vosk is None and engines.whisper is None:
        return None
    recognizer = engines.free_recognizer()
    if not recognizer.streaming or recognizer.sample_rate_hz != SATELLITE_RATE_HZ:
        return None
    return recognizer.open_stream


async def recognise_answer(engines: VoiceEngines, pcm: npt.NDArray[np.int16],
                           free: asyncio.Task[str] | None = None) -> Heard:
    """Grammar mode (Vosk, the answer phrases only) first; free form (Whisper or Vosk) when it hears anything
    else. Without a Vosk model of the answer language the free transcript is classified whole (matching it to
    the nearest phrase would turn 「元気だけど腰が痛い」 into 元気). ``free``: the free-form transcript already
    under way (streamed or started early by the link), used instead of transcribing the audio again."""
    loop = asyncio.get_running_loop()
    if grammar_usable(engines) and engines.vosk is not None:
        vosk = engines.vosk
        grammar = engines.settings.grammar()
        audio = _at_rate(pcm, vosk.sample_rate_hz)
        found = await loop.run_in_executor(None, lambda: vosk.transcribe(audio, grammar=grammar))
        text = found.text.strip()
        if text and UNKNOWN_WORD not in text:  # exactly one of the phrases: else the free form hears the rest
            return Heard(text, "grammar")
    if free is not None:
        return Heard(await free, "free")
    recognizer = engines.free_recognizer()
    audio = _at_rate(pcm, recognizer.sample_rate_hz)
    found = await loop.run_in_executor(None, recognizer.transcribe, audio)
    return Heard(found.text.strip(), "free")


async def transcribe_free(engines: VoiceEngines, pcm: npt.NDArray[np.int16],
                          heard: RecentHypotheses | None = None) -> str:
    """A free-form question (conversation turn); its n best are kept in ``heard`` when the recogniser gives
    them (VOICE_WHISPER_HYPOTHESES)."""
    recognizer = engines.free_recognizer()
    audio = _at_rate(pcm, recognizer.sample_rate_hz)
    found = await asyncio.get_running_loop().run_in_executor(None, recognizer.transcribe, audio)
    if heard is not None:
        heard.remember(found)
    return found.text.strip()
