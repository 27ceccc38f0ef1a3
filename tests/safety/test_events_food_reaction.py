"""A skin reaction after a food, the person otherwise well (:mod:`safety.events_food_reaction`), on tellings not in
the set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# Round 44 (blind45a: 孫が牛乳を飲んだら口のまわりが赤くなりまして、本人は元気なんですが): a child's line at night
# (#8000), #7119 for an adult by day; with the breath named it is still 119; a flush after drink or a hot dish is none.
FOOD_REACTION_AT_NIGHT = [
    ("初めて卵を食べさせたら、口の周りがぽつぽつ赤くなってきた、機嫌はいいです", "#8000"),
    ("そば食ったら孫の首さ、じんましん出はってきたっちゃ、息は普通だども", "#8000"),
    ("えっと 息子が えび たべたら かお あかく なって かゆがってる", "#8000"),
    ("わらすがヨーグルト食ったら口のまわり赤ぐなった、どうすっぺ", "#8000"),
    ("ピーナッツ食べたら唇が腫れて息がゼーゼーしてる", "119"),
]
FOOD_REACTION_BY_DAY = [
    ("昼にサバを食べてから腕にかゆいぶつぶつが出てきました。息苦しさはありません", "#7119"),
    ("お酒を飲んだら顔が赤くなっちゃった", "none"),
    ("辛いカレーを食べたら顔が真っ赤になって汗だく", "none"),
    ("牛乳を飲んだら、おいしくて笑顔になりました", "none"),
]


def test_food_reaction_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FOOD_REACTION_AT_NIGHT + FOOD_REACTION_BY_DAY)


@pytest.mark.parametrize(("text", "number"), FOOD_REACTION_AT_NIGHT)
def test_a_childs_food_reaction_at_night_is_8000(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), FOOD_REACTION_BY_DAY)
def test_a_food_reaction_by_day_is_7119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_reaction_is_found() -> None:
    assert "food_reaction" in find(views("孫が牛乳を飲んだら口のまわりが赤くなりました")).events
