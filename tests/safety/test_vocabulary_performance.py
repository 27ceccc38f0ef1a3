""":mod:`safety.vocabulary_performance`: a play, a show or a stage effect told as such (a school play's death scene
with 助けて, a flambé, a tuna-cutting show's knife and blood, a smoke machine) is no alarm, like fiction; a real
alarm told at a show (a spectator collapsed, flames that caught the ceiling, an actor not breathing) still is. Round
46 (wide48, blind47b)."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_performance import performance_told
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Tellings of the kind written for this test (plain, casual, kana, senior, indirect): none.
ACTED_OR_STAGED = [
    ("学芸会で孫が撃たれて倒れる役をやるんです、衣装はどこで借りられますか", "none"),
    ("明日本番の芝居で「火事だ、逃げろ」って叫ぶ場面あるんだけど、声が小さいって言われた", "none"),
    ("こどもの はっぴょうかいの げきで おばけに たべられる やくを やります たすけてって さけびます", "none"),
    ("ホテルのディナーショーでシェフが肉にブランデーかけて火をつけたら、みんな拍手してた", "none"),
    ("朝市のマグロの解体ショー、包丁がでかくて血もすごかったけど迫力あった", "none"),
]
# A real alarm told at a show keeps its number.
REAL_AT_THE_SHOW = [
    ("演劇部のリハーサル中に、客席で見ていた保護者の方が倒れて意識がありません", "119"),
    ("フランベしてたら換気扇に燃え移って、天井から煙が出ています", "119"),
    ("マグロをさばいていたら指を切って血が止まりません", "119"),
    ("劇団の稽古中に役者さんが倒れて、息をしていないみたいです", "119"),
    ("本番中に舞台のセットから火が出て燃え広がってます、客が逃げてる", "119"),
    ("夏祭りの舞台の前まで川の水があふれてきて、まだ人が残っています", "disaster"),
]
# A stage, a play or a recital is only a place: a danger told there with no role, scene or line acted is real
# (coordinator, round 46 - a first draft read every 舞台 and 発表会 as a show).
REAL_AT_A_PLAY = [
    ("舞台で火事です", "119"),
    ("発表会で娘が倒れて動かない", "119"),
    ("劇の練習中に息子が舞台から落ちて頭を打って動かない", "119"),
    ("芝居の最中に刃物を持った男が客席に入ってきた", "110"),
    ("拍手してたら隣のおじいさんが胸を押さえて苦しんでる", "119"),
    ("がくげいかいの げきで たおれる やくの こが ほんとうに たおれて うごかない", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ACTED_OR_STAGED + REAL_AT_THE_SHOW + REAL_AT_A_PLAY)


@pytest.mark.parametrize(("text", "number"), ACTED_OR_STAGED + REAL_AT_THE_SHOW + REAL_AT_A_PLAY)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["市役所の場所を教えてください", "人の役に立ちたい", "劇薬を誤って飲みました",
                                  "柴犬が倒れて動きません", "縁起の悪い夢を見た", "自衛隊の部隊が来ています",
                                  "明日の木曜日は晴れますか", "夕飯に魚をさばいていて指先を切りました",
                                  "プールの監視バイト中です", "成形劇化はありますか"])
def test_look_alikes_are_no_performance(text: str) -> None:
    assert performance_told(views(text).joined) is False


def test_a_real_alarm_at_a_show_is_no_performance() -> None:
    assert performance_told(views("文化祭の劇の最中に観客のおじいさんが倒れました").joined) is False
    assert performance_told(views("文化祭の劇で倒れる役をやります").joined) is True
    assert performance_told(views("発表会の舞台で娘が倒れました").joined) is False


# Round 50 (blind51a's puppet play rehearsal with 助けて): a puppet play or a picture show is a stage; a spectator
# collapsed at it is still 119.
ROUND50_PUPPET_PLAY = [
    ("人形劇で、たぬきが「火事だ!」って叫ぶ役をやるんです", "none"),
    ("紙芝居のおじいさんが川に落ちて「助けてー」って叫ぶ場面で、孫が大笑いしてた", "none"),
    ("人形劇の最中に、客席のおじいさんが倒れて意識がありません", "119"),
]


def test_round50_puppet_play_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND50_PUPPET_PLAY)


@pytest.mark.parametrize(("text", "number"), ROUND50_PUPPET_PLAY)
def test_round50_a_puppet_play_is_a_stage(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
