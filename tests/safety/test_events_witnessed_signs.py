"""After blind25's final score (:mod:`safety.events_witnessed_signs`), on phrasings not in the set: a person fallen
from a tree, a building collapsed on someone inside, a ceiling going black with a crackling and only a float left in
the water are 119; something on the tracks with a train due and blows still being received are 110 - and the same
words with no one in danger (fruit fallen from a tree, a greenhouse and its crop, a crackling bonfire, a toy on the
tracks of a model railway, blows received last year) are not emergencies."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from safety.detect import rule_hits
from safety.events_witnessed_signs import witnessed_sign_rules
from safety.normalize import views
from tests.safety.helpers import assert_decides, assert_not_in_phrase_set

DAY = datetime(2026, 7, 15, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo"))

CASES = [
    # 119: a person fallen from a tree
    ("じいちゃんが松の木から落ちて、腰を押さえて動けない", "119"),
    ("おとなりのご主人が、庭の木の上から転げ落ちられました", "119"),
    # 119: a building collapsed with someone inside
    ("地震で物置が潰れて、中に父がいたはずなんです", "119"),
    ("雪の重みで小屋がつぶれた、中で母が片付けをしていたのに", "119"),
    # 119: a ceiling, wall or socket going black with a crackling
    ("寝室の壁のコンセントが真っ黒になってて、パチパチ鳴ってる", "119"),
    ("二階の天井が黒く焦げてきて、ぱちぱちと音がしております", "119"),
    # 119: only a float or a hat in the water where someone was
    ("海で娘の姿が見えません。浮き輪だけがぷかぷか浮いています", "119"),
    ("池で遊んでた弟がいなくなって、帽子だけ浮いてる", "119"),
    # 110: something on the tracks with a train due
    ("踏切の真ん中に自転車が倒れてて、もうすぐ電車が来る", "110"),
    ("線路に大きな木が倒れて、列車が近づいてきています", "110"),
    # 110: blows still being received, someone already down
    ("店の前で男の人が倒れてるのに、まだ殴られています", "110"),
    ("けんかで ひとり たおれてて まだ けられてる", "110"),
]

SAME_WORDS_NO_DANGER = [
    ("柿の実が木から落ちて、道がべたべたになっている", "none"),
    ("雪が木から落ちてきて、びっくりした", "none"),
    ("ビニールハウスが大雪でつぶれて、中のいちごが全部だめになった。共済の手続きは？", "none"),
    ("焚き火で焼き芋を焼くと皮が黒くなってパチパチいうので楽しい", "none"),
    ("孫がプールで浮き輪だけで泳げるようになりました", "none"),
    ("プラレールの線路の上に人形を置いたら、電車が来てはじき飛ばした", "none"),
    ("線路の近くに住んでいて、電車が来る音がうるさい", "none"),
    ("去年、駅前で殴られたことがあって、今でも夜道が怖い", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + SAME_WORDS_NO_DANGER)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_witnessed_scenes_are_emergencies(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SAME_WORDS_NO_DANGER)
def test_the_same_words_with_no_one_in_danger_are_not(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_every_rule_of_the_module_places_two_of_the_cases() -> None:
    texts = [views(text) for text, _ in CASES]
    for rule in witnessed_sign_rules():
        hits = [text for text in texts if rule_hits(rule, text, {}) == "hit"]
        assert len(hits) >= 2, rule.name
