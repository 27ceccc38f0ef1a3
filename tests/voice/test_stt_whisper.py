"""Japanese round trip: Open JTalk speaks questions, faster-whisper (Whisper base int8) transcribes them."""

from __future__ import annotations

from pathlib import Path

import ctranslate2
import numpy as np
import pytest
from tokenizers import Tokenizer

from voice.engines import VoiceEngines
from voice.errors import ModelMissingError
from voice.judge import reading_cer
from voice.settings import DEFAULT_WHISPER_VOCABULARY, VoiceSettings
from voice.stt_whisper import (
    MAX_PROMPT_CHARS,
    SILENT_PEAK,
    WhisperRecognizer,
    load_vocabulary,
    packaged_whisper_base,
    vocabulary_prompt,
)
from voice.tts_driver import render

WHISPER_PROMPT_TOKENS = 223  # faster-whisper keeps the last max_length // 2 - 1 prompt tokens
SAMPLER_SEED = 20261201  # fixed seed of the temperature-fallback sampler (see the prompt test)

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
        # One misheard kanji of a short question costs ~0.2 (beam 5: 市役所 -> 仕役所, 0.21; beam 1 misses in
        # ごみの出し方 instead, 0.125); the mean below is the figure that matters (beam 5: 0.055, beam 1: 0.049).
        assert cer <= 0.25, (question, heard, cer)
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


def test_vocabulary_file_skips_comments_blanks_and_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "vocabulary.txt"
    path.write_text("# a comment\n\n住民票\n  戸籍謄本  \n除籍謄本 # inline note\n住民票\n   \n", encoding="utf-8")
    assert load_vocabulary(path) == ["住民票", "戸籍謄本", "除籍謄本"]
    assert vocabulary_prompt(load_vocabulary(path)) == "住民票、戸籍謄本、除籍謄本。"


def test_prompt_keeps_whole_terms_within_the_limit() -> None:
    terms = ["住民票", "戸籍謄本", "除籍謄本", "印鑑登録"]
    assert vocabulary_prompt(terms, max_chars=14) == "住民票、戸籍謄本、除籍謄本。"  # exactly 14 characters
    assert vocabulary_prompt(terms, max_chars=13) == "住民票、戸籍謄本。"  # no half term
    assert vocabulary_prompt(terms, max_chars=9) == "住民票、戸籍謄本。"
    assert vocabulary_prompt(terms, max_chars=8) == "住民票。"
    assert vocabulary_prompt(terms, max_chars=3) is None  # not even the first term fits
    assert vocabulary_prompt([]) is None
    many = [f"手続{i:03d}" for i in range(200)]
    prompt = vocabulary_prompt(many)
    assert prompt is not None and len(prompt) <= MAX_PROMPT_CHARS and prompt.endswith("。")
    assert prompt.startswith("手続000、手続001、")  # the file's order: most important first


def test_missing_vocabulary_file_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError) as caught:
        load_vocabulary(tmp_path / "none.txt")
    assert "VOICE_WHISPER_VOCABULARY_FILE" in caught.value.detail


def test_vocabulary_setting_default_and_empty() -> None:
    assert VoiceSettings().whisper_vocabulary_file is None  # off by default (docs/voice.md)
    assert VoiceSettings(whisper_vocabulary_file="").whisper_vocabulary_file is None
    chosen = VoiceSettings(whisper_vocabulary_file=str(DEFAULT_WHISPER_VOCABULARY)).whisper_vocabulary_file
    assert chosen == DEFAULT_WHISPER_VOCABULARY


def test_shipped_vocabulary_fits_whispers_prompt_window(engines: VoiceEngines) -> None:
    terms = load_vocabulary(DEFAULT_WHISPER_VOCABULARY)
    prompt = vocabulary_prompt(terms)
    assert prompt is not None and "除籍謄本" in prompt and "実印" in prompt
    tokenizer = Tokenizer.from_file(str(packaged_whisper_base(engines.settings.whisper_cache_dir) / "tokenizer.json"))
    assert len(tokenizer.encode(prompt, add_special_tokens=False).ids) <= WHISPER_PROMPT_TOKENS
    assert isinstance(engines.whisper, WhisperRecognizer) and engines.whisper.initial_prompt is None  # off by default


