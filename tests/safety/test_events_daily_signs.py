"""Round 15 (:mod:`safety.events_daily_signs` and the guards and readings added with it), on phrasings not in the
set."""

from __future__ import annotations

import pytest

from safety.assess import assess
from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # 119: heatstroke told by what it did, not out of the bath, sunk and not coming up, things swallowed
    ("炎天下で草刈りしてた父が、水も飲めなくなってぼんやりしてる", "119"),
    ("部活から帰った息子が暑さにやられたみたいで、話してることが変です", "119"),
    ("トイレに入ったきり30分も出てこない、ノックしても返事がない", "119"),
    ("川で泳いでた友だちが沈んだまま浮かんでこない", "119"),
    ("2歳の子がボタン電池じゃなくて磁石を飲み込んだみたい", "119"),
    # 110: footsteps that follow now, a child not back and the phone dead, money about to go out as told
    ("夜道で後ろの足音がずっとついてくる、止まると止まる", "110"),
    ("中学生の娘が塾から帰ってこない。もう10時で、電話もつながらない", "110"),
    ("電話で言われた通りに、今からコンビニで電子マネーを買ってお金を送るところ", "110"),
    # #9110: a link tapped, repeated contact, a threat asked about (nothing happening now)
    ("宅配業者を名乗るメールのリンクを開いてしまいました", "#9110"),
    ("前に会った男の人から毎日のようにLINEが来て困っています", "#9110"),
    ("息子がネットで知らない人から殺すと言われたそうで、どこに相談すればいいですか", "#9110"),
    # 188: contracts to undo
    ("訪問販売の業者と結んだ浄水器の契約を取り消したい", "188"),
    ("説明会で勧められて、その場で教材のローンを組まされてしまった", "188"),
    # disaster: a roaring river, the sea after a quake
    ("近くの川の水がごうごう音を立てて流れてる、避難した方がいいのかな", "disaster"),
    ("さっきの地震のあと海の方が心配で、ここまで津波は来るの？", "disaster"),
    # #8000 / #7119: a fall settled, a bleed stopped, a child wheezing with a cough, breathlessness for days
    ("夜に娘がベッドから落ちたけど、今は普通に遊んでいます。様子見でいいですか", "#8000"),
    ("1歳の子が咳き込んでヒューヒューいってる、朝まで待っても大丈夫？", "#8000"),
    ("おととい から 母が 息切れ すると いってる。びょういんに いった ほうが いい？", "#7119"),
    # not events: a game, a manual, a job, a resolved worry, a flower, a scam message deleted
    ("子どもがゲームにはまって「倒せ」「死ね」と叫んでいる", "none"),
    ("けいれんした時の対応マニュアルを保育園でもらいました", "none"),
    ("兄が消防士として働いていて、火事の話をよく聞きます", "none"),
    ("向かいの家に郵便物がたまってたけど、旅行中だと聞いて安心しました", "none"),
    ("庭に彼岸花が咲いてたよ", "none"),
    ("怪しいSMSが来たけど、詐欺だと教わっていたので削除しました", "none"),
    ("昨日の地震、うちは大丈夫だったよ", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_daily_classes_and_guards(text: str, number: str) -> None:
    assert_decides(text, number, now=NIGHT if number == "#8000" else DAY)


@pytest.mark.parametrize(
    "text",
    [
        "通知がたくさん来て困る",  # 通知が (つうちが) is no 血が
        "だけど電池切れてる",  # けど+でんち is no 土手 (どて)
        "証明書またもらえますか",  # しょうめい+また is no いま
        "台風で飛ばされた看板",  # たいふうで is no 腕 (うで)
        "暗証番号を聞かれたけど答えなかった",  # a question not answered is no person without signs of life
    ],
)
def test_word_boundaries_of_the_reading_make_no_event(text: str) -> None:
    events = find(views(text)).events
    assert not {"bleeding", "evacuation", "deep_wound", "vital_signs_absent"} & set(events)
    assert not assess(text, now=DAY, channel="chat").is_emergency


def test_a_thief_in_katakana_with_a_long_vowel_is_110_not_trapped() -> None:
    decision = assess("今ドロボーが家に入ってる", now=DAY, channel="chat")
    assert decision.number == "110"
    assert "trapped" not in decision.events


def test_now_in_spaced_kana_before_shiranai_is_now() -> None:
    # いま しらない: spaces are dropped, and いまし is not only います/いました
    assert assess("いま しらない ひとに つけられてる", now=DAY, channel="chat").number == "110"


@pytest.mark.parametrize("heard", ["プールから上げた子が駅をしていません", "祖母がソファで寝たまま置きない"])
def test_the_recognisers_slips_of_breath_and_waking_stay_events(heard: str) -> None:
    # Whisper's one-mora slips: 息 -> 駅, 起きない -> 置きない (not 置かない, which is a word)
    assert assess(heard, now=DAY, channel="voice").number == "119"
    assert find(views("荷物は玄関に置かないでください")).events == {}


# After blind34 (helper A34): wobbling and vomiting in the heat is heatstroke (119); without the heat, advice.
BLIND34_CASES = [
    ("炎天下で草刈りしてた父がふらふらして吐いた", "119"),
    ("二日酔いでふらふらして吐いた", "#7119"),
]


def test_blind34_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND34_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND34_CASES)
def test_blind34_wobbling_and_vomiting_in_the_heat(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 35 (blind36 read): talk that makes no sense in the heat (話がちぐはぐ) is heatstroke, as the set's 5 such
# phrases by 5 writers are 119; ちぐはぐ without the heat names no event.
BLIND36_HEAT = [
    ("畑から戻った夫の体がとても熱く、話しかけても答えがちぐはぐです", "119"),
    ("ちぐはぐな服の組み合わせで出かけてしまった", "none"),
]


def test_blind36_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND36_HEAT)


