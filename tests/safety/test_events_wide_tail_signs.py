"""wide45c's situation kinds (:mod:`safety.events_wide_tail_signs`), on tellings written for these tests in several
styles, not phrases of the set: a fire alarm announcing a fire with smoke, wild mushrooms or puffer fish with someone
limp or numb, a lot of blood vomited, something exploding in a hand, a person through the ice, a fish hook stuck in a
finger, hearing gone in one ear, bath things in a child's eye, a tooth loosened in a fall. The same words without the
danger are not; nor a dead wild animal on the road, the fire-watch chant, or sirens heard "because we live near the fire
station". Its road, unwanted-attention and swindle kinds are tested with their modules since round 44
(test_events_road_signs.py, test_events_stalking_signs.py, test_events_swindle_signs.py)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # 119: a fire alarm announcing a fire, smoke or a burnt smell
    ("アパートの上の部屋から「火事です、火事です」って警報がずっと鳴ってて、焦げくさいにおいがする。呼んでも返事がない",
     "119"),
    ("うえの へやの ほうちきが なりっぱなしで けむりが ろうかに でてる", "119"),
    ("隣の家の警報器が鳴りやまねえで、換気扇から煙出てんのっさ", "119"),
    # 119: wild mushrooms or puffer fish, then limp, numb, several vomiting
    ("山で採ったきのこを食べたら、夫がぐったりして呼んでも返事がはっきりしません", "119"),
    ("キノコ汁食ったら家族みんな吐いでで、ばっちゃ手しびれるって", "119"),
    ("ふぐを じぶんで さばいて たべたら くちが しびれて いきが くるしい", "119"),
    # 119: a lot of blood vomited
    ("父が血をたくさん吐いて顔が真っ白です", "119"),
    ("ばあちゃんが ちを いっぱい はいて ふらふら", "119"),
    ("おやじ、洗面器いっぱい血吐いだ", "119"),
    # 119: something exploding in a hand
    ("花火が手元で破裂して、息子の指から血が止まらない", "119"),
    ("スプレー缶が手の中で爆発して、手が焼けただれてる", "119"),
    ("はなびが ばくはつして むすこの てから ちが たくさん でてる", "119"),
    # 119: a person through the ice
    ("池の氷が割れて、子どもが落ちて縁につかまってる", "119"),
    ("凍った川で穴があいて男の人が頭だけ出してもがいてる", "119"),
    ("ぬまの こおりが われて ひとが おちた あがれない", "119"),
    ("用水池の氷が抜けて、近所のおじさんが水に落ちました。自分では上がれないようです", "119"),
    # #7119: a fish hook stuck in a finger
    ("釣りしてたら釣り針が親指に刺さって、返しがあるから抜けない", "#7119"),
    ("つりばりが てに ささって ぬけません どこで みてもらえますか", "#7119"),
    ("釣り針、手のひらさ食い込んで取れねえんだ", "#7119"),
    # #7119: hearing gone in one ear
    ("けさから みぎの みみが きこえにくい きーんと なってる", "#7119"),
    ("片耳が昨日から詰まった感じで聞こえづらいんです", "#7119"),
    # #7119 by day: a child's front tooth loosened in a fall
    ("5歳の娘が転んで前歯がぐらぐらしています", "#7119"),
    ("孫っこ、すべり台から落ぢで前歯ぐらついでんだ、血は止まった", "#7119"),
    ("こどもが ころんで まえばが ぐらぐら", "#7119"),
]

NIGHT_CASES = [
    # #8000: bath things in a small child's eye
    ("息子の目にシャンプーが入って、目が赤くなって痛がってます", "#8000"),
    ("むすめの めに にゅうよくざいの あわが はいって めを こすってる", "#8000"),
    ("孫がまぶしそうに目をつぶってる、さっき石けんが入ったみたい", "#8000"),
    ("孫っこの目さボディソープ入って、白目真っ赤になってんだ", "#8000"),
    # #8000: a tooth loosened in a fall, in the evening
    ("3歳の息子が椅子から落ちて前歯がぐらついてる、血は少し", "#8000"),
]

NOT_THESE = [
    ("火災報知器の点検で火事ですって鳴ってました。煙はないです", "none"),
    ("火災報知器の電池が切れてピーピー鳴ってる、どうすれば", "none"),
    ("山のきのこを食べても大丈夫か知りたい", "none"),
    ("花火をするときは手元で爆発しないように気をつけて", "none"),
    ("池の氷が割れてたので立ち入り禁止の看板をつけたい", "none"),
    ("釣り針に餌をつけるのが難しい", "none"),
    ("魚の口から釣り針が抜けない", "none"),
    ("シャンプーが目に入らないようにするシャンプーハットはどこで買えますか", "none"),
    ("前歯が抜けそうだけど、乳歯が抜けかわる時期です", "none"),
    ("おばあちゃんの歯がぐらぐらして食べにくい", "none"),
    ("畑の脇でキツネ死んでた、役場に連絡すればいいの？", "none"),
    ("夜回りの子どもたちがマッチ一本火事のもとって言いながら歩いてる", "none"),
    ("病院の近くなものですから、毎晩何度もヘリの音がします", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NIGHT_CASES + NOT_THESE)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_wide_tail_kinds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NIGHT_CASES)
def test_wide_tail_kinds_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)
