"""wide45's situation kinds (:mod:`safety.events_long_tail_signs` and the small additions of round 43 elsewhere), on
tellings written for these tests in several styles, not phrases of the set: household cleaners used together with
someone coughing, choking told by a throat clutched, a fallen statue or tree with nobody hurt, a child's fall told over,
a child who licked a household thing at night, a bee sting in a recogniser's spelling, an ambulance weighed politely, a
neighbour's harassment with dung (no eruption), an order paid for in Tohoku speech, and a flood zone asked about. The
same words without the danger are not. Its road, unwanted-attention and swindle kinds are tested with their modules
since round 44 (test_events_road_signs.py, test_events_stalking_signs.py, test_events_swindle_signs.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

DAY_CASES = [
    # 119: cleaners used together, someone coughing or sat down
    ("トイレでハイターとサンポール両方使っちゃったら、おかんが咳止まんなくて座り込んでる", "119"),
    ("ばあちゃん風呂掃除でカビ取りとクエン酸いっしょに使ったみてえで、目ぇ痛えって咳してうずくまってんだ", "119"),
    ("かびとりと さんせいの せんざいを いっしょに つかったら むすめが せきこんで くるしそう", "119"),
    # 119: food in the mouth, then the throat clutched or no voice
    ("孫がアメ玉を口に入れたとたん、喉を押さえて声も出せずにばたばたしてる", "119"),
    ("息子がお餅を飲み込んだら首をつかんで声が出せないみたい、顔が赤い", "119"),
    ("こどもが ぶどうを ほおばったら のどを かきむしって こえが だせない", "119"),
    # 119 stays: a person who fell, next to a statue
    ("じいちゃんが畑でぶっ倒れた、動かねえ", "119"),
    ("お地蔵さんの前でおばあさんが倒れています", "119"),
    # #7119: a bee sting with a compound's reading or the recogniser's 鉢, breathing fine
    ("スズメバチに首刺された、腫れてきたけど息は普通、病院いったほうがいい？", "#7119"),
    ("やまでアシナガバチにさされた。うでがはれてる。びょういんいくべき？", "#7119"),
    ("庭で鉢植えを動かしてたら蜂に刺されて、手首が腫れてきた。息は大丈夫、病院行くべき？", "#7119"),
    # #7119: an ambulance weighed politely; 119 when asked for
    ("朝から頭がふらふらします。救急車を頼んでいいのか迷ってます", "#7119"),
    ("昨日から目が回りまして、救急車をお願いしてもよろしいものか、ご相談したく", "#7119"),
    ("母がめまいで立てません、救急車をお願いします", "119"),
    # #9110: a neighbour's harassment with dung (not an eruption, ふんか)
    ("隣の人に何回も庭に犬の糞が投げ込まれて、文句言ったら怒鳴られました。どこに相談すれば", "#9110"),
    # 188: an order paid for and never come, in Tohoku speech
    ("通販で長靴買って金っこ払ったのに、ひと月たっても届がねえ", "188"),
    ("テレビで見だ布団、金振り込んだのに来ねえし、店さ電話しても出ねえのっしゃ", "188"),
    # disaster: whether the home or area goes under water, asked
    ("うちの地区って大雨で浸水するとこなの？地図とかある？", "disaster"),
    ("この辺は川あふれだら水さ浸かる所だべか、分がる地図ねえすか", "disaster"),
    ("こんど かう いえが こうずいの とき みずに つかる ばしょか しりたい", "disaster"),
    ("実家のあたりが洪水で水没する地域か調べたいです", "disaster"),
    ("蔵王山が噴火したそうです。避難した方がいいですか", "disaster"),
]

NIGHT_CASES = [
    # #8000: a child's fall told over (cried at once, playing now)
    ("孫がベッドから落ちておでこを打ったけど、すぐ泣いて今はいつも通りおもちゃで遊んでる。朝まで様子見でいいですか",
     "#8000"),
    ("うちのわらし、階段の二段目から転げ落ちで頭ぶつけだっちゃ。すぐ泣いだげど、今はけろっとしてテレビ見でる", "#8000"),
    ("よんさいの むすめが いすから おちて あたまを うちました。いまは いつもどおり です", "#8000"),
    # 119 stays: a fall with vomiting or no response
    ("息子がベッドから落ちて、頭を打ってから何度も吐いてぐったりしてる", "119"),
    # #8000: a household thing licked or bitten by a small child, told well
    ("むすこが にゅうよくざいを なめちゃった。げんきだけど だいじょうぶ？", "#8000"),
    ("1歳の娘が保冷剤をかじって中身が口に入ったみたい。元気なんですけど病院に行くべきですか", "#8000"),
    ("孫っこがばあちゃんの口紅かじってたのっしゃ、なんともねえみてえだけど、どうすっぺ", "#8000"),
]

NOT_THESE = [
    # cleaners: a warning, a shine
    ("カビ取り剤と酸性洗剤を一緒に使うと危険と書いてあるけど本当ですか", "none"),
    ("洗剤を一緒に使ってお風呂をピカピカにしました", "none"),
    # a voice gone from singing
    ("歌いすぎて声が出せないので、のど飴を食べています", "none"),
    # fallen things, nobody hurt
    ("村の鳥居が台風で倒れちゃった、だれもけがしてないけど、どこに連絡すればいい？", "none"),
    ("墓地の石灯籠が地震で倒れています。人にけがはありません。", "none"),
    # a child's hand cream used, a prevention question
    ("娘がハンドクリームを塗って寝ました", "none"),
    ("子どもが洗剤を口に入れないように、どこにしまえばいいですか", "none"),
    # water one bathes in, a field that floods
    ("お風呂で水に浸かると眠くなるのはなぜですか", "none"),
    ("うちの田んぼは水が出るので、水はけのいい肥料を教えて", "none"),
    # 一切 is no age
    ("その件については一切の責任を負いません", "none"),
]


# Round 51 (wide52b): a balm licked, unripe plums chewed, a coin or a sweet swallowed by a child, well now (a swallowed
# thing keeps its advice though the child is fine: ``vocabulary_settled.STILL_ADVISED``); a tobacco end in good
# spirits; a shard of glass perhaps drunk at any age. A button battery and breathing trouble stay 119.
ROUND_51_NIGHT = [
    ("3歳の娘が祖母の軟膏をなめてしまいました。今は普通に遊んでいます", "#8000"),
    ("まごが あおうめを ふたつ かじった いまは げんき", "#8000"),
    ("4歳の息子が100円玉を飲み込んだみたい。痛がる様子はなく、テレビを見てる", "#8000"),
    ("孫が飴玉ば丸ごと飲み込んだみでえだ、今は普通にしゃべってっけど", "#8000"),
    ("1歳の子が吸い殻を口に入れてたみたい、今は機嫌がいいけどどうしよう", "#8000"),
    ("1歳の子がボタン電池を飲み込んだかもしれない、今は元気", "119"),
    ("2歳の子が100円玉を飲み込んで、息が苦しそうで顔が青い", "119"),
]
ROUND_51_DAY = [
    ("ジョッキのふちが欠けてて、破片を飲んだかもしれない。喉は痛くない", "#7119"),
    ("ちゃわんの かけらを のみこんだ かも いたくはない だいじょうぶ？", "#7119"),
    ("割れた皿の破片を片付けるコツを教えて", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DAY_CASES + NIGHT_CASES + NOT_THESE + ROUND_51_NIGHT + ROUND_51_DAY)


@pytest.mark.parametrize(("text", "number"), ROUND_51_NIGHT)
def test_round_51_a_thing_swallowed_or_licked_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), ROUND_51_DAY)
def test_round_51_a_shard_perhaps_swallowed(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), DAY_CASES + NOT_THESE)
def test_long_tail_kinds_by_day(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NIGHT_CASES)
def test_long_tail_kinds_at_night(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# Round 55: a denture gone from the mouth and not found, or perhaps swallowed, with the person well, is a question for
# #7119 (not a person missing, not none); a choke with it stays 119; found again, left at an inn, made anew or merely
# mislaid (no mouth, throat or swallowing told) is none.
DENTURE_PERHAPS_SWALLOWED = [
    ("入れ歯を飲み込んで、喉に詰まって息ができない", "119"),
    ("入れ歯を飲み込んだかも、顔が紫で息が苦しそう", "119"),
    ("夜、じいちゃんの口の中を見たら部分入れ歯がない。部屋にも見当たらない。本人は普段どおり話してお茶も飲んでる",
     "#7119"),
    ("おばあちゃん いればが ない。 のみこんだ かも。 いきは ふつう", "#7119"),
    ("父の差し歯が取れて、たぶん飲み込んだみたい。痛みはないです", "#7119"),
    ("ばあちゃんの入れ歯、飲み込んだかもしんね。息もふつうだし、しゃべってる", "#7119"),
]
DENTURE_NOT_SWALLOWED = [
    ("入れ歯見つかった、枕の下にあった。お騒がせしました", "none"),
    ("入れ歯がないと思ったら洗面所にありました", "none"),
    ("旅館に入れ歯を忘れてきたので送ってもらえますか", "none"),
    ("入れ歯が合わないので作り直したい", "none"),
    ("入れ歯がない。鞄の中にもない。どこに置いたかな", "none"),
]


def test_round55_denture_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DENTURE_PERHAPS_SWALLOWED + DENTURE_NOT_SWALLOWED)


@pytest.mark.parametrize(("text", "number"), DENTURE_PERHAPS_SWALLOWED)
def test_round55_a_denture_gone_or_perhaps_swallowed_is_asked_about(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), DENTURE_NOT_SWALLOWED)
def test_round55_a_denture_found_or_left_behind_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: a flood map asked for without its name (どこまで水が来るか色分けされた地図) is the hazard map, the
# disaster page; a map app, a colouring book or a film stays quiet; water coming in now stays 119.
FLOOD_MAP_ASKED = [
    ("今、川があふれて家に水が入ってきてる、助けて", "119"),
    ("うちの辺り、大雨のときどこまで水が来るか色分けされた地図ってある？", "disaster"),
    ("川のそばに住んでます。浸水の深さが分かる地図はどこでもらえますか", "disaster"),
    ("こうずいの ときの ちず ほしい", "disaster"),
    ("地図アプリの使い方を教えて", "none"),
    ("色分けされた地図の塗り絵を子どもとやりたい", "none"),
    ("津波の映画で色分けされた地図が出てきた", "none"),
]


def test_round55_flood_map_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FLOOD_MAP_ASKED)


@pytest.mark.parametrize(("text", "number"), FLOOD_MAP_ASKED)
def test_round55_a_flood_map_asked_for_is_the_disaster_page(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a road's de-icing agent licked by a small child is a
# swallowed household thing.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("3歳の息子が玄関に落ちてた融雪剤を舐めたみたいです", "#8000", NIGHT),
    ("むすめ（1さい）が ゆきを とかす つぶを くちに いれてた", "#7119", DAY),
    ("凍結防止剤を家の前にまいたけど、子どもが触らないようにするには？", "none", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_de_icing_agent_licked_is_swallowed(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
