"""Round 47 (:mod:`safety.events_night_light_signs`): a light moving about one's shed, yard or field at night is
someone around (110); fireflies, a light left on, a sensor light and lights in the sky or before one's eyes are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import NIGHT, assert_decides, assert_not_in_phrase_set

# blind48a's telling, then other tellings of the same kind
# (and blind39a's, told with the house asleep and no "night": the rule holds no ``needs`` guard that would silence the
# classifiers that caught it)
FROM_THE_SET = [("夜中なのに、裏の物置のあたりで懐中電灯の光がうろうろしてる。家族はみんな寝てる", "110"),
                ("物置の方で懐中電灯の光が動いていて、うちの家族は皆寝ています。", "110")]
CASES = [
    ("夜中に倉庫の中で知らない明かりがちらちら動いとる", "110"),
    ("深夜二時ごろ、庭の奥で誰のかわからないライトが行ったり来たりしています", "110"),
    ("あのう、夜分にすみません。主人はもう休んでおりますが、先ほどから納屋のあたりで明かりがゆらゆら動いておりまして、"
     "うちの者ではないと思うんです", "110"),
    ("よなか うらの はたけで かいちゅうでんとうの ひかりが うごいてる", "110"),
]
LOOK_ALIKES = [
    ("夜、庭でホタルの光がちらちら動いてきれいでした", "none"),
    ("夜中に物置の電気がつけっぱなしになってた", "none"),
    ("夜、車庫のセンサーライトが風で揺れる木に反応して何度もつく", "none"),
    ("夜になると目の前に光がちらちらして見えるんです", "none"),
    ("夜、空に光が動いていて、UFOかと思った", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + CASES)
def test_a_light_moving_about_the_premises_at_night_is_someone_around(text: str, number: str) -> None:
    assert "someone_around" in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_fireflies_a_light_left_on_or_the_sky_are_not(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
