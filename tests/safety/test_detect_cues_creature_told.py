"""Round 50 (:mod:`safety.detect_cues_creature_told`): a heron told as a bird, a talking bird's "help", fish gasping
in a pond and a creature the writer wants to help are no emergency - while a swindle, a real cry next door and a
person drowning in the same settings still are."""

from __future__ import annotations

import pytest

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
