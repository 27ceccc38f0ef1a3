"""Round 56 (:data:`safety.vocabulary_hypothetical.HYPOTHETICAL`, wide58): a doing told as the moment something
happened, then a count of the people struck (法要をしていたら何人も頭を抱えて) is no "what if" - たら before 何人も /
何人が asks nothing. A case supposed with 何人 (もし…たら何人くらいで) stays one. Tellings written for these tests,
not phrases of the set."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

STRUCK = [
    ("集会所で練炭こたつを囲んで話してたら、何人もふらふらして一人が呼んでも起きない", "119"),  # casual
    ("お通夜で火鉢を焚いておりましたら、何人もが頭が痛いと言い、祖母が揺すっても目を開けません", "119"),  # senior
    ("こやで すとーぶ つけて さぎょう してたら なんにんも たおれて ひとり へんじ しない", "119"),  # kana
]
SUPPOSED = [
    ("もし集会で倒れたら何人くらいで運べばいいですか", "none"),
    ("万一お祭りでけが人が出たら何人救護に付ければいいですか", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STRUCK + SUPPOSED)


@pytest.mark.parametrize(("text", "number"), STRUCK)
def test_a_count_of_people_struck_after_a_doing_is_no_what_if(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SUPPOSED)
def test_a_case_supposed_with_a_count_stays_hypothetical(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
