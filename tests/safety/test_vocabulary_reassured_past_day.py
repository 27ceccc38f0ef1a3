"""Round 38 (helper A50): a police matter told of a past day (:data:`safety.vocabulary_reassured.PAST_DAY`: 昨日,
先日, この前 ...), a stranger told no longer seen (今は見かけない, in ``NOT_YET``) and a swindler's call told cut
(``CALL_ENDED`` of :mod:`safety.events_consultation`: 切りました, a call only feared to come again) go to the police
consultation line (#9110), not 110. A danger told as happening now (今も, ついてくる, まだいる, 家の前に) stays 110.

The real texts are held-out #9110 rows decided 110 by ``bench_safety_overrule`` (blind25a, blind26b, blind37a); the
new phrasings are not in the set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from safety.vocabulary_reassured import NOT_YET, PAST_DAY
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, phrase_set_texts

REAL_PAST_STRANGER = "きのう がっこうの かえりに しらない おじさんに なまえ きかれて こわかった"  # blind25a
REAL_NOT_SEEN = ("娘の通学路で、午前中に車から子どもに声をかけていた男性がいたと学校から連絡があった。"
                 "今は見かけないらしい。")  # blind26b
REAL_CALLS_CUT = [
    # blind26b (typed, and its transcript)
    "昨日、息子を名乗る電話がございまして、声が違うと思ってすぐに切ったのですが、また掛かってくるかと思うと落ち着きません。",
    "昨日、息子をなのる電話がございまして、声が違うと思ってすぐに切ったのですが、またかかってくるかと思うと落ち着きません。",
    # blind37a (typed, and its transcript)
    "孫を名乗る電話がありましたが、孫は今うちに遊びに来ておりましたので切りました。どこかに知らせたほうがよいのでしょうか",
    "マゴをなのる電話がありましたが、マゴは今宇宙に遊びに来ておりましたのできりました。どこかに知らせた方が良いのでしょうか。",
]
NEW_CONSULTATION = [
    ("先日、警察官を名乗る電話がありましたが、おかしいと思って切りました。", "#9110"),
    ("この前、公園で知らない男に名前を聞かれて怖かった", "#9110"),
]
NEW_ALARMS = [
    "昨日から知らない男に後をつけられていて、今もついてくる",
    "先週から変な男が家の周りをうろついていて、今も家の前にいる",
    "昨日の男がまた来て、いま玄関の前で怒鳴っています",
    "息子を名乗る電話で、今から家に取りに来るそうです。電話はさっき切りました。また来るって",
]


def test_past_day_matches_a_day_gone_by_not_since_or_a_reading() -> None:
    for text in ("昨日、知らない人に", "先日、電話が", "この前家の前に", "きのう がっこうで"):
        assert PAST_DAY.search(views(text).devoiced), text
    # since (still going on), and きのう inside a reading (雪の上, 兄貴の) are no past day
    for text in ("昨日から男が", "先週ぐらいから車が", "雪の上に倒れて", "アニキの牛舎で"):
        assert not PAST_DAY.search(views(text).devoiced), text


def test_not_yet_reads_a_stranger_no_longer_seen() -> None:
    assert NOT_YET.search(views(REAL_NOT_SEEN).devoiced)
    assert not NOT_YET.search(views("今も見かける、怖い").devoiced)


def test_real_past_stranger_is_a_matter_to_consult() -> None:
    assert REAL_PAST_STRANGER in phrase_set_texts()
    found = find(views(REAL_PAST_STRANGER))
    assert found.consulting and not found.now
    assert_decides(REAL_PAST_STRANGER, "#9110", now=DAY)


def test_real_stranger_no_longer_seen_is_not_now() -> None:
    assert REAL_NOT_SEEN in phrase_set_texts()
    found = find(views(REAL_NOT_SEEN))
    assert found.consulting and not found.now


@pytest.mark.parametrize("text", REAL_CALLS_CUT)
def test_real_swindlers_call_cut_is_the_consultation_line(text: str) -> None:
    found = find(views(text))
    assert "visitor_left" in found.events, found.events
    assert_decides(text, "#9110", now=DAY)


@pytest.mark.parametrize(("text", "number"), NEW_CONSULTATION)
def test_new_past_police_matter_is_the_consultation_line(text: str, number: str) -> None:
    assert_not_in_phrase_set(NEW_CONSULTATION)
    assert find(views(text)).consulting
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", NEW_ALARMS)
def test_danger_told_now_stays_110(text: str) -> None:
    assert text not in phrase_set_texts()
    found = find(views(text))
    assert not found.consulting
    assert_decides(text, "110", now=DAY)
