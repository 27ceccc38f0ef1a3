"""Round 39's slips (safety.heard_slips_spoken_gap.ROUND39_SLIPS, blind40's spoken-only errors that alone fix two or
more decisions of heard.tsv) in their frames: put back in other wordings than the transcripts they were counted on,
everyday words left alone, whole decisions they change (each decided otherwise with the round emptied), and no typed
text read differently."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.heard import APPLIED_SLIPS, repair, slips_in
from safety.heard_slips_spoken_gap import ROUND39_SLIPS
from tests.safety.helpers import (
    assert_decides,
    assert_not_in_phrase_set,
    round_finds_its_frame,
    typed_texts_a_round_changes,
)

AFTERNOON = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

EARLIER = tuple(slip for slip in APPLIED_SLIPS if slip not in ROUND39_SLIPS)

PUT_BACK = [
    ("畑でばあちゃんが倒せっちゃ", "倒っちゃ"),
    ("風呂場でじいちゃん倒せっちぇで", "倒っちぇで"),
    ("胸押さえで倒せっちまった", "倒っちまった"),
    ("玄関で倒せっちだまんま", "倒っちだまんま"),
    ("お化け屋敷で叫んじゃった笑い", "叫んじゃった笑"),
    ("部活きつすぎて死にそう笑い。", "死にそう笑。"),
    ("上司が怖すぎて心臓止まりそう、笑い", "そう、笑"),
    ("猫が全然動かない笑い", "動かない笑"),
]

UNCHANGED = [
    "木を倒せって言われた",  # the imperative of 倒す, no っち after it
    "倒せる相手じゃない",
    "会場はお笑い",  # お笑い, not a laugh at the end
    "映画で大笑い",
    "苦笑い",
    "笑いが止まらない",  # not at the end
    "笑いごとじゃない",
    "思わず笑い出した",
]

# Whole messages the round changes (each decided otherwise with ROUND39_SLIPS emptied).
DECISIONS = [
    ("田んぼでじいちゃんが倒せっちまって、動がねえ", "119", AFTERNOON),
    ("畑でばあちゃんが急に倒せっちゃ、呼んでも返事ねえ", "119", AFTERNOON),
    ("ばあちゃん玄関で倒せっちだまんまだ", "119", AFTERNOON),
    ("お化け屋敷で助けてって叫んじゃった笑い", "none", AFTERNOON),
    ("肝試しで友達が倒れたふりして焦った、笑い", "none", AFTERNOON),
    ("弟がプールで溺れるまねしてた笑い。", "none", AFTERNOON),
]


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert not round_finds_its_frame(text, ROUND39_SLIPS, earlier=EARLIER), text


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), DECISIONS)
def test_a_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


def test_the_round_changes_no_typed_text() -> None:
    """No slip of the round finds its frame in a typed text of the phrase set, the training set or the check-in
    answers, read as the earlier rounds leave it: a typed message reads as before."""
    assert typed_texts_a_round_changes(ROUND39_SLIPS, earlier=EARLIER) == []
