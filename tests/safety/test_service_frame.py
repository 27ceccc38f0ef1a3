"""A service frame told in the message counts; one read only inside another word does not (車体の read たいの,
状態の read たいの, the te-form 曲がってきます read できます once devoiced)."""

from __future__ import annotations

from datetime import datetime

import pytest

from safety.normalize import cached_views
from safety.service_frame import service_frame
from tests.safety.helpers import DAY, assert_decides, assert_not_in_phrase_set


@pytest.mark.parametrize("text", [
    "包丁研ぎのサービスはありますか",
    "体育館は予約できますか",
    "粗大ごみの出し方を知りたいの",
    "煙突の掃除を頼みたいんです",
    "はちの す を とって ほしい",
    "利用出来ますか",
])
def test_a_told_frame_counts(text: str) -> None:
    assert service_frame(cached_views(text))


@pytest.mark.parametrize("text", [
    "トラクターが横倒しになって、車体の下から足だけが見えている",
    "意識がない状態の父を見つけた",
    "後ろの男の人が、角を曲がるたびに同じように曲がってきます",
    "川の水がどんどん増えてきます",
    "大体の人はもう逃げた",
])
def test_a_frame_read_inside_another_word_does_not_count(text: str) -> None:
    assert not service_frame(cached_views(text))


def test_a_read_inside_word_beside_a_told_frame_still_counts() -> None:
    assert service_frame(cached_views("車体の修理を頼みたいのですが、どこでできますか"))


@pytest.mark.parametrize("text", [
    "今、駅の前におりますが、知らない男の人がずっとついてきます",
    "声は出ますが、立てません",
])
def test_a_concessive_ga_is_no_question_ending(text: str) -> None:
    # devoiced, おりますが reads as おりますか: the frame counts only with the か the message wrote (round 35)
    assert not service_frame(cached_views(text))


def test_a_written_question_ending_still_counts() -> None:
    assert service_frame(cached_views("市役所は何時まで開いていますか"))


# Round 50 (wide51's skimmer told plain: 取り付けています。カード情報 read ますか): the views drop 。 and fold カ, so
# a sentence starting with か after one ending in ます read as a question. Tellings written for this test, several
# styles; the question ending must be written inside its sentence.
ACROSS_A_SENTENCE_END = [
    "いま駅前の自販機を知らない男がバールでこじ開けています。カメラを気にしながらやっています。",
    "知らない男が隣の家の窓を割っております。カーテンの陰から中を見ております。",
    "今さ、誰かが俺の車のドアこじ開けようとしてます！カギ穴いじってる",
    "知らねえ男が隣の家の窓こじ開げでます。からだ半分中さ入ってる",
    "いま しらない おとこが となりの まどを こじあけて います。かぎを こわそうと してます。",
]


@pytest.mark.parametrize("text", ACROSS_A_SENTENCE_END)
def test_a_question_ending_read_across_a_sentence_end_does_not_count(text: str) -> None:
    assert not service_frame(cached_views(text))


def test_a_question_ending_read_only_from_a_kanji_after_the_sentence_end_does_not_count() -> None:
    # 照らしております。懐中電灯: only the reading line (かいちゅう) holds ますか
    assert not service_frame(cached_views("若い男が空き家に入ろうとしております。懐中電灯で中を照らしております。"))


@pytest.mark.parametrize("text", [
    "修理はできますか。カードで払えますか。",
    "予約できますか。火曜日の午後です。",
    "来てもらえますか？家の前にいます",
    "粗大ごみは出せますか\nカーペットです",
])
def test_a_question_written_before_a_sentence_end_still_counts(text: str) -> None:
    assert service_frame(cached_views(text))


# Round 58 (wide60b, construction sites and road works): 解体 read かいたい is no wish to buy.
ROUND_58: list[tuple[str, str, datetime]] = [
    ("解体の現場で作業員が挟まって抜けない", "119", DAY),
]


def test_round_58_wordings_are_not_in_the_phrase_set() -> None:
    assert_not_in_phrase_set([(text, number) for text, number, _ in ROUND_58])


@pytest.mark.parametrize(("text", "number", "now"), ROUND_58)
def test_round_58_a_demolition_is_no_wish_to_buy(text: str, number: str, now: datetime) -> None:
    assert_decides(text, number, now=now)
