"""Round 49 (:mod:`safety.detect_cues` ``REFUSING_TO_LEAVE``): "does not move" said of someone who keeps at what they
do and will not leave (望遠カメラで子供たちをずっと撮ってます 声をかけても動かない; wide50, read 119) is a person
refusing, not one unresponsive - the police matter, not 119; a person sitting or fallen who does not move when spoken
to stays 119."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

REFUSING = [
    ("市民プールで知らない男がずっと子どもたちをスマホで撮ってて、注意しても動かない。まだいる", "110"),
    ("店の前で酔っぱらいが怒鳴ってて、帰ってと言っても動かないんです", "110"),
    ("こうえんで おとこが こどもを しゃしん とってる こえ かけても うごかない", "110"),
    ("駐車場で知らねえ男がずっと車ん中覗いてで、声かけでも動がねえ", "110"),
    # unresponsive
    ("公園のベンチで男の人がずっと座ってて、声をかけても動かない", "119"),
    ("畑でじいちゃんが倒れてて、声をかけても動かない", "119"),
]


def test_refusing_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(REFUSING)


@pytest.mark.parametrize(("text", "number"), REFUSING)
def test_someone_refusing_to_leave_is_not_unresponsive(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_immobility_events_are_dropped() -> None:
    assert "unconscious" not in find(views("男がずっと写真を撮ってて、声をかけても動かない")).events
