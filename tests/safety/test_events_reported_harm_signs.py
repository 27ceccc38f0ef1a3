"""Harm reported for the police (:mod:`safety.events_reported_harm_signs`; round 48, kinds earlier rounds left
alone), on tellings written for these tests in several styles, not phrases of the set: a bullied child taken to the
police as a consultation (#9110; a beating going on now stays 110), a suicide pact pressed on someone (110; #9110
when the one pressed has not met the sender yet), a practitioner's groping told afterwards (#9110). A talk on
bullying, a film of a pact, and a treatment that helped are not."""

from __future__ import annotations

import pytest

from safety.detect import find
from safety.normalize import views
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

BULLYING = [
    ("娘がクラスでいじめられていて、物を隠されたり叩かれたりしています。警察に相談できますか", "#9110"),
    ("うちの子、同級生にいじめられて金取られてるっぽい。警察って相談乗ってくれる？", "#9110"),
    ("孫が学校でいじめに遭うておりまして、警察に相談したほうがよいものでしょうか", "#9110"),
    ("わらす学校でいじめられで、叩がれだり金取られだりしてるみでえだ。警察さ相談してえ", "#9110"),
    ("むすこ がっこうで いじめられて なぐられてる けいさつに そうだんしたい", "#9110"),
    ("えーと 息子が いじめられてて あの 殴られたりしてて 警察に 相談 したいんですけど", "#9110"),
    # not a consultation: a beating now, a talk on bullying
    ("今、息子が同級生に囲まれて殴られてる", "110"),
    ("いじめ防止の講演会を学校で開きたいので警察の方に来てもらえますか", "none"),
]

SUICIDE_PACTS = [
    ("息子のSNSに一緒に死のうってメッセージが届いていました", "110"),
    ("娘のスマホに知らない人から「一緒に死のう」ってDMが何度も来てる", "110"),
    ("中学生の娘が、ネットで知り合った人から一緒に死のうと誘われているみたいです", "110"),
    ("孫の携帯さ、一緒に死ぬべって知らね人から来てんだ", "110"),
    ("むすめの スマホに いっしょに しのうって メッセージが きてる", "110"),
    ("高校生の息子が、ゲームで知り合った人から心中しようと誘われていたようでして、まだ会ってはいないそうです", "#9110"),
    # (会おうとか is no 嘔吐, おうと: round 48)
    ("娘に知らない人から、会おうとか一緒に死のうとかメッセージが来てて、娘はまだ会ってないって", "#9110"),
    # not pressed on anyone: a film
    ("一緒に死のうと言う恋人の映画を見た", "none"),
]

GROPED_IN_TREATMENT = [
    ("整体の先生が体を触ってくるのが気持ち悪い", "#9110"),
    ("整体に行ったら先生が胸を触ってきた、どうしたら", "#9110"),
    ("マッサージ店で施術中にお尻を触られました。どこに相談すれば", "#9110"),
    ("せっこついんの せんせいが へんなところを さわってくる", "#9110"),
    ("整骨院の先生さ、腰でねえとこまで触られで、気持ち悪いんだ", "#9110"),
    # a treatment, not groping
    ("整体の先生に腰を触ってもらったら楽になった", "none"),
    ("マッサージの予約をしたいのですが、料金はいくらですか", "none"),
]


def test_reported_harm_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BULLYING + SUICIDE_PACTS + GROPED_IN_TREATMENT)


@pytest.mark.parametrize(("text", "number"), BULLYING)
def test_a_bullied_child_taken_to_the_police_is_a_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), SUICIDE_PACTS)
def test_a_suicide_pact_pressed_on_someone_is_for_the_police(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), GROPED_IN_TREATMENT)
def test_a_practitioners_groping_is_a_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 55: signs of bullying told without the word police - a child's school things damaged or hidden with the
# child not wanting to go, or bullying with money taken - are for the consultation line (#9110); a beating now stays
# 110; a school's art show or a lost shoe to buy again stays quiet.
BULLYING_SIGNS_TOLD = [
    ("息子が今、同級生に囲まれて殴られてる、お金取られてる", "110"),
    ("息子の教科書が破られてたり、上履きが隠されたりしてる。最近学校に行きたくないって言う", "#9110"),
    ("むすこの くつが かくされたり ノートに らくがき されたり してる。 がっこう いきたくないって", "#9110"),
    ("孫が学校でいじめられてるみたいで、毎日お金を取られてるらしい", "#9110"),
    ("孫のランドセル、切り裂かれてたんだ。学校さ行きたぐねえって泣いでる", "#9110"),
]
NO_BULLYING_SIGNS = [
    ("学校の文化祭で落書きアートの展示があった", "none"),
    ("息子が学校で上履きをなくしてきた、買い直したい", "none"),
]


def test_round55_bullying_sign_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(BULLYING_SIGNS_TOLD + NO_BULLYING_SIGNS)


@pytest.mark.parametrize(("text", "number"), BULLYING_SIGNS_TOLD)
def test_round55_signs_of_bullying_go_to_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize(("text", "number"), NO_BULLYING_SIGNS)
def test_round55_a_school_event_or_a_lost_shoe_is_no_bullying(text: str, number: str) -> None:
    assert "bullying_signs" not in find(views(text)).events
    assert_decides(text, number, now=DAY)
