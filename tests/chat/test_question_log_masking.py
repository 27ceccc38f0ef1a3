"""chat.masking: personal data is replaced before a question is stored; ordinary questions stay readable."""

from __future__ import annotations

import pytest

from chat.masking import (
    ADDRESS_LABEL,
    EMAIL_LABEL,
    NAME_LABEL,
    NUMBER_LABEL,
    PHONE_LABEL,
    mask_addresses,
    mask_emails,
    mask_names,
    mask_numbers,
    mask_personal_data,
    search_text,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("電話番号は0229-23-5091です", f"電話番号は{PHONE_LABEL}です"),
    ("090 1234 5678に電話ください", f"{PHONE_LABEL}に電話ください"),
    ("０９０ー１２３４ー５６７８", PHONE_LABEL),  # full-width digits and a long-vowel mark for the hyphen
    ("09012345678", PHONE_LABEL),
    ("0229(23)5091まで", f"{PHONE_LABEL}まで"),
    ("+81 90-1234-5678", PHONE_LABEL),
    ("23-5091に折り返して", f"{PHONE_LABEL}に折り返して"),
])
def test_phone_numbers(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("マイナンバーは123456789012です", f"マイナンバーは{NUMBER_LABEL}です"),
    ("1234 5678 9012", NUMBER_LABEL),
    ("1234-5678-9012の通知カード", f"{NUMBER_LABEL}の通知カード"),
    ("被保険者番号12345678を忘れました", f"被保険者番号{NUMBER_LABEL}を忘れました"),
    ("口座番号は1234567", f"口座番号は{NUMBER_LABEL}"),
    ("受付番号 R-2026-000123 はどうなりましたか", f"受付番号 R-{NUMBER_LABEL} はどうなりましたか"),
])
def test_numbers_that_look_like_ids(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("大崎市古川七日町1-1に住んでいます", f"{ADDRESS_LABEL}に住んでいます"),
    ("古川七日町1番地の者です", f"{ADDRESS_LABEL}の者です"),
    ("古川駅前大通一丁目3番5号", ADDRESS_LABEL),
    ("岩出山字上川原10番地の2です", f"{ADDRESS_LABEL}です"),
    ("鹿島台広長字町頭1-3", ADDRESS_LABEL),
    ("三本木1丁目の公園", f"{ADDRESS_LABEL}の公園"),
    ("123番地です", f"{ADDRESS_LABEL}です"),
    ("5番3号", ADDRESS_LABEL),
    ("〒989-6188 大崎市", f"{ADDRESS_LABEL} 大崎市"),
])
def test_addresses(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("佐藤さんに聞きました", f"{NAME_LABEL}さんに聞きました"),
    ("田中太郎様へ", f"{NAME_LABEL}様へ"),
    ("山田 花子さん", f"{NAME_LABEL}さん"),
    ("タナカさんの家", f"{NAME_LABEL}さんの家"),
    ("市民課の佐藤さん", f"市民課の{NAME_LABEL}さん"),
    ("ゆうくんの保育園", f"{NAME_LABEL}くんの保育園"),
    ("近所のさとうさんが", f"近所の{NAME_LABEL}さんが"),
    ("はなちゃんの予防接種", f"{NAME_LABEL}ちゃんの予防接種"),
    ("名前は山田太郎です", f"名前は{NAME_LABEL}です"),
    ("私は佐藤と申します", f"私は{NAME_LABEL}と申します"),
])
def test_names(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


@pytest.mark.parametrize("text", [
    "皆さん", "お客様", "お母さん", "おばあちゃん", "赤ちゃんの健診", "お医者さんに行く", "民生委員さん", "職員さん",
    "神様", "ヘルパーさん", "お隣さん", "担当者様",
])
def test_common_words_before_an_honorific_stay(text: str) -> None:
    assert mask_personal_data(text) == text


@pytest.mark.parametrize("text", [
    "紙おむつがたくさん出ます", "しゅっさんいくじいちじきん いくら", "こていしさんぜいを こんびにで はらいたい",
    "子どもが大学で東京行くんだけど", "けいさんがあわない", "母の様子がおかしい", "ひなんくんれん いつ",
    "大工さんに頼みたい", "葬儀屋さんに言われた", "引っ越し屋さん おすすめ", "獣医さんは夜もやってる?",
    "保健師さんに相談したい", "じっちゃんが倒れた", "とうちゃんの保険証",
])
def test_honorific_letters_inside_a_word_stay(text: str) -> None:
    assert mask_personal_data(text) == text


@pytest.mark.parametrize("text", [
    "さとうさんの家", "太郎くんの保育園", "孫の小川ちゃんが熱を出した", "そうたくんの保育園", "孫のそうたちゃんと",
    "近所の我妻さんに聞いた", "ゆいちゃんです",
])
def test_names_the_analyser_reads_as_words_are_still_masked(text: str) -> None:
    assert NAME_LABEL in mask_personal_data(text)


@pytest.mark.parametrize("text", [
    "住民票はどこで取れますか", "ごみの日を教えて", "2026-11-30に行きます", "11月30日は開いていますか", "1,000円ですか",
    "100000円かかりますか", "119番に電話", "#7119", "10時から17時まで", "3人で行きます", "2026年の予定", "城下町3つ",
    "マイナンバーカードの更新", "児童手当はいくらですか",
])
def test_ordinary_questions_stay(text: str) -> None:
    assert mask_personal_data(text) == text


def test_emails() -> None:
    assert mask_personal_data("メールはtaro.sato@example.jp です") == f"メールは{EMAIL_LABEL} です"
    assert mask_emails("a@b.co と c.d+e@f-g.example.com") == f"{EMAIL_LABEL} と {EMAIL_LABEL}"


def test_each_step_alone() -> None:
    assert mask_addresses("七日町1-1") == ADDRESS_LABEL
    assert mask_numbers("0229-23-5091") == PHONE_LABEL
    assert mask_numbers("12345") == "12345"
    assert mask_names("佐藤さん") == f"{NAME_LABEL}さん"


def test_everything_in_one_message_and_masking_twice_changes_nothing() -> None:
    text = ("古川の佐藤花子さん(090-1234-5678、大崎市古川七日町1-1、hanako@example.jp)の"
            "マイナンバー123456789012について")
    masked = mask_personal_data(text)
    assert masked == (f"古川の{NAME_LABEL}さん({PHONE_LABEL}、{ADDRESS_LABEL}、{EMAIL_LABEL})の"
                      f"マイナンバー{NUMBER_LABEL}について")
    assert mask_personal_data(masked) == masked
    for secret in ("佐藤", "花子", "090", "1234", "七日町", "hanako", "123456789012"):
        assert secret not in masked


def test_the_search_sees_the_question_without_personal_data() -> None:
    assert search_text("  住民票の写しはどこで取れますか。電話は090-1234-5678です ") == \
        "住民票の写しはどこで取れますか。電話は【電話番号】です"
    assert search_text("燃やせるごみの収集日はいつですか") == "燃やせるごみの収集日はいつですか"
