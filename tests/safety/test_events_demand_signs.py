"""Round 48 (:mod:`safety.events_demand_signs`): money demanded with a threat or by a stranger, told as going on, is
a robbery or an extortion now (110, B56's typed gap: 男が店員に金を出せと脅しています read #9110); a family's talk
about money, a drama, a what-if and yesterday's demand are not now."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    "男が店員に金を出せと脅しています",
    "コンビニで男が店員に金を出せって脅してる",
    "レジの前で知らない男が金出せって怒鳴ってます",
    "うちのみせに おとこが きて れじの おかね だせって いってる",
    "店さ変な男来て、レジの金ば出せって凄んでんだっちゃ",
    "あのいま男の人がお店の人にかね出せっておどしてます",
    "レジのところでお客さんが大きな声でお金出せと叫んでいて店員さんが固まってます",
    "となりのおばあちゃんちに　おとこのひとが　きて　おかねだせって　どなってる",
]
LOOK_ALIKES = [
    ("息子が小遣いの金を出せって言ってる", "none"),
    ("孫がお年玉の金を出せってすごい剣幕で言ってる", "none"),
    ("妻が生活のために金を出せと言っています", "none"),
    ("ドラマで強盗が金を出せと脅しているシーンが怖かった", "none"),
    ("もし強盗が金を出せと言ってきたらどうすればいいですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "110") for text in CASES] + LOOK_ALIKES)


@pytest.mark.parametrize("text", CASES)
def test_money_demanded_with_a_threat_now_is_a_robbery(text: str) -> None:
    assert "police" in find(views(text)).groups()
    assert_decides(text, "110", now=DAY)


@pytest.mark.parametrize(("text", "number"), LOOK_ALIKES)
def test_a_familys_money_talk_a_drama_and_a_what_if_are_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
    assert "money_demanded_now" not in find(views(text)).names("police")
