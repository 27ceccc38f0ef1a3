"""Check-in answers classified by the real Rasa NLU (trained model), with the keyword safety net on top."""

from __future__ import annotations

import asyncio

import pytest

from devstack.stack import Stack
from watch.classify import RasaNlu, classify_text

pytestmark = pytest.mark.slow
MIN_CONFIDENCE = 0.6


def _classify(stack: Stack, texts: list[str]) -> list[tuple[str, str]]:
    async def run() -> list[tuple[str, str]]:
        nlu = RasaNlu(stack.services["rasa"].url, timeout_s=10, token=stack.rasa_token)
        try:
            results = [await classify_text(t, nlu, min_confidence=MIN_CONFIDENCE) for t in texts]
        finally:
            await nlu.aclose()
        return [(r.outcome, r.source) for r in results]

    return asyncio.run(run())


def test_typical_answers_are_understood_by_rasa(live_stack: Stack) -> None:
    texts = ["元気です", "おかげさまで変わりないです", "足が痛いです", "ちょっと熱っぽい", "助けてください"]
    outcomes = _classify(live_stack, texts)
    assert [o for o, _ in outcomes] == ["fine", "fine", "unwell", "unwell", "help"]
    assert {s for _, s in outcomes} == {"rasa"}


def test_safety_net_only_raises(live_stack: Stack) -> None:
    [(outcome, source)] = _classify(live_stack, ["元気だけど胸が苦しい"])
    assert outcome == "help" and source == "rasa"
