"""Round 21 (:mod:`safety.vocabulary_topic`): a topic word found in the reading line counts only when the voiced
reading holds it too - a kanji word whose devoiced reading only looks like a topic word (電源が -> てんけんか, 点検;
人影が立って -> ひとかけかたって, 掛け方; 猫と -> ねこと, 寝言) names no topic. Phrasings not in the set."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.detect import find
from safety.normalize import views
from safety.vocabulary_topic import TOPIC, TOPIC_AS_READ
from tests.safety.helpers import DAY, NIGHT, assert_decides, assert_not_in_phrase_set

CASES = [
    # a topic word only in the devoiced reading: the event stands
    ("家の窓の外に人影が立っていて、網戸を外そうとしている音がする", "110"),
    ("父から「母をよろしく」と届いて、携帯の電源が切れたまま", "110"),
    # the topic words themselves, written or read: still topics
    ("電話の掛け方を教えてほしい", "none"),
    ("火災報知器の点検に来た人がいる", "none"),
    ("ガスの点検で業者さんが来るのは何時ですか", "none"),
]


def test_the_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_topic_word_read_only_through_devoicing_is_no_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_the_voiced_reading_tells_the_collision_apart() -> None:
    read = views("電源が切れた").joined
    devoiced = views("電源が切れた").devoiced
    start = devoiced.index("\n") + 1
    found = TOPIC.search(devoiced, start)
    assert found is not None and found.group(0) == "てんけん"
    assert TOPIC_AS_READ.match(read, found.start()) is None
    assert TOPIC_AS_READ.search(views("点検に来た").joined) is not None


def test_a_kana_topic_in_tohoku_voicing_is_still_a_topic() -> None:
    # the written line is searched devoiced as before: only reading-line matches need their voicing
    assert find(views("きゅうきゅうのひの いべんと いぐべ")).topic


# Engineer B's request B12-1: a recovery, then a new or other symptom after a contrast, is labelled by what follows.
RECOVERY_CASES = [
    ("熱はもう下がったけど、今度はお腹が痛い", "#7119"),
    ("熱は下がりましたが、今朝から咳がひどくて", "#7119"),
    ("平熱に戻ったけど、今度は発疹が出てきた", "#7119"),
    ("熱はもう下がった、元気です", "none"),
]


def test_recovery_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(RECOVERY_CASES)


@pytest.mark.parametrize(("text", "number"), RECOVERY_CASES)
def test_a_recovery_then_a_new_symptom(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [("献血さ行ぎてえども、どごでやってっぺ", "none"),
                                              ("けんけつ いきたいけど ちかくで やってる？", "none"),
                                              ("献血中に隣の人が倒れて意識がない", "119")])
def test_blood_donation_is_a_topic(text: str, number: str) -> None:
    # round 23 (the training writers' false alarms): 献血 holds 血, a danger word; donating blood is a topic (19 of 19
    # phrases of the set are none), and an event during it (献血中に) a setting
    assert_decides(text, number, now=DAY)


# After blind25's final score: the proverb 藁をもつかむ is a topic, straw being burnt is not (稲わらを燃やしてる read
# わらをも before).
@pytest.mark.parametrize(("text", "number"), [
    ("稲わらを燃やしてる煙がすごくて、火が隣の納屋に燃え移った！", "119"),
    ("溺れる者は藁をもつかむって、こういうことなんだな", "none"),
])
def test_blind25_straw_burnt_is_no_proverb(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# Round 25: a recovery is no topic when a contrast or a "と思ったら" names a sign of an emergency after it.
@pytest.mark.parametrize(("text", "number"), [
    ("熱はもう下がったけど、さっきからひきつけを起こしてる", "119"),
    ("腹痛はすっかり良くなったと思ったら、母がトイレで倒れてる", "119"),
    ("熱はもう下がりまして、ありがとうございました", "none"),
])
def test_round25_a_recovery_then_a_sign_is_no_topic(text: str, number: str) -> None:
    assert_not_in_phrase_set([(text, number)])
    assert_decides(text, number, now=DAY)


# blind28: the way of breathing told strange is a sign, not a how-to (also ``safety.vocabulary.HYPOTHETICAL``); an
# extinguisher used and the fire not out is no topic; joy as the excess (楽しすぎて死にそう) is hyperbole.
BLIND28_CASES = [
    ("父が酔って寝たまま起きない、呼吸の仕方がおかしい", "119"),
    ("台所の油に火がついて、消火器を使ったけど消えません", "119"),
    ("好きなバンドのライブ楽しすぎて死にそう", "none"),
]


def test_blind28_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND28_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND28_CASES)
def test_blind28_topic_guards(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# blind29a/b: 話が after a te-form is speech as a sign, not the topic って話; an extinguisher of no use is no
# topic; a head about to burst with work is hyperbole.
BLIND29_TOPIC = [
    ("炎天下で草取りをしていた父が、汗をかかなくなって、話がかみ合わなくなってきた", "119"),
    ("消火器では無理、台所の火が天井まで回ってる", "119"),
    ("仕事が多すぎて頭がパンクしそう", "none"),
]


def test_blind29_topic_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND29_TOPIC)


@pytest.mark.parametrize(("text", "number"), BLIND29_TOPIC)
def test_blind29_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind31 (helper A31): a video to be spread is the threat, not a video watched as a topic.
BLIND31_VIDEO = [
    ("元彼から「写真をネットにばらまく」って動画付きで来た、どうしよう", "#9110"),
    ("知らないアカウントから、動画をばらまくぞってメッセージが来ました", "#9110"),
    ("動画を見て救急の勉強をしています", "none"),
]


def test_blind31_video_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND31_VIDEO)


@pytest.mark.parametrize(("text", "number"), BLIND31_VIDEO)
def test_blind31_a_video_to_be_spread_is_no_topic(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_video_spread_is_no_topic_word() -> None:
    assert TOPIC.search(views("動画をばらまく").devoiced) is None
    assert TOPIC.search(views("動画を見た").devoiced) is not None


# After blind33's final score (helper A33): the ambulance's cost asked after a ride told as over is a topic (blind32b).
COST33 = [
    ("先月父が救急車で運ばれました。救急車の費用は後から請求されますか", "none"),
]


def test_cost33_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(COST33)


@pytest.mark.parametrize(("text", "number"), COST33)
def test_cost33_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# After blind34 (helper A34): 吐いたって連絡 (told a child vomited) is no "found there" notice (いたって連絡).
FOUND_NOTICE = [
    ("息子が学校で吐いたって連絡があった、熱もあるみたい。病院に行ったほうがいい？", "#7119"),
    ("施設から祖母が見つかって、公園にいたって連絡がありました", "none"),
]


def test_found_notice_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(FOUND_NOTICE)


@pytest.mark.parametrize(("text", "number"), FOUND_NOTICE)
def test_vomited_is_not_found_there(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 35 (blind36 read): a danger read on a circular or a handout is a notice; a danger seen now is still one.
BLIND36_NOTICES = [
    ("山の方で熊が出たって回覧板に載ってた", "none"),
    ("イノシシが出たってお知らせに書いてあった、こわいね", "none"),
    ("熊がいる！回覧板回ってきたとこだけど今庭に熊がいる", "110"),
]


def test_blind36_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND36_NOTICES)


@pytest.mark.parametrize(("text", "number"), BLIND36_NOTICES)
def test_blind36_a_danger_read_on_a_notice(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 38 (blind39, helper A45): a near miss told as a story (溺れかけた話; 4 other writers, all none) is a topic; a
# care home named as where it happens (介護施設の入所者の方が; 3 other writers, all 119) is a setting, its fees a topic.
BLIND39_TOPIC_CASES = [
    ("じいちゃんが川で溺れかけた話、何回聞いてもおもしろい", "none"),
    ("弟が川で溺れかけて、いま引き上げたけど息してない", "119"),
    ("介護施設の入所者の方が廊下で倒れて、呼んでも返事がありません", "119"),
    ("介護施設の入居費用について知りたい", "none"),
]


def test_blind39_topic_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BLIND39_TOPIC_CASES)


@pytest.mark.parametrize(("text", "number"), BLIND39_TOPIC_CASES)
def test_a_near_miss_story_and_a_care_home_setting(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 39 (blind40, helper A52): exhaustion as hyperbole (くたびれで死にそう; tiredness "to death" in 3 other writers,
# all none), rehabilitation's hospital or class asked about (4 other writers, none), and seen by a doctor told with a
# te-form and nothing found (病院で診てもらって、なんでもなかった; 5 other writers, none) are no emergency; a fall
# after the visit is.
ROUND39_TOPIC_CASES = [
    ("田植え終わって、くたびれで死にそうだっちゃ", "none"),
    ("草刈りでくたびれて死にそう、明日は休むべ", "none"),
    ("去年の冬に父が転んで腕をけがしまして、その後のリハビリの病院を教えてください", "none"),
    ("じいちゃん、ゆうべ胸苦しいって言ってたけど、病院で診てもらって、なんでもなかったよ", "none"),
    ("父がめまいがすると言って病院で診てもらって、何ともなかったけど、また今倒れました", "119"),
]


def test_round39_topic_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND39_TOPIC_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND39_TOPIC_CASES)
def test_hyperbole_rehabilitation_and_a_visit_found_fine(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 41 (blind42, helper A60): told in hospital by someone (入院中だと聞きました) is news of the person, a topic
# (a festival named as the place: test_vocabulary_topic_setting.py).
def test_round41_in_hospital_as_told_is_a_topic() -> None:
    assert TOPIC.search(views("さっき大家さんから入院中だと聞きました").devoiced)
    assert TOPIC.search(views("娘さんから入院していると連絡がありました").devoiced)
    assert not TOPIC.search(views("母が入院中で、面会に行きたい").devoiced)


# Round 45 (wide47): a word's し before が倒れ (墓石が倒れて read はかいしかたおれて) names no way of doing (仕方),
# and an extinguisher looked for in a hurry (消火器どこだっけ) is no extinguisher topic; asking how to use one still is.
ROUND45_CASES = [
    ("石が倒れてきて弟の足が下敷きになって抜けない", "119"),
    ("はかいしが たおれて ははの あしが はさまって ぬけない", "119"),
    ("鍋から火が上がってる!消火器どこだっけ", "119"),
    ("消火器の使い方を教えてください", "none"),
]


def test_round45_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND45_CASES)
def test_round45_a_fallen_stone_and_a_hurried_extinguisher_are_no_topics(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49 (helper A92, wide51's chained door): a bill told unpaid (未払いだと連絡, devoiced みはらいたと) is no
# "found there" notice (いたと連絡); a door chained from inside with no answer after it is still 119.
UNPAID_NOTICE = [
    ("大家さんから、母の家賃が二か月未払いだと連絡がありました。見に来たら玄関にチェーンがかかっていて、呼んでも返事がなく、"
     "変な臭いがします。", "119"),
    ("水道局から父の料金が未払いだと連絡があって様子を見に来たら、郵便受けがあふれていて、中から返事がありません。",
     "119"),
    ("電気代が未払いだと連絡がありました。支払い方法を教えてください。", "none"),
    ("家出した娘が友だちの家にいたと連絡がありました", "none"),
]


def test_unpaid_notice_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(UNPAID_NOTICE)


@pytest.mark.parametrize(("text", "number"), UNPAID_NOTICE)
def test_unpaid_is_not_found_there(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 53 (wide55): 新成人 and 新生児, people read しんせいじん and しんせいじ, are no 申請 (しんせい); a recovery
# to full strength (もう完全復活) is a recovery; an application asked about stays a topic.
ROUND53_CASES = [
    ("式典のあと新成人の男たちが駐車場で殴り合ってて、一人がバット振り回してる", "110"),
    ("しんせいじの あかちゃんが いきを してない", "119"),
    ("熱が出て寝込んでた息子、もうすっかり復活して走り回ってる。予防接種の予約はどこで？", "none"),
    ("児童手当の申請はどこでできますか", "none"),
    ("熱中症でふらふらだった夫、もう復活したと思ったらまた意識がもうろうとしてる", "119"),
]


def test_round53_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND53_CASES)


@pytest.mark.parametrize(("text", "number"), ROUND53_CASES)
def test_round53_people_read_like_an_application_and_a_recovery(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: 会帰り (飲み会帰り, 忘年会帰り, read のみかいかえり) is a gathering come home from, not 買い替え.
ROUND55_GATHERING = [
    ("忘年会帰りに駅で人が倒れてて、息してない", "119"),
    ("飲み会帰りの同僚がべろべろに酔ってるのに車で帰るって運転しようとしてる、止めてもきかない", "110"),
    ("洗濯機の買い替えを考えています", "none"),
]


def test_round55_gathering_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND55_GATHERING)


@pytest.mark.parametrize(("text", "number"), ROUND55_GATHERING)
def test_round55_coming_home_from_a_gathering_is_no_replacement(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 58 (wide60b, construction sites and road works): a demolition site told as the place, a video shot by a
# harasser and an agent named by what it prevents are no topics.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("解体の現場で足場が崩れて作業員が下敷きになってる", "119", DAY),
    ("実家の解体の費用はどのくらいですか", "none", DAY),
    ("毎日同じ男が店の前で店員に怒鳴りながら動画を撮ってネットに上げてる", "#9110", DAY),
    ("2歳の子が凍結防止剤をなめてしまった", "#8000", NIGHT),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_sites_videos_and_agents_are_no_topics(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
