"""Whisper decoding options and the audio front end: what faster-whisper is asked, what audio it is given, and
the real engine under those settings."""

from __future__ import annotations

import numpy as np
import pytest

from voice.engines import VoiceEngines, load_whisper
from voice.judge import reading_cer
from voice.settings import VoiceSettings
from voice.stt_decoding import (
    PEAK_CEILING,
    TEMPERATURE_FALLBACK,
    TRIM_KEEP_MS,
    AudioFrontEnd,
    WhisperDecoding,
)
from voice.stt_whisper import WhisperRecognizer
from voice.tts_driver import render

RATE_HZ = 16000
QUESTION = "住民票はどこで取れますか。"
QUIET_LEVEL = 300  # |sample| at or below this is Open JTalk's own faint padding, not speech


def spoken(text: str = QUESTION) -> np.ndarray:
    return render(text, rate_wpm=200, sample_rate_hz=RATE_HZ)


def rms_dbfs(pcm: np.ndarray) -> float:
    samples = pcm.astype(np.float64) / 32768.0
    return float(20 * np.log10(np.sqrt(np.mean(samples**2))))


def test_default_options_are_faster_whispers_with_beam_5() -> None:
    options = WhisperDecoding().options()
    assert options == {
        "beam_size": 5, "patience": 1.0, "length_penalty": 1.0, "without_timestamps": False,
        "temperature": list(TEMPERATURE_FALLBACK), "suppress_blank": True, "suppress_tokens": [-1],
        "vad_filter": False,
    }
    off = WhisperDecoding(temperature_fallback=False, suppress_symbols=False).options()
    assert off["temperature"] == 0.0 and off["suppress_tokens"] == []


def test_signatures_name_only_what_differs() -> None:
    assert WhisperDecoding().signature() == "" and WhisperDecoding(beam_size=8).signature() == ""  # beam: own key
    assert WhisperDecoding(patience=2.0, vad_filter=True).signature() == "patience=2.0,vad_filter=True"
    assert AudioFrontEnd().signature() == ""
    assert AudioFrontEnd(trim=True, pad_ms=300).signature() == "trim=True,pad_ms=300"


def test_settings_build_the_options() -> None:
    shipped = VoiceSettings()
    assert shipped.whisper_decoding() == WhisperDecoding(beam_size=shipped.whisper_beam_size)
    assert shipped.whisper_front_end() == AudioFrontEnd()
    changed = VoiceSettings(whisper_patience=2, whisper_without_timestamps=True, whisper_input_level_dbfs="-25",
                            whisper_trim_silence=True, whisper_pad_ms=200)
    assert changed.whisper_decoding().patience == 2.0 and changed.whisper_decoding().without_timestamps
    assert changed.whisper_front_end() == AudioFrontEnd(level_dbfs=-25.0, trim=True, pad_ms=200)
    assert VoiceSettings(whisper_input_level_dbfs="").whisper_input_level_dbfs is None  # empty: as received


def test_front_end_passes_audio_through_by_default() -> None:
    pcm = spoken()
    assert AudioFrontEnd().apply(pcm) is pcm
    empty = np.zeros(0, dtype=np.int16)
    assert AudioFrontEnd(trim=True, pad_ms=100, level_dbfs=-20).apply(empty).size == 0


def test_trim_and_pad_leave_the_speech_whole() -> None:
    pcm = spoken()
    silence = np.zeros(RATE_HZ, dtype=np.int16)  # a second of silence at both ends
    padded = np.concatenate([silence, pcm, silence])
    trimmed = AudioFrontEnd(trim=True).apply(padded)
    loud = np.flatnonzero(np.abs(pcm) > QUIET_LEVEL)
    speech_samples = loud[-1] - loud[0]
    keep = RATE_HZ * TRIM_KEEP_MS // 1000
    assert speech_samples <= len(trimmed) <= speech_samples + 2 * keep + 2 * RATE_HZ // 100
    assert int(np.abs(trimmed).max()) == int(np.abs(pcm).max())  # nothing loud cut, level untouched
    with_pad = AudioFrontEnd(trim=True, pad_ms=300).apply(padded)
    assert len(with_pad) == len(trimmed) + 2 * RATE_HZ * 300 // 1000
    assert not with_pad[: RATE_HZ * 300 // 1000].any() and not with_pad[-RATE_HZ * 300 // 1000:].any()


def test_level_is_normalised_on_the_speech_frames() -> None:
    pcm = spoken()
    quiet = (pcm.astype(np.float64) * 0.02).astype(np.int16)  # about -34 dB lower, as from a far microphone
    louder = AudioFrontEnd(level_dbfs=-30).apply(quiet)
    speech = louder[np.abs(louder) > 30]
    assert rms_dbfs(speech) == pytest.approx(-30, abs=2.5)
    loudest = AudioFrontEnd(level_dbfs=0).apply(pcm)  # a gain that would clip is capped below full scale
    assert int(np.abs(loudest).max()) <= round(PEAK_CEILING * 32768)


def test_engine_decodes_with_the_options(engines: VoiceEngines) -> None:
    """The real Whisper base under non-default options still transcribes a question; the options reach it."""
    assert isinstance(engines.whisper, WhisperRecognizer)
    settings = engines.settings.model_copy(update={
        "whisper_without_timestamps": True, "whisper_temperature_fallback": False, "whisper_patience": 1.5,
        "whisper_trim_silence": True, "whisper_pad_ms": 200, "whisper_input_level_dbfs": -26.0,
    })
    whisper = load_whisper(settings)
    assert isinstance(whisper, WhisperRecognizer)
    assert whisper.decoding.without_timestamps and not whisper.decoding.temperature_fallback
    assert whisper.front_end == AudioFrontEnd(level_dbfs=-26.0, trim=True, pad_ms=200)
    quiet = (spoken().astype(np.float64) * 0.05).astype(np.int16)
    heard = whisper.transcribe(quiet).text
    assert reading_cer(QUESTION, heard) <= 0.25, heard


def test_engine_keeps_silence_silent_with_the_front_end(engines: VoiceEngines) -> None:
    """Normalising the level must not turn silence or faint noise into words."""
    settings = engines.settings.model_copy(update={"whisper_input_level_dbfs": -26.0, "whisper_trim_silence": True})
    whisper = load_whisper(settings)
    assert whisper.transcribe(np.zeros(RATE_HZ, dtype=np.int16)).text == ""
