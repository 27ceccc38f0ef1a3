"""Round 24 (:mod:`safety.vocabulary_settled`, :mod:`safety.vocabulary`), on phrasings not in the set: a scare seen
by a doctor and found fine (病院で診てもらって異常なしでした) is over; a near miss told as a fear (倒れるかと思った) and
how to prevent something (中毒を防ぐには) are no events; breathing told "not normal" (息は普通じゃない) is no
reassurance. The same words with an alarm told after them still alarm."""

from __future__ import annotations

import pytest

from safety.vocabulary_reassured import BREATHING_NORMALLY
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # seen by a doctor and found fine
    ("夫が昨日胸が痛いって言ってたけど、検査してもらったら問題なしでした", "none"),
    ("うちの子、咳がひどかったけど病院で診てもらったら大丈夫だった", "none"),
    # ... and then an alarm
    ("夫が胸が痛いって言うので病院で診てもらったけど異常なしって言われたのに、また苦しがってる", "119"),
    ("病院で診てもらったら大丈夫だって言われたのに、父がまた倒れて意識がない", "119"),
    # a near miss told as a fear
    ("スキーで転んで死ぬかと思った、でも無傷", "none"),
    ("雪かきで倒れるかと思いました。もう大丈夫です", "none"),
    # ... a turn (かと思ったら) is not one
    ("川で子どもが溺れるかと思ったら、本当に流されてる", "119"),
    ("父が熱中症になるかと思ったけど、今ふらふらして返事がない", "119"),
    # how to prevent it
    ("ヒートショックを防ぐにはどうすればいい？", "none"),
    ("ストーブで一酸化炭素中毒を防ぐ工夫ってありますか", "none"),
    ("ストーブつけてたら家族みんな頭痛と吐き気、一酸化炭素中毒かも", "119"),
    # breathing not normal is no reassurance
    ("孫がむせて息は普通じゃない、顔が青い", "119"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_over_feared_or_prevented_is_no_event(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["息は普通じゃない", "呼吸が平気ではない", "いきはふつうじゃない"])
def test_breathing_not_normal_is_no_reassurance(text: str) -> None:
    assert BREATHING_NORMALLY.search(text) is None


def test_breathing_normal_still_reassures() -> None:
    assert BREATHING_NORMALLY.search("息は普通にできてる") is not None


# blind28 (``RESOLVED``): a guard raised, then who it was; a gas smell checked by someone called in and explained.
BLIND28_CASES = [
    ("庭に人影があって警戒しましたが、検針に来た電力会社の方でした", "none"),
    ("ガス臭い気がして点検してもらったら、漏れはなく、生ごみのにおいでした", "none"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_checked_and_explained_is_over(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind20: seen by a doctor and found fine (受診したら異常なし, 病院に行ったら平気だった) settles a past
# sign; a sign again after it (…けど また) is still an emergency.
SEEN_FINE_CASES = [
    ("先週お腹が痛いって騒いでた息子、病院に行ったら平気だったって", "none"),
    ("おとといめまいがした祖母、診てもらったら異常はありませんでした", "none"),
    ("受診したら大丈夫だったけど、まただんだん息が苦しくなって唇が紫になってきた", "119"),
]


def test_seen_fine_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SEEN_FINE_CASES)


@pytest.mark.parametrize(("text", "number"), SEEN_FINE_CASES)
def test_seen_by_a_doctor_and_fine_is_settled(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
