"""Round 54 (:mod:`safety.detect_cues_setting` ``SETTING_AFTER``, :mod:`safety.vocabulary` ``TOPIC_VOICED``): a topic
word followed by a task of it under way (祭りの後片付け中, 消防団の放水訓練中に) or by the ground just outside the hall
it names (葬儀場の前の交差点で, 結婚式場の駐車場で) is the setting of what happens there, not what the message is
about; the topic with no event, or asked about, stays no alarm."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# real alarms told in these settings: tested first
ALARMS = [
    ("運動会の準備の途中で、先生が倒れて呼んでも反応がありません", "119"),
    ("消防団の放水訓練中、仲間がいきなり倒れて息してない", "119"),
    ("夏まつりの やたいの かたづけちゅうに おとこが こどもを くるまに おしこもうと してる", "110"),
    ("結婚式場の駐車場で、年配の男性が倒れて動きません", "119"),
    ("斎場の前の道で車が塀にぶつかって、道をふさいでいます", "110"),
]
QUIET = [
    ("消防団の訓練の日程はいつ決まりますか", "none"),
    ("夏祭りの片付け中にごみの分別はどうすればいいですか", "none"),
    ("葬儀場の前の道に車をとめてもいいですか", "none"),
    ("救急講習の練習中です。心臓マッサージのやり方を教えてください", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_an_event_in_the_setting_of_a_topic_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_the_topic_itself_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
