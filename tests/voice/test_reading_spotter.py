"""City terms spotted in the reading of a whole transcript: real Open JTalk readings, real Sudachi terms."""

from __future__ import annotations

import pytest

from voice.reading_spotter import ReadingSpotter, transcript_reading
from voice.transcript_fix import TranscriptFixer

CORPUS_TEXTS = [
    "住民票の写しは市民課の窓口で請求できます。",
    "市営住宅の入居申し込みは年に二回です。",
    "マイナンバーカードの電子証明書の有効期限が近づいたら、期限通知書が届きます。",
    "国保の手続きは保険年金課です。",
]


@pytest.fixture(scope="module")
def fixer() -> TranscriptFixer:
    return TranscriptFixer.from_texts(CORPUS_TEXTS, spot_distance=0.2)


def test_the_transcript_is_read_as_open_jtalk_says_it() -> None:
    # Odd kanji compounds a recogniser writes get their on-readings; long vowels are spelt out.
    assert transcript_reading("10民兆を1つ") == "ジュウミンチョウヲヒトツ"
    assert transcript_reading("選挙の歯書き、どこ?") == "センキョノハガキドコ"


def test_kana_and_other_spellings_meet_the_corpus_term(fixer: TranscriptFixer) -> None:
    assert fixer.spotter is not None
    assert fixer.spotter.terms("じゅうみんひょう ほしい") == ["住民票"]  # the longer of two exact terms
    assert fixer.spotter.terms("デンシショウメーショの期限") == ["電子証明書"]
    assert fixer.spotter.terms("シェイジュータクの申し込み") == ["住宅"]


def test_a_reading_within_the_distance_is_spotted_across_word_boundaries() -> None:
    terms = [("入居申し込み", "ニュウキョモウシコミ")]
    heard = "入居も牛小荷物"  # ニュウキョモウシコニモツ: one kana in ten differs, the words cut elsewhere
    [spot] = ReadingSpotter(terms, max_distance=0.2).spot(heard)
    assert (spot.term, spot.edits) == ("入居申し込み", 1)
    assert ReadingSpotter(terms, max_distance=0.05).spot(heard) == []


def test_short_terms_must_be_exact_and_very_short_ones_are_not_spotted() -> None:
    spotter = ReadingSpotter([("住宅", "ジュウタク"), ("国保", "コクホ")], max_distance=0.5)
    assert spotter.readings == ["ジュウタク"]  # コクホ: three morae occur inside other words by chance
    assert spotter.terms("じゅうたく") == ["住宅"]
    assert spotter.terms("じゅうたこ") == []  # four morae: no edit allowed


def test_terms_already_written_or_only_an_affix_longer_are_left_out() -> None:
    spotter = ReadingSpotter([("課マイナンバー", "カマイナンバー"), ("課税証明", "カゼイショウメイ")])
    assert spotter.terms("かマイナンバーの更新") == []  # 課 + what is written: no correction
    assert spotter.terms("かぜいしょうめい ほしい") == ["課税証明"]
    assert spotter.terms("課税証明がほしい") == []  # already written
    assert spotter.terms("今日は雨です") == []


def test_the_fixer_appends_the_spotted_terms_after_its_own(fixer: TranscriptFixer) -> None:
    plain = TranscriptFixer.from_texts(CORPUS_TEXTS)
    assert plain.spotter is None
    heard = "シェイジュータクの申し込み"
    assert plain.with_terms(heard) == heard
    assert fixer.with_terms(heard) == f"{heard} 住宅"
    assert fixer.with_terms("電子消明所の期限") == "電子消明所の期限 電子証明書"  # found once, appended once
