"""Round 58 (:mod:`safety.events_road_works_signs`): traffic let into a closed road-works dig (a sign or barrier
down with cars going in, or cars going into a closed section with a trench) is 110; a hiss told with a smell is a
gas leak (119); a strange vehicle parked by a site night after night, after things went missing there, is the
consultation line (#9110) - while a detour asked about, a pressure cooker and a sign read aloud stay quiet."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

ALARMS: list[tuple[str, str, datetime]] = [
    ("通行止めのバリケードが風で飛ばされて、車がどんどん工事区間に入ってきてる", "110", DAY),
    ("こうじの かんばんが たおれてて くるまが ほった みぞの ほうに はいって いっちゃう", "110", DAY),
    ("迂回の標識が倒れでで、車っこ次々と掘った穴のほうさ入っていぐ", "110", DAY),
    ("通行止めのところに車が入っていって、掘り返した穴の手前で止まってる。夜で真っ暗", "110", NIGHT),
    ("水道工事の重機が管を壊したみたいで、シューって音と変な臭いがしてる", "119", DAY),
    ("道路の下からしゅーっという音がして、くさいにおいが広がってる", "119", DAY),
    ("倉庫のそばに見慣れない軽トラが毎晩止まってる。先月、資材を盗まれたばかり", "#9110", DAY),
]
QUIET: list[tuple[str, str, datetime]] = [
    ("迂回路の看板はいつまで立ってるんですか", "none", DAY),
    ("圧力鍋がシューッと音を立てて、いい匂いがしてきた", "none", DAY),
    ("駅前の工事の通行止めはいつまで？車は迂回路に入ってくださいって看板に書いてある", "none", DAY),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ALARMS + QUIET])


@pytest.mark.parametrize(("text", "number", "now"), ALARMS)
def test_a_closed_dig_entered_a_hiss_with_a_smell_and_a_site_watched_are_read(text: str, number: str,
                                                                            now: datetime) -> None:
    assert_decides(text, number, now=now)


@pytest.mark.parametrize(("text", "number", "now"), QUIET)
def test_detours_asked_about_and_kitchen_hisses_stay_quiet(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
