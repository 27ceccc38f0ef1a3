"""A plea for help with a task or from a scheme, a service request (:mod:`safety.service_plea`; split from
test_detect.py in round 47)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, groups


def test_a_plea_for_help_with_a_task_as_its_object_is_a_service_request() -> None:
    for text in ("手続きを助けてほしい", "申請を手伝ってほしい", "書類の書き方を助けてほしいです",
                 "税金の計算を助けてほしい", "子育てを助けてくれる制度はありますか"):
        found = find(views(text))
        assert not found.groups() and found.service, text
    assert "weak" in groups("母を助けてほしい")


@pytest.mark.parametrize(
    "text",
    ["市が助けてくれる制度はありますか", "何か助けてもらえる制度があれば知りたい", "助けてくれる窓口はどこですか",
     "ひとりのときに倒れたら、知らせてくれる装置はありますか"],
)
def test_help_from_the_city_or_a_device_asked_in_advance_is_no_plea(text: str) -> None:
    found = find(views(text))
    assert not found.groups() & {"help", "weak", "medical", "lexical"}


# Round 48: a cry for help over schoolwork (算数の宿題むずかしすぎ たすけて; blind34b's and blind47b's kana tellings
# read 119) is no plea for a person; a sign told with it still counts.
SCHOOLWORK_PLEAS = [
    ("算数の宿題むずかしすぎ たすけて", "none"),
    ("この分数の問題わかんない、助けて〜", "none"),
    ("しゅくだい おわらない たすけて", "none"),
    ("宿題の漢字が多すぎて終わらん、誰か助けて", "none"),
    ("孫の算数の宿題がさっぱりわからんで、誰か助けてくだされ", "none"),
    ("夏休みの自由研究なんにも決まってねえ、たすけでけろ", "none"),
    # a sign told with the homework
    ("算数の宿題してたら弟が倒れた たすけて", "119"),
    ("しゅくだい してたら かじ たすけて", "119"),
    ("宿題してたら知らない男が家に入ってきた たすけて", "110"),
    ("宿題してたら急に息が苦しくなった たすけて", "119"),
]


def test_schoolwork_plea_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SCHOOLWORK_PLEAS)


@pytest.mark.parametrize(("text", "number"), SCHOOLWORK_PLEAS)
def test_a_cry_for_help_over_schoolwork_is_no_plea(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
