"""A stranger tampering with goods on a shop's shelves now (:mod:`safety.events_goods_tampering_signs`) and a thing
told stabbed, not a person (``stabbed`` in :mod:`safety.events_life`; round 50, wide51b's man pushing needles into
food packs, read 119), on tellings written for these tests in several styles, not phrases of the set: 110. A clerk's
own work, the news of such a case, a tasting, a bag packed stay quiet; a person stabbed stays 119."""

from __future__ import annotations

import pytest

from safety.events_goods_tampering_signs import goods_tampering_sign_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: goods tampered with in the shop now
    ("いま スーパーで おとこが パンの ふくろに はりを さしてる。さされた ふくろが たなに ならんでる", "110"),
    ("売り場で男が弁当のラップに爪楊枝を刺しまくってる。刺された商品がそのまま棚に戻されてる、今もいる", "110"),
    ("店の総菜コーナーで知らない女がパックに何か液体を注射器で入れてる！今も棚の前にいる", "110"),
    ("恐れ入ります、ただいま店内で年配の男性が菓子パンの袋に次々と針を刺しております。", "110"),
    ("スーパーの売り場で男がパックさ細え針刺しては棚さ戻してんだ、今もいっから", "110"),
    # not these: a clerk's own work, the news of a case, a tasting, a bag packed
    ("スーパーで品出ししながら商品の袋にシールを貼っています", "none"),
    ("パンの袋に針を刺す事件があったとニュースで見ました", "none"),
    ("試食コーナーで爪楊枝をパンに刺して配っています", "none"),
    ("スーパーで買ったパンを袋に入れてる", "none"),
    # a person stabbed stays 119
    ("包丁で刺されたパパが倒れてる", "119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_rule_needs_the_shop_and_reads_no_bag_packed() -> None:
    (tampering,) = goods_tampering_sign_rules()
    assert tampering.pattern.search(views("男がパックに針を刺してる").devoiced) is not None
    assert tampering.needs is not None and tampering.needs.search(views("男がパックに針を刺してる").devoiced) is None
    assert tampering.pattern.search(views("パンを袋に入れてる").devoiced) is None
