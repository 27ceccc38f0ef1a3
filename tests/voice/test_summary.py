"""Short spoken answers (pure logic)."""

from __future__ import annotations

from voice.summary import ASK_MORE, spoken_answer

ANSWER = (
    "燃やせるごみは週に二回収集します。朝8時30分までに出してください。"
    "大型ごみは申し込みが必要です。お問い合わせは環境保全課 0229-23-5091 へ。"
)


def test_long_answer_is_cut_keeps_the_phone_and_offers_more() -> None:
    short = spoken_answer(ANSWER, max_sentences=2, max_chars=120)
    assert short.spoken[:2] == ["燃やせるごみは週に二回収集します。", "朝8時30分までに出してください。"]
    assert short.spoken[2] == "お問い合わせの電話番号は、0229-23-5091です。"
    assert short.spoken[-1] == ASK_MORE
    assert short.has_more and short.rest[0] == "大型ごみは申し込みが必要です。"


def test_short_answer_is_spoken_whole() -> None:
    short = spoken_answer("はい、大丈夫です。", max_sentences=2)
    assert short.text == "はい、大丈夫です。" and not short.has_more


def test_dial_numbers_count_as_the_phone() -> None:
    short = spoken_answer("一つ目です。二つ目です。三つ目です。お問い合わせは環境保全課、電話0229236075です。")
    assert short.spoken[-2:] == ["お問い合わせの電話番号は、0229236075です。", ASK_MORE]


def test_character_limit_and_links() -> None:
    short = spoken_answer("あ" * 100 + "。" + "い" * 100 + "。", max_sentences=5, max_chars=120)
    assert len(short.spoken) == 2 and short.spoken[-1] == ASK_MORE
    linked = spoken_answer("詳しくは https://x.jp/ をご覧ください。", max_sentences=2)
    assert "http" not in linked.text
