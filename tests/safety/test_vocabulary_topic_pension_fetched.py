"""Round 58 (:mod:`safety.vocabulary_topic`, ``PENSION_FETCHED``): a pension drawn or received as an errand, or its
day as a date (年金を下ろしに行く途中, 年金おろして帰ったら, 年金の受け取りに町へ向かう途中, 年金の日に出かけた), is the
setting of what happened on the way - money fetched, not the scheme asked about - while the pension asked about
(how it is received, its day, drawing it by proxy) stays a topic."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

ALARMS = [
    ("年金をおろしに行った帰りに、母が郵便局の前で倒れて息をしていません", "119"),
    ("ねんきん おろしに いったら ちちが みちで たおれて うごかない", "119"),
    ("年金下ろしさ行ったばあちゃん、帰りに車にはねられで動がねえ", "119"),
    ("年金の日に出かけた父が夜になっても戻りません。認知症があります", "110"),
    ("年金を引き出して帰ったら、玄関の鍵が壊されていて、中で物音がします", "110"),
    ("あの年金の受け取りに郵便局へ行く途中で 祖父が急に倒れて えっと 意識がないです", "119"),
]
QUIET = [
    ("年金の受け取り方を教えてください", "none"),
    ("年金の日はいつですか", "none"),
    ("年金を下ろしたいのですが、代理人でもできますか", "none"),
    ("年金の受け取りに必要な書類は何ですか", "none"),
    ("年金の受け取りに行けないときはどうすればいいですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ALARMS + QUIET)


@pytest.mark.parametrize(("text", "number"), ALARMS)
def test_an_event_on_the_errand_of_fetching_a_pension_is_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), QUIET)
def test_the_pension_asked_about_stays_a_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
