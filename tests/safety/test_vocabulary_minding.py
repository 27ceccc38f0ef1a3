"""Round 56 (:mod:`safety.vocabulary_minding`): a child the writer minds at home while the parents are out, told with
a symptom, goes to the children's line - ``child_alone`` (110) stays quiet. A small child alone outside, or someone
else's child, stays 110 whatever it shows (tested first)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

ALONE_OUTSIDE = [
    ("駅で知らない子が吐いてる、親がいないんだけど", "110"),
    ("スーパーで2歳くらいの子がひとりで泣いてる、熱っぽい顔してる、親がいない", "110"),
    ("公園で3歳くらいの子がひとりで泣いてる。親いないみたい", "110"),
]
MINDED_AT_HOME = [
    ("姪っ子を預かってるんだけど、熱が38度あってぐずってる、4歳", "#8000"),
    ("親が仕事で留守なんだけど、弟(3歳)が咳ひどくて寝られない", "#8000"),
    ("おや いないんだけど 6さいの いもうとが ねつ だして ぐずってる", "#8000"),
    ("妹(4つ)がひどい咳しでで、親も出かけでるし、なじょすっぺ", "#8000"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALONE_OUTSIDE + MINDED_AT_HOME)


@pytest.mark.parametrize(("text", "number"), ALONE_OUTSIDE)
def test_a_small_child_alone_outside_stays_a_police_matter(text: str, number: str) -> None:
    assert "child_alone" in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), MINDED_AT_HOME)
def test_a_child_minded_at_home_with_a_symptom_goes_to_the_childrens_line(text: str, number: str) -> None:
    assert "child_alone" not in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)
