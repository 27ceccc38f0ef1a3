"""Round 40 (helper A59, held out): うずくまって (crouching) written うづくまって - the speech recogniser's spelling (28
transcripts of ``heard.tsv``, 9 of ``heard-training.tsv``) - holds no bear (くま after づ, as after す/ず), so a person
crouching is not sent to the police (110) as a bear near people; a bear told in any word order stays 110."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # held out: two transcripts of two writers (blind27a, blind33a) decided 110 as a bear; now 119
    ("彼氏が急に胸を咲いてうづくまっている、顔まつさを出汗だく。", "119"),
    ("女性月のそばでおじらうづくまっていて、手袋がまっかです。", "119"),
    # new phrasings: a person crouching, told with づ
    ("祖父が庭でうづくまっている", "119"),
    ("おばあちゃんが道端でうづくまっています", "119"),
    ("うづくまってる人がいる、駅の階段のとこ", "119"),
    ("母が台所でうづくまっていて顔が真っ青", "119"),
    # hard negatives the other way: a bear near people stays 110, written in kana, katakana or kanji
    ("裏山にくまがいる", "110"),
    ("畑にくまがでてきた", "110"),
    ("うちの庭にくまがいます、こわい", "110"),
    ("家の裏にクマがいて動かない", "110"),
    ("熊が柿の木に登っています", "110"),
    ("近づくまで熊がいるって気づかなかった、今も目の前にいる", "110"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_crouching_with_du_is_no_bear(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["祖父が庭でうづくまっている", "うづくまってる人がいる、駅の階段のとこ",
                                  "女性月のそばでおじらうづくまっていて、手袋がまっかです。"])
def test_no_bear_event_in_crouching(text: str) -> None:
    assert "bear" not in find(views(text)).events


@pytest.mark.parametrize("text", ["裏山にくまがいる", "うちの庭にくまがいます、こわい", "熊が柿の木に登っています"])
def test_a_bear_is_still_found(text: str) -> None:
    assert "bear" in find(views(text)).events
