"""Round 50 (:mod:`safety.detect_cues_water_not_person`): a boat with nobody aboard, drowning in papers, a swimmer who
sinks asked about lessons and a river looked at for a day's fishing are no emergency - while a person in the water
told in the same settings still is."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# wide52's tellings, then other tellings of the same kinds written for this round
FROM_THE_SET = [
    ("港の中で誰も乗ってない小さいボートがロープ外れて流されてます人は乗ってないです餅主に知らせたいんですけど"
     "どこに連絡すればいいですか", "none"),
    ("確定申告の書類に溺れてる…もう息できない笑 ネットで出せるやつってどれ？", "none"),
    ("孫っこ、水さ入っと沈んでばりいで泳げねえのっしゃ。市のプールで泳ぎ教えでけるどごあっぺか", "none"),
    ("明日晴れの予報で鮎釣り行くんですけど江合川の推移とか濁りを見られるライブカメラってありますか", "none"),
]
QUIET = [
    ("港で誰も乗ってない漁船がもやいが外れて沖に流されていきます。持ち主に知らせたいです。", "none"),
    ("宿題の山に溺れてます笑 小学校の夏休みの宿題の相談窓口ってありますか", "none"),
    ("仕事に溺れそうで息もできない毎日です。市の働き方の相談ってどこですか", "none"),
    ("うちの子、泳げなくてプールで沈んじゃうんです。スイミング教室の申し込みはどこですか", "none"),
    ("かなづちで水に入るとすぐ沈む息子、市民プールの教室ってありますか", "none"),
    ("明日カヌーで川下りするので、川のライブカメラで水の量を見たいです", "none"),
]
# real alarms told in the same settings: they still fire
STILL_ALARMS = [
    ("誰も乗ってないボートがひっくり返ってて、さっきまで乗ってた釣り人が見当たらない", "119"),
    ("誰も乗ってないボートが流されてて、追いかけた息子が溺れてる！", "119"),
    ("書類を取りに行ったら父が川で溺れてた、今引き上げたけど息してない", "119"),
    ("スイミング教室で子どもが沈んだまま浮いてこない、今先生が引き上げた、ぐったりしてる", "119"),
    ("泳げない子が川に落ちて沈んでる！", "119"),
    ("大雨で川が増水してる、ライブカメラで見たらあふれそう、避難したほうがいい？", "disaster"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(QUIET + STILL_ALARMS)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + QUIET)
def test_water_told_of_no_person_in_it_is_no_emergency(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_ALARMS)
def test_a_person_in_the_water_in_the_same_setting_still_fires(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# out of the water and talking: the shivering or the cough after it is a question (#7119 by day, #8000 for a child at
# night) - wide52's tellings, then others; a sign told with it (not breathing, no answer) still alarms
OUT_AND_TALKING = [
    ("早朝、夫が冷たい用水路に腰まで落ち、自力で上がって帰宅しました。着替えましたが震えが続いています。"
     "意識ははっきりしていますが、受診した方がいいでしょうか。", "#7119", DAY),
    ("今日の昼川で息子が一瞬溺れて引き上げてすぐ泣いたんですけど夜になって席が増えてちょっとだるそうです7歳です"
     "話はできます", "#8000", NIGHT),
    ("釣りをしてて足をすべらせて川に落ちたけど、自分で岸に上がった。びしょ濡れで寒くて震えるけど、話は普通にできる。"
     "病院に行くべき？", "#7119", DAY),
    ("こどもが ぷーるで しずんで すぐ ひきあげたら ないた でも よる せきが でる へんじは する", "#8000", NIGHT),
]
OUT_BUT_NOT_WELL = [
    ("川に落ちた父を自分たちで引き上げたけど、息をしていない", "119"),
    ("子どもが池に落ちて自分で上がってきたけど、ぐったりして返事はしません", "119"),
    ("父が用水路に落ちて自力ではい上がったけど、意識はありません", "119"),
    ("孫が川で溺れて、すぐ引き上げたけど話はできない、唇が紫", "119"),
]


@pytest.mark.parametrize(("text", "number", "now"), OUT_AND_TALKING)
def test_out_of_the_water_and_talking_is_a_question(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number"), OUT_BUT_NOT_WELL)
def test_out_of_the_water_but_not_answering_still_fires(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_new_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in OUT_AND_TALKING[2:]] + OUT_BUT_NOT_WELL)
