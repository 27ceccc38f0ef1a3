"""After blind28's final score (:mod:`safety.events_home_signs`), on phrasings not in the set: the door bell rung over
and over by someone outside is 110; a child's in-app purchases told object first, goods piled up at a relative's and a
seller calling again and again are 188; a prank, a habit or a parcel at the door, goods piled up for a shop and a
seller come once are not. After blind29: a door knob hot and a boot seen out of the snow are 119, a bill above the
estimate is 188, a water station and neighbours walking to a hall after a quake are the disaster page; a drill and a
snowman are not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: the door bell rung over and over
    ("別れた彼がアパートの前にいて、チャイムを鳴らし続けてる、こわい", "110"),
    ("さっきから誰かが何度もインターホンを押してくる、開けろって声もする", "110"),
    # 188: a child's in-app purchases told object first
    ("ゲームアプリの課金を娘が勝手にしていて五万円請求されました", "188"),
    # 188: goods piled up, or a seller calling again and again
    ("実家に行ったらサプリの箱が台所に山積みになってて、父は買った覚えがないって", "188"),
    ("父のところに販売員がしょっちゅう来ているようで、健康食品の数が増えています", "188"),
    # blind29a/b: a door knob hot, a boot out of the snow, a bill above the estimate, a water station, neighbours
    # walking to a hall after a quake
    ("寝室のドアノブが熱い、中から焦げたにおい", "119"),
    ("雪の中から足だけ見えてる、夫が屋根から落ちたみたい", "119"),
    ("リフォームを頼んだら見積もりより高い金額を請求された", "188"),
    ("地震で水が出ません。給水所ってどこにありますか", "disaster"),
    ("地震のあと、近所の人たちが公民館のほうへ向かっています。行ったほうがいいですか", "disaster"),
]

NOT_HOME_TROUBLE = [
    # a prank or a habit at the door, a parcel
    ("近所の子がピンポンダッシュで何度もチャイムを鳴らしていくので困ってます", "none"),
    ("宅配の人がインターホンを何度も押してたみたいで不在票が入ってた", "none"),
    ("宅配便の人がチャイムを何回も鳴らしてた", "none"),
    # purchases with permission; a seller come once; things piled up for a move
    ("課金は月に千円までと子どもと約束しています", "none"),
    ("引っ越しの段ボールが部屋に山積みで片付かない", "none"),
    # a drill, a snowman (blind29a)
    ("ドアノブが熱いってどういう意味の訓練ですか", "none"),
    ("雪だるまの下から長靴だけ見えてて可愛い", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + NOT_HOME_TROUBLE)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_home_signs_decide_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NOT_HOME_TROUBLE)
def test_not_home_trouble(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): goods left unopened and piled up.
UNOPENED_PILED = [("祖母の家に行ったら、未開封の箱が山積みになっていた", "188")]


def test_unopened_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(UNOPENED_PILED)


@pytest.mark.parametrize(("text", "number"), UNOPENED_PILED)
def test_unopened_goods_piled_up_are_188(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 40 (blind41, helper A56): the writer ringing with no answer (インターホンを押しても誰も出てこない) is no
# stranger at the door; a stranger ringing over and over still is.
@pytest.mark.parametrize(("text", "number"), [
    ("隣の家から焦げ臭い匂いがして、警報器がずっと鳴ってる。インターホンを押しても誰も出ない", "119"),
    ("知らない男がさっきからインターホンを何度も押してくる", "110"),
])
def test_round40_the_writer_ringing_is_no_stranger(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)
