"""Normalization, dialect rewriting and Sudachi terms/readings (real dictionary)."""

from __future__ import annotations

from knowledge.japanese import MorphAnalyzer, char_ngrams, is_kana_only, to_katakana


def test_to_katakana() -> None:
    assert to_katakana("じゅうみんひょう 123") == "ジュウミンヒョウ 123"


def test_is_kana_only() -> None:
    assert is_kana_only("じょせきとうほん いくらですか")
    assert not is_kana_only("除籍謄本はいくら")


def test_dialect_rewrites_to_standard_forms(analyzer: MorphAnalyzer) -> None:
    assert analyzer.rewrite("役場さ行けばいいんだべか") == "役場に行けばいいのでしょうか"
    assert analyzer.rewrite("仙台がら越してきた") == "仙台から越してきた"
    assert "できる" in analyzer.rewrite("登録でぎる日")
    assert analyzer.rewrite("ゴミの日はいづだべ") == "ごみの収集日はいつでしょうか"


def test_terms_drop_particles_and_expand_synonyms(analyzer: MorphAnalyzer) -> None:
    terms = analyzer.terms("ハンコの登録はどこでできますか")
    assert "印鑑" in terms  # synonym of ハンコ / 判子
    assert "は" not in terms and "の" not in terms


def test_reading_of_kanji_matches_kana_input(analyzer: MorphAnalyzer) -> None:
    assert analyzer.reading("除籍謄本") == analyzer.reading("じょせきとうほん") == "ジョセキトウホン"


def test_char_ngrams() -> None:
    assert char_ngrams("アイウ", (2, 3)) == ["アイ", "イウ", "アイウ"]


def test_noun_reading_reads_one_noun_only(analyzer: MorphAnalyzer) -> None:
    assert analyzer.noun_reading("住民票") == "ジュウミンヒョウ"
    assert analyzer.noun_reading("マイナンバーカード") == "マイナンバーカード"
    assert analyzer.noun_reading("取る") is None  # a verb
    assert analyzer.noun_reading("住民票を取る") is None  # several words
