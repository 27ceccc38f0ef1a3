"""Round 37 (helper A44; ``FOUND_SAFE`` in :data:`safety.vocabulary_settled.RESOLVED`), on phrasings not in the set:
someone missed, then found where they were (a friend's or a relative's house, the library) or found at once, is a scare
told as over - held out over five writer blocks it was the most frequent false alarm. Someone still missing, not at the
friend's house, only supposed to be there, or found hurt is still an alarm."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary import compile_folded
from safety.vocabulary_settled import FOUND_SAFE
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

FOUND = [
    "息子が部活から帰ってこないと思ったら、友達の家で勉強していたと連絡がありました。",
    "娘がなかなか帰らなくて焦ったけど、図書館で宿題をしていた",
    "弟が帰ってこなくて探し回りましたが、隣の家で犬と遊んでいました",
    "うちの子がいなくなって青ざめたけど、おばあちゃんの家でお昼寝してたそうです",
    "孫が公園で迷子になったけど、すぐ見つかりました。お騒がせしました",
    "むすこが かえってこなくて あせったけど ともだちの いえに いた",
]
STILL_MISSING = [
    ("娘が学校から帰ってこない、友達の家にもいないし電話もつながらない", "110"),
    ("小2の娘が下校時刻を過ぎても帰らず、友達の家にも学校にもいません", "110"),
    ("5歳の娘が公園でいなくなって、まだ見つかりません", "110"),
    ("息子が帰ってこない。友達の家にいたはずなのに連絡がとれない", "110"),
    ("息子が帰ってこなくて探したら、用水路に落ちているのが見つかった、意識がない", "119"),
    ("祖父が帰らないので探したところ、近所の家の前で倒れていました", "119"),
    ("認知症の父がいなくなって、近所の家の裏で倒れているのが見つかりました。息をしていません", "119"),
]
PATTERN = compile_folded(FOUND_SAFE)


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "none") for text in FOUND] + STILL_MISSING)


@pytest.mark.parametrize("text", FOUND)
def test_found_where_they_were_is_over(text: str) -> None:
    assert PATTERN.search(views(text).devoiced) is not None
    assert_decides(text, "none", now=DAY)


@pytest.mark.parametrize(("text", "number"), STILL_MISSING)
def test_still_missing_or_found_hurt_alarms(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", [text for text, _ in STILL_MISSING[:4]])
def test_not_found_is_no_finding(text: str) -> None:
    assert PATTERN.search(views(text).devoiced) is None


# Round 53 (wide55): met up with the group again soon after getting separated (すぐ合流できた) is over; still not met
# up with (まだ合流できていない) stays an alarm.
MET_UP = [
    ("遠足で娘が列からはぐれたって電話が来たけど、すぐに友達と合流できたって。遠足の弁当代の補助ってある？", "none"),
    ("まごが こうがいがくしゅうで はぐれたと きいて あわてましたが すぐ ごうりゅう できました", "none"),
    ("ツアーで母とはぐれてしまいました。まだ合流できていません、携帯もつながりません", "110"),
]


def test_met_up_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(MET_UP)


@pytest.mark.parametrize(("text", "number"), MET_UP)
def test_met_up_again_is_over(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
