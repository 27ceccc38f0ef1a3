""":mod:`safety.vocabulary_topic`'s settings (``TOPIC``), on phrasings not in the set: a vaccination, an
emptied extinguisher or a festival named by a place or moment of it (予防接種したあと, 古川まつりの十日町のとこ,
花火大会で) is the setting of an event told, not the topic; the thing itself asked about (its schedule, a booking)
still is a topic (split from test_vocabulary_topic.py in round 45). Also a tournament, a class or a care home's
resident as the setting (detect_cues_setting.SETTING_AFTER; from test_detect.py in round 46)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, groups


@pytest.mark.parametrize(("text", "number", "hour"), [
    # a vaccination as the setting of a fever told now (blind16b): a child's symptom, not the topic "prevention"
    ("1歳の息子、予防接種したあと夜になって熱が出てきた", "#8000", 21),
    ("予防接種の予約をしたい", "none", 14),
    ("去年の予防接種のあとは熱も出なかったので今年も受けたい", "none", 14),
    # an extinguisher emptied with a burning smell is a fire going on, not the topic "extinguisher"
    ("焦げ臭いのがおさまらない、消火器もう空っぽだ", "119", 14),
    ("消火器が空になったので交換したい", "none", 14),
])
def test_a_setting_told_with_an_event_is_not_a_topic(text: str, number: str, hour: int) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY.replace(hour=hour))


# Round 37 (blind38, helper A42): a festival named by a place or moment of it (古川まつりの十日町のとこ,
# 秋祭りの綱引きのあとで) is the setting, not the topic (a festival as a setting: 10 other writers); its schedule
# still is a topic.
FESTIVAL_SETTING = [
    ("夏まつりの太鼓のとこで、おじいさんが倒れて動かない", "119"),
    ("秋祭りの綱引きのあとで、父が胸を押さえてうずくまってる", "119"),
    ("夏まつりの日程を教えて", "none"),
]


def test_festival_setting_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FESTIVAL_SETTING)


@pytest.mark.parametrize(("text", "number"), FESTIVAL_SETTING)
def test_a_festival_named_by_a_place_or_moment_is_a_setting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 41 (blind42, helper A60): a festival named as the place (花火大会で) is a setting, the festival's programme
# still a topic.
ROUND41_MEET = [
    ("花火大会で子どもとはぐれた、もう1時間見つからない、携帯持ってない", "110"),
    ("花火大会の日程を教えて", "none"),
]


def test_round41_meet_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_MEET)


@pytest.mark.parametrize(("text", "number"), ROUND41_MEET)
def test_round41_a_meet_as_the_place(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 18 (after blind19): a tournament or a class is the setting when a person of an everyday word (おじさん,
# おばちゃん, 客, 隣の方) follows it; a story about one, or a how-to, stays a topic.
@pytest.mark.parametrize(
    "text",
    ["マラソン大会の会場でおじさんが倒れて意識がない", "将棋大会で客のおばちゃんが急に倒れて動かない",
     "料理教室で隣の方が包丁で指を深く切って血が止まらない"],
)
def test_a_tournament_or_class_is_the_setting_of_a_person_in_danger(text: str) -> None:
    assert "medical" in groups(text)


@pytest.mark.parametrize(
    "text",
    ["相撲大会でじいさんが倒れたって話、聞いた？", "大会の会場でおっさんが倒れた時のAEDの使い方を教えてください",
     "ヨガ教室で年配の方が倒れた時の対応を教えてください"],
)
def test_a_tournament_story_or_how_to_stays_a_topic(text: str) -> None:
    assert not groups(text) & {"medical", "weak", "lexical"}


# After blind20: a care home's resident or user is the setting of an event (介護施設の入居者さんが倒れて), not a
# care-service topic; the care home's fees asked about stay a topic.
@pytest.mark.parametrize(
    "text",
    ["老人ホームの利用者さんが急に倒れて、呼びかけても反応がないです",
     "介護施設のお年寄りが餅を喉に詰まらせて息ができない"],
)
def test_a_care_home_resident_is_the_setting_of_an_event(text: str) -> None:
    assert "medical" in groups(text)


def test_a_care_home_question_stays_a_topic() -> None:
    assert not groups("介護施設の入居者が倒れた時の連絡先を登録したいです") & {"medical", "weak", "lexical"}


# round 51 (wide53b): a caller at the door named by their trade (保険の営業の方と) is the setting of what happens to the
# household.
ROUND51_VISITOR_BY_TRADE = [
    ('新聞の勧誘の人と話していたら、父が急に胸を押さえてうずくまりました', '119'),
    ('セールスの方と玄関でお話ししていたら、母が急に倒れて返事をしません', '119'),
    ('保険の営業の人に、入院したときの保障を聞きたいです', 'none'),
]


def test_round51_visitor_by_trade_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND51_VISITOR_BY_TRADE)


@pytest.mark.parametrize(("text", "number"), ROUND51_VISITOR_BY_TRADE)
def test_round51_visitor_by_trade(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (wide54b, helper A105): a festival's night or its height (祭りの夜に, まつりの さいちゅうに) is the
# setting of a child lost in its crowd, not the topic; the festival's night asked about still is one.
ROUND52_FESTIVAL_NIGHT = [
    ("花火まつりの夜に人混みで息子とはぐれて、もう二十分探しても見つからないんです", "110"),
    ("おまつりの さいちゅうに まごが いなく なって みつかりません", "110"),
    ("秋祭りの夜は何時まで屋台が出ていますか", "none"),
]


def test_round52_festival_night_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_FESTIVAL_NIGHT)


@pytest.mark.parametrize(("text", "number"), ROUND52_FESTIVAL_NIGHT)
def test_round52_a_festival_night_is_a_setting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY.replace(hour=20))


# round 52 (blind53b): a meet's grounds, riverbank or crowd (花火大会の会場で, 大会の河原に), a festival's staff told as
# a person (祭りのスタッフの人が), an extinguisher lacking while a fire goes on (消火器ないんだけど): the setting of an
# event told, not the topic; the meet's day, a staff post or an extinguisher to buy stay topics.
ROUND52_FESTIVAL_GROUNDS = [
    ("盆踊り大会の会場で、年配の女の人がしゃがみこんで息が苦しそうにしてる", "119"),
    ("はなびたいかいの かわらで おじいさんが たおれて うごきません", "119"),
    ("夏まつりのスタッフさんが急にけいれんして、声かけても返事しねえ", "119"),
    ("庭でたき火してたら枯れ草に燃え移ってどんどん広がってる、消火器がねえんだけど", "119"),
    ("盆踊り大会の会場ではゴミの持ち帰りが必要ですか", "none"),
    ("夏まつりのスタッフの募集はいつからですか", "none"),
    ("家に消火器がないので、どこで買えるか教えてください", "none"),
]


def test_round52_festival_grounds_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_FESTIVAL_GROUNDS)


@pytest.mark.parametrize(("text", "number"), ROUND52_FESTIVAL_GROUNDS)
def test_round52_festival_grounds(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# round 52 (blind53b): what was seen on television, told after (テレビで…事故を見ました) is a programme, a topic; a
# programme watched when something happened at home (テレビを見てたら, テレビで…見てたら) is a setting.
ROUND52_SEEN_ON_TV = [
    ("テレビで、どこかの花火大会で人が将棋倒しになった事故を見ました。怖いですね", "none"),
    ("テレビで相撲を見てたら、祖母が急にろれつが回らなくなった", "119"),
]


def test_round52_seen_on_tv_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND52_SEEN_ON_TV)


@pytest.mark.parametrize(("text", "number"), ROUND52_SEEN_ON_TV)
def test_round52_seen_on_tv(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 54: a film or a programme watched is the setting when what follows is told beside the watcher (a seat, a room,
# family): 119; the story's own scene stays none. Prevention done, then the event all the same (熱中症防止に…けど),
# is the setting too; prevention alone (熱中症防止のために麦わら帽子) is none.
REAL_BESIDE_THE_SCREEN = [
    ("映画を見てたら隣の席の人が倒れて動かない", "119"),
    ("映画館で映画見てたら前の席のおじいさんが急に倒れた", "119"),
    ("テレビで映画を見てたら部屋に煙が入ってきた、焦げ臭い", "119"),
]
ON_THE_SCREEN = [
    ("映画の中で人が倒れて動かなくなるシーンが怖かった", "none"),
    ("ドラマ見てたら主人公が倒れるシーンで泣いた", "none"),
    ("映画で煙がもくもく出てて迫力あった", "none"),
]
PREVENTION_THEN_EVENT = [
    ("熱中症防止に水分とってたけど、頭痛くて吐き気がしてきた、めまいもする", "119"),
    ("麦わら帽子かぶってたのに、じいちゃんが畑で倒れてぐったりしてる", "119"),
]
PREVENTION_ONLY = [
    ("熱中症防止のために麦わら帽子をかぶろう", "none"),
    ("熱中症対策に日傘を買ったけどどうかな", "none"),
    ("麦わら帽子をかぶって畑に行きます", "none"),
]


def test_round54_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(REAL_BESIDE_THE_SCREEN + ON_THE_SCREEN + PREVENTION_THEN_EVENT + PREVENTION_ONLY)


@pytest.mark.parametrize(("text", "number"), REAL_BESIDE_THE_SCREEN + PREVENTION_THEN_EVENT)
def test_an_event_beside_the_screen_or_after_prevention_is_real(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), ON_THE_SCREEN + PREVENTION_ONLY)
def test_the_storys_scene_or_prevention_alone_is_quiet(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# a class or a hands-on tour told as the place of an event (round 54, wide56b), and asked about
CLASS_OR_TOUR_AS_SETTING = [
    ("水泳教室の集合場所から七歳の娘がいなくなって、三十分探しても見つかりません", "110"),
    ("りょうり きょうしつで せんせいが たおれて うごかない", "119"),
    ("乗馬の体験で馬から落ちた人が、頭から血を出して動かないです", "119"),
    ("スキー教室の申し込みはいつからですか", "none"),
    ("そば打ち体験の予約をしたいです", "none"),
]


def test_class_or_tour_as_setting_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CLASS_OR_TOUR_AS_SETTING)


@pytest.mark.parametrize(("text", "number"), CLASS_OR_TOUR_AS_SETTING)
def test_class_or_tour_as_setting_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
