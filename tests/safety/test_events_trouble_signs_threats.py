"""Threats, silent calls, harassment and bullying (:mod:`safety.events_trouble_signs`), on phrasings not in the set:
told again and again, said and over or written, they are for the police consultation line (#9110), 110 when told
happening now; one call asked about, a boss's shouting or a drama is not (split from test_events_trouble_signs.py in
round 47)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 22: a silent call told again and again (出ると何も言わずに切れる) is #9110, and so is being shouted at again
# and again by a neighbour; one call asked about, or a boss's shouting, is not.
ROUND_22 = [
    ("ここ一週間、毎晩電話が鳴って、出ると何も言わずに切れるんです", "#9110"),
    ("さっき電話に出たら何も言わずに切れた、間違い電話かな", "none"),
    ("向かいの家の人に、車を停めるたびに毎朝のように怒鳴られてて、もう限界です", "#9110"),
    ("上司に毎日怒鳴られてつらい、転職したい", "none"),
]


def test_round_22_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_22)


@pytest.mark.parametrize(("text", "number"), ROUND_22)
def test_round_22_silent_calls_and_harassment(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 24: a death threat quoted as said to one (殺すぞって言われた, 殺してやるからなと脅された) is said and over, the
# police consultation line (10 of 10 such threats of the set are #9110); told with a "now" cue it is 110, and a killer
# heard shouting is not quoted as said to one (110).
ROUND_24 = [
    ("近所の男に、次に文句言ったらぶっ殺すぞって言われた。どこに相談すれば", "#9110"),
    ("職場の先輩から「殺してやるからな」と脅されました", "#9110"),
    ("今も玄関の外で殺すぞって言われてる、怖い", "110"),
    ("隣の部屋で男が殺してやるって叫んでる", "110"),
]


def test_round_24_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_24)


@pytest.mark.parametrize(("text", "number"), ROUND_24)
def test_round_24_a_threat_said_and_over(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): a letter of a sender unknown.
BLIND30_LETTER_CASES = [("差出人不明の手紙がポストに入っていました", "#9110")]


def test_blind30_letter_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND30_LETTER_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND30_LETTER_CASES)
def test_a_letter_of_a_sender_unknown_is_for_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 45 (blind46b: 息子がクラスの子にラインで死ねとか毎日言われてて…, #9110): told to die among other words
# (とか, なんて), again and again - bullying, for the police consultation line; not the Tohoku しね (do not) of
# 宿題しねとか, nor a drama.
ROUND45_TOLD_TO_DIE = [
    ("娘がクラスのグループLINEで「消えろ」なんて毎日書かれてるみたいで、どこに相談したらいいですか", "#9110"),
    ("孫がな、学校の子らに携帯で死ねとかなんとか送られでるみでぇなんだ、どごさ相談すればいいべ", "#9110"),
    ("むすこが らいんで しねとか まいにち いわれてる", "#9110"),
    ("部活の先輩からLINEで殺すとか言われてるって息子が泣いてる", "#9110"),
    ("宿題しねとか言われてもやる気が出ない", "none"),
    ("ドラマで犯人が死ねとか言われてて怖かった", "none"),
]


def test_round45_told_to_die_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_TOLD_TO_DIE)


@pytest.mark.parametrize(("text", "number"), ROUND45_TOLD_TO_DIE)
def test_round45_told_to_die_again_and_again_is_for_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a threat to kill said again and again, or on a
# condition (遅れたら殺す), is to consult about (#9110);
# one shouted now stays 110.
ROUND51_THREAT_REPEATED = [
    ('店長から遅刻したら殺すと毎日言われてつらい', '#9110'),
    ("取引先の社長に、納品が遅れたら殺すって毎週のように言われてます、今日も電話があった", "#9110"),
    ('今、男が包丁持って殺すぞって叫んでる', '110'),
]


def test_round51_threat_repeated_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_THREAT_REPEATED)


@pytest.mark.parametrize(("text", "number"), ROUND51_THREAT_REPEATED)
def test_round51_threat_repeated(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
