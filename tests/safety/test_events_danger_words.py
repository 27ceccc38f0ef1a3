"""Weak signs and bare danger words (:mod:`safety.events_danger_words`), on phrasings not in the set: a danger word
read inside another word, a bad mood that is no fight, a knife as a household thing, a vehicle that cannot move."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

# Round 20: a reading of 安心で (あんしんで) is no 死んで; a collapse told with 苦しんでる stays 119.
ROUND_20_READING = [
    ("隣に息子夫婦が住んでいるので安心で、毎日楽しく暮らしています", "none"),
    ("じいちゃんが畑で倒れて、苦しんでる", "119"),
]


def test_round_20_reading_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_20_READING)


@pytest.mark.parametrize(("text", "number"), ROUND_20_READING)
def test_round_20_a_reading_of_anshin_de_is_no_death(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 25: a bad mood or a danger (機嫌が, 危険が: devoiced きけんか) is no fight.
def test_round_25_a_bad_mood_is_no_fight() -> None:
    assert_not_in_phrase_set([("母がきょうは朝から機嫌が悪くて困る", "none")])
    assert_decides("母がきょうは朝から機嫌が悪くて困る", "none", now=DAY)


# Round 35 (blind36 read): the danger word うまっ (埋まっ) is not read inside 心臓マッサージ (しんぞうまっさーじ).
def test_buried_is_not_read_inside_a_heart_massage() -> None:
    assert_decides("来週の日曜に町内で心臓マッサージの練習会をやるので、人を集めてます", "none", now=DAY)
    assert "danger_word" in find(views("土砂で人がうまってる")).events


# A knife as a household thing: kept from a child (round 22), bought or sharpened with the particle left out (round 38,
# blind39, helper A45: 包丁買ったんだけど; a knife bought or sharpened is none in 12 phrases of 11 other writers); a
# knife carried in still is 110.
HOUSEHOLD_KNIFE_CASES = [
    ("孫が包丁に興味を持ち始めたので、置き場所を変えたい", "none"),
    ("包丁を持った男が店に入ってきた", "110"),
    ("ホームセンターで包丁買ったんだけど、切れ味が悪い", "none"),
    ("包丁研いでくれる店、古川にある？", "none"),
    ("男が包丁持って店に入ってきた", "110"),
]


def test_household_knife_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HOUSEHOLD_KNIFE_CASES)


@pytest.mark.parametrize(("text", "number"), HOUSEHOLD_KNIFE_CASES)
def test_a_household_knife_is_no_danger_word(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 39 (blind40, helper A52): after a collision with no one hurt, what cannot move is the vehicle (車どうしで
# ぶつかって、けがはないけど…動けなくなった: 110; 4 other writers, all 110); pain, numbness or a body part after it, or
# a hurt only guessed, is still a weak sign of the person (119).
COLLIDED_UNHURT_CASES = [
    ("車どうしでぶつかって、けがはないけど交差点の真ん中で動けなくなった", "110"),
    ("事故に遭って、けがはないけど、体が痛くて動けない", "119"),
    ("事故に遭って、けがはないと思うけど、足がしびれて動けない", "119"),
]


def test_collided_unhurt_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(COLLIDED_UNHURT_CASES)


@pytest.mark.parametrize(("text", "number"), COLLIDED_UNHURT_CASES)
def test_cannot_move_after_a_collision_with_no_one_hurt(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 43 (kinds42, helper A65): 上司に倉庫 read じょうしにそうこ holds no 死にそう (dying); the word itself still
# counts, also before こわい.
def test_a_boss_and_a_storeroom_are_no_dying() -> None:
    assert "weak_danger" not in find(views("職場の上司に倉庫の片付けを頼まれました")).events
    assert "weak_danger" in find(views("くるしくて しにそう こわい")).events


# Round 45 (blind46a: 夫がさっきから何度もトイレで吐いていて、顔色はふつうですが…, #7119): a colour told usual is no
# bad colour (a bare 顔色 was read as one, 119); told usual, it is the writer weighing someone unwell - advice.
ROUND45_COLOUR_TOLD_USUAL = [
    ("父がお昼から何回も吐いてて、顔色は悪くないけど水も飲めない", "#7119"),
    ("ばあちゃん、朝がら何べんももどしてっけど、顔色はいつもど変わんねえ", "#7119"),
    ("おっと なんども はいてる かおいろは ふつう", "#7119"),
    ("母がめまいがすると横になっています。顔色は普段と同じで、話もできます", "#7119"),
    ("夫の顔色がすぐれない、冷や汗もかいてる", "119"),
]


def test_round45_colour_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_COLOUR_TOLD_USUAL)


@pytest.mark.parametrize(("text", "number"), ROUND45_COLOUR_TOLD_USUAL)
def test_round45_a_colour_told_usual_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_round45_a_bad_colour_is_still_a_weak_sign() -> None:
    assert "weak_danger" in find(views("顔色が土のようです")).events
    assert "weak_danger" not in find(views("顔色はふつうです")).events


# Round 46 (blind47a: 娘が遠足のバスに酔って、帰ってきてからもずっと顔色が青いまま, 119 by cyanosis): pale or unwell
# still after motion sickness is advice (#7119 by day, #8000 for a child at night), not a failing colour; pale told
# as passing (酔い止めを飲んで寝たら治る) is nothing, and lips gone purple with laboured breath stay 119.
PALE_AFTER_MOTION_SICKNESS = [
    ("ばすに よって から ずっと かおいろが わるい", "#7119", DAY),
    ("息子が車に酔って吐いてから、夜になっても顔が青くてぐったりしてる", "#8000", NIGHT),
    ("船酔いした夫が、港に着いてから3時間たっても顔色が青くてふらふらしてます", "#7119", DAY),
    ("孫、バスさ酔ってがら、うぢさ着いでも顔色悪いまんまだ", "#7119", DAY),
    ("バス酔いで顔が青いけど、酔い止め飲んで寝たら治ると思う", "none", DAY),
    ("車酔いした娘、唇が紫で息が苦しそう", "119", DAY),
]


def test_pale_after_motion_sickness_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in PALE_AFTER_MOTION_SICKNESS])


@pytest.mark.parametrize(("text", "number", "now"), PALE_AFTER_MOTION_SICKNESS)
def test_pale_after_motion_sickness_is_advice(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)


# Round 46 (coordinator, blind44a): water swallowing a place is a flood - the disaster line, not something a person
# swallowed; a person swallowed by the water, or swallowing something, stays 119.
WATER_SWALLOWING = [
    ("川が田んぼを飲み込んでる", "disaster"),
    ("かわが たんぼを のみこんでる こわい", "disaster"),
    ("裏の川、泥水が畑ばまで飲み込んでるっちゃ", "disaster"),
    ("川が公園のグラウンドを飲み込んで、水位がどんどん上がっています", "disaster"),
    ("川が子どもを飲み込んだ", "119"),
    ("子どもが飴を飲み込んで苦しそう", "119"),
]


def test_round_46_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WATER_SWALLOWING)


@pytest.mark.parametrize(("text", "number"), WATER_SWALLOWING)
def test_water_swallowing_a_place_is_a_flood(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 47 (wide49b): a dog's breed or role read with 犬 as けん before が (柴犬が -> しばけんか devoiced) is no
# quarrel; a quarrel told stays a police danger word.
DOG_NOT_QUARREL = [
    ("今朝、柴犬が動かなくなってた。もう何もしたくない", "none"),
    ("さっき愛犬が静かに逝きました。涙が止まらない", "none"),
    ("隣の家で夫婦がけんかして、皿の割れる音がしてる", "110"),
]


def test_round_47_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DOG_NOT_QUARREL)


@pytest.mark.parametrize(("text", "number"), DOG_NOT_QUARREL)
def test_a_dog_read_ken_is_no_quarrel(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (blind48a's toy part perhaps swallowed, breathing normal and in a good mood: none, the label #7119): a mood
# told good does not drop a swallowed thing. Tellings written for this test, several styles; a swallow with laboured
# breathing stays 119.
SWALLOWED_IN_GOOD_MOOD = [
    ("1歳の息子がビーズをひとつ飲み込んだみたいです。息も普通にしていて機嫌はいいです。どうしたらいいですか", "#7119"),
    ("孫がボタンば飲み込んだかもしんねえ。息はふつうにしてで、機嫌もいいんだげど", "#7119"),
    ("こどもが レゴの ちいさい ぶひんを のみこんだ かも。いきは ふつう。きげんも いい", "#7119"),
    ("1歳の息子がビーズをひとつ飲み込んだみたいです。呼吸はいつも通りで機嫌もいいです", "#7119"),
    ("3歳の子がビー玉を飲み込んで、息が苦しそうでぐったりしてる。機嫌が悪いとかじゃない", "119"),
]


def test_swallowed_in_good_mood_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(SWALLOWED_IN_GOOD_MOOD)


@pytest.mark.parametrize(("text", "number"), SWALLOWED_IN_GOOD_MOOD)
def test_a_good_mood_does_not_drop_a_swallowed_thing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52b, helper A98): the slang of a beating (ボコる) is a violence word; a bumpy road is not.
BEATING_SLANG_CASES = [
    ("部活の先輩に、来なかったらボコるぞって毎日言われる", "#9110"),
    ("道がでこぼこで自転車がこわい", "none"),
]


def test_beating_slang_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BEATING_SLANG_CASES)


@pytest.mark.parametrize(("text", "number"), BEATING_SLANG_CASES)
def test_the_slang_of_a_beating_is_a_police_word(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): a blow told as a likeness lights no bare police word.
ROUND51_BLOW_LIKENESS_WORD = [
    ('腰を殴られたみたいな痛みが朝から続いてて、病院って何科？', 'none'),
    ('となりで だれか なぐられてる こえがする', '110'),
]


def test_round51_blow_likeness_word_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_BLOW_LIKENESS_WORD)


@pytest.mark.parametrize(("text", "number"), ROUND51_BLOW_LIKENESS_WORD)
def test_round51_blow_likeness_word(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 54 (wide56): ない + 布団 read across a full stop (ないふとん) is no knife; a knife told stays a danger word.
ROUND54_NOT_A_KNIFE = [
    ("入れ歯がない。布団の中にもない。どこにいったんだろう", "none"),
    ("玄関に知らない人がいて、ナイフ持ってる", "110"),
]


def test_round54_not_a_knife_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_NOT_A_KNIFE)


@pytest.mark.parametrize(("text", "number"), ROUND54_NOT_A_KNIFE)
def test_round54_nai_futon_is_no_knife(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 57: "I could die happy" said of a song, a treat or a sight is delight, not a wish to die (casual, senior,
# tohoku, kana, indirect); an alarm told in the same setting, and the words said with distress, keep their alarm.
COULD_DIE_HAPPY = [
    ("この歌のためなら死んでもいいって友達がカラオケで毎回叫ぶ", "none"),
    ("母がこのうなぎ食べられたら死んでもいいって笑ってた", "none"),
    ("じいちゃん、孫の花嫁姿見だら死んでもいいって泣いでだっちゃ", "none"),
    ("カラオケでじいちゃんが「この曲で死んでも本望だ」って熱唱してた", "none"),
    ("おばあちゃん ひまごを だっこできたら しんでもいいって わらってた", "none"),
]
COULD_DIE_HAPPY_ALARMS = [
    ("この歌で死んでもいいって言ってた友達が、カラオケの部屋で倒れて息してない", "119"),
    # ... a wish to die beside despair is a suicide threat (110; events_farewell_call_signs, forty-ninth session)
    ("生きてる意味ないし、あの人に会えないなら死んでもいい", "110"),
    ("もう死んでもいい、生きてる意味ない", "110"),
]


def test_could_die_happy_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(COULD_DIE_HAPPY + COULD_DIE_HAPPY_ALARMS)


@pytest.mark.parametrize(("text", "number"), COULD_DIE_HAPPY_ALARMS + COULD_DIE_HAPPY)
def test_could_die_happy_is_delight_unless_told_with_distress(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
