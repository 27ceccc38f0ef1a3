"""The "what if" context (:data:`safety.vocabulary_hypothetical.HYPOTHETICAL`): a case supposed, a precaution, a way
to prevent it - and the readings that only look like one."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_hypothetical import HYPOTHETICAL, hypothetical_told
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


@pytest.mark.parametrize("text", [
    "もし地震が来たらどうすればいいですか",
    "お餅を喉に詰まらせない食べ方を教えて",
    # round 34: Tohoku prevention (〜ねえように, 〜なんねよう気ぃつけ)
    "年寄りが転ばねえように手すりつけてえ",
    "熱中症さなんねよう気ぃつけるべ",
])
def test_a_case_supposed_or_prevented_is_hypothetical(text: str) -> None:
    assert HYPOTHETICAL.search(views(text).devoiced)


@pytest.mark.parametrize("text", [
    # round 34: 片方 (かたほう) after a negation is no "way of doing" (blind35a/b's stroke signs)
    "妻が急に片方の手が動かないと言ってる",
    "ろれつの回らない声で片方の足が動かないと",
    # ... and ねえようだ is "it seems not", no prevention
    "じいちゃん、息してねえようだ",
    # round 44: ないて is a stem of 泣く, no negation (泣いてて何か叩く音 reads ないててなにかた)
    "こどもが ないてて なにか たたく おとが する",
    "娘が泣いてて何か硬いものが当たる音がする",
])
def test_a_sign_told_is_not_hypothetical(text: str) -> None:
    assert not HYPOTHETICAL.search(views(text).devoiced)


@pytest.mark.parametrize("text", [
    "雪かきで腰を痛めないよう何か気をつけることはありますか",  # round 35: a word between よう and 気をつけ
    "孫が川で溺れないよう、よく気をつけて見ています",
])
def test_a_precaution_with_words_between_is_a_what_if(text: str) -> None:
    assert HYPOTHETICAL.search(views(text).devoiced)


# Round 37 (blind38, helper A42): たら + 父さん / 灯油 (read たらとうさん, たらとうゆ) is a discovery, not たらどう.
@pytest.mark.parametrize("text", ["仕事から帰ったら父さんが台所で倒れてて動かない",
                                  "玄関を開けたら灯油の臭いがして煙が出てる"])
def test_tara_before_tousan_or_touyu_is_no_what_if(text: str) -> None:
    assert not HYPOTHETICAL.search(views(text).devoiced)


def test_tara_dou_is_still_a_what_if() -> None:
    assert HYPOTHETICAL.search(views("父さんが倒れたらどうしたらいいか知りたい").devoiced)


# Round 40 (blind41, helper A56): たら + 同僚 (read たらどうりょう) is a discovery, not たらどう.
def test_tara_before_douryou_is_no_what_if() -> None:
    assert not HYPOTHETICAL.search(views("農作業してたら同僚が倒れて意識がない").devoiced)
    assert HYPOTHETICAL.search(views("同僚が倒れたらどうすればいい？").devoiced)


# Round 41 (blind42, helper A60): a worry in Tohoku speech (溺れねえか心配; でねえか is a guess about a state), the
# criteria for calling or going (呼ぶ目安, 行く目安; since round 43 呼ぶ目安 asks for #7119), a hazard a salesman
# claimed (しないと火が出るって言われて).
ROUND41_WHAT_IF = [
    ("海で孫が溺れねえか心配だ、浮き輪売ってるとこあっか", "none"),
    ("じいちゃん脳卒中でねえか心配だ、ろれつ回ってねえ", "119"),
    ("熱中症で病院に行く目安ってある？", "none"),
    ("熱中症で救急車を呼ぶ目安を教えてください", "#7119"),  # round 43: the threshold question (label decision)
    ("業者に、換気扇を掃除しないと火が出るって言われて、10万円払っちゃった", "188"),
    ("ガスが漏れてる、臭い", "119"),
]


def test_round41_what_if_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND41_WHAT_IF)


@pytest.mark.parametrize(("text", "number"), ROUND41_WHAT_IF)
def test_round41_a_worry_a_guideline_a_salesmans_claim(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 41 review (helper C43): the Tohoku ねえように with the long vowel left out (つまらせねように, 迷わねように)
# is a precaution as well; not the reading of 寝ように (すこしねようにも) nor お金用に (おかねように once devoiced).
@pytest.mark.parametrize("text", ["道に迷わねように地図持ってぐ", "水道使わねように言われだ"])
def test_the_short_tohoku_neyouni_is_a_precaution(text: str) -> None:
    assert HYPOTHETICAL.search(views(text).devoiced)


@pytest.mark.parametrize("text", ["少し寝ようにも咳がひどくて眠れない", "老後のお金用に貯金してる"])
def test_a_sleep_or_money_read_neyouni_is_no_precaution(text: str) -> None:
    assert not HYPOTHETICAL.search(views(text).devoiced)


def test_choking_kept_away_in_tohoku_is_no_emergency() -> None:
    text = "じいちゃんが餅つまらせねように小さく切ってやってる"
    assert_not_in_phrase_set([(text, "none")])
    assert_decides(text, "none", now=DAY)


# Round 44 (blind45b: もし農薬を誤って飲んでしまった場合、まず何をすればよいですか): 場合 before まず (ばあいまず) is
# no いま: the what-if stays a question (none); a poisoning now is still 119.
ROUND44_CASE_FIRST = [
    ("もし灯油を誤って飲んでしまった場合、まず何をすべきですか", "none"),
    ("子どもが洗剤を口に入れた場合、まずどうすればいいのでしょうか", "none"),
    ("万が一ボタン電池を飲み込んだ場合、まず何をしたらいい？", "none"),
    ("いま娘が農薬を飲んでしまいました、吐いています", "119"),
]


def test_round44_case_first_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND44_CASE_FIRST)


@pytest.mark.parametrize(("text", "number"), ROUND44_CASE_FIRST)
def test_round44_a_case_then_first_is_no_now(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 45 (wide47): an adjective's さい before どう (焦げくさい、どうしよ) is no 際 of a case supposed; the case
# itself (火事の際どうすれば) still is.
ROUND45_ADJECTIVE_SAI = [
    ("台所が焦げくさい、どうしよう、壁の中から煙が出てる", "119"),
    ("こげくさい どうしよう へやに けむりが たまってる", "119"),
    ("火事の際どうすればいいのか、家族で決めておきたいです", "none"),
]


def test_round45_adjective_sai_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND45_ADJECTIVE_SAI)


@pytest.mark.parametrize(("text", "number"), ROUND45_ADJECTIVE_SAI)
def test_round45_an_adjectives_sai_is_no_case(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 20: "looked away, and nowhere to be found" (目を離したら、どこにもいない) is no "what if ... where" question;
# a question of where to go stays hypothetical.
ROUND_20_NOWHERE = [
    ("スーパーで3歳の息子から目を離したら、店のどこにもいません", "110"),
    ("買い物から戻ったら、認知症の母が家のどこにもいない", "110"),
    ("津波が来たらどこに逃げればいいですか", "disaster"),
    ("火事になったらどこにも逃げられないのでは", "none"),
]


def test_round_20_nowhere_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_20_NOWHERE)


@pytest.mark.parametrize(("text", "number"), ROUND_20_NOWHERE)
def test_round_20_nowhere(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), [("孫が熱中症にならない水分のとり方ってある?", "none"),
                                              ("部活のあと熱中症になったみたいで、呼んでも返事がない", "119")])
def test_how_not_to_become_so_is_a_what_if(text: str, number: str) -> None:
    # round 23 (the training writers' false alarms): prevention asked about, not an event
    assert_decides(text, number, now=DAY)


# Round 51: a doing told as the moment something happened (見てたら何かの虫に刺されて, 歩いてたら何かを踏んで) is no
# "what if ... what"; nor is where to be seen (どこにかかったらいい) - a question now. A case supposed stays one.
ROUND_51_NARRATED = [
    ("庭の草むしりしてたら何かに手を刺されて、腫れてきた", "#7119"),
    ("川で遊んでいたら何かを踏んで、足の裏がずきずきして腫れてきました", "#7119"),
    ("いぬに てを かまれて はれてきた どこに かかったら いいですか", "#7119"),
    ("もし子どもが蜂に刺されたら何をすればいいですか", "none"),
    ("蜂に刺されたらどうすればいいの", "none"),
]


def test_round_51_narrated_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ROUND_51_NARRATED)


@pytest.mark.parametrize(("text", "number"), ROUND_51_NARRATED)
def test_round_51_a_moment_narrated_is_no_what_if(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 51 (wide53, kana tellings): a way (〜かた) read from が before a word in た once voicing goes is no "how not to"
# - ぬけない ちが たくさん reads ないちかたくさん; real ways of prevention stay hypothetical. Tellings of my own.
@pytest.mark.parametrize(("text", "told"), [
    ("てが ぬけない ちが たくさん でてる", False),
    ("しらない ひとたちが たんすを はこんでる", False),
    ("うごけない あしが たたない", False),
    ("ころばない あるきかたを おしえて", True),
    ("つまらせない たべかたって ありますか", True),
    ("火事を出さない工夫を知りたい", True),
])
def test_a_way_read_from_ga_is_no_hypothetical(text: str, told: bool) -> None:
    text_views = views(text)
    assert hypothetical_told(text_views.devoiced, text_views.joined) is told


# Round 55: かもしれない / Tohoku かもしんね is "perhaps", not もし "if" (飲み込んだかもしれない。…痛がっても).
@pytest.mark.parametrize(("text", "supposed"), [
    ("もし火事になっても慌てないように", True),
    ("飲み込んだかもしれない。息は普通で痛がってもいない", False),
    ("転んだかもしんね、あとで痛くなったらどうすべ", True),
    ("骨折したかもしれません。歩いても痛みは変わらない", False),
])
def test_round55_perhaps_is_no_supposing(text: str, supposed: bool) -> None:
    text_views = views(text)
    assert hypothetical_told(text_views.devoiced, text_views.joined) is supposed


# Round 55: 備え is a preparation, お供え an offering at a grave (read おそなえ) - no case supposed.
@pytest.mark.parametrize(("text", "supposed"), [
    ("地震の備えで非常食を買いたい", True),
    ("隣の墓のお供えを誰かが持っていった", False),
    ("仏壇の供え物を片付けた", False),
])
def test_round55_an_offering_is_no_preparation(text: str, supposed: bool) -> None:
    text_views = views(text)
    assert hypothetical_told(text_views.devoiced, text_views.joined) is supposed
