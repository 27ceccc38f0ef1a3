"""Round 47 (:mod:`safety.events_fallen_in_signs`): a human voice from inside a well, a pit or a manhole is someone
fallen in (119); an animal's voice, a tunnel full of children and a warning about the lid are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind48a's telling, then other tellings of the same kind
FROM_THE_SET = [("裏の古井戸のふたが外れておって、のぞいたら中から孫の泣き声がするんです", "119")]
CASES = [
    ("畑の枯れ井戸の底から子どもの声が聞こえる!", "119"),
    ("マンホールのふたが開いてて、中から助けてって声がする", "119"),
    ("あのですね、うちの畑の隅に古い井戸がございまして、さっきから中の方から人のうめき声が聞こえるんでございます",
     "119"),
    ("あのですね、うちの裏山に縦穴がありまして、先ほどから下の方から人のうめき声が聞こえるんです", "119"),
    ("いどの なかから こどもの なきごえ する", "119"),
]
LOOK_ALIKES = [
    ("古井戸の中から猫の鳴き声がする", "none"),
    ("井戸の底からカエルの声がします", "none"),
    ("トンネルの中から子どもたちの声が聞こえて楽しそう", "none"),
    ("井戸のふたを閉めておかないと、子どもが中に落ちたら危ないですよね", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_a_voice_from_inside_a_pit_is_someone_fallen_in(text: str, number: str) -> None:
    assert "trapped" in find(views(text)).names("medical")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_an_animal_or_a_warning_is_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
