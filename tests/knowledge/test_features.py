"""Re-ranker and gate features (pure logic, synthetic facts)."""

from __future__ import annotations

import pytest

from knowledge.features import (
    GATE_FEATURES,
    RANK_FEATURES,
    ChannelScores,
    EntryFacts,
    QueryFacts,
    answer_content,
    gate_features,
    question_types,
    rank_features,
    variant_agreement,
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ごみの収集日はいつですか", ("when",)),
        ("戸籍謄本はいくらですか", ("price",)),
        ("避難所はどこにありますか", ("where",)),
        ("印鑑登録に何が必要ですか", ("documents",)),
        ("住民票", ()),
    ],
)
def test_question_types(query: str, expected: tuple[str, ...]) -> None:
    assert question_types(query) == expected


def test_answer_content() -> None:
    assert answer_content("手数料は1通300円です。") >= {"price"}
    assert "when" in answer_content("毎週木曜日は午後7時まで開いています。")
    assert "price" not in answer_content("図書館で本を借りられます。")


def facts(question: set[str], text: set[str], category: str, content: frozenset[str] = frozenset()) -> EntryFacts:
    return EntryFacts(frozenset(question), frozenset(text | question), frozenset({"ゴミ", "ミノ"}), content, category)


QUERY = QueryFacts(terms=("ごみ", "日"), idf=(2.0, 1.0), unknown_idf=6.0, known=(True, True),
                   reading_grams=frozenset({"ゴミ", "ミノ", "ノヒ"}), types=("when",), kana=False, long=False)
ENTRIES = [
    facts({"ごみ", "収集", "日"}, {"曜日"}, "ごみ", frozenset({"when"})),
    facts({"図書館", "開館"}, {"時間"}, "教育", frozenset({"when"})),
    facts({"ごみ", "袋"}, {"販売"}, "ごみ"),
]
CANDS = [ChannelScores(0, 0.6, 0.5, 0.7, 0.4), ChannelScores(1, 0.4, 0.45, 0.2, 0.1),
         ChannelScores(2, 0.3, 0.3, 0.4, 0.2)]


def test_rank_features_describe_each_candidate() -> None:
    rows = rank_features(QUERY, CANDS, ENTRIES)
    assert rows.shape == (3, len(RANK_FEATURES))
    named = [dict(zip(RANK_FEATURES, row, strict=True)) for row in rows]
    assert named[0]["question_match"] == pytest.approx(1.0)  # both query terms in the question
    assert named[1]["question_match"] == 0.0 and named[1]["unmatched"] == pytest.approx(1.0)
    assert named[0]["type_hit"] == 1.0 and named[2]["type_miss"] == 1.0  # asks "when"; entry 2 gives no date
    assert named[0]["margin"] == pytest.approx(0.2) and named[1]["margin"] < 0
    assert named[0]["lead_dense"] == 1.0 and named[1]["lead_dense"] == 0.0
    assert named[0]["category_share"] == pytest.approx(0.5)  # one of the two other voters is ごみ
    assert named[0]["reading_overlap"] == pytest.approx(2 / 3)


def test_gate_features_flag_words_the_corpus_does_not_know() -> None:
    query = QueryFacts(terms=("パスポート", "申請"), idf=(6.0, 2.0), unknown_idf=6.0, known=(False, True),
                       reading_grams=frozenset(), types=(), kana=False, long=False)
    rows = rank_features(query, CANDS[:1], ENTRIES)
    gate = dict(zip(GATE_FEATURES, gate_features(query, [0.9, 0.1], CANDS[0], ENTRIES[0], rows[0].tolist()),
                    strict=True))
    assert gate["unknown"] == pytest.approx(0.75)
    assert gate["top_missing_key"] == pytest.approx(1.0)  # the rarest word is not in the best entry
    assert gate["lead_p"] == pytest.approx(0.8)


def test_variant_agreement_counts_the_channels_that_put_the_answer_first() -> None:
    # Candidate 0 leads dense and morph; question-only cosine (0 everywhere) votes for nobody.
    assert variant_agreement(CANDS, 0) == pytest.approx(2 / 3)
    assert variant_agreement(CANDS, 1) == 0.0
    long_cands = [ChannelScores(0, 0.6, 0.5, 0.7, 0.4, need_dense=0.3, need_morph=0.9, question_dense=0.5),
                  ChannelScores(1, 0.4, 0.45, 0.2, 0.1, need_dense=0.6, need_morph=0.1, question_dense=0.4)]
    # A long telling adds its need's votes: dense, morph, question and need-morph agree, need-dense does not.
    assert variant_agreement(long_cands, 0) == pytest.approx(4 / 5)
    assert variant_agreement(long_cands, 1) == pytest.approx(1 / 5)


def test_gate_features_describe_how_sure_the_ranker_is() -> None:
    rows = rank_features(QUERY, CANDS, ENTRIES)
    sure = dict(zip(GATE_FEATURES, gate_features(QUERY, [0.9, 0.1], CANDS[0], ENTRIES[0], rows[0].tolist(),
                                                 top_logit=4.0, agreement=1.0), strict=True))
    torn = dict(zip(GATE_FEATURES, gate_features(QUERY, [0.5, 0.5], CANDS[0], ENTRIES[0], rows[0].tolist(),
                                                 top_logit=1.0, agreement=1 / 3), strict=True))
    assert sure["top_logit"] == 4.0 and sure["variant_agreement"] == 1.0
    assert sure["log_lead"] == pytest.approx(2.1972, abs=1e-4) and torn["log_lead"] == pytest.approx(0.0)
    assert sure["entropy"] < torn["entropy"] == pytest.approx(0.6931, abs=1e-4)
    assert sure["channel_agreement"] == 1.0  # candidate 0 leads the dense, morph and reading channels
    other = gate_features(QUERY, [0.5, 0.5], CANDS[1], ENTRIES[1], rows[1].tolist())
    assert dict(zip(GATE_FEATURES, other, strict=True))["channel_agreement"] == 0.0
