"""Round 38's slips (safety.heard_slips_spoken_gap.ROUND38_SLIPS, blind39's spoken-only errors that alone fix two or
more decisions of heard.tsv) in their frames: put back in other wordings than the transcripts they were counted on,
everyday words left alone, whole decisions they change (each decided otherwise with the round emptied), and no typed
text read differently."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.heard import APPLIED_SLIPS, repair, slips_in
from safety.heard_slips_spoken_gap import ROUND38_SLIPS
from tests.safety.helpers import (
    assert_decides,
    assert_not_in_phrase_set,
    round_finds_its_frame,
    typed_texts_a_round_changes,
)

AFTERNOON = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

EARLIER = tuple(slip for slip in APPLIED_SLIPS if slip not in ROUND38_SLIPS)

PUT_BACK = [
    ("川で泳いでた子の防止だけ流れてきた", "帽子だけ流れて"),
    ("水面に黄色い防止が浮いてる", "帽子が浮いて"),
    ("防止が沈んでいった", "帽子が沈んで"),
    ("じいちゃんの防止だけ残ってて姿がねえ", "帽子だけ残って"),
    ("孫の防止、ながされでった", "帽子、ながされ"),
    ("羽毛布団のろんの処理にサインした", "ろーんの書類に"),
    ("ろうんの処理を書かされた", "ろーんの書類を"),
]

UNCHANGED = [
    "事故防止が大事",  # no water verb after it
    "熱中症防止のことで聞きたい",  # の before こと is no particle of the frame
    "感染防止も流行期には大事",  # 流行 is no flowing
    "再発防止を残す仕組み",  # 残す is no hat left
    "防止策を教えて",
    "議論の処理",  # kanji 論
    "ろんりの処理",  # 論理 in kana
    "ローンの書類",  # already right
]

# Whole messages the round changes (each decided otherwise with ROUND38_SLIPS emptied).
DECISIONS = [
    ("川で遊んでた弟の防止だけ流れてきて、弟が見えない", "119", AFTERNOON),
    ("海で泳いでいた父の防止だけ浮いていて、姿が見えません", "119", AFTERNOON),
    ("用水路に孫の防止が浮いてて、孫がいない", "119", AFTERNOON),
    ("展示会で布団を見ただけなのに、ろんの処理を書かされていた", "188", AFTERNOON),
    ("業者に勧められて、ろうんの処理にサインしてしまった", "188", AFTERNOON),
]


@pytest.mark.parametrize(("heard", "expected"), PUT_BACK)
def test_a_slip_is_put_back_in_its_frame(heard: str, expected: str) -> None:
    assert expected in repair(heard), repair(heard)
    assert slips_in(heard)


@pytest.mark.parametrize("text", UNCHANGED)
def test_the_everyday_word_is_left_alone(text: str) -> None:
    assert not round_finds_its_frame(text, ROUND38_SLIPS, earlier=EARLIER), text


def test_decision_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in DECISIONS])


@pytest.mark.parametrize(("text", "number", "now"), DECISIONS)
def test_a_transcript_gets_its_line(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


def test_the_round_changes_no_typed_text() -> None:
    """No slip of the round finds its frame in a typed text of the phrase set, the training set or the check-in
    answers, read as the earlier rounds leave it: a typed message reads as before."""
    assert typed_texts_a_round_changes(ROUND38_SLIPS, earlier=EARLIER) == []
