"""Two context cues of :mod:`safety.detect_cues` added in round 48: "cannot move" said while eating, playing or
watching at ease (``SAID_WHILE_AT_EASE``: tiredness in jest, blind47a), and a fire put out in a bucket or in water
(``DOUSED``: the smoke billowing after fireworks is the doused fire's, blind47b). A body that cannot move on a sofa,
in a chair or in bed stays an emergency, and fireworks that set clothes or grass alight stay a fire."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CANNOT_MOVE = [
    ("父がソファに座ったまま一歩も動けなくなった", "119"),
    ("母が椅子から立てなくて、一歩も動けないと言っています", "119"),
    ("じいちゃんがベッドで急に動けなくなった", "119"),
    ("ばあちゃん、ソファさ座ったっきり動げなぐなった", "119"),
    ("おっと いすに すわったまま うごけなく なった", "119"),
    ("父が動けないと言いながら顔色が真っ青で汗をかいている", "119"),
    # said at ease
    ("妹が、もう動けないーって言いながらスマホでゲームしてる", "none"),
    ("じいちゃん、足が動かねえって言いながら茶ぁ飲んでテレビ見てら", "none"),
    ("夫が一歩も動けないと言いつつ寝転んでポテチを食べてます", "none"),
]

DOUSED_FIREWORKS = [
    ("花火のあと、バケツの水に入れたら煙がもくもく出た", "none"),
    ("手持ち花火おわって バケツに つっこんだら けむり もくもく", "none"),
    ("子どもたちと花火をしました。終わった花火を水を張ったバケツに入れたら、しばらく煙が上がっていました。", "none"),
    ("花火の火が服に燃え移った、バケツの水かけたけど腕がやけどしてる", "119"),
    ("花火してたら枯れ草に燃え広がってる、バケツじゃ消えない", "119"),
    # an AED's voice heard with a person down
    ("駅でAEDの音声が流れてて、人が倒れてる", "119"),
    ("スーパーでAEDが「電気ショックが必要です」って喋ってる、おじいさんが倒れてて", "119"),
    ("AEDの音声ガイドを救命講習で聞いてきた", "none"),
]


def test_at_ease_and_doused_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CANNOT_MOVE + DOUSED_FIREWORKS)


@pytest.mark.parametrize(("text", "number"), CANNOT_MOVE)
def test_cannot_move_is_an_emergency_unless_said_at_ease(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), DOUSED_FIREWORKS)
def test_smoke_from_doused_fireworks_is_no_fire(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (``FLOPPED``; kinds41's marathon, read so once heard 選手 came back): a runner flopped down at the finish,
# cheered or admired, is a feat watched; a finisher who then does not move, answer or breathe well, or who has a
# fit, stays an emergency.
FINISH_CHEERED = [
    ("駅伝でゴールした兄が倒れ込んで、応援の人たちが拍手してた。感動した", "none"),
    ("リレーのアンカーがゴールで倒れ込んだの、かっこよかった", "none"),
    ("ゴールした娘が倒れ込んで拍手の中で動かない、呼んでも返事がない", "119"),
    ("マラソンでゴールした夫が倒れ込んで、みんな拍手してたけど、けいれんしてる", "119"),
]


def test_finish_cheered_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FINISH_CHEERED)


@pytest.mark.parametrize(("text", "number"), FINISH_CHEERED)
def test_a_finish_cheered_is_no_collapse_but_signs_after_it_are(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
