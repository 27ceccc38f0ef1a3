""":mod:`safety.detect_cues_screen_sound`: a scream heard that is a television's, a film's or a game's is no one in
danger (round 57); a real scream next door, or one told with a stranger, breaking glass or a plea, stays 110."""

from __future__ import annotations

import pytest

from safety.detect_cues_screen_sound import SCREEN_SCREAM
from safety.normalize import views
from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

# The alarms told in the same setting first: a scream next door with real trouble, or the screen only thought of.
REAL_SCREAMS = [
    ("隣の家から女の人の悲鳴が聞こえる、物が割れる音もする", "110"),
    ("テレビの音かと思ったけど、隣から本当に助けてって叫び声がする", "110"),
    ("テレビの悲鳴にまぎれて、知らない男が庭をうろうろしてる", "110"),
    ("テレビの悲鳴かと思ったら、隣の奥さんが旦那に殴られて悲鳴をあげてる", "110"),
]
# plain, kana, tohoku, casual
SCREEN_SCREAMS = [
    ("となりの部屋からテレビの悲鳴が聞こえてきて、一瞬ドキッとした", "none"),
    ("おとなりから きゃーって ひめい きこえたけど てれびの おとだった", "none"),
    ("隣んちがらギャーって叫び声して、たまげだけど、ホラー映画の音だったみてえだ", "none"),
    ("上の階から悲鳴が聞こえたと思ったら、ゲームの声でした。びっくりした", "none"),
]


def test_the_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(REAL_SCREAMS + SCREEN_SCREAMS)


@pytest.mark.parametrize(("text", "number"), REAL_SCREAMS)
def test_a_real_scream_next_door_stays_for_the_police(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), SCREEN_SCREAMS)
def test_a_scream_from_a_screen_is_no_one_in_danger(text: str, number: str) -> None:
    assert SCREEN_SCREAM.search(views(text).devoiced)
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize("text", ["隣から怒鳴り声と悲鳴、テレビの音じゃない", "隣からずっと悲鳴が聞こえる"])
def test_shouting_or_a_scream_with_no_screen_is_not_closed(text: str) -> None:
    assert not SCREEN_SCREAM.search(views(text).devoiced)
