"""Round 25 (:mod:`safety.vocabulary`, ``THINGS``), on phrasings not in the set: a tree in kana (き) is never the
end of さっき, which made "a person collapsed a moment ago" (さっきから母が倒れてます) a fallen tree and
silenced it; and a thing named as the place where a person lies (看板の前で倒れてる人, ``THING_AS_PLACE``) is not what
fell (moved from test_vocabulary.py in round 45)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # (each of these was none before)
    ("さっきから母が倒れてます", "119"),
    ("ばあちゃんがさっきから倒れでる", "119"),
    ("じいちゃん さっき たおれて そのまま", "119"),
    # a tree is still a thing
    ("裏山の杉の木が倒れて道をふさいでいます", "none"),
    ("きが たおれて みちが とおれない", "none"),
    ("大きな木が倒れて車が通れない、どこに連絡すれば", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_moment_ago_is_no_tree(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind28 (``THINGS``): きゅうに (急に) in kana is no tree that fell; a tree in kana still falls.
BLIND28_CASES = [
    ("おっとが きゅうに たおれて うごかない", "119"),
    ("きが たおれて みちを ふさいでる どこに れんらく", "none"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_kyuuni_is_no_tree(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# A thing named as the place where a person lies (看板の前で倒れてる人, 電柱のそばで) is not the thing that fell: it was
# a sure "none" (``THINGS_BEFORE`` took the thing right before 倒れ as its subject); a thing that fell stays none.
THING_AS_PLACE_CASES = [
    ("駅前の自販機の前で倒れてる人がいます、動きません", "119"),
    ("でんちゅうの そばで おじいさんが たおれてる", "119"),
    ("公園の木の下に倒れている女の人がいて、声をかけても返事がない", "119"),
    ("さっきの風で店の看板が倒れちゃった", "none"),
    ("駐輪場の屋根の下で自転車が倒れてた", "none"),
]


def test_thing_as_place_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THING_AS_PLACE_CASES)


@pytest.mark.parametrize(("text", "number"), THING_AS_PLACE_CASES)
def test_a_thing_named_as_a_place_is_not_what_fell(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
