"""The consultation cue (:mod:`safety.vocabulary_consulting`, split from safety.vocabulary in round 31): the caller's
claim asked about (本当に息子でしょうか) is a matter to consult about, not a claim believed."""

from __future__ import annotations

import pytest

from safety.normalize import views
from safety.vocabulary_consulting import CONSULTING


@pytest.mark.parametrize("text", [
    "本当に息子でしょうか", "本当に市役所の人なのか", "ほんとうに警察だべか", "詐欺だったのでしょうか",
    "相談したいです",
])
def test_asked_about(text: str) -> None:
    assert CONSULTING.search(views(text).devoiced) is not None


@pytest.mark.parametrize("text", ["本当に助かりました", "心配ないです", "本当にありがとうございます",
                                  "もう帰ってきたから心配いらねえ", "心配いらんよ"])  # (round 52, blind53b: dialect)
def test_not_asked_about(text: str) -> None:
    assert CONSULTING.search(views(text).devoiced) is None
