""":mod:`safety.events_plain_form_signs`: harm told in a learner's plain forms - a blow told with "now" (110), a
caustic on the skin with severe pain (119), prepaid cards bought for a caller on the line (110) - and look-alikes
that stay quiet. Round 47 (wide49). Also the classroom as the setting of a pupil's act, not a course
(:data:`safety.detect_cues_setting.SETTING_AFTER`)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Tellings of each kind written for this test (kana, plain, casual, tohoku, senior, asr) and look-alikes.
BLOW_NOW = [
    ("いま かれし わたし なぐる いたい たすけて", "110"),
    ("今 おっと こども 叩く なく ドア しめた", "110"),
    ("いま となり の ひと まど に いし なげる こわい", "110"),
    ("いま しゃちょう ともだち けとばす とまらない", "110"),
    # look-alikes: a drum, a shoulder rub, a fly, a game, the word asked about
    ("いま たいこ たたく れんしゅう してる", "none"),
    ("いま おばあちゃん の かた たたく してる", "none"),
    ("いま ハエ たたく した", "none"),
    ("いま こども と ゲーム たたく の あそび", "none"),
    ("「たたく」と「なぐる」 いま べんきょう してる いみ おしえて", "none"),
    ("友だちが寝てしまいました。いまタクシーを呼びたいです", "none"),
]
CAUSTIC = [
    ("メッキ工場で硫酸が同僚の腕にかかって、皮がむけてきてる、すごく痛がってる", "119"),
    ("げんば の くすり あし に かかった すごく いたい あかい", "119"),
    ("工場さ、酸が手さかがって、いでえいでえって泣いでんだ", "119"),
    # look-alikes: a cream put on, a what-if, a splash told harmless
    ("薬を手に塗ったら少しピリピリ痛いです", "none"),
    ("硫酸が手についたらどうすればいいですか、とても痛いそうですが", "none"),
    ("工場の薬が手についたけど、痛くないし平気です", "none"),
]
CARDS_FOR_A_CALLER = [
    ("いま でんわ の ひと ぎんこう いう コンビニ で ギフトカード かって と いう いま かってる", "110"),
    ("嫁が今、大使館だって電話の人に言われて、コンビニで電子マネー買いに行ってる、止めてけろ", "110"),
    ("ともだち いま でんわ しながら コンビニ で アップルカード かってる 3まんえん", "110"),
    # look-alikes: buying a card for oneself, a card bought and a call to mother
    ("コンビニで電子マネーのカードを買いたいです、どこに売っていますか", "none"),
    ("コンビニでアップルカードを買ってきたよ、電話でお母さんにも伝えた", "none"),
]
CLASSROOM_SETTING = [
    ("いま教室で男子がはさみを振り回してて、みんな廊下に逃げてます", "110"),
    ("教室で学生が包丁を出して暴れています、早く来て", "110"),
    ("教室で生徒がナイフ持ってあばれてる、他の子に向けてる", "110"),
    # look-alikes: a course (教室) named as a topic
    ("料理教室で包丁の研ぎ方を習いたいです", "none"),
    ("パソコン教室で生徒が多いので予約したいです", "none"),
    ("教室で生徒に防犯の劇をさせたい、刃物を持った不審者役の衣装はどこで借りられますか", "none"),
]
CASES = BLOW_NOW + CAUSTIC + CARDS_FOR_A_CALLER + CLASSROOM_SETTING


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 53 (wide55): いただく, read devoiced いたたく, is no たたく: a question of being seen tonight is no blow.
@pytest.mark.parametrize(("text", "number"), [
    ("いま おとうさんが おかあさんを たたく", "110"),
    ("今夜診ていただくべきでしょうか。夜になって8歳の娘の目が赤くかゆいそうです", "#8000"),
])
def test_round53_itadaku_is_no_blow(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)
