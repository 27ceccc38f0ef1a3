"""A plea for help with a task or from a scheme, a service request (:mod:`safety.service_plea`; split from
test_detect.py in round 47)."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import groups


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
