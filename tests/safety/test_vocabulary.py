"""After blind18 (:mod:`safety.vocabulary`'s ``NOW``), on phrasings not in the set: "even this late" (今からでも)
about a procedure is no "now" cue, so a past fire or a topic stays quiet; a real "now" still raises the alarm. "Should
it ever" (万一…とき) is a precaution, and "completely settled" (すっかり治まった) is settled like もう治まった."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    ("先月の火事で焼けた家の証明書、今からでも発行してもらえますか", "none"),
    ("おととしの台風の被害の罹災証明って、いまからでも申請できるんでしょうか", "none"),
    ("今から火事の家に近づくなって言われたけど煙がすごい", "119"),
    ("今、台所から火が出てます", "119"),
    # "should it ever" (万一/万が一 ... とき): a precaution
    ("万が一転んだときに知らせてくれるペンダントって市で借りられますか", "none"),
    ("万一火事になった場合、火災保険はおりるんでしょうか", "none"),
    # settled "completely" (すっかり治まった), unless a contrast names what is still wrong
    ("昨夜の腹の激痛はすっかりおさまって、今朝は普通にごはんを食べました", "none"),
    ("母の胸の痛みはすっかり治まったけど、まだ呼んでも返事がない", "119"),
    # a boy or a girl is a person (少年はぴくりともしない)
    ("ブランコの下で小学生くらいの少女がぴくりともしません", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
