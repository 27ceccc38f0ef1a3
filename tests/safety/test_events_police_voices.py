"""Voices heard from others in :mod:`safety.events_police`, on phrasings not in the set: screams with the words heard
between, a call for help screamed in a neighbouring home (110), a weak voice from an old neighbour's room (119)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 41 (blind42, helper A60): screams with the words heard between (叫び声、やめてって聞こえる) are 110.
ROUND41_SCREAMS = [
    ("上の階から叫び声、やめてって聞こえる", "110"),
    ("上の階から叫び声がして、助けてって聞こえる", "110"),
]


def test_round41_scream_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_SCREAMS)


@pytest.mark.parametrize(("text", "number"), ROUND41_SCREAMS)
def test_round41_screams_with_the_words_heard(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42 (kinds41, helper A64): a call for help screamed in a neighbouring home is 110 (someone there in danger),
# not the 119 of the writer's own plea; a weak voice from an old neighbour's room stays 119 (blind12).
SCREAMED_NEXT_DOOR_CASES = [
    ("上の階の部屋から「助けて！」って女の人が叫んでる", "110"),
    ("むかいの いえから たすけてー って さけんでる こえが する", "110"),
    ("隣のアパートがら、たすけでって叫ぶ声が聞こえんだっちゃ", "110"),
    ("お隣から先ほどより「助けて」と叫ぶ声が聞こえてまいります", "110"),
]


def test_screamed_next_door_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SCREAMED_NEXT_DOOR_CASES)


@pytest.mark.parametrize(("text", "number"), SCREAMED_NEXT_DOOR_CASES)
def test_help_screamed_next_door_is_police(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_weak_voice_next_door_is_no_scream() -> None:
    assert_decides("隣の部屋から「たすけて」ってかすかな声がする、一人暮らしのおじいさんの部屋", "119", now=DAY)


# Round 43 (blind44b, helper A65): a call for help screamed in a neighbouring home (隣の部屋で…助けてって叫んで) is
# 110 as from it (から) is; a weak voice there, not screamed, stays 119.
SCREAMS_IN_THE_HOME = [
    ("向かいの家で子どもが「助けて」って泣き叫んでる、大人の怒鳴り声もする", "110"),
    ("上の階の部屋で誰かが助けでって叫んでるっちゃ、ドンドン音もする", "110"),
    ("となりの うちで おんなのひとが たすけてって さけんでる", "110"),
    ("あの 隣 の お宅 で 男の子 が 助けて って 叫んで て 物 が 割れる 音 が", "110"),
    ("隣の部屋で弱い声で「たすけて」ってずっと言ってる、一人暮らしのおばあさんです", "119"),
]


def test_screams_in_the_home_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SCREAMS_IN_THE_HOME)


@pytest.mark.parametrize(("text", "number"), SCREAMS_IN_THE_HOME)
def test_help_screamed_in_a_neighbouring_home_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
