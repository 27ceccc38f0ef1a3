"""Money taken by a trick told by the scene (:mod:`safety.events_swindle_signs`; round 43's wide45, wide45b and
wide45c kinds, gathered in round 44), on tellings written for these tests in several styles, not phrases of the set:
someone on the phone at a cash machine working it as told (110), a contract switched by a phone or door salesman, a
service from a flyer or an ad that asked a huge sum (188). A notice at a cash machine, a contract one switches oneself
and a cheap service are not."""

from __future__ import annotations

import pytest

from safety.events_swindle_signs import CONTRACT_SWITCHED
from safety.normalize import views
from safety.vocabulary import compile_folded
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

CASES = [
    # 110: on the phone at a cash machine, working it as told
    ("コンビニのATMで、おじいさんが電話で誰かに言われるままボタンを押してる。止めた方がいい？", "110"),
    ("銀行のATMさ、ばあちゃんが電話しながら振り込みの画面いじってんだ、だれがに指示されでるみでえ", "110"),
    ("えーてぃーえむで けいたいで はなしながら ふりこみ してる おばあさんが いる", "110"),
    # 188: a contract switched by phone
    ("でんわで けいやくを かえられて りょうきんが あがった。もとに もどしたい", "188"),
    ("訪問販売の人に電気の契約を切り替えられて、請求が高くなった", "188"),
    ("電話で光回線の会社ば変えられで、料金高ぐなったっちゃ", "188"),
    # 188: a service from a flyer or an ad, then a huge sum
    ("ポストのチラシの水道屋さんを呼んだら、十五万円と言われました", "188"),
    ("ねっとで みつけた かぎやさんを よんだら さんじゅうまんえん せいきゅう された", "188"),
    ("チラシの業者さ頼んだっけ、排水管の掃除で二十万取られだ", "188"),
    # not these: a notice, a contract switched by oneself, a cheap service
    ("ATMで電話しながら操作しないでくださいという貼り紙を見ました", "none"),
    ("プロバイダの契約を自分で変えたいんだけど手続きは？", "none"),
    ("チラシの業者を呼んだら三千円で安かったです", "none"),
]


def test_own_tellings_are_not_phrases_of_the_set() -> None:
    assert_not_in_phrase_set(CASES)


@pytest.mark.parametrize(("text", "number"), CASES)
def test_a_swindle_is_decided_by_the_scene(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


def test_a_contract_switched_in_tohoku_speech() -> None:
    assert compile_folded(CONTRACT_SWITCHED).search(views("ネットの会社変えらせられだ").devoiced)


# Round 48 (wide48b: 「警察の者ですが、詐欺の被害防止で…」と訪ねてくる人…本物の警察がそういうことをするのでしょうか
# read none): whether the real police or bank would do such a thing is a question an impostor raises (#9110); an
# impostor at the door now stays 110, and a real officer's patrol is nothing.
REAL_ONE_ASKED = [
    ("本物の警察もキャッシュカード預かったりするの？近所に来たって聞いて", "#9110"),
    ("ほんものの けいさつも キャッシュカード あずかりに くるの？", "#9110"),
    ("「銀行協会の者です、通帳を確認します」と来た人がいたそうで、本物の銀行がそんなことをしますか", "#9110"),
    ("本物の刑事さんが暗証番号を聞いてくるなんてこと、あるんだべか", "#9110"),
    ("今、警察を名乗る男が玄関に来て、キャッシュカードを出せと言っています", "110"),
    ("本物の警察官がパトロールに来てくれて安心しました", "none"),
]


def test_real_one_asked_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(REAL_ONE_ASKED)


@pytest.mark.parametrize(("text", "number"), REAL_ONE_ASKED)
def test_whether_the_real_police_would_do_it_is_a_consultation(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# Round 49: a visitor or a caller asking where the bankbook, the cash or the seal is kept (除雪ボランティアだと言って
# 来た若い人に、通帳のしまい場所を聞かれまして; blind49b, read none) is the police consultation line; a bank clerk's
# advice and one's own forgetting stay quiet.
VALUABLES_ASKED = [
    ("雪かきを手伝うって来た男に、通帳どこさしまってっかって聞がれだ。なんだが気味悪い", "#9110"),
    ("市の職員を名乗る人が来て、現金はどこに置いてあるかしつこく聞かれた。今は帰った", "#9110"),
    ("きのう ぼらんてぃあ って ひとが きて つうちょうの しまいばしょ きかれた", "#9110"),
    ("知らない業者に印鑑の置き場所を聞かれたんですけど、教えなかったです", "#9110"),
    ("通帳の保管場所はどこがいいか銀行の窓口で聞かれた", "none"),
    ("通帳のしまい場所を忘れた", "none"),
]


def test_valuables_asked_cases_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(VALUABLES_ASKED)


@pytest.mark.parametrize(("text", "number"), VALUABLES_ASKED)
def test_asked_where_valuables_are_kept_is_the_consultation_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


# a message asking for an account or a card to be entered again (round 54, wide56b)
ACCOUNT_ASKED_AGAIN = [
    ("銀行を名乗るメールで、暗証番号を再入力するように書いてありました。詐欺ですか", "#9110"),
    ("かーどがいしゃから ぱすわーどを もういちど にゅうりょく して って えすえむえす きた さぎ？", "#9110"),
    ("役場からって口座を登録し直せってショートメール来たげんと、本当だべか", "#9110"),
    ("銀行の窓口で給与の口座を登録し直しました", "none"),
]


def test_account_asked_again_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(ACCOUNT_ASKED_AGAIN)


@pytest.mark.parametrize(("text", "number"), ACCOUNT_ASKED_AGAIN)
def test_account_asked_again_round54(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
