"""The generic events (:mod:`safety.events_generic`, split from :mod:`safety.events_police` after blind34): applied
right after the police rules, in the same order as before the split."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.events_generic import generic_rules
from safety.events_police import police_rules
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


def test_generic_rules_follow_the_police_rules() -> None:
    generic = generic_rules()
    assert police_rules()[-len(generic):] == generic


def test_a_will_is_read_but_not_inside_a_place_name() -> None:
    suicide = [rule for rule in generic_rules() if rule.name == "suicide_threat"]
    assert any(rule.pattern.search(views("机に遺書が置いてあった").devoiced) for rule in suicide)
    assert not any(rule.pattern.search(views("休憩所がある公園").devoiced) for rule in suicide)


# Round 37 (blind38, helper A42): a silent call (出ると何も言わずに切れる; 3 other writers, #9110) is no person without
# signs of life; a person who says nothing and does not move still is.
def test_a_silent_call_is_no_person_without_signs_of_life() -> None:
    text = "祖母の家の電話が何度も鳴って、出ると何も言わずに切れるらしい"
    assert_not_in_phrase_set([(text, "#9110")])
    assert "vital_signs_absent" not in find(views(text)).events
    assert_decides(text, "#9110", now=DAY)


def test_a_person_who_says_nothing_and_does_not_move() -> None:
    assert_decides("父に話しかけても何も言わずに動かない", "119", now=DAY)


# Round 39 (coordinator, from A55's probes): a wrist cut told with an adverb between (手首を深く切った) is self-harm
# even when asked as a question whether to go to hospital; a graze of the wrist stays an advice case.
WRIST_CUTS = [
    "包丁で手首を深く切った、病院行ったほうがいい？",
    "娘が手首をまた切ってる",
    "手首を自分で切ったって友達からLINEが来た",
]


def test_a_wrist_cut_with_an_adverb_is_self_harm() -> None:
    assert_not_in_phrase_set([(text, "119") for text in WRIST_CUTS])
    for text in WRIST_CUTS:
        assert "self_harm" in find(views(text)).events, text
        assert_decides(text, "119", now=DAY)


def test_a_grazed_wrist_is_no_self_harm() -> None:
    text = "転んで手首を深くすりむいた、病院行くべき？"
    assert "self_harm" not in find(views(text)).events
    assert_decides(text, "#7119", now=DAY)


# Round 41 (helper A61, held out): a person gone INTO a room of the home (はいったっきり, read いったっきり) is no
# missing person (110): the bath, the toilet, a barn (18 phrases of 14 splits, all 119); gone into the mountains or
# gone out and not back stays a missing person.
INTO_A_ROOM = [
    "祖父がトイレに入ったっきり出てこない",
    "母が浴室に入ったっきり出てきません",
    "じっちゃが納屋さ入ったっきり出でこねえ",
    "父が物置に入ったきり出てこない",
]
GONE_MISSING = [
    "じいちゃんが朝から山に入ったっきり戻ってこない",
    "父が山さ入ったっきり帰ってこねえ、もう暗い",
    "じいちゃんが山菜採りで山に入ったきり、夜になっても戻らない",
    "息子が町に出かけたっきり帰ってこない、電話もつながらない",
    "祖母が散歩に出たきり戻らない",
    "孫が海の方さ行ったっきり見えねぐなった",
]


def test_round41_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, "") for text in INTO_A_ROOM + GONE_MISSING])


@pytest.mark.parametrize("text", INTO_A_ROOM)
def test_gone_into_a_room_is_no_missing_person(text: str) -> None:
    assert "missing_person" not in find(views(text)).events
    assert_decides(text, "119", now=DAY)


@pytest.mark.parametrize("text", GONE_MISSING)
def test_gone_into_the_mountains_or_out_is_a_missing_person(text: str) -> None:
    assert "missing_person" in find(views(text)).events
    assert_decides(text, "110", now=DAY)


# Round 46 (wide48b): a person (or a name with ちゃん) kicked flying or beaten in a dialect's words, seen or streamed
# now, is 110; a ball kicked flying is not.
KICKED_CASES = [
    ("いま公園で中学生が年寄りを蹴っ飛ばしてる、配信されてる", "110"),
    ("ライブ配信で、若いのが川原でおじさんばぶん殴ってんだ、今", "110"),
    ("むすめが みてる はいしんで おとこたちが ひとを けっとばしてる いま はしの した", "110"),
    ("孫がサッカーボールを蹴っ飛ばしてるのを見てます、公園はどこが広いですか", "none"),
]


def test_kicked_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(KICKED_CASES)


@pytest.mark.parametrize(("text", "number"), KICKED_CASES)
def test_a_person_kicked_flying_is_a_beating(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)

# Round 47 (wide49b): 作業が続いた read さぎょうがつづいた holds 恐喝's reading (devoiced さきょうかつ) - no robbery;
# extortion told stays 110.
WORK_NOT_EXTORTION = [
    ("草取りの作業が続いたせいか、腰が痛くて熱っぽいです。受診した方がいいですか", "#7119"),
    ("田植えの作業が続いて膝が腫れてきた、病院行くべき？", "#7119"),
    ("さっき知らない男に恐喝されて、財布ごと取られました", "110"),
]


def test_work_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(WORK_NOT_EXTORTION)


@pytest.mark.parametrize(("text", "number"), WORK_NOT_EXTORTION)
def test_work_going_on_is_no_extortion(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 47 (wide49: バス の なか おとこ の ひと ずっと わたし さわる にげられない たすけて - 119 for 110): a man
# touching one's body told in the active voice or a learner's plain form is groping going on, for the police; a
# masseur's hands, a scene in a drama and a boy touching one's hair are not.
GROPED_NOW = [
    ("バス の なか おとこ の ひと ずっと わたし さわる にげられない たすけて", "110"),
    ("電車で隣のおじさんが太ももを触ってくる、どうしよう", "110"),
    ("しらないひと わたし さわる いま でんしゃ", "110"),
    ("マッサージの先生が腰を触ってくるのは普通ですか", "none"),
    ("ドラマで男が女の体を触るシーン", "none"),
    ("男の子が私の髪を触ってきてうざい", "none"),
]


def test_groped_now_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GROPED_NOW[1:])


@pytest.mark.parametrize(("text", "number"), GROPED_NOW)
def test_a_man_touching_ones_body_now_is_for_the_police(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49 (wide51b): a crown or a filling swallowed, breathing told normal, is a question for #7119; choking or
# not breathing after swallowing stays 119.
SWALLOWED_BREATHING_NORMAL_CASES = [
    ("入れ歯の金具を飲み込んだみたい。息はできるし痛みもない。病院行くべき？", "#7119"),
    ("じいちゃんが詰め物飲み込んじゃった、いきはふつうにしてる", "#7119"),
    ("あめ玉を飲み込んで息ができない！", "119"),
    ("おもちを飲み込んで息してない", "119"),
]


def test_swallowed_breathing_normal_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(SWALLOWED_BREATHING_NORMAL_CASES)


@pytest.mark.parametrize(("text", "number"), SWALLOWED_BREATHING_NORMAL_CASES)
def test_swallowed_with_breathing_normal_is_advice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (blind52a, helper A98): a person beaten with a thing between, or told in the western progressive とる.
BEATING_WITH_A_THING_CASES = [
    ("酔っ払いがおじいさんを傘で叩いとる", "110"),
    ("駐車場で男が女の人を棒で殴ってる", "110"),
    ("知らん男がうちの孫を蹴っとる", "110"),
]
BEATING_WITH_A_THING_QUIET = [
    ("布団を棒で叩いとる", "none"),
    ("太鼓をばちで叩いとる", "none"),
]


def test_beating_with_a_thing_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BEATING_WITH_A_THING_CASES + BEATING_WITH_A_THING_QUIET)


@pytest.mark.parametrize(("text", "number"), BEATING_WITH_A_THING_CASES + BEATING_WITH_A_THING_QUIET)
def test_a_person_beaten_with_a_thing_or_in_dialect_is_110(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 52 (wide54): a person not seen or not found for a while, told by the time (姿が二十分ほど見えません, 三十分も
# 見つからない, the Tohoku めっかんねえ) - 110; a key or a cat is not.
GONE_FOR_A_WHILE = [
    ("盆踊りの会場で、息子の姿が二十分ほど見えません", "110"),
    ("はぐれた むすめが いちじかんも みつからない", "110"),
    ("スーパーさ連れできた孫、十五分もめっかんねえ", "110"),
    ("公園で遊ばせてた息子が、三十分も見つからないんです", "110"),
]
GONE_THINGS_QUIET = [
    ("家の鍵が三十分探しても見つからない", "none"),
    ("飼い猫の姿が一時間見えないけど、いつものことです", "none"),
]


def test_round52_gone_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GONE_FOR_A_WHILE + GONE_THINGS_QUIET)


@pytest.mark.parametrize(("text", "number"), GONE_FOR_A_WHILE + GONE_THINGS_QUIET)
def test_a_person_gone_for_a_while_told_by_the_time(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 53 (wide55b, helper A109): ... also told since a time (三十分ほど前から見えない,
# 姿が一時間くらい前から見えません).
GONE_SINCE_A_TIME = [
    ("スーパーで母の姿が三十分ほど前から見えないんです、認知症があります", "110"),
    ("公園で遊んでた娘が十分前から見つからない", "110"),
    ("テレビの画面が十分前から見えない、故障かな", "none"),
]


def test_round53_gone_since_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(GONE_SINCE_A_TIME)


@pytest.mark.parametrize(("text", "number"), GONE_SINCE_A_TIME)
def test_round53_a_person_gone_since_a_time(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# --- round 54: a small thing counted (電池がひとつ, ボタンが二つ) and not found is no person missing ---
THING_COUNTED_GONE = [
    ("ボタンがふたつ見当たらないんだけど、孫がさっきまで遊んでた", "none"),
    ("ビーズが一個みあたらなくて、孫が口に入れたかと思ったら床に落ちてました", "none"),
]
PERSON_GONE_BESIDE_A_THING = [
    ("孫が見当たらない、外はもう真っ暗", "110"),
    ("電池がひとつ見当たらない、孫が飲み込んだかも、苦しそうにしてる", "119"),
]


def test_round54_thing_counted_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(THING_COUNTED_GONE + PERSON_GONE_BESIDE_A_THING)


@pytest.mark.parametrize(("text", "number"), PERSON_GONE_BESIDE_A_THING)
def test_a_person_gone_or_a_thing_swallowed_stays_an_alarm(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), THING_COUNTED_GONE)
def test_a_small_thing_counted_and_not_found_is_no_person_missing(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
    assert "missing_person" not in find(views(text)).events


# a person not found after a search, told by the time (round 54, wide56b)
NOT_FOUND_AFTER_SEARCHING = [
    ("公園で三歳の息子が、二十分探しても見つかりません", "110"),
    ("むすめが さんじゅっぷん さがしても みつからない", "110"),
    ("ばあちゃん一時間探しても見っかんねえ", "110"),
    ("車の鍵を三十分探しても見つからない", "none"),
]


def test_not_found_after_searching_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(NOT_FOUND_AFTER_SEARCHING)


@pytest.mark.parametrize(("text", "number"), NOT_FOUND_AFTER_SEARCHING)
def test_not_found_after_searching_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a house surrounded by scaffolding or sheets is not a person
# cornered; 大きな is no one who does not wake.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("家が足場とシートに囲まれてて、台風が来たらどこに避難すれば", "disaster", DAY),
    ("酔っぱらいに囲まれてる、怖い", "110", DAY),
    ("大きなトラックが家の前に止まってて、何もないですけど", "none", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_scaffolding_and_big_things_are_no_alarm(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
