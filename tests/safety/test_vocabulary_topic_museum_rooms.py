"""Round 57 (:mod:`safety.vocabulary_topic`): a museum or its archive room (資料館, 資料室: read しりょうかん,
しりょうしつ), a hands-on corner or room (体験コーナーで, 体験室で) and a hall's visitors (来館者, 入館者: read
らいかんしゃ, like 感謝) are the place and the people of an event, not documents, a hands-on event or thanks asked
about as a topic - while documents, a hands-on event and thanks asked about stay quiet."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("町の資料館の入口で、お年寄りの女性が倒れて、呼びかけても返事がありません", "119"),
    ("資料室で作業してた同僚が急に倒れて息してない", "119"),
    ("うちの資料館さ来たじいさま、階段がら落ぢで頭から血ぃいっぺえ出でる", "119"),
    ("しりょうかんの かいだんで おばあさんが たおれて うごきません", "119"),
    ("民具の体験室で、子どもが鎌で指を深く切って、血が止まらない", "119"),
    ("体験コーナーで来館者さんが急に倒れて、息をしていません", "119"),
]
QUIET = [
    ("健康講座の資料をもらえますか", "none"),
    ("そば打ち体験の申し込み方法を教えてください", "none"),
    ("いつも親切にしていただき、職員の方に感謝しています", "none"),
    ("資料館の開館時間を知りたいです", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_an_event_in_a_museum_or_its_rooms_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_documents_hands_on_events_and_thanks_asked_about_stay_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
