"""Vosk on the Korean package model: grammar mode, free mode, word timings; the missing-model error."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.voice.conftest import KOREAN_MODEL, wav_frames
from voice.audio import resample, to_float, to_pcm16
from voice.engines import VoiceEngines, load_vosk
from voice.errors import ModelMissingError
from voice.settings import VoiceSettings
from voice.stt import Transcript
from voice.stt_vosk import VoskRecognizer, decoder_model_dir


def pcm16k(path: Path) -> np.ndarray:
    raw, rate = wav_frames(path)
    return to_pcm16(resample(to_float(np.frombuffer(raw, dtype="<i2").astype(np.int16)), rate, 16000))


def test_grammar_mode_recognises_the_answers(engines: VoiceEngines, korean_audio: dict[str, Path]) -> None:
    vosk = engines.streaming_recognizer()
    grammar = engines.settings.grammar("ko")
    assert engines.vosk is not None
    yes = vosk.transcribe(pcm16k(korean_audio["yes"]), grammar=grammar)
    no = vosk.transcribe(pcm16k(korean_audio["no"]), grammar=grammar)
    assert (yes.text, no.text) == ("네", "아니요")
    assert yes.words[0].word == "네" and 0 <= yes.words[0].start < yes.words[0].end <= 1.0


def test_free_mode_streams_partials_and_a_final(engines: VoiceEngines, korean_audio: dict[str, Path]) -> None:
    # espeak-ng's Korean is rough: free mode hears its 네 as 예 (both mean "yes"); longer phrases are garbled,
    # which is why check-in answers use grammar mode.
    stream = engines.streaming_recognizer().open_stream()
    pcm = np.concatenate([pcm16k(korean_audio["yes"]), np.zeros(8000, dtype=np.int16)])
    results = [stream.accept(pcm[i : i + 800]) for i in range(0, len(pcm), 800)]
    finals = [r for r in results if isinstance(r, Transcript)] + [stream.finish()]
    partials = [r for r in results if isinstance(r, str) and r]
    assert partials, "free mode gives partial results while audio arrives"
    words = [w for f in finals for w in f.words]
    assert [w.word for w in words] in (["네"], ["예"])
    assert all(0 <= w.start < w.end <= 1.2 for w in words)


def test_grammar_mode_only_knows_its_phrases(engines: VoiceEngines, korean_audio: dict[str, Path]) -> None:
    grammar = engines.settings.grammar("ko")
    free = engines.streaming_recognizer().transcribe(pcm16k(korean_audio["thanks"]))
    restricted = engines.streaming_recognizer().transcribe(pcm16k(korean_audio["thanks"]), grammar=grammar)
    assert free.text and set(free.text.split()) - set(grammar)
    assert set(restricted.text.split()) <= {w for phrase in grammar for w in phrase.split()}


def test_unknown_grammar_words_are_left_out(engines: VoiceEngines) -> None:
    assert isinstance(engines.vosk, VoskRecognizer)
    assert engines.vosk.vocabulary_filter(["네", "없는말xyz", "살려 주세요"]) == ["네", "살려 주세요"]


def test_missing_model_names_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError) as caught:
        VoskRecognizer(tmp_path / "vosk-model-small-ja-0.22")
    assert "python -m voice install-model ja-small" in caught.value.detail
    assert caught.value.status == 503 and "音声認識" in caught.value.message


def test_decoder_options_go_into_a_linked_model_folder(tmp_path: Path, korean_audio: dict[str, Path]) -> None:
    """VOICE_VOSK_BEAM / VOICE_VOSK_MAX_ACTIVE: the real Korean model is loaded from a folder of links whose
    conf/model.conf carries them; the installed model is untouched and still recognises the answers."""
    installed = (KOREAN_MODEL / "conf" / "model.conf").read_text(encoding="utf-8")
    assert decoder_model_dir(KOREAN_MODEL, beam=None, max_active=None, build_dir=tmp_path) == KOREAN_MODEL
    folder = decoder_model_dir(KOREAN_MODEL, beam=5.0, max_active=700, build_dir=tmp_path)
    conf = (folder / "conf" / "model.conf").read_text(encoding="utf-8").splitlines()
    assert "--beam=5.0" in conf and "--max-active=700" in conf
    assert not any(line in conf for line in ("--beam=10.0", "--max-active=3000"))
    assert "--lattice-beam=2.0" in conf and "--min-active=200" in conf  # the model's other options are kept
    assert (folder / "am").resolve() == (KOREAN_MODEL / "am").resolve()
    assert (KOREAN_MODEL / "conf" / "model.conf").read_text(encoding="utf-8") == installed
    assert decoder_model_dir(KOREAN_MODEL, beam=5.0, max_active=700, build_dir=tmp_path) == folder  # made once
    grammar = VoiceSettings().grammar("ko")
    vosk = VoskRecognizer(folder)
    assert vosk.transcribe(pcm16k(korean_audio["yes"]), grammar=grammar).text == "네"
    assert vosk.transcribe(pcm16k(korean_audio["no"]), grammar=grammar).text == "아니요"


def test_load_vosk_uses_the_decoder_settings(tmp_path: Path) -> None:
    settings = VoiceSettings(vosk_model_dir=KOREAN_MODEL, vosk_beam=6.0, vosk_decoder_dir=tmp_path)
    vosk = load_vosk(settings)
    assert isinstance(vosk, VoskRecognizer) and vosk.model_dir == tmp_path / "model-beam6.0"
    assert isinstance(load_vosk(VoiceSettings(vosk_model_dir=KOREAN_MODEL)), VoskRecognizer)
    assert VoiceSettings(_env_file=None, vosk_beam="", vosk_max_active="").vosk_beam is None


def test_decoder_options_of_a_missing_model_name_the_install_command(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError) as caught:
        decoder_model_dir(tmp_path / "vosk-model-small-ja-0.22", beam=5.0, max_active=None, build_dir=tmp_path)
    assert "install-model" in caught.value.detail
