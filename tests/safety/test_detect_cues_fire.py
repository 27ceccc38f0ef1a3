"""Round 49 (:mod:`safety.detect_cues_fire` ``FIELD_BURN``, ``BURN_WATCHED``): stubble, husks or leaves burnt in a field
under watch, water or an extinguisher ready (blind49b, read 119), are a fire in its place - no alarm; a burn that
spread or a field's smoke with nobody watching stays 119."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BURNS = [
    ("隣の畑で煙出てるけど、おじさんがホース持って見張りながら枯れ草燃やしてるだけ", "none"),
    ("あぜの草焼いでる煙だ。じいさんがバケツさ水汲んで脇さついでっから大丈夫だべ", "none"),
    ("たんぼで わら やいてる けむり みはりの ひと いる ばけつも ある", "none"),
    ("近所の方が落ち葉を焼いておりまして、消火器をそばに置いて見守っておられます。煙が少しこちらへ参ります", "none"),
    # spread, or nobody watching
    ("誰もいない田んぼから煙がもくもく上がってる", "119"),
    ("籾殻焼いてたら火が広がって、バケツの水じゃ消えない", "119"),
    ("向かいの畑から煙がすごい、誰もいないみたい", "119"),
]


def test_burn_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BURNS)


@pytest.mark.parametrize(("text", "number"), BURNS)
def test_a_watched_field_burn_is_no_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_watched_burn_is_a_fire_in_its_place() -> None:
    assert "fire_in_place" in find(views("見張りながら籾殻を焼いてる、バケツの水もある")).closures
