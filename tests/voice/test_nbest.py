"""Whisper's n best folded into one text: the real safety layer, the real transcript fixer (Sudachi readings)."""

from __future__ import annotations

from datetime import UTC, datetime

from voice.nbest import emergency_text, union_text
from voice.transcript_fix import TranscriptFixer, choose_text

NIGHT = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 23:00 in Japan
def test_an_emergency_below_the_first_hypothesis_is_handed_on() -> None:
    heard = ["鍵です", "火事です", "鍵です!"]
    assert emergency_text(heard, depth=2, min_votes=1, now=NIGHT) == heard[1]
    assert emergency_text(heard, depth=3, min_votes=2, now=NIGHT) is None  # one of the others only
    assert emergency_text(heard, depth=1, min_votes=1, now=NIGHT) is None  # the first only: nothing to add


def test_the_first_hypothesis_wins_when_it_is_an_emergency_or_all_are_calm() -> None:
    assert emergency_text(["家の前で人が倒れています", "家の前で人が倒れていますか"], depth=2, min_votes=1,
                          now=NIGHT) is None  # the chat's safety layer sees the first already
    assert emergency_text(["ごみの日はいつですか", "ごみの日はいつですか?"], depth=2, min_votes=1, now=NIGHT) is None
    assert emergency_text([], depth=3, min_votes=1, now=NIGHT) is None


def test_votes_count_the_hypotheses_after_the_first() -> None:
    heard = ["鍵です", "火事です", "火事です!", "鍵です!"]
    assert emergency_text(heard, depth=3, min_votes=2, now=NIGHT) == "火事です"
    assert emergency_text(heard, depth=4, min_votes=3, now=NIGHT) is None


def test_union_adds_the_corpus_words_the_others_heard(fixer: TranscriptFixer) -> None:
    heard = ["住民表の映しを取りたい。", "住民票の映しを取りたい。"]
    handed = union_text(heard, fixer, now=NIGHT)
    assert handed.startswith(choose_text(heard[0], fixer, now=NIGHT)) and handed.endswith(" 住民票")
    assert union_text(heard[:1], fixer, now=NIGHT) == choose_text(heard[0], fixer, now=NIGHT)


def test_union_adds_the_city_terms_the_others_sound_like(fixer: TranscriptFixer) -> None:
    heard = ["女性企業本の手数料", "除籍等本の手数料", "除籍等本の手数量"]
    handed = union_text(heard, fixer, now=NIGHT)
    assert handed == "女性企業本の手数料 除籍謄本"  # 除籍等本 sounds like 除籍謄本 (its 除籍 is inside it)


def test_union_never_touches_an_alarm(fixer: TranscriptFixer) -> None:
    assert union_text(["家の前で人が倒れています", "住民票の前で人が倒れています"], fixer, now=NIGHT) == (
        "家の前で人が倒れています")
    calm = ["窓口はどこですか", "火事の窓口はどこですか"]  # 火事 is no corpus word: nothing to add
    assert union_text(calm, fixer, now=NIGHT) == calm[0]


def test_corpus_words_are_spelt_as_the_corpus_spells_them(fixer: TranscriptFixer) -> None:
    assert fixer.corpus_words("住民票の写しと除籍謄本") == ["住民票", "写し", "除籍謄本"]
    assert fixer.corpus_words("住民表の映し") == ["住民"]  # 住民票's first morpheme
