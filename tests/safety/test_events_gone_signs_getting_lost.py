"""Round 56 (:mod:`safety.events_gone_signs` ``missing_person``): someone not there (父もいない, 祖母の姿がない) who
has been getting lost or forgetful of late (道に迷うことが増えて, 物忘れ, 認知症), gone since some hour or with their
car, is a missing person - 110; someone away at a day service or in hospital, or a worry about the future, is not."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("昼から祖母の姿がない。このごろ物忘れがひどくなってた", "110"),
    ("朝から夫の車がなくて、夫もいません。最近、道に迷うことがあったんです", "110"),
    ("認知症の気がある母が、三時間前から家のどこにもいない", "110"),
    ("じっちゃの軽トラねえし、じっちゃもいねえ。このごろ道さ迷うことあったのさ", "110"),
    # round 57 (wide59b): a while told between the person and the absence, and the polite form
    ("祖父が、昼寝のあと見当たりません。二時間になります。最近ボケが始まっていて", "110"),
    ("夫が、買い物から、どこにもおらん。もう三時間じゃ。認知症があるけえ心配で", "110"),
]
QUIET = [
    ("認知症の母が今日はデイサービスで家にいないので、ゆっくりできます", "none"),
    ("物忘れが増えた父が入院していて、家に父がいないのが寂しい", "none"),
    ("もし認知症の祖父がいないと気づいたら、どこに連絡すればいいですか", "none"),
    ("父は、朝ご飯のあとから見当たりませんが、今日はデイサービスの日です。最近物忘れがあって", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_someone_getting_lost_of_late_not_there_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_someone_away_where_known_or_a_what_if_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
