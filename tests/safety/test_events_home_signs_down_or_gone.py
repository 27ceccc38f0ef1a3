"""Round 39 (helper A53): someone down or gone, told indirectly - the held-out misses of the kind (blind25a-40b, rules
ablated, classifiers retrained per block). :mod:`safety.events_home_signs`: a person lying still for long, seen from
afar (``lying_still_long``), a foot seen inside where no one answers (``foot_seen_inside``), not back told humbly
(帰ってまいりません, ``missing_person``); :mod:`safety.events_field_signs`: a guess or a finding with たら no longer
holds back a person with dementia gone; :mod:`safety.vocabulary`: the people a care home looks after are persons
(入居者, 利用者), and いくら read in an age (三歳くらい) is no service frame."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from safety.patterns import rules
from safety.service_frame import service_frame
from safety.vocabulary import PERSON_CONTEXT, SERVICE
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set, phrase_set_texts

# held-out misses of the set (blind40b; each closed or unread before)
HELD_OUT = [
    ("仙台から実家の見守りカメラを見ています。母がソファの前の床にうつ伏せのまま、もう一時間同じ姿勢です。"
     "テレビだけがついています。", "119"),
    ("隣のじっちゃん、夕方からずっと犬が吠えでで、電気もつきっぱなしなのに呼んでも返事ねぇんだっちゃ。"
     "戸の隙間から見だら足っこ見えでる。", "119"),
    ("夕方から孫娘が帰ってまいりませんで、携帯にも出ず、塾にも来ていないと言われまして、どうしたらよいものか。", "110"),
    ("認知症の父が夜のうちに家を出たらしく、朝起きたらいません。裸足で出たようです。田尻の自宅です。", "110"),
    ("ぐるーぷほーむの しょくいんです にゅうきょしゃさんが ゆかで うごかなくて からだが つめたい", "119"),
]
# new tellings of the same kinds
NEW_DOWN_OR_GONE = [
    ("見守りカメラを見たら、父が廊下に仰向けのまま、もう二時間同じ姿勢です", "119"),
    ("向かいのおばあさん、呼んでも返事がなくて、カーテンの隙間から台所に足だけ見えています", "119"),
    ("父が朝から戻ってまいりませんで、電話にも出ないのでございます", "110"),
    ("認知症の母が、朝起きたらいなくなっていました。どこを探してもいません", "110"),
    ("祖母が台所で横向きのまま、朝からずっと同じ姿勢です", "119"),
]
# hard negatives: a person lying busy or resting, a pet, a posture on purpose, a trip, an empty house with lights on
QUIET = [
    "夫がソファで横になったまま、ずっと同じ姿勢でテレビを見てる",
    "うちの猫が床にうつ伏せのまま、一時間同じ姿勢で寝ています",
    "ヨガで仰向けのまま五分同じ姿勢を保つのがつらいです",
    "父がソファに横になったまま寝息を立てて、もう一時間同じ姿勢です",
    "息子がベッドに寝転んだまま、三時間もスマホでゲームをしている",
    "隣の家、昼も夜も電気がついたままですが、旅行で留守にしていると聞いています",
    "隣の家、電気がついたままで、窓から覗いたら猫の足が見えました",
    "うちの猫が昨日から帰ってまいりません",
    "息子は出張で来週まで帰ってまいりません",
    "主人は旅行に出ておりまして、あさってまで戻ってまいりません",
    "認知症の父が一人で出かけたら心配です",
    "赤ちゃんがうつぶせのまま朝までぐっすり寝ていました",
    "父がソファで横になったまま、朝からずっとテレビを見ています",
]
# ... and one of the set (blind40a) with a resident named
SET_QUIET = ["介護施設の避難訓練で、入居者が倒れた想定の救命講習をお願いしたいのですが、消防署に申し込めますか。"]


def rule_hit(name: str, text: str) -> bool:
    """Whether a rule named ``name`` matches ``text`` (its pattern only, no guard)."""
    v = views(text)
    return any(rule.pattern.search(v.joined if rule.voiced else v.devoiced) for rule in rules() if rule.name == name)


def test_the_cases_are_where_they_are_said_to_be() -> None:
    assert {text for text, _ in HELD_OUT} | set(SET_QUIET) <= phrase_set_texts()
    assert_not_in_phrase_set(NEW_DOWN_OR_GONE + [(text, "none") for text in QUIET])


@pytest.mark.parametrize(("text", "number"), HELD_OUT + NEW_DOWN_OR_GONE)
def test_someone_down_or_gone_told_indirectly_alarms(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", QUIET + SET_QUIET)
def test_someone_resting_busy_away_or_a_pet_stays_quiet(text: str) -> None:
    assert_decides(text, "none", now=DAY)
    assert not {"lying_still_long", "foot_seen_inside", "missing_person"} & find(views(text)).events.keys()


def test_the_rules_read_what_they_are_for() -> None:
    assert rule_hit("lying_still_long", HELD_OUT[0][0])
    assert "lying_still_long" in find(views(HELD_OUT[0][0])).events
    assert "foot_seen_inside" in find(views(HELD_OUT[1][0])).events
    # a foot seen with nothing said of no answer is no sign (children playing)
    assert "foot_seen_inside" not in find(views("窓から隣の子どもたちの足が見えて、楽しそうに遊んでいます")).events


def test_the_people_a_care_home_looks_after_are_persons() -> None:
    assert PERSON_CONTEXT.search(views("入居者さんが床で動かない").devoiced)
    assert PERSON_CONTEXT.search(views("りようしゃさんが").devoiced)


def test_ikura_at_the_end_of_kurai_is_no_service_frame() -> None:
    assert not service_frame(views("夜の公園のベンチで、三歳くらいの子がひとりで泣いています"), SERVICE)
    assert not service_frame(views("駅で小学生くらいの男の子が倒れました"), SERVICE)
    assert service_frame(views("目薬をさしたら目が開けられないくらいしみた"), SERVICE)  # a degree: still closed
    assert service_frame(views("この自転車はいくらですか"), SERVICE)
    assert service_frame(views("三歳くらいの子の自転車はいくらですか"), SERVICE)