def prompted(engines: VoiceEngines) -> WhisperRecognizer:
    """Whisper base with the shipped city vocabulary as its prompt (what VOICE_WHISPER_VOCABULARY_FILE turns on)."""
    prompt = vocabulary_prompt(load_vocabulary(DEFAULT_WHISPER_VOCABULARY))
    return WhisperRecognizer(packaged_whisper_base(engines.settings.whisper_cache_dir), initial_prompt=prompt)


def test_vocabulary_prompt_fixes_municipal_kanji(engines: VoiceEngines) -> None:
    """Open JTalk speaks sentences with vocabulary words; Whisper base alone writes them with the wrong kanji
    (実員, インカントを録), with the city's prompt it writes 実印 and 印鑑登録 - on the Intel machines of earlier
    sessions both, on an AVX-512 EPYC (thirty-fifth session) 印鑑登録 always and 実印 only when the file runs alone
    (after the other voice tests it stays 実員, a CPU-dependent margin). So: no word the prompt is for is written by
    Whisper alone, the prompt never reads worse, and it fixes at least one. (除籍謄本 is in the prompt too but Whisper
    base still hears 女性…: the prompt does not fix every word, see docs/voice.md.)"""
    with_vocabulary = prompted(engines)
    plain = WhisperRecognizer(packaged_whisper_base(engines.settings.whisper_cache_dir))
    ctranslate2.set_random_seed(SAMPLER_SEED)  # a decoding that falls back to sampling draws from this sampler
    fixed = []
    for sentence, word in (("実印を登録したいです。", "実印"), ("印鑑登録をしたいです。", "印鑑登録")):
        pcm = render(sentence, rate_wpm=200, sample_rate_hz=16000)
        with_prompt = with_vocabulary.transcribe(pcm).text
        without = plain.transcribe(pcm).text
        assert word not in without, (sentence, without)  # what the prompt is for
        assert reading_cer(sentence, with_prompt) <= reading_cer(sentence, without), (with_prompt, without)
        fixed.append(word in with_prompt)
    assert any(fixed), fixed


def test_a_prompted_decoding_uses_its_own_prompt_instead_of_the_vocabulary(engines: VoiceEngines) -> None:
    """transcribe_prompted (the second, topic-biased decoding): the given prompt replaces the vocabulary prompt;
    with none it is the plain decoding."""
    whisper = engines.whisper
    assert isinstance(whisper, WhisperRecognizer) and whisper.initial_prompt is None
    pcm = render("実印を登録したいです。", rate_wpm=200, sample_rate_hz=16000)
    plain = whisper.transcribe(pcm).text
    assert "実印" not in plain
    assert prompted(engines).transcribe_prompted(pcm, None).text == plain
    assert "実印" in whisper.transcribe_prompted(pcm, "実印の登録はどこでできますか。").text


def test_grammar_answers_are_not_biased_by_the_prompt(engines: VoiceEngines) -> None:
    with_vocabulary = prompted(engines)
    grammar = engines.settings.grammar("ja")
    for answer in ("はい", "元気です"):
        pcm = render(answer, rate_wpm=engines.settings.tts_rate_wpm, sample_rate_hz=16000)
        assert with_vocabulary.transcribe(pcm, grammar=grammar).text == answer


