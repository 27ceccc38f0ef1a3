"""Transcripts and their n best: what the recognisers hand out and what is remembered for a later turn."""

from __future__ import annotations

from voice.stt import Hypothesis, RecentHypotheses, Transcript


def test_texts_are_the_hypotheses_or_the_text_alone() -> None:
    assert Transcript("住民票").texts == ["住民票"]
    heard = Transcript("住民表", hypotheses=[Hypothesis("住民表", -0.5), Hypothesis("住民票", -0.6)])
    assert heard.texts == ["住民表", "住民票"]


def test_recent_hypotheses_are_recalled_once_by_their_text() -> None:
    recent = RecentHypotheses(size=2)
    recent.remember(Transcript("鍵です", hypotheses=[Hypothesis("鍵です", -0.3), Hypothesis("火事です", -0.4)]))
    recent.remember(Transcript("住民票"))  # no hypotheses: nothing kept
    assert recent.recall(" 鍵です ") == ["鍵です", "火事です"]
    assert recent.recall("鍵です") == []  # forgotten once recalled
    assert recent.recall("住民票") == []


def test_recent_hypotheses_keep_the_newest_only() -> None:
    recent = RecentHypotheses(size=2)
    for text in ("一", "二", "三"):
        recent.remember(Transcript(text, hypotheses=[Hypothesis(text, -0.1), Hypothesis(text + "!", -0.2)]))
    assert recent.recall("一") == []
    assert recent.recall("三") == ["三", "三!"] and recent.recall("二") == ["二", "二!"]
