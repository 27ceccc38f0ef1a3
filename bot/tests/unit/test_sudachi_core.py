"""Sudachi segmentation: offsets always index the original text, lemmas are normalized."""

from __future__ import annotations

import pytest

from bot.components.sudachi_core import Span, SudachiSegmenter, chunk_bounds, normalize_lemma, select_spans


@pytest.fixture(scope="module")
def segmenter() -> SudachiSegmenter:
    return SudachiSegmenter("C")


@pytest.mark.parametrize("text", [
    "住民票を取りたいんだけど、どこさ行けばいいんだべ？",
    "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ　の更新",
    "ＡＢＣ１２３ですぅ  ごみ",
    "すみません、がいとうがきえてるっぺ",
    "道路に穴😱があいてる!!",
    "  前後に空白  ",
])
def test_offsets_point_into_the_original_text(segmenter: SudachiSegmenter, text: str) -> None:
    spans = segmenter.spans(text)
    assert spans
    for span in spans:
        assert text[span.start:span.end] == span.text
    starts = [s.start for s in spans]
    assert starts == sorted(starts)


def test_lemmas_are_normalized(segmenter: SudachiSegmenter) -> None:
    spans = {s.text: s.lemma for s in segmenter.spans("ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞを取りたい")}
    assert spans["ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ"] == "マイナンバーカード"
    assert spans["取り"] == "取る"
    assert {s.lemma for s in segmenter.spans("ＡＢＣ")} == {"abc"}


def test_whitespace_and_punctuation_are_dropped(segmenter: SudachiSegmenter) -> None:
    texts = [s.text for s in segmenter.spans("はい、 お願いします。")]
    assert "、" not in texts and "。" not in texts and " " not in texts


def test_punctuation_only_text_keeps_its_tokens(segmenter: SudachiSegmenter) -> None:
    assert [s.text for s in segmenter.spans("？！")] != []
    assert segmenter.spans("") == []
    assert segmenter.spans("   ") == []


def test_mode_a_splits_compounds() -> None:
    assert len(SudachiSegmenter("A").spans("国民健康保険")) > len(SudachiSegmenter("C").spans("国民健康保険"))


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError):
        SudachiSegmenter("D")


def test_long_text_is_chunked_with_valid_offsets(segmenter: SudachiSegmenter) -> None:
    text = "道路に穴があいています。" * 2000  # 24,000 characters, over Sudachi's input limit
    spans = segmenter.spans(text)
    assert spans[-1].end == len(text) - 1  # the final "。" is dropped as punctuation
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_chunk_bounds() -> None:
    assert chunk_bounds("") == []
    assert chunk_bounds("abc", 10) == [(0, 3)]
    assert chunk_bounds("ab。cd。ef", 4) == [(0, 3), (3, 6), (6, 8)]
    assert chunk_bounds("abcdefgh", 3) == [(0, 3), (3, 6), (6, 8)]
    with pytest.raises(ValueError):
        chunk_bounds("abc", 0)


def test_select_spans_and_normalize_lemma() -> None:
    spans = [Span(" ", 0, 1, " ", "空白"), Span("、", 1, 2, "、", "補助記号"), Span("穴", 2, 3, "穴", "名詞")]
    assert [s.text for s in select_spans(spans)] == ["穴"]
    assert [s.text for s in select_spans(spans, keep_punctuation=True)] == ["、", "穴"]
    assert normalize_lemma("ＡＢＣ") == "abc"
