""":mod:`safety.detect_topic`: a topic word as the setting of an event told, not what the message is about, on
phrasings not in the set - a care home's staff or night shift telling of a resident, a care home as who called, an
inspection being done when someone collapsed (点検をしとって); the staff's own questions, or a request for one, stay
topics (split from test_detect_cues.py in round 47)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Round 39 (blind40, helper A52): a care home's staff telling of a resident (介護施設のスタッフです。利用者さんが…) is
# the setting, not the care topic (care-home residents or users in an emergency: 6 other writers, all 119); the
# staff's own questions stay topics.
CARE_STAFF_CASES = [
    ("介護施設のスタッフです。利用者さんがお風呂で意識がありません", "119"),
    ("介護施設の職員の募集はありますか", "none"),
    ("介護施設の職員です。利用料の支払いについて教えてください", "none"),
]


def test_care_staff_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CARE_STAFF_CASES)


@pytest.mark.parametrize(("text", "number"), CARE_STAFF_CASES)
def test_a_care_home_staff_member_telling_of_a_resident(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 42: a care home named as where the caller works a night shift, or as who called, is a setting, not a
# topic (介護施設の夜勤です…呼吸してなくて, 介護施設から電話が…行方がわからない: both none for 119/110).
ROUND42_CARE_HOME_CASES = [
    ("介護施設の夜勤中です、入居者さんが息をしていません", "119"),
    ("介護施設のヘルパーです、利用者さんが倒れて意識がない", "119"),
    ("介護施設から連絡があって、父がいなくなったと言われました", "110"),
    ("介護施設の夜勤の求人はどこで探せますか", "none"),
    ("介護施設から電話があって、入所の費用の説明を受けたいのですが", "none"),
]


def test_round42_care_home_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND42_CARE_HOME_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND42_CARE_HOME_CASES)
def test_round42_care_home_decides_the_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 44 (blind45a: 乾燥機の点検をしとって、急に倒れてしもうて、呼んでも返事がない): a topic word as what the person
# was doing when it happened (点検をしとって, 講習をしていて) is the setting; a request for one stays a topic.
ROUND44_SETTING = [
    ("乾燥機の点検をしとって、父ちゃんが急にひっくり返って返事しねえ", "119"),
    ("畑の点検をしていて父が倒れて動かないです", "119"),
    ("ボイラーの点検しよったら、じいちゃんがうずくまって動かん", "119"),
    ("配電盤の点検をしておりましたら、同僚が倒れて息をしていません", "119"),
    ("ボイラーの点検をしていただけますか", "none"),
    ("給湯器の点検をしてもらって安心しました", "none"),
]


def test_round44_setting_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_SETTING)


@pytest.mark.parametrize(("text", "number"), ROUND44_SETTING)
def test_round44_a_topic_word_being_done_is_the_setting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49 (wide51: 市の申告相談会場で、高齢の男性が胸の痛みを訴えて倒れました): a topic word ending on 会 with its
# 場 after it (相談会場で) is the venue, and a man or a woman (男性が, 女性が) named there is a person at it; asking
# where the venue is, or a plan for staff, stays quiet.
ROUND49_VENUE = [
    ("確定申告の相談会場で、おじいさんが急に胸を押さえて倒れた。汗びっしょりで返事が弱い", "119"),
    ("しんこくの そうだんかいじょうで おとしよりの だんせいが むねが いたいと いって たおれました", "119"),
    ("税の相談会場で、男の人が胸を押さえてうずくまった。顔が真っ青で返事がない", "119"),
    ("申告相談会場で、女性がばったり倒れて、呼んでも返事がありません", "119"),
    ("確定申告の相談会場はどこですか。何を持って行けばいいですか", "none"),
    ("相談会場で男性が書類の書き方を教えてくれました", "none"),
    ("健康相談会場で高齢の男性が倒れたらどうすればいいか、職員向けの手順を知りたい", "none"),
]


def test_round49_venue_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND49_VENUE)


@pytest.mark.parametrize(("text", "number"), ROUND49_VENUE)
def test_round49_a_topic_word_s_venue_is_the_setting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (helper A127, kinds left by round 57): a funeral (葬儀, 葬式; 葬儀 searched voiced) as the setting or the
# time of what happened - at it, in its middle, once it was over, just after it with a person told - is no topic;
# a question about the funeral itself, or what to do after it, stays one.
FUNERAL_SETTING_CASES = [
    ("葬儀の途中で、喪主をしていた夫が急にろれつが回らなくなりました", "119"),
    ("そうぎで しんせきの おばさんが たおれて いきを してない", "119"),
    ("お葬式済んでから、親父がなんも食わねえで寝てばっかりなんだ、どこの病院さ行げばいいべ", "#7119"),
    ("葬儀のあと、祖母がふらついて顔の片側が下がってます", "119"),
    ("葬儀のお返しは何を選べばいいですか", "none"),
    ("お葬式のあとの役所の手続きを教えてください", "none"),
    ("葬儀で倒れた人のニュースを見て怖くなりました", "none"),
]


def test_round58_funeral_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FUNERAL_SETTING_CASES)


@pytest.mark.parametrize(("text", "number"), FUNERAL_SETTING_CASES)
def test_round58_a_funeral_as_the_setting_or_time_is_no_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
