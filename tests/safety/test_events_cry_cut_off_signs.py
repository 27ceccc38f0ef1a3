"""Round 53 (:mod:`safety.events_cry_cut_off_signs`): a cry overheard - a scream, a plea, a child crying out - that then
stops is still a police matter (110): the silence is what worries. A baby soothed, children at play or a cat's cry
that ends stay quiet."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CRY_THEN_SILENCE = [
    ("アパートの下の階から女の人の悲鳴がして、それっきり何も聞こえません", "110"),
    ("となりの いえから たすけてって こえが して きゅうに しずかに なった", "110"),
    ("向がいの家がら、やめでって叫ぶ声したっけ、ぴたっと止んだっちゃ", "110"),
    ("夜道で「痛い」と叫ぶ声がして、そのあと急に静かになった、気になる", "110"),
    ("裏の家から子どもの泣き叫ぶ声がしてたのが、ぷつっと途切れました", "110"),
    ("駐車場の方から女性の叫び声が一度だけ聞こえて、今はしーんとしております", "110"),
]
CRY_ENDED_WELL = [
    ("隣の赤ちゃんの泣き叫ぶ声が続いていたが、お母さんがあやして静かになった", "none"),
    ("公園で子どもたちの叫び声がしていたが、遊び終わって静かになった", "none"),
    ("猫の叫び声がうるさかったのが、急に静かになった", "none"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CRY_THEN_SILENCE + CRY_ENDED_WELL)


@pytest.mark.parametrize(("text", "number"), CRY_THEN_SILENCE)
def test_a_cry_that_stops_is_still_a_police_matter(text: str, number: str) -> None:
    assert "cry_cut_off" in find(views(text)).names("police")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), CRY_ENDED_WELL)
def test_a_cry_soothed_played_or_of_an_animal_is_quiet(text: str, number: str) -> None:
    assert "cry_cut_off" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


# round 58: a cry first taken for a screen's or a joke, then told real; the reverse, a screen's after all, and a cry
# told real but in play or in pain, stay out of this rule
CRY_TOLD_REAL = [
    ("ドラマの声かと思ったら、ほんとに向かいの家で女の人がキャーって叫んでるんです", "110"),
    ("てれびの おとかと おもったら ほんとに となりの おくさんが ひめい あげてる", "110"),
    ("ゲームの声だと思ってたら、マジで外で誰か叫んでる", "110"),
    ("冗談だと思ったけど、裏の家から本当に悲鳴が聞こえておりまして", "110"),
]
CRY_NOT_TOLD_REAL = [
    ("外の悲鳴かと思ったら、息子の見てる映画の音でした", "none"),
    ("ふざけてるかと思ったら、本当にキャーキャー叫んで遊んでた", "none"),
    ("娘が本当にドラマ見ながら叫んでる、うるさいなあ", "none"),
]


def test_told_real_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CRY_TOLD_REAL + CRY_NOT_TOLD_REAL)


@pytest.mark.parametrize(("text", "number"), CRY_TOLD_REAL)
def test_a_cry_taken_for_a_screen_then_told_real_is_a_police_matter(text: str, number: str) -> None:
    assert "cry_told_real" in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), CRY_NOT_TOLD_REAL)
def test_a_cry_of_a_screen_or_in_play_is_not_told_real(text: str, number: str) -> None:
    assert "cry_told_real" not in find(views(text)).names("police")
    assert_decides(text, number, now=DAY)
