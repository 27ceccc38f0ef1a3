"""Round 50 (:mod:`safety.detect_cues_creature_told`): a heron told as a bird, a talking bird's "help", fish gasping
in a pond and a creature the writer wants to help are no emergency - while a swindle, a real cry next door and a
person drowning in the same settings still are."""

from __future__ import annotations

import pytest

from safety.detect_cues_creature_told import CREATURE_FELL_IN
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# wide52's tellings, then other tellings of the same kinds written for this round
FROM_THE_SET = [
    ("川の木にサギが釣り糸からまってぶら下がってる、かわいそう、どこに連絡すればいい？", "none"),
    ("かわの きに とりが つりいとに からまって ぶらさがってる たすけて あげたい どこに でんわ すれば いい", "none"),
    ("隣の家から昼も夜も「たすけてー」って声がする。窓からのぞいたら、鳥かごのヨウムが首をかしげて同じ声で叫んでた。",
     "none"),
    ("にわの いけの こいが みんな みずの うえで くちを ぱくぱく してる いきが できない みたい どうしたら いい ですか",
     "none"),
]
QUIET = [
    ("田んぼの上をサギが飛んでて、足に釣り糸がからまってるみたい。野鳥のことはどこに連絡すれば？", "none"),
    ("インコが「たすけて」って覚えちゃって、近所に誤解されそう。しつけ教室ってありますか", "none"),
    ("水槽の熱帯魚が口をぱくぱくして息ができないみたい、エアポンプどこで買える？", "none"),
    ("子猫が側溝に落ちてて、たすけてあげたいけどどこに電話すれば", "none"),
]
# real alarms and swindles told with the same words: they still fire
STILL_ALARMS = [
    ("サギの電話でお金を振り込んでしまいました", "#9110"),
    ("サギとやりとりしてしまった、お父さんが今ATMに", "110"),
    ("隣から「たすけて」って叫び声と物音がする、インコもいるけど人の声だ", "110"),
    ("池で孫が溺れて息ができない、水をいっぱい飲んだ", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(QUIET + STILL_ALARMS)


@pytest.mark.parametrize(("text", "number"), FROM_THE_SET + QUIET)
def test_a_creature_told_is_no_emergency(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_ALARMS)
def test_a_swindle_or_a_person_in_the_same_words_still_fires(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 57: a pet fallen into water or from a height, no person named, is the animal's trouble (asr, casual, tohoku,
# kana); a person in the water with it, or a person's stroke sign, stays 119 - the alarms first.
PEOPLE_IN_TROUBLE_WITH_A_PET = [
    ("猫が池に落ちて、助けようとした息子も溺れてる", "119"),
    ("犬が川に落ちて、飛び込んだ父が沈んだまま上がってこない", "119"),
    ("猫を追いかけて子どもが池に落ちた、動かない", "119"),
    ("父が倒れて、顔が落ちてる感じで動かない", "119"),
]
PET_FELL_IN = [
    ("えっと うちの風呂の残り湯に猫が落ちてて 動かないんです 息してないみたいで どうしたら", "none"),
    ("庭の池に子猫が浮いてて、動かない。息もしてないっぽい。どこに連絡すればいい？", "none"),
    ("裏の堰さ犬っこ落ぢで、流されで動がねぐなったっちゃ、どごさ言えばいいべ", "none"),
    ("いぬが ようすいろに おちて うごかない", "none"),
]


def test_pet_fell_in_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PEOPLE_IN_TROUBLE_WITH_A_PET + PET_FELL_IN)


@pytest.mark.parametrize(("text", "number"), PEOPLE_IN_TROUBLE_WITH_A_PET)
def test_a_person_in_trouble_beside_a_pet_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), PET_FELL_IN)
def test_a_pet_fallen_in_with_no_person_is_no_emergency(text: str, number: str) -> None:
    assert CREATURE_FELL_IN.search(views(text).devoiced)
    assert_decides(text, number, now=DAY)
