"""Round 54 (:mod:`safety.events_seasonal_signs`): a tree fallen or a power line hanging down where people or
vehicles are about to pass (もうすぐ子どもが通る, まもなく車が来る) is a danger on the road (110); told alone, asked
about, about to fall, in the past or with a repair crew on the way, it stays no alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DANGER = [
    ("県道に倒木があって、まもなく登校の子どもたちが通ります", "110"),
    ("でんせんが きれて みちに おちてる もうすぐ こどもが とおる じかん", "110"),
    ("坂の下で大木が倒れてるの、そろそろスクールバスが来るんだけど", "110"),
    ("電線ぃ垂れで道さ下がってっと、これがら車来っぺ", "110"),
]
QUIET = [
    ("台風のあと公園の木が倒れていますが、市のどこに連絡すればいいですか", "none"),
    ("電線が垂れ下がっているので、もうすぐ電力会社の人が来てくれます", "none"),
    ("裏の木が倒れそうで、もうすぐ子どもが通る道なので心配です、切ってもらえますか", "none"),
    ("去年、倒木で道がふさがって、まもなくバスが来る時間だったのを覚えています", "none"),
    ("庭の木が倒れたけど、もうすぐ直ると思います", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DANGER + QUIET)


@pytest.mark.parametrize(("text", "number"), DANGER)
def test_a_hazard_down_where_people_are_about_to_pass_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_hazard_without_passers_coming_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
