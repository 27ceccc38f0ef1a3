"""wide48b's police-first kinds (:mod:`safety.events_police_first_signs`), on tellings written for these tests in
several styles, not phrases of the set: a person held by another who will not let them go (told first-hand, relayed
or passed in a note), and a person sitting or crouching on the railway tracks - both 110 even with a body word
(閉じ込められて, 動かない) beside them. The same words without a person held are not: money not paid out, a car not
lent, work that keeps one late, a book not returned, a lift that jammed, a person lying collapsed on the tracks."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # 110: a person held by another
    ("いま隣の家の奥さんから「主人に部屋から出してもらえない、助けて」ってLINEが来た", "110"),
    ("ともだちから おとこのひとの いえに つれてこられて かえして もらえないって めっせーじ きた いま", "110"),
    ("娘が彼氏の車に乗せられたまま降ろしてくれないって電話してきた、今どこか走ってる", "110"),
    ("となりの娘っこが窓がら「助けで、閉じ込められでる」って書いだ紙見せできたのっしゃ、親父が中で怒鳴ってる", "110"),
    ("只今、姪から、知らない男性に車で連れて行かれて帰らせてもらえないと連絡がございました", "110"),
    # 110: a person sitting or crouching on the tracks
    ("いま線路に酔っぱらいが座り込んでる、踏切のそば、電車来る", "110"),
    ("踏切の向こうの線路の上に、おばあさんがしゃがんでおられます。呼んでも動きません", "110"),
    ("線路さ若え男が座ってで、なんぼ呼んでも動がねえ。今だ", "110"),
]

NOT_THESE = [
    ("銀行でお金をおろしてもらえないんですがどうすれば", "none"),
    ("親に車を出してもらえないので病院まで行けません、タクシーの番号を教えて", "none"),
    ("会社から帰らせてもらえない日が続いてつらい、どこに相談すれば", "none"),
    ("友達が本を返してくれないんです", "none"),
    ("線路沿いのベンチに座って電車を見ています", "none"),
    # a body word with no person holding: the rescue keeps 119
    ("エレベーターに閉じ込められて出られない、助けて", "119"),
    ("線路の上に男の人が倒れていて動かない", "119"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_police_first_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- round 53: the holder's own condition beside a confinement (払うまで帰さない…閉じ込められて) is 110 ---
HOLDER_CONDITION = [
    ("払うまで帰さないと言われて、店の奥の部屋に閉じ込められています", "110"),
    ("金払わねえと帰さねえって事務所さ閉じ込められでんだ", "110"),
    ("たくしーで おかね はらうまで おろさないと いわれて でられません", "110"),
    ("キャバクラで会計が十万って言われて、払わないなら出さないって奥の部屋から出られない", "110"),
]
NO_HOLDER = [
    ("映画で犯人が払うまで帰さないと言って人質を閉じ込めていた", "none"),
]


def test_round53_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HOLDER_CONDITION + NO_HOLDER)


@pytest.mark.parametrize(("text", "number"), HOLDER_CONDITION)
def test_a_holders_condition_beside_a_confinement_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NO_HOLDER)
def test_a_holders_condition_in_a_film_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