def test_prompt_words_are_not_invented_on_silence_noise_or_other_speech(engines: VoiceEngines) -> None:
    """Whisper can echo its prompt on audio without speech; with the city vocabulary as prompt, silence, noise, a
    short thanks and an out-of-scope question must not turn into city terms (measured 2026-12-01, docs/voice.md)."""
    with_vocabulary = prompted(engines)
    terms = load_vocabulary(DEFAULT_WHISPER_VOCABULARY)
    noise = np.random.default_rng(0).normal(0, 200, 32000).astype(np.int16)
    clips = {"silence": np.zeros(16000, dtype=np.int16), "noise": noise}
    for sentence in ("ありがとう", "おすすめのラーメン屋はどこですか"):
        clips[sentence] = render(sentence, rate_wpm=engines.settings.tts_rate_wpm, sample_rate_hz=16000)
    # On silence and noise the greedy decode repeats a character; faster-whisper's temperature fallback then
    # samples, which once in many runs let a prompt word through (「財政、財政…」). Seeding CTranslate2's sampler
    # makes the test repeatable on one machine; in the product, voice activity detection keeps silence away from
    # Whisper. On noise the sampled fallback still differs between CPUs and runs (an AVX2-only EPYC once wrote
    # 自分の職員、職員… in a full run): what must hold there is the point of the test, no prompt word.
    ctranslate2.set_random_seed(SAMPLER_SEED)
    for name, pcm in clips.items():
        heard = with_vocabulary.transcribe(pcm).text
        assert not [term for term in terms if term in heard], (name, heard)
        if name == "silence":
            assert heard == "", (name, heard)


def test_audio_without_a_loud_enough_sample_is_not_decoded(engines: VoiceEngines) -> None:
    """Digital silence and a faint hum below SILENT_PEAK give an empty transcript without Whisper; speech at a
    normal level is far above it and is decoded."""
    whisper = engines.whisper
    assert isinstance(whisper, WhisperRecognizer)
    hum = (np.sin(np.linspace(0, 400 * np.pi, 16000)) * (SILENT_PEAK - 1)).astype(np.int16)
    assert whisper.transcribe(np.zeros(16000, dtype=np.int16)).text == ""
    assert whisper.transcribe(hum).text == ""
    speech = render("実印を登録したいです。", rate_wpm=200, sample_rate_hz=16000)
    assert int(np.abs(speech.astype(np.int32)).max()) > 10 * SILENT_PEAK
    assert whisper.transcribe(speech).text != ""


def test_n_best_hypotheses_keep_the_transcript_first(engines: VoiceEngines, monkeypatch: pytest.MonkeyPatch) -> None:
    whisper = engines.whisper
    assert isinstance(whisper, WhisperRecognizer)
    pcm = render("除籍謄本はどこで取れますか。", rate_wpm=200, sample_rate_hz=16000)
    best = whisper.transcribe(pcm)
    assert best.hypotheses == [] and best.texts == [best.text]  # one hypothesis unless asked
    monkeypatch.setattr(whisper, "num_hypotheses", 5)
    found = whisper.transcribe(pcm)
    assert found.text == best.text  # the same beam search: faster-whisper still reads its first sequence
    assert found.texts[0] == found.text and 2 <= len(found.hypotheses) <= 5
    assert len(set(found.texts)) == len(found.texts)  # sequences differing in timestamps only are kept once
    scores = [h.score for h in found.hypotheses]
    assert scores == sorted(scores, reverse=True) and all(-5.0 < s < 0.0 for s in scores)  # mean log-probability
    assert all(reading_cer("除籍謄本はどこで取れますか。", text) < 0.5 for text in found.texts)


def test_n_best_is_for_free_form_questions_only(engines: VoiceEngines, monkeypatch: pytest.MonkeyPatch) -> None:
    whisper = engines.whisper
    assert isinstance(whisper, WhisperRecognizer)
    monkeypatch.setattr(whisper, "num_hypotheses", 5)
    pcm = render("元気です。", rate_wpm=200, sample_rate_hz=16000)
    assert whisper.transcribe(pcm, grammar=["はい", "元気です", "助けて"]).hypotheses == []
    assert whisper.transcribe(np.zeros(0, dtype=np.int16)).hypotheses == []


def test_hypotheses_setting_is_capped_by_the_beam(engines: VoiceEngines) -> None:
    assert VoiceSettings().whisper_hypotheses == 1
    whisper = engines.whisper
    assert isinstance(whisper, WhisperRecognizer)
    narrow = WhisperRecognizer(whisper.model_dir, beam_size=2, num_hypotheses=5)
    assert narrow.num_hypotheses == 2
