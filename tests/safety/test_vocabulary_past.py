""":mod:`safety.vocabulary`'s past cues (``PAST``, ``LONG_SINCE``), on phrasings not in the set: a collapse long since
(倒れてから三年), a story of long ago told as one (溺れかけたという話を, 戦争中, 若え頃) and この前 as read (not the
front of a store, 倉庫の前) are the past; minutes since a collapse and hearsay with "now" still alarm (split from
test_vocabulary.py in round 45)."""

from __future__ import annotations

import pytest

from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# After blind20: a polite formula (大変お世話になりました) is no "now" cue, and a collapse long since (倒れてから半年,
# 三年経ちます) is the past; minutes since a collapse are not.
LONG_SINCE_CASES = [
    ("以前、母が救急車で運ばれた時は大変お世話になりました。お礼状はどこへ送ればいいですか", "none"),
    ("父が心筋梗塞で倒れてから三年経ちますが、障害者手帳の申請はまだ間に合いますか", "none"),
    ("祖母が倒れてから10分くらいたつのに、呼んでも目を開けない", "119"),
]


def test_long_since_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(LONG_SINCE_CASES)


@pytest.mark.parametrize(("text", "number"), LONG_SINCE_CASES)
def test_long_since_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 23 (the training writers' false alarms): a story of long ago - told as a story (溺れかけたという話を), in
# the war, in one's young days in Tohoku (若え頃), or "it happened once" without が - is past; "present-day"
# (今の子どもたち) is no "now". Hearsay of a collapse with "now" still alarms.
STORY_CASES = [
    ("父が若い頃に山で遭難しかけたという話をよくしてくれます。登山教室はありますか", "none"),
    ("じっちゃ、若え頃は屋根から落ぢだことあったんだと", "none"),
    ("戦争中に祖母が防空壕に閉じ込められた話を聞かせてもらった", "none"),
    ("母が倒れたって話を今聞いた、どうしよう", "119"),
]


def test_story_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STORY_CASES)


@pytest.mark.parametrize(("text", "number"), STORY_CASES)
def test_a_story_of_long_ago_is_past(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45a's theft told 倉庫の前で…): この前 (the other day) as read, not the front of a store, a garage or a
# safe read across the word's edge (そうこのまえ, しゃこのまえ, きんこのまえ).
def test_round44_the_front_of_a_store_is_no_past() -> None:
    from safety.vocabulary_time import PAST
    for text in ("倉庫の前で知らない男がうろうろしてる", "車庫の前に誰か倒れてる", "金庫の前に人影がいる"):
        assert not PAST.search(views(text).devoiced), text
    assert PAST.search(views("このまえ転んだところがまだ痛い").devoiced)
    assert PAST.search(views("このまえ倉庫で転んだところが痛い").devoiced)
