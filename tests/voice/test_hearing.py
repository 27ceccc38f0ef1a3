"""The one text the conversation receives: the transcript fix and Whisper's n best (real Sudachi readings, the
real safety layer, the real search)."""

from __future__ import annotations

import asyncio

from knowledge.search import Searcher
from knowledge.settings import KnowledgeSettings
from tests.voice.conftest import FaqConversation
from voice.hearing import FixingConversation, with_fix, wrapped
from voice.settings import VoiceSettings
from voice.transcript_fix import TranscriptFixer


def test_fixing_conversation_hands_the_inner_turn_the_chosen_text(fixer: TranscriptFixer) -> None:
    inner = FaqConversation()
    conversation = FixingConversation(inner, fixer)
    assert conversation.new_session_id() == inner.new_session_id()
    asyncio.run(conversation.turn(session_id="s", text="住民表を取りたい", channel="voice"))
    assert inner.turns == [("s", "住民表を取りたい 住民票", "voice")]
    assert inner.hypotheses == [[]]  # the chat gets one text, never the hypotheses


def test_without_n_best_rules_the_hypotheses_change_nothing(fixer: TranscriptFixer) -> None:
    conversation = FixingConversation(FaqConversation(), fixer)
    assert conversation.handed_text("鍵です", ["鍵です", "火事です"]) == "鍵です"
    assert conversation.handed_text("住民表を取りたい", ["住民表を取りたい", "住民票を取りたい"]) == (
        "住民表を取りたい 住民票")


def test_an_emergency_in_the_n_best_reaches_the_chat_as_heard(fixer: TranscriptFixer) -> None:
    inner = FaqConversation()
    conversation = FixingConversation(inner, fixer, alarm_depth=2, alarm_votes=1)
    asyncio.run(conversation.turn(session_id="s", text="鍵です", channel="voice", hypotheses=["鍵です", "火事です"]))
    assert inner.turns == [("s", "火事です", "voice")]
    calm = ["住民表を取りたい", "住民表を撮りたい"]
    assert conversation.handed_text(calm[0], calm) == "住民表を取りたい 住民票"  # no alarm: the first, fixed


def test_the_most_confident_search_picks_the_hypothesis(searcher: Searcher) -> None:
    def confidence(text: str) -> float:
        return searcher.search(text, k=1, spoken=True).confidence

    conversation = FixingConversation(FaqConversation(), None, search_depth=2, confidence=confidence)
    heard = ["粗大ゴミの出し方をお知えてください", "粗大ごみの出し方を教えてください"]
    handed = conversation.handed_text(heard[0], heard)
    assert handed in heard
    assert confidence(handed) == max(confidence(t) for t in heard)
    first_only = FixingConversation(FaqConversation(), None, search_depth=1, confidence=confidence)
    assert first_only.handed_text(heard[0], heard) == heard[0]


def test_with_fix_follows_the_settings(knowledge_settings: KnowledgeSettings, fixer: TranscriptFixer) -> None:
    inner = FaqConversation()
    assert with_fix(inner, VoiceSettings(transcript_fix=False)) is inner
    fixing = with_fix(inner, VoiceSettings(transcript_fix=True))
    assert isinstance(fixing, FixingConversation) and fixing.inner is inner and fixing.fixer is not None
    assert wrapped(inner, VoiceSettings(transcript_fix=False, nbest_alarm_depth=3), None) is inner  # 1 hypothesis
    nbest = wrapped(inner, VoiceSettings(whisper_hypotheses=3, nbest_alarm_depth=3, nbest_alarm_votes=2), None)
    assert isinstance(nbest, FixingConversation) and nbest.fixer is None
    assert (nbest.alarm_depth, nbest.alarm_votes, nbest.search_depth) == (3, 2, 1)


def test_voice_routes_wrap_the_conversation_once_a_fixer_is_loaded(fixer: TranscriptFixer) -> None:
    from fastapi import FastAPI

    from voice.routes import _conversation

    app = FastAPI()
    inner = FaqConversation()
    app.state.voice_conversation = inner
    assert _conversation(app) is inner
    app.state.voice_transcript_fixer = fixer
    fixing = _conversation(app)
    assert isinstance(fixing, FixingConversation) and fixing.inner is inner and fixing.fixer is fixer
    assert fixing.confidence is not None and fixing.confidence("住民票") == 0.0  # no search loaded in this app
