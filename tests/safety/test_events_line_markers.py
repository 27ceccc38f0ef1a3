"""The #7119 markers (:mod:`safety.events_line_markers`): a graded sign told as mild or managed, the bleeding stopped,
a cough - read before the line rules of :mod:`safety.events_line_signs` and weighed in :mod:`safety.decide`."""

from __future__ import annotations

import pytest

from safety.events_line_markers import line_marker_rules
from safety.events_line_signs import line_sign_rules
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set


def test_the_markers_are_read_first_among_the_line_rules() -> None:
    markers = line_marker_rules()
    assert [r.name for r in markers] == ["said_mild", "bleeding_stopped", "coughing"]
    assert line_sign_rules()[:len(markers)] == markers


# Round 19 (the ``said_mild`` marker, weighed in safety.decide): a graded sign told as mild or managed is advice, not
# 119; with a sign of danger beside it, or the mild word in another sense (ちょっと来て, 少し前から), it stays 119.
ROUND_19 = [
    ("夫が草むしり中に蜂に刺されて、手が腫れてるけど息はふつうにできてます", "#7119"),
    ("グラウンドで熱中症みたいになったけど、水をかぶったら少しだけ楽、病院行った方がいい？", "#7119"),
    ("外回りの営業で熱中症かも、ちょっとだるいけど普通に歩けます、受診すべき？", "#7119"),
    ("母が少し息苦しいって言うんだけど、普通に話せるし、救急車呼ぶほどかな", "#7119"),
    ("散歩中に犬に足を噛まれました。血はもう止まっていますが、病院へ行くべきでしょうか", "#7119"),
    ("自転車で転んで頭を打ったけど、普通に歩いて帰ってきて話もできる。受診した方がいい？", "#7119"),
    ("蜂に刺されて息が苦しい、少し前から顔も腫れてきた", "119"),
    ("頭を打って少し話せるけど、吐いて意識がもうろうとしてる", "119"),
    ("ちょっと来て、じいちゃんが息苦しいって胸押さえてる", "119"),
    ("母が少し楽になったと言ったあと、急に倒れて呼んでも返事がない", "119"),
    ("夫が血を吐いて倒れた、血は止まったけど意識がない", "119"),
    ("助けて、少し息苦しい", "119"),
]
CHILD_AT_NIGHT = "子どもが夜になって少し息が苦しそうだけど、泣く元気はあって、おもちゃで遊んでる"


def test_round_19_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([*ROUND_19, (CHILD_AT_NIGHT, "#8000")])


@pytest.mark.parametrize(("text", "number"), ROUND_19)
def test_round_19_a_graded_sign_told_as_mild_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round_19_a_child_mildly_breathless_at_night_goes_to_the_night_line() -> None:
    assert_decides(CHILD_AT_NIGHT, "#8000", now=NIGHT)


# Round 41 (blind42, helper A60): talk or walking told as still possible with は/も (会話はできる, 歩けはする) is a mild
# telling (``said_mild``): heatstroke asked about so is advice; talk told impossible stays 119.
ROUND41_STILL_ABLE = [
    ("熱中症っぽいけど会話はできる。夜間の病院ありますか", "#7119"),
    ("祖父が熱中症かもしれません、歩けはするのですが、病院に連れていくべきでしょうか", "#7119"),
    ("熱中症かもしれないけど話はできます、夜間にみてもらえる病院ありますか", "#7119"),
    ("母が熱中症みたいでぐったりしてる、会話はできない", "119"),
    ("熱中症で倒れて、話もできません", "119"),
]


def test_round41_still_able_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_STILL_ABLE)


@pytest.mark.parametrize(("text", "number"), ROUND41_STILL_ABLE)
def test_round41_talk_or_walking_told_still_possible(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 53: the bleeding stopped told in Tohoku with the verb in kana (血ぃとまった) is the marker too; bleeding that
# does not stop stays 119.
TOHOKU_STOPPED = [("包丁で指切ったげんと、血ぃとまった。病院さ行ぐべか", "#7119"),
                  ("包丁で指ざっくり切って、血ぃとまんねえ", "119")]


def test_round53_tohoku_stopped_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(TOHOKU_STOPPED)


@pytest.mark.parametrize(("text", "number"), TOHOKU_STOPPED)
def test_round53_tohoku_bleeding_stopped_in_kana(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
