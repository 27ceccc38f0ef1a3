"""Round 58 (:func:`safety.detect_topic.names_a_voiced_topic`, :mod:`safety.detect_cues_setting`,
:mod:`safety.vocabulary_topic`): a funeral as the setting of what happened - the day after it, over and home again,
the day's occasion told, a task for it under way (葬儀の翌日, 葬式が終わって帰ったら, 今日お葬式だったんだけど, 葬儀の
受付をしておりましたら) - is no funeral asked about, for 葬儀 kept apart by its voicing too; and a verb's し before a
shoulder (反応しないし肩をゆすっても, read しないしかたを) is no way of doing. A funeral asked about stays a topic."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("葬儀の翌日、母が台所で倒れていて呼んでも返事がありません", "119"),
    ("お葬式が終わって帰ってきたら、祖母がトイレで倒れて動きません", "119"),
    ("きょう そうしき だったんだけど かえったら ちちが たおれてて へんじ しない", "119"),
    ("葬儀の受付をしておりましたら、喪主の方が急に倒れられて、息をしておりません", "119"),
    ("祖父が椅子で寝たまま、名前を呼んでも反応しないし肩をゆすっても目を開けない", "119"),
]
QUIET = [
    ("葬儀の手続きについて教えてください", "none"),
    ("葬式が終わったあとの手続きは何がありますか", "none"),
    ("葬儀の費用はどのくらいかかりますか", "none"),
    ("お葬式だったんだけど、香典の相場ってどのくらい?", "none"),
    ("肩の痛みの治し方を教えて", "none"),
    ("正しい息の仕方を教えてください", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_an_event_around_a_funeral_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_funeral_or_a_way_of_doing_asked_about_stays_a_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
