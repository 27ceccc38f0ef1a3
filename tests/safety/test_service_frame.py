"""A service frame told in the message counts; one read only inside another word does not (車体の read たいの,
状態の read たいの, the te-form 曲がってきます read できます once devoiced)."""

from __future__ import annotations

import pytest

from safety.normalize import cached_views
from safety.service_frame import service_frame


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
