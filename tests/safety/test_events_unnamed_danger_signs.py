""":mod:`safety.events_unnamed_danger_signs`: dangers told by their parts - a gun shot now, a body pressed between a
machine and a vehicle, smoke from a bin or an ashtray, a beating in slang, a group keeping someone from leaving - and
an extinguisher told of no use (:data:`safety.vocabulary_topic.TOPIC`). Round 50 (wide52b).

Tellings written for this test (plain, casual, kana, tohoku, senior, asr, indirect) and look-alikes that stay
quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # a gun shot at people or animals now
    ("駐車場の車から男がエアガンで通行人を撃ってる！今もやってる", "110"),
    ("こうえんで おとこが てっぽう みたいなので ねこを うってる こわい", "110"),
    ("土手の上から誰かが空気銃ば撃ってんだ、子供らの方さ弾が飛んできたっちゃ", "110"),
    ("ベランダから銃口のようなものがこちらに向いていて、パンッと音がして植木鉢が割れました", "110"),
    # ... a range, a hunt, a game or a toy asked about: quiet
    ("クレー射撃場で鉄砲を撃ってみたいんですが、見学できますか", "none"),
    ("猟友会の人が山で猟銃を撃つ音がするけど、猟期っていつまで？", "none"),
    ("息子がサバゲーでエアガン撃ちたいって言うんだけど、市内にフィールドある？", "none"),
    ("こどもたちが にわで えあがんの うちあいを してる。ほうりつで だいじょうぶ？", "none"),
    # ... shot at children playing: still 110
    ("公園で遊んでる子供らに、ベンチの男がエアガン撃ってる！", "110"),
    # a body pressed between a machine and a vehicle or a wall
    ("工場でフォークと壁の間に先輩が押しつけられて、顔色が真っ白です", "119"),
    ("せんしゃきと くるまの あいだに ひとが おしつけられて うごけない", "119"),
    ("搬入のトラックがバックしてきて、シャッターとの間に配達の人が挟みつけられてしまいました", "119"),
    # ... a person "caught between" two people: quiet
    ("上司と部下の間に挟まれて毎日しんどい、相談窓口ってある？", "none"),
    # smoke from a bin or an ashtray
    ("店の裏のゴミ箱から煙出てる、吸い殻捨てたやつがいる、焦げ臭い", "119"),
    ("休憩室の灰皿から煙がもくもく上がって、壁の紙に火がつきそう", "119"),
    ("すいがらの ばけつ じゃなくて ごみぶくろ から けむり でてる たばこ", "119"),
    ("事務所の屑籠がくすぶって、部屋じゅう煙たいです。煙草の吸い殻を捨てた者がいるようで", "119"),
    # ... a neighbour's ashtray complained of: quiet
    ("隣のベランダの灰皿から煙草の煙が流れてきて迷惑です。どこに言えばいいですか", "none"),
    # an extinguisher used and the fire not stopping
    ("天ぷら油が燃えて、消火器使ったけど止まらない！", "119"),
    ("フライヤーの火、しょうかき つかった とまらない", "119"),
    ("厨房のダクトが燃えでる、消火器かけだども火が止まんねえ", "119"),
    # ... an extinguisher asked about: quiet
    ("店の消火器の使い方を新人に教えたいので、訓練をお願いできますか", "none"),
    # a beating in slang
    ("コンビニの前で酔っ払いが店員ボコボコにしてる、早く来て", "110"),
    ("駅の裏でおっさんが若いのにボコられてる、やばいって", "110"),
    # ... an uneven road, a dent: quiet
    ("家の前の道がでこぼこで、車がボコッと跳ねるんです。補修はどこに頼めば", "none"),
    # a group keeping someone from leaving
    ("居酒屋の個室で男たちが出口ふさいで帰してくれない、友達と二人、助けて", "110"),
    ("むすめから からおけで しらない おとこのひとに とじこめられてる って めーる きた", "110"),
    ("バイト先の先輩の男ら3人に倉庫さ閉じ込められで、出してもらえねえんだ", "110"),
    # ... a game, a joke: quiet
    ("謎解きの脱出ゲームで部屋に閉じ込められる体験、子どもも参加できますか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [case for case in CASES if case[1] in {"110", "119"}])
def test_decides_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 55 (the full run's chat-with-Rasa subset): something white or dark pouring out of a building with a burning
# smell is a fire, though the smoke is not named; a grill, husks burnt or a what-if stay quiet.
POURING_OUT = [
    ("倉庫の戸のすきまから灰色のもやが吹き出てきて、きな臭いにおいがします", "119"),
    ("となりの いえの まどから しろいのが もくもく でてきて こげくさい におい", "119"),
    ("向かいのアパートの換気扇から黒いのがぶわっと噴き出してて焦げ臭い！", "119"),
    ("裏の納屋の屋根から白いの湧いてきて、なんだか焦げくせえにおいすんだ", "119"),
    ("えっと隣の小屋の窓から白いのが出ててあの燃えるようなにおいがします", "119"),
]
POURING_OUT_QUIET = [
    ("換気扇から白いのが出てて焦げ臭いけど、隣でさんま焼いてるだけだった", "none"),
    ("倉庫の窓から白いのが出てきて焦げ臭い、と思ったら裏で籾殻を焼いていました", "none"),
    ("もし家の窓から白いのが出てきて焦げ臭かったら、まず何をすればいいですか", "none"),
]


def test_round55_pouring_out_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(POURING_OUT + POURING_OUT_QUIET)


@pytest.mark.parametrize(("text", "number"), POURING_OUT)
def test_round55_something_pouring_out_with_a_burnt_smell_is_a_fire(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), POURING_OUT_QUIET)
def test_round55_a_grill_husks_or_a_what_if_stay_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
