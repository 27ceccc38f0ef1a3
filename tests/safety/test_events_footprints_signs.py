"""Round 48 (:mod:`safety.events_footprints_signs`): a stranger's footprints in the snow up to the home with a sound
at a door now is someone prowling (110); footprints and footsteps round the house night after night are the police
consultation line (#9110); a cat's tracks, the postman's and children playing in the snow are nothing (the last read
by :mod:`safety.events_consultation` as あとをつけ, followed, before round 48)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# blind49b's tellings, then other tellings of the same kind
FROM_THE_SET = [
    ("庭の雪の上に見覚えのない足跡が窓の下まで続いていて、今も裏口の方でガタガタ音がしています。", "110"),
    ("この頃、夜になると家の周りを歩く足音がして、朝になると雪に足跡が残っています。", "#9110"),
]
CASES = [
    ("窓の下の雪に知らない大きな足跡がある、いま玄関でがちゃがちゃ音がしてる", "110"),
    ("うらぐちの まえに しらない あしあと いま そとで ざくざく おとが する", "110"),
    ("毎朝、寝室の窓の下に大人の足跡がついてるんです、誰のかわかりません", "#9110"),
    ("ここ何日も、夜中に家の裏でざくざく足音がして、朝見ると雪に足跡があるんだっちゃ", "#9110"),
]
LOOK_ALIKES = [
    ("雪の上に猫の足跡が窓の下まで続いていてかわいい", "none"),
    ("玄関まで続く大きな足跡は、朝に来た郵便屋さんのだった", "none"),
    ("子どもたちが庭の雪に足跡をつけて遊んでいる", "none"),
]
# being followed stays what it was
FOLLOWED = [
    ("帰り道、知らない男がずっと後をつけてくる", "110"),
    ("最近、知らない男にあとをつけられている気がする", "#9110"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES + FOLLOWED)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_a_strangers_footprints_up_to_the_home_are_someone_prowling(text: str, number: str) -> None:
    groups = find(views(text)).groups()
    assert "police" in groups or "stalking" in groups
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES + FOLLOWED)
def test_tracks_of_an_animal_the_postman_or_children_are_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
