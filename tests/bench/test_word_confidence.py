"""The texts built around the words Whisper is unsure of, and Whisper's word probabilities on real speech."""

from __future__ import annotations

import numpy as np
import pytest
from sudachipy import Dictionary
from sudachipy import Tokenizer as SudachiTokenizer

from bench.word_confidence import REWRITES, rewritten, unsure_as_kana, with_confident_repeated, without_unsure
from voice.engines import load_whisper
from voice.settings import VoiceSettings
from voice.stt import Word
from voice.stt_whisper import WhisperRecognizer
from voice.tts_driver import render
from voice.unsure_fix import char_confidences, unsure_spans

HEARD = "実員の証明書が欲しい"  # Whisper base's 実員 for 実印
PIECES = [("実", 0.9), ("員", 0.2), ("の", 0.95), ("証明", 0.9), ("書", 0.85), ("が", 0.9), ("欲しい", 0.8)]


def words(pieces: list[tuple[str, float]]) -> list[Word]:
    return [Word(piece, 0.1 * n, 0.1 * (n + 1), p) for n, (piece, p) in enumerate(pieces)]


@pytest.fixture(scope="module")
def tokenizer() -> SudachiTokenizer:
    return Dictionary(dict="core").tokenizer()


def test_the_rewrites_of_an_unsure_span(tokenizer: SudachiTokenizer) -> None:
    spans = unsure_spans(HEARD, words(PIECES), below=0.5, tokenizer=tokenizer)
    assert without_unsure(HEARD, spans) == "の証明書が欲しい"
    assert unsure_as_kana(HEARD, spans) == "ジツインの証明書が欲しい"
    assert with_confident_repeated(HEARD, spans) == "実員の証明書が欲しい の証明書が欲しい"
    assert rewritten(HEARD, words(PIECES), "kana", below=0.5, tokenizer=tokenizer) == "ジツインの証明書が欲しい"


def test_nothing_unsure_leaves_the_text_as_heard(tokenizer: SudachiTokenizer) -> None:
    for rewrite in REWRITES:
        assert rewritten(HEARD, words(PIECES), rewrite, below=0.1, tokenizer=tokenizer) == HEARD


def test_dropping_every_written_word_keeps_the_transcript(tokenizer: SudachiTokenizer) -> None:
    pieces = [("住民", 0.1), ("票", 0.1)]
    spans = unsure_spans("住民票", words(pieces), below=0.5, tokenizer=tokenizer)
    assert without_unsure("住民票", spans) == "住民票"
    assert with_confident_repeated("住民票", spans) == "住民票"


@pytest.fixture(scope="module")
def whisper(tmp_path_factory: pytest.TempPathFactory) -> WhisperRecognizer:
    """The packaged Whisper base with the voice's settings, this module's own (the test turns word timestamps on)."""
    recognizer = load_whisper(VoiceSettings(whisper_cache_dir=tmp_path_factory.mktemp("models")))
    assert isinstance(recognizer, WhisperRecognizer)
    return recognizer


def test_whisper_gives_every_spoken_word_a_probability(whisper: WhisperRecognizer) -> None:
    """Real Open JTalk speech, real Whisper base with word timestamps: the words cover the transcript in order, a
    clearly spoken question is mostly confident, and the text is the one Whisper writes without them."""
    pcm = np.asarray(render("住民票はどこで取れますか。", sample_rate_hz=16000))
    plain = whisper.transcribe(pcm)
    whisper.word_timestamps = True
    try:
        timed = whisper.transcribe(pcm)
    finally:
        whisper.word_timestamps = False
    assert timed.text == plain.text
    assert plain.words == []
    assert timed.words and all(0.0 <= w.conf <= 1.0 for w in timed.words)
    assert "".join(w.word for w in timed.words) == timed.text  # the words are the transcript, piece by piece
    confidences = char_confidences(timed.text, timed.words)
    assert confidences == [w.conf for w in timed.words for _ in w.word]  # every character matched to its word
    assert float(np.median([w.conf for w in timed.words])) >= 0.5
