"""Round 48 (:mod:`safety.events_collapsed_home_signs`): a house, shed or roof fallen in with a person told still
inside or under it (named first), or a voice heard from under it, is someone trapped (119); a dream, a cow in a
cowshed, somebody who once lived there and a family safe elsewhere are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind49b's telling, then other tellings of the same kind
FROM_THE_SET = [("じしんで いえが つぶれて おじいちゃんが なかに いる", "119")]
CASES = [
    ("地震で家が潰れて、祖母がまだ中にいます", "119"),
    ("雪の重みで納屋がぺしゃんこになって、じいちゃんが中さいるんだ", "119"),
    ("さっきの揺れで隣の古い家が崩れて、下の方から人のうめき声が聞こえる", "119"),
    ("屋根が雪で落ちてきて、母がその下にいるんです", "119"),
    ("あのう、先ほどの地震で裏の物置が崩れまして、主人が道具を取りに入ったばかりでしたので、まだ中におるはずなんです",
     "119"),
]
LOOK_ALIKES = [
    ("地震で家が潰れる夢を見た、おばあちゃんが中にいて怖かった", "none"),
    ("古い家が潰れて更地になった、祖父が昔中に住んでいた", "none"),
    ("大雪で牛舎の屋根が落ちて、中に牛がいる", "none"),
    ("地震で家がつぶれたけど、じいちゃんは畑にいて無事だった", "disaster"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_a_person_still_inside_a_fallen_house_is_trapped(text: str, number: str) -> None:
    assert "trapped" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_a_dream_an_animal_or_a_family_safe_elsewhere_is_not(text: str, number: str) -> None:
    assert "trapped" not in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


# Round 51 (wide53): a person pinned under something that fell and unable to get out, whatever fell.
PINNED_CASES = [
    ("倉庫の棚が倒れてきて、父がその下になって出られないんです", "119"),
    ("じいちゃん、崩れた薪の下さなって抜けらんねえ", "119"),
    ("むすこが たおれた たんすの したに なって うごけない", "119"),
]
PINNED_LOOK_ALIKES = [
    ("猫がこたつの下になって出てこない", "none"),
    ("本の下になって出てこない鍵を、娘がやっと見つけてくれました", "none"),
]


def test_round51_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PINNED_CASES + PINNED_LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), PINNED_CASES)
def test_a_person_pinned_under_what_fell_is_trapped(text: str, number: str) -> None:
    assert "trapped" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), PINNED_LOOK_ALIKES)
def test_an_animal_or_a_child_hiding_under_is_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
