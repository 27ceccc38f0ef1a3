""":mod:`safety.events_pressed_and_charged_signs`: demands, smears and charges told for advice (round 46, blind47a/b
and wide48) - a message threatening arrest unless paid, an extortion mail, smear leaflets, a payment code covered by
another sticker, someone met online pressing for one's address (#9110); a cancellation charged in full, a fake site
paid, something broken by a service firm that will not own it, a shop gone with the money (188)."""

from __future__ import annotations

import pytest

from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set

# Tellings of each kind written for this test (plain, casual, senior, tohoku, kana).
CASES = [
    ("未払いの税金を今日中に納付しないと逮捕されますってメールが届きました、本当ですか", "#9110"),
    ("はがきで ばっきんを はらわなければ たいほすると かいてあります", "#9110"),
    ("携帯に「罰金払わねえと逮捕」ってSMS来だんだけど、ほんとだべか", "#9110"),
    ("会社に、顧客情報を公開されたくなければビットコインで送金しろという脅しのメールが来ました", "#9110"),
    ("ネットの知らない人から 写真ばらまかれたくなければ 一週間以内に振り込めって メッセージが来た", "#9110"),
    ("主人のことを中傷するチラシが町内のあちこちに貼られております。どこに相談したらよいのでしょう", "#9110"),
    ("うちの店の悪口書いた紙が近所のポストに入れられてるらしい", "#9110"),
    ("レジ横のQRコードの上に違うシールが重ねて貼ってあって、売上が入ってなかった", "#9110"),
    ("娘がSNSで知り合った男の人に学校の写真送ってって何回も言われてるみたい", "#9110"),
    ("むすこが オンラインゲームで しりあった ひとに じゅうしょを おしえてと きかれた", "#9110"),
    ("旅館の予約を十日前に取り消したら、半額をキャンセル料として引き落とされました", "188"),
    ("ホテル キャンセルしたら 全額 請求された 3日前なのに", "188"),
    ("ネットで買ったつもりが偽の通販サイトで、お金だけ払って何も届きません", "188"),
    ("網戸の修理を頼んだら窓枠を傷つけられたのに、業者は最初からだと言って認めません", "188"),
    ("内金を入れておいた工務店が倒産したらしく、連絡がつきません", "188"),
]
# Look-alikes: a question about a fee or a payment, a warning, a repair wanted, a friend met in a game, a drama.
QUIET = [
    "キャンセル料はいくらかかりますか",
    "偽サイトに気をつけましょうという回覧板が来ました",
    "エアコンが壊れたので修理業者を呼びたいです",
    "駐車違反の反則金はどこで払えばいいですか",
    "ゲームで知り合った友達と明日遊びます",
    "QRコード決済のやり方を教えてください",
    "中傷ビラを配るのは犯罪ですか、ドラマで見ました",
    "閉店セールでお金を払ってきました",
]


def test_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(CASES + [(text, "none") for text in QUIET])


@pytest.mark.parametrize(("text", "number"), CASES)
def test_decides(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(text: str) -> None:
    assert_decides(text, "none", now=DAY)


# Round 51 (wide53): a landlord who will not repair, a removal firm calling its crack old damage - the consumer line.
TENANCY_CASES = [
    ("エアコンが壊れて一か月、管理会社に何度言っても修理してくれません", "188"),
    ("やぬしさんに といれが こわれたって いっても じぶんで なおせって", "188"),
    ("大家さ言ったら、網戸は自腹で直せって言われだんだけど", "188"),
    ("引越し業者さんに運んでもらった食器棚のガラスが割れていて、最初からだと言われ弁償してもらえません", "188"),
]
TENANCY_LOOK_ALIKES = [
    ("大家さんがすぐに給湯器を直してくれて助かりました", "none"),
    ("大家族なので、引っ越し屋さんの見積もりを比べたいです", "none"),
]


def test_round51_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set(TENANCY_CASES + TENANCY_LOOK_ALIKES)


@pytest.mark.parametrize(("text", "number"), TENANCY_CASES + TENANCY_LOOK_ALIKES)
def test_a_repair_refused_or_a_breakage_disowned_is_the_consumer_line(text: str, number: str) -> None:
    assert_decides(text, number, now=DAY)
