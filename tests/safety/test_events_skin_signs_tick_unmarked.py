"""Round 55 (``tick_bite`` of :mod:`safety.events_skin_signs`): a tick told with no particle before the bite (お腹に
ダニくっついてた) or as a small black bug biting in (黒い虫が食いついて), and the day after an outing that names a
topic word (草刈りボランティアの翌日: ``safety.detect_cues_setting.SETTING_AFTER``), is a question for the advice line.
Mites in the bedding, a fish that bites, a tick on a dog stay quiet."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

TICKS = [
    ("山菜採りから帰ったら、すねにダニくっついてて取れない。病院行くべき?", "#7119", DAY),
    ("きのう田んぼさ行ったら、腕に黒い虫が食いついでで取れねえんだ", "#7119", DAY),
    ("孫の首にマダニ吸いついてるの見つけました。夜ですがどうすれば", "#8000", NIGHT),
    ("稲刈りボランティアの翌日、お腹にマダニが付いているのに気づきました。自分で取っても大丈夫ですか", "#7119", DAY),
]
NOT_TICKS = [
    ("布団のダニ対策にいいスプレーはありますか", "none", DAY),
    ("鮎釣りで虫をえさにしたら鮎がすぐ食いついてきた", "none", DAY),
    ("ボランティアの翌日の集合場所を教えてください", "none", DAY),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in TICKS + NOT_TICKS])


@pytest.mark.parametrize(("text", "number", "now"), TICKS)
def test_a_tick_attached_is_a_question_for_the_advice_line(text: str, number: str, now: datetime) -> None:
    assert "tick_bite" in find(views(text)).events
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number", "now"), NOT_TICKS)
def test_mites_fish_or_a_day_asked_about_are_quiet(text: str, number: str, now: datetime) -> None:
    assert "tick_bite" not in find(views(text)).events
    assert_decides(text, number, now=now)
