"""Kana-only questions restored to the corpus's words (real Sudachi readings)."""

from __future__ import annotations

from knowledge.japanese import MorphAnalyzer
from knowledge.kana import MIN_READING_CHARS, KanaRestorer

TERMS = [("住民票", 5), ("国民健康保険", 3), ("マイナンバーカード", 4), ("児童", 6), ("自動", 1), ("戸籍", 4),
         ("謄本", 2), ("戸籍謄本", 2), ("とる", 9), ("申請", 8), ("市", 20)]


def restorer(analyzer: MorphAnalyzer) -> KanaRestorer:
    return KanaRestorer.from_terms(TERMS, analyzer)


def test_a_kana_question_gets_the_corpus_words_back(analyzer: MorphAnalyzer) -> None:
    kana = restorer(analyzer)
    assert kana.restore("じゅうみんひょうをとりたい") == "住民票をとりたい"
    assert kana.restore("まいなんばーかーどのしんせい") == "マイナンバーカードの申請"


def test_the_longest_reading_wins(analyzer: MorphAnalyzer) -> None:
    assert restorer(analyzer).restore("こせきとうほんがほしい") == "戸籍謄本がほしい"


def test_words_sharing_a_reading_resolve_to_the_most_widespread(analyzer: MorphAnalyzer) -> None:
    assert restorer(analyzer).restore("じどうのてあて") == "児童のてあて"  # 児童 (6 entries) over 自動 (1)


def test_short_readings_and_hiragana_words_are_left_alone(analyzer: MorphAnalyzer) -> None:
    kana = restorer(analyzer)
    assert "シ" not in kana.readings and all(len(r) >= MIN_READING_CHARS for r in kana.readings)
    assert "トル" not in kana.readings  # a hiragana term is what a kana question already has
    assert kana.restore("しのとしょかん") == "しのとしょかん"


def test_a_question_with_kanji_is_left_as_it_is(analyzer: MorphAnalyzer) -> None:
    assert restorer(analyzer).restore("住民票とじゅうみんひょう") == "住民票とじゅうみんひょう"


def test_an_empty_vocabulary_restores_nothing(analyzer: MorphAnalyzer) -> None:
    kana = KanaRestorer.from_terms([], analyzer)
    assert kana.longest == 0
    assert kana.restore("じゅうみんひょう") == "じゅうみんひょう"
