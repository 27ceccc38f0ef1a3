"""Check-in answers classified by the real Rasa NLU (trained model), with the keyword safety net on top."""

from __future__ import annotations

import asyncio

import pytest

from devstack.stack import Stack
from tests.watch.test_understanding import TARGET_ACCURACY, label_of, load_answers
from watch.classify import Classification, RasaNlu, classify_text

pytestmark = pytest.mark.slow
MIN_CONFIDENCE = 0.6


def _results(stack: Stack, texts: list[str]) -> list[Classification]:
    async def run() -> list[Classification]:
        nlu = RasaNlu(stack.services["rasa"].url, timeout_s=10, token=stack.rasa_token)
        try:
            return [await classify_text(t, nlu, min_confidence=MIN_CONFIDENCE) for t in texts]
        finally:
            await nlu.aclose()

    return asyncio.run(run())


def _classify(stack: Stack, texts: list[str]) -> list[tuple[str, str]]:
    return [(r.outcome, r.source) for r in _results(stack, texts)]


def test_typical_answers_are_understood_by_rasa(live_stack: Stack) -> None:
    texts = ["元気です", "おかげさまで変わりないです", "足が痛いです", "ちょっと熱っぽい", "助けてください"]
    outcomes = _classify(live_stack, texts)
    assert [o for o, _ in outcomes] == ["fine", "fine", "unwell", "unwell", "help"]
    assert {s for _, s in outcomes} == {"rasa"}


def test_safety_net_only_raises(live_stack: Stack) -> None:
    [(outcome, source)] = _classify(live_stack, ["元気だけど胸が苦しい"])
    assert outcome == "help" and source == "rasa"


@pytest.mark.parametrize(("text", "expected"), [
    ("うん", "fine"), ("はい", "fine"), ("はい元気です", "fine"), ("はい、元気です", "fine"), ("まあまあ", "fine"),
    ("まあまあだね", "fine"), ("なんとか", "fine"), ("ぼちぼち", "fine"), ("変わりないよ", "fine"), ("んだ", "fine"),
    ("いつもどおりだ", "fine"),
    ("いいえ", "no"), ("ううん", "no"), ("だめだ", "no"), ("よくない", "no"),
    ("息子に電話して", "call:son"), ("娘に連絡してほしい", "call:daughter"),
    ("足が痛いです", "unwell"), ("助けてください", "help"), ("こんにちは", "unclear"),
])
def test_yes_no_and_call_requests_through_rasa(live_stack: Stack, text: str, expected: str) -> None:
    [result] = _results(live_stack, [text])
    assert label_of(result) == expected and result.source == "rasa"


def test_labelled_set_through_rasa(live_stack: Stack) -> None:
    rows = load_answers()
    results = _results(live_stack, [text for text, *_ in rows])
    for split in ("examined", "unread"):
        scored = [(text, label, label_of(r)) for (text, label, _, s), r in zip(rows, results, strict=True)
                  if s == split]
        misses = [m for m in scored if m[1] != m[2]]
        assert 1 - len(misses) / len(scored) >= TARGET_ACCURACY, (split, misses)
