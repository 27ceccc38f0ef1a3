"""Whisper's unsure words and the looser transcript fix inside them: real Sudachi readings, the real safety layer."""

from __future__ import annotations

import pytest
from sudachipy import Dictionary
from sudachipy import Tokenizer as SudachiTokenizer

from voice.stt import Word
from voice.transcript_fix import TranscriptFixer, choose_text
from voice.unsure_fix import CONFIDENT, UnsureFix, char_confidences, unsure_spans

HEARD = "実員の証明書が欲しい"  # Whisper base's 実員 for 実印
PIECES = [("実", 0.9), ("員", 0.2), ("の", 0.95), ("証明", 0.9), ("書", 0.85), ("が", 0.9), ("欲しい", 0.8)]
CORPUS_TEXTS = [
    "除籍謄本の手数料はいくらですか。",
    "印鑑登録をしたいのですが、実印にする印鑑と本人確認書類をお持ちください。",
    "住民票の写しは市民課の窓口で請求できます。",
]
MISHEARD = "除籍糖品がほしい"  # ジョセキトウヒン: one kana in eight from 除籍謄本 (0.125)


def words(pieces: list[tuple[str, float]]) -> list[Word]:
    return [Word(piece, 0.1 * n, 0.1 * (n + 1), p) for n, (piece, p) in enumerate(pieces)]


@pytest.fixture(scope="module")
def tokenizer() -> SudachiTokenizer:
    return Dictionary(dict="core").tokenizer()


@pytest.fixture(scope="module")
def shipped() -> TranscriptFixer:
    return TranscriptFixer.from_texts(CORPUS_TEXTS, max_distance=0.1)


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


def test_an_unsure_word_gets_the_term_the_shipped_fix_is_too_strict_for(shipped: TranscriptFixer) -> None:
    handed = choose_text(MISHEARD, shipped)
    assert handed == MISHEARD  # 0.125 is beyond the shipped distance
    unsure = UnsureFix(shipped, below=0.5, distance=0.3)
    pieces = [("除", 0.9), ("籍", 0.8), ("糖", 0.3), ("品", 0.4), ("が", 0.9), ("ほしい", 0.9)]
    assert unsure.terms(MISHEARD, words(pieces), handed=handed) == ["除籍謄本"]
    assert unsure.with_terms(MISHEARD, words(pieces), handed=handed) == f"{MISHEARD} 除籍謄本"  # appended


def test_confident_words_and_terms_already_handed_on_get_nothing(shipped: TranscriptFixer) -> None:
    unsure = UnsureFix(shipped, below=0.5, distance=0.3)
    sure = [("除", 0.9), ("籍", 0.8), ("糖", 0.7), ("品", 0.6), ("が", 0.9), ("ほしい", 0.9)]
    assert unsure.with_terms(MISHEARD, words(sure), handed=MISHEARD) == MISHEARD  # Whisper was sure of it
    assert unsure.with_terms(MISHEARD, [], handed=MISHEARD) == MISHEARD  # no word timestamps
    pieces = [("除", 0.9), ("籍", 0.8), ("糖", 0.3), ("品", 0.4), ("が", 0.9), ("ほしい", 0.9)]
    already = f"{MISHEARD} 除籍謄本"
    assert unsure.with_terms(MISHEARD, words(pieces), handed=already) == already  # not appended twice


def test_a_transcript_with_an_emergency_is_handed_on_unchanged(shipped: TranscriptFixer) -> None:
    heard = "胸が苦しくて息ができない、除籍糖品"
    pieces = [("胸が苦しくて息ができない、", 0.9), ("除", 0.9), ("籍", 0.8), ("糖", 0.3), ("品", 0.4)]
    unsure = UnsureFix(shipped, below=0.5, distance=0.3)
    assert unsure.terms(heard, words(pieces), handed=heard) == ["除籍謄本"]  # a term was found ...
    assert unsure.with_terms(heard, words(pieces), handed=heard) == heard  # ... but the safety layer found an emergency


def test_the_session_hint_leaves_the_shipped_terms_to_the_conversation(shipped: TranscriptFixer) -> None:
    """heard_text (what /voice/session hands the conversation, whose own transcript fix then appends its terms):
    the loose term only, never one the shipped fix will append anyway."""
    heard = "住民表と除籍糖品がほしい"  # 住民表: the shipped fix appends 住民票; 除籍糖品: too far for it
    pieces = [
        ("住民", 0.3),
        ("表", 0.2),
        ("と", 0.9),
        ("除", 0.9),
        ("籍", 0.8),
        ("糖", 0.3),
        ("品", 0.4),
        ("が", 0.9),
        ("ほしい", 0.9),
    ]
    unsure = UnsureFix(shipped, below=0.5, distance=0.3)
    assert choose_text(heard, shipped) == f"{heard} 住民票"
    hinted = unsure.heard_text(heard, words(pieces))
    assert hinted == f"{heard} 除籍謄本"
    assert choose_text(hinted, shipped) == f"{heard} 除籍謄本 住民票"  # what the conversation then gets
