"""Round 57 (:mod:`safety.vocabulary_topic`): a class told as where its people were, came from or were during it
(ヨガ教室の受講者で, 教室の途中, 教室から, 教室に来ていた) is the setting of what happened, not a class asked
about - while a class asked about, or an event supposed there, stays quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("ヨガ教室の受講者で、認知症のある女性が三十分前からいなくなっています", "110"),
    ("書道教室の途中で先生が急に倒れて、呼んでも返事がありません", "119"),
    ("ダンス教室の途中、となりの人がいきなり胸を押さえて倒れた", "119"),
    ("ふようのきょうしつから にんちしょうの ばあちゃんが いなくなった", "110"),
    ("囲碁教室来てた爺さま、認知症あって、さっきがらいねぐなった", "110"),
    ("料理教室に一緒に来ておった母が、急に意識がなくなりました", "119"),
    # (the children in kana, こどもたち devoiced こともたち: forty-ninth session)
    ("えいかいわ きょうしつの こどもが しらない ひとに なんども こえを かけられてる どこに そうだん", "#9110"),
]
QUIET = [
    ("ヨガ教室の受講者になるにはどうすればいいですか", "none"),
    ("ダンス教室の途中で休憩はありますか", "none"),
    ("書道教室から案内のはがきが届きました。申し込みはいつまでですか", "none"),
    ("教室に来ていた人が倒れたらどうすればいいか、講習で習いたい", "none"),
    ("きょうしつの ことも しりたいです", "none"),
]
# A way of speaking told strange (変な話し方) is no how-to topic word (仕方): a stroke sign told with it stays an alarm.
SPEECH = [
    ("じいちゃんが急に変な話し方になって、顔の左が下がってる", "119"),
    ("話し方教室の日程を知りたいです", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET + SPEECH)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_an_event_among_a_classs_people_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_a_class_asked_about_stays_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SPEECH)
def test_a_way_of_speaking_is_no_how_to(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
