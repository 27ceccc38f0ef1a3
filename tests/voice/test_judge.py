"""The intelligibility judge: character error rate on katakana readings, blind to kanji/kana spelling."""

from __future__ import annotations

import pytest

from voice.judge import reading, reading_cer


def test_reading_is_katakana_without_marks() -> None:
    assert reading("元気です。") == "ゲンキデス"


@pytest.mark.parametrize(("meant", "heard"), [("ごみ", "ゴミ"), ("元気です", "げんきです"), ("はい。", "はい")])
def test_spelling_differences_are_not_errors(meant: str, heard: str) -> None:
    assert reading_cer(meant, heard) == 0.0


def test_error_rate_is_edits_over_the_meant_reading() -> None:
    assert reading_cer("元気です", "げんきれす") == pytest.approx(1 / 5)
    assert reading_cer("はい", "") == 1.0


def test_nothing_meant_is_perfect_only_when_nothing_was_heard() -> None:
    assert reading_cer("。", "") == 0.0 and reading_cer("。", "はい") == 1.0
