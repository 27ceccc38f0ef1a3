"""The "now" cues of round 35 (safety/vocabulary.py): a memory that lingers (今でもぞっとする), a person in care told
without は (今リハビリ中で, 今入院中), and a settled state that is no scam happening now (今は安心)."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_time import NOW, SCAM_NOW
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BLIND36_NOW = [
    ("祖父が昔、沢で溺れかけた話を聞くと今でも鳥肌が立つ", "none"),
    ("父は先月倒れて今リハビリ中なので、介護の申請がしたいです", "none"),
    ("孫を名乗る電話の話を聞いて、家族で合言葉を決めました。今は安心です", "#9110"),
]


def test_blind36_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND36_NOW)


@pytest.mark.parametrize(("text", "number"), BLIND36_NOW)
def test_blind36_states_that_are_not_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["今でもぞっとする", "今リハビリ中です", "父は今入院中で"])
def test_a_memory_or_care_is_no_now(text: str) -> None:
    assert not NOW.search(views(text).devoiced)


@pytest.mark.parametrize("text", ["今は安心しております", "いまはもう落ち着いています"])
def test_a_settled_state_is_no_scam_now(text: str) -> None:
    assert not SCAM_NOW.search(views(text).devoiced)


def test_a_scam_told_now_is_still_now() -> None:
    assert SCAM_NOW.search(views("いま 孫を名乗る人から電話で お金を用意しろって").devoiced)


# Round 37 (blind38, helper A42): someone shouting at the door as one writes (玄関で…と怒鳴っています: a threat shouted
# at the door now, 20 other writers, all 110); shouted at yesterday is not now.
def test_shouting_at_the_door_is_now() -> None:
    text = "取り立ての男が玄関で「払わないと火をつけるぞ」と怒鳴っています"
    assert SCAM_NOW.search(views(text).devoiced)
    assert_not_in_phrase_set([(text, "110")])
    assert_decides(text, "110", now=DAY)


def test_shouted_at_yesterday_is_not_now() -> None:
    assert not SCAM_NOW.search(views("昨日、玄関で借金取りに怒鳴られた").devoiced)


# Round 38 (blind39, helper A45): help that came at once, told in the polite past (すぐ来てくださいました; 5 phrases of
# 4 other writers, all none) is no "now"; a plea still is.
HELP_CAME_CASES = [
    ("先日、駅で倒れた方がいて、駅員さんがすぐ来てくださいました。駅にお礼を伝えたいのですが", "none"),
    ("父が倒れました、すぐ来てくださいませんか", "119"),
]


def test_help_came_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(HELP_CAME_CASES)


@pytest.mark.parametrize(("text", "number"), HELP_CAME_CASES)
def test_help_that_came_at_once_is_no_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 41 (blind42, helper A60): a sum in ten thousands is read with its zero as れい (20万円 -> にれいまん), which
# held いま: no "now"; a collector told coming now still is.
def test_round41_a_sum_in_ten_thousands_is_no_now() -> None:
    assert NOW.search(views("訪問販売で羽毛布団を20万円で買ってしまった").devoiced) is None
    assert NOW.search(views("エアコンの掃除で100万の契約をした").devoiced) is None
    assert NOW.search(views("いま30万円を持って出かけるところ").devoiced) is not None


def test_round41_a_collector_coming_now_is_still_110() -> None:
    assert_decides("孫を名乗る電話で、今から100万円を受け取りに来るって言われた", "110", now=DAY)


# Round 42: はやく with one's own wish (はやく かえりたい, 早く寝たい) is no hurry for help: the hunger or the
# sleepiness "to death" before it stays a figure of speech (blind43b's kana やきん あけ… 119 for none).
ROUND42_WISH_CASES = [
    ("腹減って死にそう、早く帰りたい", "none"),
    ("眠くて死にそう、はやく寝たい", "none"),
    ("苦しい、はやく来て", "119"),
    ("息が苦しくて死にそう、早く帰りたい", "119"),
]


def test_round42_wish_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_WISH_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_WISH_CASES)
def test_round42_wish_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "now"), [("明日来るって電話があった", False), ("人が少ない時間に行きたい", False),
                                           ("すぐ来てください", True)])
def test_now_is_not_read_inside_asu_kuru(text: str, now: bool) -> None:
    # engineer B's request B14-2: 明日来る devoices to あすくる, which holds すぐ (すく)
    assert bool(NOW.search(views(text).devoiced)) == now


def test_this_time_last_year_is_not_now() -> None:
    assert not NOW.search(views("去年の今頃は雪が多かった").devoiced)
    assert NOW.search(views("今ころんで動けない").devoiced)


def test_back_home_is_no_now_cue() -> None:
    assert not NOW.search(views("今は自宅に戻っています").devoiced)


# Round 34 (blind35 read): リハビリ中 read リハビリなか is still a recovery (no "now").
BLIND35_VOCABULARY = [
    ('母は先月倒れ、いまはリハビリ中です。デイサービスを探しています', 'none'),
]


def test_blind35_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND35_VOCABULARY)


@pytest.mark.parametrize(("text", "number"), BLIND35_VOCABULARY)
def test_blind35_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 46 (blind47a): this time of a year past with a kana ごろ after the written 今 (去年の今ごろ) is an
# anniversary, not "now"; a 今ごろ that is no year's time keeps its alarm.
ANNIVERSARY_IN_KANA = [
    ("去年の今ごろ、この先の川で子どもが溺れる事故があったので、柵をつけてほしいです", "none"),
    ("おととしの今ごろ、うちの前の坂で車がスリップして事故になったんだけど、融雪の予定ってある？", "none"),
    ("きょねんの いまごろ この みちで じこが ありました ガードレールは つきますか", "none"),
    ("昨年の今ごろ裏山で火事がありましたが、今年の山火事の注意はいつから出ますか", "none"),
    ("今ごろになって、交差点で事故です、人が倒れてます", "119"),
]


def test_anniversary_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ANNIVERSARY_IN_KANA)


@pytest.mark.parametrize(("text", "number"), ANNIVERSARY_IN_KANA)
def test_anniversary_in_kana_is_not_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_this_time_last_year_is_no_now_cue() -> None:
    assert NOW.search(views("去年の今ごろ").devoiced) is None


# Round 53 (helper A109, wide55b): early in the day (朝早くから) is no hurry, and a person well again and back at
# their work (また漁に出ています, また畑に通って) told after the past is no fresh event; a fresh collapse after the
# recovery (また倒れて) stays now.
ROUND53_BACK_AT_WORK = [
    ("おととし畑で倒れた父ですが、今はすっかり元気で、また毎日田んぼに通っています。健診の案内がほしいです", "none"),
    ("去年脳梗塞で入院した祖父、今はもう大丈夫で、また朝早くから仕事に行ってます", "none"),
    ("去年倒れた父は今は元気ですが、さっきまた倒れて動きません", "119"),
]


def test_round53_back_at_work_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND53_BACK_AT_WORK)


@pytest.mark.parametrize(("text", "number"), ROUND53_BACK_AT_WORK)
def test_round53_well_again_and_back_at_work_is_no_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "now"), [("朝早くから漁に出ています", False), ("早く来てください", True)])
def test_round53_early_in_the_day_is_no_hurry(text: str, now: bool) -> None:
    assert bool(NOW.search(views(text).devoiced)) == now


# Round 57: a memory recalled as one writes (今思い出しても, 今思い出すと) is no "now" (senior, kana, indirect); a sign
# that comes while one recalls it, or a thing just remembered to be on, stays now.
RECALLED_NOW = [
    ("ずいぶん昔、吹雪の峠道で車が立ち往生いたしまして。今思い出してもぞっといたします", "none"),
    ("むかし、いえが かじに なったことが あって、いま おもいだしても こわい", "none"),
    ("こどものころ、祖父が目の前で倒れたことがあって、今思い出しても胸が苦しくなります", "none"),
    ("昔のことを今思い出していたら、急に胸が苦しくなって息ができない", "119"),
]


def test_recalled_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RECALLED_NOW)


@pytest.mark.parametrize(("text", "number"), RECALLED_NOW)
def test_a_memory_recalled_as_one_writes_is_not_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", ["今思い出してもこわい", "いまおもいだすと", "今思い出すだけで震える"])
def test_recalling_is_no_now_cue(text: str) -> None:
    assert not NOW.search(views(text).devoiced)


def test_now_before_another_verb_stays_a_now_cue() -> None:
    assert NOW.search(views("今思い出した、火をつけたままだ").devoiced)
