"""gate_feature_support: the candidate gate features read from the channels and the re-ranker's order."""

from __future__ import annotations

import math

import pytest

from bench.gate_feature_support import (
    agreement,
    lead_over_others,
    need,
    own_margin,
    question_nouns_missing,
    shape,
    wide_values,
)
from knowledge.features import ChannelScores, QueryFacts


def scores(doc: int, dense: float, morph: float, reading: float, question_dense: float) -> ChannelScores:
    return ChannelScores(doc, 0.0, dense, morph, reading, question_dense=question_dense)


def test_lead_is_positive_only_when_the_channel_puts_the_entry_first() -> None:
    assert lead_over_others([0.9, 0.5, 0.7], 0) == pytest.approx(0.2)
    assert lead_over_others([0.5, 0.9, 0.7], 0) == pytest.approx(-0.4)
    assert lead_over_others([0.5], 0) == 0.0


def test_own_margin_is_the_channels_first_minus_second() -> None:
    assert own_margin([0.3, 0.8, 0.6]) == pytest.approx(0.2)
    assert own_margin([0.4]) == 0.0


def test_agreement_counts_the_channels_that_rank_the_first_answer_first() -> None:
    candidates = [scores(0, 0.9, 0.2, 0.5, 0.8), scores(1, 0.5, 0.7, 0.4, 0.3), scores(2, 0.1, 0.1, 0.9, 0.1)]
    count, second = agreement(candidates, [0, 1, 2])
    assert count == 2.0  # dense and question_dense; morph prefers 1, reading 2
    assert second == 1.0  # the second answer is morph's first
    count, second = agreement(candidates, [2, 0, 1])
    assert (count, second) == (1.0, 1.0)


def test_need_reads_what_is_asked_and_what_the_entry_gives() -> None:
    asked, given, same = need("粗大ごみの手数料はいくらですか", frozenset({"price"}), "粗大ごみの手数料はいくらですか")
    assert (asked, given, same) == (1.0, 1.0, 1.0)
    asked, given, same = need("土曜日は何時までですか", frozenset({"where"}), "証明書はどこで取れますか")
    assert (asked, given, same) == (1.0, 0.0, 0.0)
    assert need("児童手当について", frozenset(), "児童手当とは")[0] == 0.0


def test_shape_reads_length_sentences_and_the_rankers_spread() -> None:
    log_chars, sentences, spaces, asking, entropy, top3 = shape("ごみの日は？ 教えて。", [0.5, 0.5])
    assert log_chars == pytest.approx(math.log1p(11))
    assert (sentences, spaces, asking) == (2.0, 1.0, 0.0)
    assert shape("ごみの日はいつですか", [1.0])[3] == 1.0
    assert entropy == pytest.approx(math.log(2))
    assert top3 == pytest.approx(1.0)


def test_wide_values_read_the_value_asked_in_kana_too() -> None:
    assert wide_values("ほいくえんの えんちょうほいく なんじまで") == ("date",)
    assert wide_values("かそうばの りょうきん") == ("amount",)
    assert wide_values("保育所の延長保育は何時までですか") == ("date",)
    assert wide_values("ひなんじょは どこですか") == ()  # 避難所, not 何時


def test_question_nouns_missing_weighs_the_nouns_the_entrys_question_lacks() -> None:
    query = QueryFacts(terms=("自治会", "入る", "近所"), idf=(3.0, 1.0, 1.0), unknown_idf=6.0,
                       known=(True, True, True), reading_grams=frozenset(), types=(), kana=False, long=False,
                       nouns=(True, False, True))
    share, largest = question_nouns_missing(query, frozenset({"防犯灯", "近所"}))
    assert share == pytest.approx(3.0 / 4.0)
    assert largest == pytest.approx(0.5)
    assert question_nouns_missing(query, frozenset({"自治会", "近所"})) == (0.0, 0.0)
