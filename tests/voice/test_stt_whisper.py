"""Japanese round trip: Open JTalk speaks questions, faster-whisper (Whisper base int8) transcribes them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voice.engines import VoiceEngines
from voice.errors import ModelMissingError
from voice.judge import reading_cer
from voice.stt_whisper import WhisperRecognizer, packaged_whisper_base
from voice.tts_driver import render

QUESTIONS = [
    "ごみの出し方を教えてください。",
    "住民票はどこで取れますか。",
    "燃えるごみの日はいつですか。",
    "マイナンバーカードを作りたいです。",
    "市役所は何時から開いていますか。",
]


def test_spoken_questions_are_transcribed(engines: VoiceEngines) -> None:
    whisper = engines.whisper
    assert whisper is not None and whisper.name == "whisper"
    errors = []
    for question in QUESTIONS:
        pcm = render(question, rate_wpm=engines.settings.tts_rate_wpm, sample_rate_hz=16000)
        heard = whisper.transcribe(pcm).text
        cer = reading_cer(question, heard)
        assert cer <= 0.2, (question, heard, cer)
        errors.append(cer)
    assert float(np.mean(errors)) <= 0.1


def test_stream_buffers_until_finish(engines: VoiceEngines) -> None:
    assert engines.whisper is not None
    stream = engines.whisper.open_stream()
    pcm = render("燃えるごみの日はいつですか。", sample_rate_hz=16000)
    for start in range(0, len(pcm), 3200):
        assert stream.accept(pcm[start : start + 3200]) is None  # whole utterances only: no partials
    assert reading_cer("燃えるごみの日はいつですか。", stream.finish().text) <= 0.2


def test_packaged_model_is_assembled_once(engines: VoiceEngines) -> None:
    folder = packaged_whisper_base(engines.settings.whisper_cache_dir)
    assert (folder / "model.bin").stat().st_size == 2 * 72608766
    stamp = (folder / "model.bin").stat().st_mtime_ns
    assert packaged_whisper_base(engines.settings.whisper_cache_dir) == folder
    assert (folder / "model.bin").stat().st_mtime_ns == stamp


def test_missing_model_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError):
        WhisperRecognizer(tmp_path)
