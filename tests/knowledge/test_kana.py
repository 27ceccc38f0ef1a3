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


def test_the_citys_own_words_are_restored_where_the_corpus_has_none(analyzer: MorphAnalyzer) -> None:
    # The real vocabulary.yaml's keys (residents' words); TERMS has neither 蛇口 nor ガラケー nor シングルマザー.
    kana = KanaRestorer.from_terms(TERMS, analyzer, citizen_words=analyzer.vocabulary.synonyms)
    assert kana.restore("じゃぐちの みずを とめたい") == "蛇口の みずを とめたい"
    assert kana.restore("ふるい がらけーを すてたい") == "ふるい ガラケーを すてたい"
    restored = kana.restore("しんぐるまざーの びょういんだい")
    assert restored == "シングルマザーの 病院代"
    assert {"一人親", "医療費"} <= set(analyzer.terms(restored))  # the synonyms now reach the kana question
    assert KanaRestorer.from_terms(TERMS, analyzer).restore("じゃぐちの みず") == "じゃぐちの みず"  # without them


def test_a_corpus_word_wins_a_reading_it_shares_with_a_citizens_word(analyzer: MorphAnalyzer) -> None:
    # 廃車 (the corpus: scrapping a motorbike) and 歯医者 (the vocabulary) are both read ハイシャ.
    kana = KanaRestorer.from_terms([*TERMS, ("廃車", 1)], analyzer, citizen_words=["歯医者"])
    assert kana.restore("はいしゃの てつづき") == "廃車の てつづき"
    assert KanaRestorer.from_terms(TERMS, analyzer, citizen_words=["歯医者"]).restore("はいしゃ") == "歯医者"
