"""Emergencies told by what is seen around them (:mod:`safety.events_seen_around_signs`), on tellings not in the set."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# Round 44 (blind45b: 4歳の娘が朝起きたらいません, 91歳の母が…布団がもぬけの殻で、サンダルもない): someone found gone
# on waking or looking in, a bed found empty - a missing child or elder, 110; not someone gone to work, a cat, a note
# left, a room emptied by a move.
FOUND_GONE = [
    ("朝起きたら5歳の息子がいないんです、玄関のチェーンが外れてて", "110"),
    ("目が覚めたら隣の布団にいるはずのばあちゃんがいねえ、どこさ行ったんだべ", "110"),
    ("夜中にトイレに起きて母の部屋を覗いたら、ベッドが空っぽでした。最近物忘れがひどくて心配です", "110"),
    ("あさ おきたら むすこが いない くつも ない", "110"),
    ("認知症の父の寝室を朝見に行ったら布団がもぬけの殻で、靴がなくなっております", "110"),
    ("朝起きたら夫はもう仕事に出ていていませんでした", "none"),
    ("朝起きたら猫がいなくて、家じゅう探しました", "none"),
    ("朝起きたら娘がいなかったけど、置き手紙で朝練と分かりました", "none"),
    ("息子が引っ越して部屋が空っぽになって寂しい", "none"),
]
# Round 44 (blind45b: 料理中に指切った、深くてタオル真っ赤、止まんない): a cut told by the cloth pressed on it, soaked
# red, and not stopping - 119; stopped, or a red towel, is a cut to ask about (#7119).
SOAKED_CLOTH = [
    ("包丁で手のひらざっくりいった、タオル二枚目も真っ赤で止まらねえ", "119"),
    ("草刈り中に足を切りまして、押さえているタオルが赤く染まって、止まりません", "119"),
    ("ゆび きった ティッシュ まっか とまらない", "119"),
    ("子どもが転んでガラスで膝を切った、ハンカチがぐっしょりで止まんない", "119"),
    ("指切ったけどタオルで押さえたら止まった", "#7119"),
    ("赤いタオルで手を拭いたら指を切っていたのに気づいたけどもう止まってる", "#7119"),
]
# Round 44 (blind45a: 工事現場の夜警中、フェンスの向こうで重機のエンジンをかけようとしてる人影がいる): a stranger at a
# machine or vehicle, working it now - a theft under way, 110 (the classifier said 119).
THEFT_UNDER_WAY = [
    ("倉庫の前で知らない男がうちのトラクターのエンジンをかけようとしてる", "110"),
    ("夜中に駐車場で誰かが車のドアをガチャガチャやってる", "110"),
    ("資材置き場で人影がユンボを動かそうとしてるの見えるんだけど", "110"),
    ("ばあちゃんちの軽トラ、見知らぬ男が乗り込もうとしとる", "110"),
    ("除雪機を見知らぬ人が運び出そうとしています、うちのです", "110"),
]


def test_seen_around_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FOUND_GONE + SOAKED_CLOTH + THEFT_UNDER_WAY)


@pytest.mark.parametrize(("text", "number"), FOUND_GONE)
def test_someone_found_gone_from_bed_is_missing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SOAKED_CLOTH)
def test_a_cloth_soaked_red_and_not_stopping_is_bleeding(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), THEFT_UNDER_WAY)
def test_a_stranger_working_a_machine_is_a_theft_under_way(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


def test_the_events_are_named() -> None:
    assert "missing_person" in find(views("朝見たら母の布団がもぬけの殻です")).events
    assert "bleeding_not_stopping" in find(views("タオルが真っ赤で止まらない、指を切った")).events
    assert "theft_under_way" in find(views("人影が重機のエンジンをかけようとしてる")).events
    assert "theft_under_way" not in find(views("自分の車のエンジンをかけようとしてる知らない人に見られた")).events


# Round 45: a room found empty (部屋がからっぽ) is someone gone; an empty thing found before the room is not.
def test_round45_an_empty_thing_before_a_room_is_no_room_found_empty() -> None:
    assert "missing_person" not in find(views("姉の部屋の前にからっぽの薬のシートが落ちてる")).events
    assert "missing_person" in find(views("朝起きたら母の部屋がからっぽで、靴もない")).events