@pytest.mark.parametrize(("text", "number"), BLIND36_HEAT)
def test_blind36_talk_that_makes_no_sense_in_the_heat(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 41 (blind42, helper A60): someone told still sunk (沈んだまんまだ) is drowning, a toy is not; a leg cramp is a
# symptom (not 明日釣りに, not つるつる); a foot missed on the stairs is a fall, mild when told so.
ROUND41_DAILY = [
    ("プールで男の子が沈んだまんまだ", "119", "drowning"),
    ("お風呂でおもちゃが沈んだまんま", "none", ""),
    ("足がつりそうで歩きにくい、何科に行けばいい？", "#7119", "leg_cramp"),
    ("夜中にふくらはぎがつって目が覚める、何科に行けばいい？", "#7119", "leg_cramp"),
    ("海で息子が足がつって沈んでいった", "119", "drowning"),
    ("あした つりに いきます", "none", ""),
    ("暗い中で階段踏み外した 足首ぱんぱん 歩けるけど痛い", "#7119", "fell"),
    ("母が階段で足を踏み外して倒れたまま動かない", "119", ""),
    ("階段踏み外しそうになった、危なかった", "none", ""),
]


def test_round41_daily_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND41_DAILY])


@pytest.mark.parametrize(("text", "number", "event"), ROUND41_DAILY)
def test_round41_sunk_a_cramp_a_missed_step(text: str, number: str, event: str) -> None:
    if event:
        assert event in find(views(text)).events
    assert_decides(text, number, now=DAY)


def test_round41_slippery_is_no_cramp() -> None:
    assert "leg_cramp" not in find(views("廊下が濡れてて足がつるつる滑る")).events


# Round 41 (helper A61): gone into a room or a barn and not come out, told with no time and no call (今納屋さ
# 入ったっきり出でこねえ): a weak 119, no longer the missing person's 110; an animal, or a sulking child, is not.
@pytest.mark.parametrize("text", ["兄が小屋に入ったきり出てこないんです", "夫が車庫に入ったきり出てこない、もう一時間",
                                  "母が浴室に入ったっきり出てきません"])
def test_gone_into_a_room_and_not_out_could_be_an_emergency(text: str) -> None:
    assert_not_in_phrase_set([(text, "119")])
    assert find(views(text)).events.get("not_coming_out") in {"weak", "medical"}
    assert_decides(text, "119", now=DAY)


@pytest.mark.parametrize("text", ["猫が物置に入ったきり出てこない", "息子が部屋に入ったきり出てこない、反抗期で"])
def test_an_animal_or_a_sulking_child_in_a_room_is_no_emergency(text: str) -> None:
    assert_not_in_phrase_set([(text, "none")])
    assert "not_coming_out" not in find(views(text)).events
    assert not assess(text, now=DAY, channel="chat").is_emergency


# Round 47 (wide49: 一人沈んだまんま出はってこねえんだ - none, the は…ねえ of 出はってこねえ read as a denial): the
# not-coming-up told after 沈んだまま is part of the sign; a sunk boat to be raised is no one drowning.
STILL_SUNK_CASES = [
    ("化女沼でよ、外国の学生さんだぢのボートひっくりけえって、一人沈んだまんま出はってこねえんだ、早ぐ!", "119"),
    ("弟が池に沈んだまま上がってこない", "119"),
    ("父が川に沈んだまんま浮かんでこねえ", "119"),
    ("沈んだまんまのボートを引き上げたい", "none"),
]


def test_still_sunk_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(STILL_SUNK_CASES[1:])


@pytest.mark.parametrize(("text", "number"), STILL_SUNK_CASES)
def test_still_sunk_and_not_coming_up_is_drowning(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (wide54): the reading of 農薬撒く (のうやくまく) after a drone, ドローン, is no loan signed (ローン…組ま).
DRONE_SPRAY_QUIET = [
    ("ドローンで農薬をまく日は窓を閉めたほうがいいですか", "none"),
    ("ドローンで のうやく まく ひは せんたくもの だめ？", "none"),
]
LOAN_STILL = [("業者に言われるままローンを組まされた、やめたい", "188")]


def test_round52_drone_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(DRONE_SPRAY_QUIET + LOAN_STILL)


@pytest.mark.parametrize(("text", "number"), LOAN_STILL + DRONE_SPRAY_QUIET)
def test_a_drone_spraying_a_field_is_no_loan(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
