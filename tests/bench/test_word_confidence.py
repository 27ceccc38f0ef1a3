"""Whisper's word probabilities mapped onto the transcript and the texts built around the unsure words."""

from __future__ import annotations

import numpy as np
import pytest
from sudachipy import Dictionary
from sudachipy import Tokenizer as SudachiTokenizer

from bench.word_confidence import (
    CONFIDENT,
    REWRITES,
    char_confidences,
    rewritten,
    unsure_as_kana,
    unsure_spans,
    with_confident_repeated,
    without_unsure,
)
from voice.engines import load_whisper
from voice.settings import VoiceSettings
from voice.stt import Word
from voice.stt_whisper import WhisperRecognizer
from voice.tts_driver import render

HEARD = "実員の証明書が欲しい"  # Whisper base's 実員 for 実印
PIECES = [("実", 0.9), ("員", 0.2), ("の", 0.95), ("証明", 0.9), ("書", 0.85), ("が", 0.9), ("欲しい", 0.8)]


def words(pieces: list[tuple[str, float]]) -> list[Word]:
    return [Word(piece, 0.1 * n, 0.1 * (n + 1), p) for n, (piece, p) in enumerate(pieces)]


@pytest.fixture(scope="module")
def tokenizer() -> SudachiTokenizer:
    return Dictionary(dict="core").tokenizer()


def test_each_character_gets_the_probability_of_its_word() -> None:
    confidences = char_confidences("実員の証明書。", words([("実", 0.9), (" 員", 0.2), ("の", 0.95), ("証明書", 0.7)]))
    assert confidences == [0.9, 0.2, 0.95, 0.7, 0.7, 0.7, CONFIDENT]  # the 。 no word covers counts as confident


def test_a_word_not_in_the_text_is_skipped_without_shifting_the_rest() -> None:
    confidences = char_confidences("住民票", words([("戸籍", 0.1), ("住民", 0.8), ("票", 0.3)]))
    assert confidences == [0.8, 0.8, 0.3]


def test_unsure_morphemes_are_the_written_ones_under_the_threshold(tokenizer: SudachiTokenizer) -> None:
    spans = unsure_spans(HEARD, words(PIECES), below=0.5, tokenizer=tokenizer)
    assert [(s.surface, s.confidence) for s in spans] == [("実員", 0.2)]
    assert spans[0].reading == "ジツイン"
    assert (spans[0].start, spans[0].end) == (0, 2)
    assert unsure_spans(HEARD, words(PIECES), below=0.1, tokenizer=tokenizer) == []
    assert unsure_spans(HEARD, [], tokenizer=tokenizer) == []  # no word probabilities: nothing is unsure


def test_kana_and_particles_are_never_unsure(tokenizer: SudachiTokenizer) -> None:
    pieces = [("ごみ", 0.1), ("の", 0.1), ("日", 0.9), ("は", 0.1), ("いつ", 0.1), ("です", 0.1), ("か", 0.1)]
    assert unsure_spans("ごみの日はいつですか", words(pieces), below=0.5, tokenizer=tokenizer) == []


def test_adjacent_unsure_morphemes_join_into_one_span(tokenizer: SudachiTokenizer) -> None:
    pieces = [("国", 0.3), ("総", 0.2), ("に", 0.9), ("入", 0.9), ("りたい", 0.9)]  # 国保 heard as 国総
    spans = unsure_spans("国総に入りたい", words(pieces), below=0.5, tokenizer=tokenizer)
    assert len(spans) == 1
    assert spans[0].surface == "国総"
    assert spans[0].confidence == 0.2


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
