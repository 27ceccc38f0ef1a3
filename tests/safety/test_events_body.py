"""Round 18 (:mod:`safety.events_body`), on phrasings not in the set: a thing dropped into water (スマホ, 鍵) is not
a person who fell in; a person who fell in still is."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.events_body import body_rules
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    ("池さ家の鍵落としてしまったんだけど、拾ってもらえるとこある？", "none"),
    ("用水路に財布を落としました、どこに連絡すればいいですか", "none"),
    ("孫が池に落ちて沈んだまま上がってこない", "119"),
    ("散歩中のおじいさんが用水路に落ちて、自分で上がれないでいる", "119"),
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_enter_of_naite_wa_iru_is_no_vomiting() -> None:
    # engineer B's request B12-2: はいる / はいります is "enter", never 吐い-; はいてる after a knock stays vomiting
    head_injury = next(r for r in body_rules() if r.name == "head_injury")
    assert not head_injury.pattern.search(views("頭をぶつけて、泣いてはいるけど元気").devoiced)
    assert head_injury.pattern.search(views("あたま うって はいてる").devoiced)


# Round 23 (the training writers' misses): a person going under and coming up again is drowning; a child who swallowed
# something whole and cannot cry or cough is choking. Swallowed whole and crying is not.
ROUND_23_CASES = [
    ("池で男の人が浮いたり沈んだりしてる", "119"),
    ("川で子どもが沈んだり浮かんだりしてる、手をばたばたさせてる", "119"),
    ("孫がぶどうを丸のみして、声も出ないまま胸をたたいてる", "119"),
    ("ぶどうを丸のみしちゃったけど、普通に泣いて声も出てる", "none"),
    ("釣りの浮きが浮いたり沈んだりしてる", "none"),
]


def test_round_23_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_23_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND_23_CASES)
def test_going_under_and_swallowed_whole(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind24: a bicycle or a barrow fallen into a channel, no person in its line, is a thing; a child in the water with
# it, or someone drowning told in the same line, still alarms.
THINGS_IN_WATER = [
    ("水路に一輪車が落ちてたから引き上げた", "none"),
    ("用水路に自転車ごと落ちて、息子が上がってこない", "119"),
    ("川に自転車が倒れて落ちてて、持ち主の子が溺れてる", "119"),
]


def test_things_in_water_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THINGS_IN_WATER)


@pytest.mark.parametrize(("text", "number"), THINGS_IN_WATER)
def test_a_thing_in_the_water_is_no_drowning(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Blind24: sweating stopped with a person limp, hot or sitting down (汗も出てないのに顔が真っ赤) is heatstroke for 119;
# sweat that stopped after a run is not.
SWEAT_STOPPED_CASES = [
    ("炎天下で作業してた同僚が座り込んで、汗も出てないのに顔が真っ赤", "119"),
    ("ジョギングのあと、やっと汗が止まってすっきりした", "none"),
]


def test_sweat_stopped_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SWEAT_STOPPED_CASES)


@pytest.mark.parametrize(("text", "number"), SWEAT_STOPPED_CASES)
def test_sweat_stopped_and_limp_is_heatstroke(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 24: a toy or a thing afloat told as the subject of floating or sinking (お風呂でおもちゃが浮いたり沈んだり)
# is no person in the water; a person in the same bath still is.
AFLOAT_CASES = [
    ("お風呂でおもちゃが沈んだり浮いたりしてて、子どもが喜んでる", "none"),
    ("湯船でゆずが浮いてる、いい香り", "none"),
    ("お風呂で孫が沈んでた、引き上げたけど泣かない", "119"),
]


def test_afloat_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(AFLOAT_CASES)


@pytest.mark.parametrize(("text", "number"), AFLOAT_CASES)
def test_a_toy_afloat_is_no_drowning(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# A seizure over within minutes, the child asleep now, asked about: #8000 at night (blind26b); still not waking: 119.
SEIZURE_OVER_CASES = [
    ("1歳の娘がけいれんしたけど、すぐ止まって今はすやすや寝ています。朝まで様子を見ていいですか", "#8000"),
    ("孫がひきつけを起こしまして、2分ほどで治まり今は落ち着いております。朝まで待ってよろしいでしょうか", "#8000"),
    ("ひきつけは2分で止まったけど今は寝てて、呼んでも起きない", "119"),
    ("息子がけいれんしてて止まらない", "119"),
]


def test_seizure_over_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SEIZURE_OVER_CASES)


@pytest.mark.parametrize(("text", "number"), SEIZURE_OVER_CASES)
def test_a_seizure_over_and_asleep_is_a_question(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT)


# blind28 (``AFLOAT_THING``): a fish floating in a tank is no drowning.
@pytest.mark.parametrize(("text", "number"), [("水槽でメダカが浮いてました、死んだみたいです", "none")])
def test_blind28_a_fish_afloat_is_no_drowning(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# blind29b: 息子 is no breath (息子から変な…); a car that cannot be got out is no person trapped.
BLIND29_BODY = [
    ("息子からへんなメールが来たけど、無視していいのかな", "none"),
    ("大雨で川があふれて、家の前の道が水につかって車が出せません。", "disaster"),
]


def test_blind29_body_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND29_BODY)


@pytest.mark.parametrize(("text", "number"), BLIND29_BODY)
def test_blind29_body(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind30 (helper A30): a faint answer when called is 119; a device spoken to is not a person.
FAINT_ANSWER = [
    ("話しかけても反応うすい、顔が赤くてふらふらしてる", "119"),
    ("スマホに話しかけても反応が鈍い", "none"),
]


def test_faint_answer_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FAINT_ANSWER)


@pytest.mark.parametrize(("text", "number"), FAINT_ANSWER)
def test_a_faint_answer_when_called(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind33's final score (helper A33): water one cannot carry in an outage is no one trapped by water (blind33b).
OUTAGE33 = [
    ("断水が続いていて、重い水を運べません。給水車はどこに来ますか", "disaster"),
]


def test_outage33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(OUTAGE33)


@pytest.mark.parametrize(("text", "number"), OUTAGE33)
def test_outage33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): は+まだ (雨はまだ) is not はまって (stuck in the water).
def test_hamada_is_not_stuck_in_water() -> None:
    text = "裏の道がくるぶしまで水につかってきた。雨はまだやみません"
    assert not any(rule.name == "drowning" and rule.pattern.search(views(text).devoiced) for rule in body_rules())
    assert_decides(text, "disaster", now=DAY)


# Round 34 (blind35 read): fire engines called for and chemicals on a face with fillers between.
BLIND35_EVENTS_BODY = [
    ('となりの小屋から火が出てる、はやく消防車', '119'),
    ('消防車呼んでください、倉庫が燃えてます', '119'),
    ('消防車が来てたけど何かあったの？', 'none'),
    ('工場で 薬品が えっと 同僚の 目に 入って 痛がってる', '119'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_EVENTS_BODY)


@pytest.mark.parametrize(("text", "number"), BLIND35_EVENTS_BODY)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 35 (blind36 read): a near miss into water (落ちかけたけど) is no drowning, a fall into it still is; a burn told
# first and the skin after it (やけどして、皮膚がむけて) is a severe burn.
BLIND36_BODY = [
    ("兄が堤防で足を滑らせて川に落ちかけたけど、手すりにつかまって無事だった", "none"),
    ("子どもが用水路に落ちて上がってこない", "119"),
    ("兄が工場でやけどした、皮膚がはがれてる", "119"),
]


def test_blind36_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND36_BODY)


@pytest.mark.parametrize(("text", "number"), BLIND36_BODY)
def test_blind36_near_miss_into_water_and_skin_after_a_burn(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 37 (blind38, helper A42): sick while or after spraying pesticide (農薬まいでだ親父が急に吐いで; 4 other writers,
# all 119); a notice about spraying is not.
PESTICIDE_CASES = [
    ("農薬をまいていた母が、よだれが止まらなくて目が回るって", "119"),
    ("畑で農薬散布してた兄がふらふらして吐いてる", "119"),
    ("農薬散布のお知らせはいつ来ますか", "none"),
]


def test_pesticide_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(PESTICIDE_CASES)


@pytest.mark.parametrize(("text", "number"), PESTICIDE_CASES)
def test_sick_after_spraying_pesticide_is_a_poisoning(text: str, number: str) -> None:
    assert ("chemical_exposure" in find(views(text)).events) == (number == "119")
    assert_decides(text, number, now=DAY)


# Round 38 (blind39, helper A45): a burn told with the adjective first (ひどいやけどをしています; 10 phrases of 9 other
# writers, all 119); a near miss told with そうになった (用水路さ落ぢそうになったげっと); an ambulance weighed with
# お願いするほど (救急車…ほど is #7119 or #8000 in the set), not asked for.
BLIND39_BODY = [
    ("息子が鍋をひっくり返して、足にひどいやけどをしています", "119"),
    ("ストーブで手をついて、ひでえやけどしてる", "119"),
    ("ひどいやけどではないけど、少しひりひりします", "none"),
    ("用水路に落ちそうになったけど、自分でよけた", "none"),
    ("子どもが池に落ちて上がってこない", "119"),
    ("母が夜から熱があって、救急車をお願いするほどなのか迷っています", "#7119"),
    ("父が倒れました、救急車をお願いします", "119"),
]


def test_blind39_body_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND39_BODY)


@pytest.mark.parametrize(("text", "number"), BLIND39_BODY)
def test_blind39_burn_near_miss_and_an_ambulance_weighed(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42 (helper A64): the dialect's 聞こえん (read きこえん) holds no 誤嚥 (ごえん, choking).
def test_a_dialect_cannot_hear_is_no_aspiration() -> None:
    assert "choking" not in find(views("隣の部屋がら何か声が聞こえんだっちゃ")).events
    assert "choking" in find(views("祖母が誤嚥したみたいで、むせて苦しそうです")).events


# Round 43 (blind44a, helper A65): the Tohoku passive 流さる (流さった, 流さっちまった, 流さってる) is swept away; talk
# "swept aside" (話ば流さっちまった) is not.
SWEPT_TOHOKU = [
    ("じっちゃが用水路さ流さったど、早ぐ来てけろ", "119"),
    ("わらすが沢で流さってる、たすけで", "119"),
    ("うちの倅が川さ落ぢで流さっちまったっちゃ", "119"),
    ("ばっちゃ、堰で足滑らせで流さった、鹿島台の方だ", "119"),
    ("話ば流さっちまった、まあいいべ", "none"),
]


def test_swept_tohoku_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SWEPT_TOHOKU)


@pytest.mark.parametrize(("text", "number"), SWEPT_TOHOKU)
def test_swept_away_told_in_tohoku_speech(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (coordinator, from a telling helper B48 wrote): a spot in the water told between the water and its
# particle (川の真ん中で, 池の深いところに) still reads a person going under; a ball bobbing there or the sunset over
# the sea does not.
SPOT_IN_WATER_CASES = [
    ("凍った川の真ん中で子供が沈みかけてる", "119"),
    ("ためいけの ふかいところに まごが おちた", "119"),
    ("沼の奥のほうで誰か沈みかけてるみたいだ", "119"),
    ("川の真ん中さ じいちゃん 落ぢで 浮いたり沈んだりしてる", "119"),
    ("海の向こうに沈む夕日がきれいでした", "none"),
    ("池の真ん中でボールが浮いたり沈んだりしてる", "none"),
]


def test_spot_in_water_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SPOT_IN_WATER_CASES)


@pytest.mark.parametrize(("text", "number"), SPOT_IN_WATER_CASES)
def test_a_spot_in_the_water_before_its_particle_still_reads_going_under(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 47 (blind48a): the transitive told of the one eating (餅を喉に詰めまして, 喉さ詰めで) is choking; a warning,
# a question about what to do and a past choking now over are not.
FOOD_PUT_IN_THE_THROAT = [
    ("おじいちゃんがお餅を喉に詰めた!顔が真っ青", "119"),
    ("じいちゃん、こんにゃくゼリーのどさ詰めで、苦しそうにしてる", "119"),
    ("すみません、母が夕食の団子を喉に詰めてしまったようで、咳もできずに胸を叩いております", "119"),
    ("まごが あめを のどに つめて いきが できない", "119"),
    ("お餅を喉に詰めないように小さく切っています", "none"),
    ("年寄りが餅を喉に詰めたときの対処法を教えてください", "none"),
    ("昨日おじいちゃんが餅を喉に詰めたけど、すぐ吐き出して今は元気です", "none"),
]


def test_food_put_in_the_throat_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FOOD_PUT_IN_THE_THROAT)


BLIND48A_CHOKING = ("残りの餅をばあさんが喉に詰めまして、声が出ません。背中を叩いておりますが出てこんのです", "119")


@pytest.mark.parametrize(("text", "number"), [*FOOD_PUT_IN_THE_THROAT, BLIND48A_CHOKING])
def test_food_put_in_the_throat_is_choking(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (blind51b's father swept away, told in the polite past): own tellings, and a thing or a mood swept away.
ROUND50_SWEPT_POLITE = [
    ("息子が川で流されました", "119"),
    ("おじいちゃんが 川に ながされました", "119"),
    ("大雨の夜、田んぼを見に行った夫が水路に流されまして、姿が見えません", "119"),
    ("会議の雰囲気に流されました", "none"),
    ("サンダルが川に流されました", "none"),
]


def test_round50_swept_polite_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND50_SWEPT_POLITE)


@pytest.mark.parametrize(("text", "number"), ROUND50_SWEPT_POLITE)
def test_round50_a_person_swept_away_told_politely_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 50 (wide51's insulin stopped, told in Tohoku: 話しかけでもうつらうつら - read only as symptoms, #7119): dozing
# off when spoken to is the drowsiness of ``unconscious``. Tellings written for this test; a nap at its usual hour
# stays quiet.
DOZING_WHEN_CALLED = [
    ("ばあちゃん朝から何回も吐いで、呼んでもうとうとしてすぐ寝でしまうんだ", "119"),
    ("父が昨日から吐き続けていて、話しかけてもうつらうつらしています", "119"),
    ("おかあさん はいてばかりで よんでも うとうと してる", "119"),
    ("昼ごはんのあと、話しかけてもうとうとしてる。いつもの昼寝の時間です", "none"),
]


def test_dozing_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(DOZING_WHEN_CALLED)


@pytest.mark.parametrize(("text", "number"), DOZING_WHEN_CALLED)
def test_dozing_off_when_called_is_drowsiness(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52b, helper A98): a chemical into the eyes told by the written continuative (目に入り、).
CHEMICAL_CONTINUATIVE_CASES = [
    ("実験中に化学薬品が娘の目に入り、痛くて目が開けられません", "119"),
    ("工場で塩素が同僚の顔にかかり、ひりひりすると叫んでいます", "119"),
]
CHEMICAL_CONTINUATIVE_QUIET = [
    ("薬品が目に入りやすいので、保護メガネのある教室はありますか", "none"),
]


def test_chemical_continuative_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CHEMICAL_CONTINUATIVE_CASES + CHEMICAL_CONTINUATIVE_QUIET)


@pytest.mark.parametrize(("text", "number"), CHEMICAL_CONTINUATIVE_CASES + CHEMICAL_CONTINUATIVE_QUIET)
def test_a_chemical_into_the_eyes_told_in_the_continuative_is_119(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52a, helper A98): 古川, the town, names no river, nor does a home named by a river; a person gone at a
# river still drowns (the real alarm first).
TOWN_NOT_RIVER_CASES = [
    ("川で遊んでた息子が急に見えなくなった", "119"),
    ("古川の母が認知症で、今朝から家にいなくなって見つかりません", "110"),
]


def test_town_not_river_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(TOWN_NOT_RIVER_CASES)


@pytest.mark.parametrize(("text", "number"), TOWN_NOT_RIVER_CASES)
def test_furukawa_the_town_is_no_river(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 51 (wide53b): help told as given, in the polite past
# (助けてくれました), is thanks, not a plea; a plea now still alarms.
ROUND51_HELP_GIVEN_IN_THE_PAST = [
    ('去年、川で溺れかけた時に釣り人が助けてくれました。お礼がしたいです', 'none'),
    ('ふぶきで うごけなく なった とき となりの ひとが たすけて くれました おれいの しかた', 'none'),
    ('たすけて ころんで うごけない', '119'),
]


def test_round51_help_given_in_the_past_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_HELP_GIVEN_IN_THE_PAST)


@pytest.mark.parametrize(("text", "number"), ROUND51_HELP_GIVEN_IN_THE_PAST)
def test_round51_help_given_in_the_past(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 52 (blind53a): a blow to the head with nausea told as there (頭を打って吐き気がする) is the head injury's sign,
# 119; nausea denied, or a blow with nothing after it, stays a question.
HEAD_BLOW_NAUSEA = [
    ("階段で足を滑らせて頭を打ちまして、吐き気がいたします", "119"),
    ("じいちゃん こけて あたま うって はきけが あるって", "119"),
    ("頭をぶつけたけど、吐き気はないです。病院に行くべき?", "#7119"),
]


def test_head_blow_nausea_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HEAD_BLOW_NAUSEA)


@pytest.mark.parametrize(("text", "number"), HEAD_BLOW_NAUSEA)
def test_a_head_blow_with_nausea(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (wide54): 体験 (たいけん) holds no pond, いけ: a child gone at a hands-on event is a missing person (110);
# a child gone by a pond stays a drowning (119).
EVENT_NOT_POND = [
    ("子ども会のいも掘り体験に来てた息子がいなくなった", "110"),
    ("稲刈り体験に来てた息子がいなくなった、もう二十分", "110"),
]
POND_STILL = [("池の周りで遊んでた娘がいなくなった", "119")]


def test_round52_pond_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(EVENT_NOT_POND + POND_STILL)


@pytest.mark.parametrize(("text", "number"), POND_STILL + EVENT_NOT_POND)
def test_a_hands_on_event_is_no_pond(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- round 53: a febrile fit settled at night is the night line (#8000); still going, long or unresponsive is 119 ---
FIT_SETTLED = [
    ("夜中に子どもがけいれんしたけどもう止まって、呼ぶと返事する", "#8000"),
    ("さっき3さいのむすこが ねつで ひきつけて いまは すやすや ねてます", "#8000"),
    ("夜に熱出した孫が一分ばかりひきつけを起こしまして、今は目を開けて泣いております", "#8000"),
    ("娘っこ、ちょこっとひきつけで、今は落ぢついで寝でる", "#8000"),
]
FIT_NOT_SETTLED = [
    ("子どものけいれんが5分以上続いて、今は寝ているけど", "119"),
    ("子どもがひきつけて、止まったけど今は呼んでも起きない", "119"),
    ("息子がひきつけを起こしています", "119"),
]
FIT_OF_THE_PAST = [
    ("息子は三歳の時にひきつけを起こしたことがあって、今は元気です。予防接種は受けられますか", "none"),
]


def test_round53_fit_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FIT_SETTLED + FIT_NOT_SETTLED + FIT_OF_THE_PAST)


@pytest.mark.parametrize(("text", "number"), FIT_SETTLED)
def test_a_fit_settled_at_night_is_the_night_line(text: str, number: str) -> None:
    assert "seizure_settled" in find(views(text)).names("symptom")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), FIT_NOT_SETTLED)
def test_a_fit_going_on_long_or_unresponsive_stays_119(text: str, number: str) -> None:
    assert "seizure" in find(views(text)).names("medical")
    assert_decides(text, number, now=NIGHT)


@pytest.mark.parametrize(("text", "number"), FIT_OF_THE_PAST)
def test_a_fit_told_as_history_is_no_settled_fit(text: str, number: str) -> None:
    assert "seizure_settled" not in find(views(text)).names("symptom")
    assert_decides(text, number, now=DAY)


# round 54 (wide56): one's own chest clutched (胸をわしづかみにして) is chest pain; a chest grabbed by another person
# is not. A knock on the head told by its sound (頭ゴン, ごつんと) with vomiting is a head injury; a throbbing head
# (頭がガンガン) with vomiting is not.
ROUND54_CHEST_CLUTCHED_AND_HEAD_KNOCKED = [
    ("駅のホームで、おじさんが胸をつかんでうずくまってる", "119"),
    ("じいちゃん むねを わしづかみに して たおれた", "119"),
    ("父が脚立から落ちて頭をゴツンとぶつけて、そのあと二回吐いた", "119"),
    ("ばあちゃん廊下で転んで頭ごんってして、いま吐いでる", "119"),
    ("頭がガンガンして一回吐きました、熱はありません", "#7119"),
]


def test_round54_chest_and_head_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND54_CHEST_CLUTCHED_AND_HEAD_KNOCKED)


@pytest.mark.parametrize(("text", "number"), ROUND54_CHEST_CLUTCHED_AND_HEAD_KNOCKED)
def test_round54_chest_clutched_and_head_knocked(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a fall into a ditch or a canal told with the person out of
# the water unaided is a symptom to ask about (#7119), not a drowning - unless someone is still in the water; an
# animal told as what fell in is no person drowning.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("祖父が田んぼの用水路に落ちたけど自力で上がってきた。手足が冷たくて震えてる", "#7119", DAY),
    ("母が川に落ちて、自分で這い上がってきたけど孫がまだ流されてる", "119", DAY),
    ("側溝に子犬がはまってキャンキャン鳴いてる、どこに連絡すれば", "none", DAY),
    ("じいちゃんが ようすいろに おちて うごかない", "119", DAY),
    ("うちの柴犬が用水路に落ちたけど自分で上がってきた、びしょ濡れ", "none", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_fall_into_water_got_out_of_or_an_animal_is_no_drowning(text: str, number: str,
                                                                          now: datetime) -> None:
    assert_decides(text, number, now=now)
