"""Round 25 (:mod:`safety.vocabulary_settled`, ``TOLD_OVER``), on phrasings not in the set: anything told as over - a
turn (けど, ましたが, たら, ながら) and then a state of being well or over closing the message, or before a question on
something else - is no emergency and no advice line. The same words with care asked about, a worry, a contrast or a
fresh sign after the recovery still get their line."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

TOLD_OVER_CASES = [
    ("昨日の晩、天ぷら鍋から火が上がりましたが、すぐ濡れ布巾をかぶせて消えました。", "none"),
    ("弟がさっき自転車で転んだけど、もうけろっとして遊びに行ったよ", "none"),
    ("母がゆうべ胸が苦しいと言ってましたが、朝にはすっかり治まって元気に出かけました。", "none"),
    ("じいちゃん、畑で腰いでぐで動げねがったけど、もう何ともねえって", "none"),
    ("孫がゆうべ熱を出しましたけれども、今朝は平熱で、保育所の行事はいつでしょうか", "none"),
    ("祖父が「もう死ぬ」と毎晩言いながら、元気に晩酌をしております", "none"),
    ("台所で焦げ臭いにおいがしたけど、鍋をどけたらすぐ消えた、安心した", "none"),
    ("父が蜂に刺されたけど、冷やしたら腫れもすぐ引いた", "none"),
]

STILL_ADVISED_OR_ALARM = [
    # a worry, care asked about, or a fresh sign after the recovery
    ("弟が自転車で転んで頭を打ったけど、もう元気に遊んでます。病院に行ったほうがいいですか", "#7119"),
    ("母の胸の痛みはもう治まったけど、また苦しいと言い出した", "119"),
    ("天ぷら鍋から火が出て、消えたと思ったけど、また燃え出した", "119"),
    ("祖父は元気にしていたのに、さっき急に倒れて返事がない", "119"),
    ("熱はもう下がったけど、さっきからけいれんしていて目を開けない", "119"),
    ("もう治ったと思ったら、今度は夫が血を吐いて倒れた", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(TOLD_OVER_CASES + STILL_ADVISED_OR_ALARM)


@pytest.mark.parametrize(("text", "number"), TOLD_OVER_CASES)
def test_told_as_over_is_no_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_ADVISED_OR_ALARM)
def test_care_asked_or_a_fresh_sign_after_it_keeps_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind28: a past disaster asked about or played down is none - 申請まだ is no いま (``safety.vocabulary_time.NOW``), a
# house mended since (``safety.vocabulary_time.RECOVERED``), the Tohoku past たいしたことねがった (``SETTLED``).
BLIND28_CASES = [
    ("一昨年の台風で壊れた納屋の補助、申請まだできますか", "none"),
    ("前の地震で壁にひびが入りましたが、今は修理してあります。耐震改修の補助はありますか", "none"),
    ("ゆうべの地震、たいしたことねがった、本が一冊落ぢだだけ", "none"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_a_past_disaster_played_down_is_none(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 38 (blind39, helper A45): nothing came of it in the Tohoku past (なんともねがった; 5 other writers, all none).
NOTHING_CAME_OF_IT_CASES = [
    ("沼さ落ぢそうになったげっと、なんともねがった", "none"),
    ("用水路さ足滑らせて落ぢだげっと、なんともねがった", "none"),
]


def test_nothing_came_of_it_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOTHING_CAME_OF_IT_CASES)


@pytest.mark.parametrize(("text", "number"), NOTHING_CAME_OF_IT_CASES)
def test_nothing_came_of_it_in_the_tohoku_past(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 39 (blind40, helper A52): nothing came of it, told by なんでも / なんも (なんでもなかった, なんもねがった: 4
# other writers, all none) settles a scare as なんともなかった does.
NOTHING_CAME_CASES = [
    ("胸が苦しかったけど、なんでもなかった", "none"),
    ("ゆうべ火災報知器が鳴ったけど、なんでもねがった", "none"),
]


def test_nothing_came_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOTHING_CAME_CASES)


@pytest.mark.parametrize(("text", "number"), NOTHING_CAME_CASES)
def test_nothing_came_of_it_told_with_nandemo(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
