"""The thin rasa-sdk actions of the city questions, wired to fakes (importing them loads nothing heavy)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.actions import actions
from bot.actions.messages import SearchView
from bot.tests.unit.action_support import run, slot_events, tracker
from knowledge.records import FaqEntry

ENTRY = FaqEntry(id="koseki-001", question="住民票の写しはどこで取れますか。", answer="市民課で取れます。",
                  department="市民課", phone="0229-23-5311", source_url="https://example.jp/juminhyo")


class FakeKnowledge:
    def __init__(self, view: SearchView | None = None, fail: bool = False) -> None:
        self.view = view or SearchView(False, 0.9, "総合窓口", "0229-23-5091", ENTRY)
        self.fail = fail
        self.queries: list[str] = []
        self.spoken: list[bool] = []

    def search(self, text: str, k: int, spoken: bool = False) -> SearchView:
        self.queries.append(text)
        self.spoken.append(spoken)
        if self.fail:
            raise RuntimeError("index missing")
        return self.view

    def find_entry(self, entry_id: str | None) -> FaqEntry | None:
        return ENTRY if entry_id == ENTRY.id else None


def test_answer_city_info(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKnowledge()
    monkeypatch.setattr(actions, "KNOWLEDGE", fake)
    messages, events = run(actions.ActionAnswerCityInfo(), tracker("住民票はどこで取れますか"))
    assert fake.queries == ["住民票はどこで取れますか"]
    assert "市民課で取れます。" in messages[0]["text"]
    assert messages[1]["custom"]["entry_id"] == "koseki-001"
    assert slot_events(events)["last_entry_id"] == "koseki-001"
    assert slot_events(events)["last_query"] == "住民票はどこで取れますか"
    assert fake.spoken == [False]


@pytest.mark.parametrize(("metadata", "spoken"), [({"channel": "voice"}, True), ({"channel": "web"}, False),
                                                  ({}, False), ({"channel": None}, False)])
def test_a_voice_turn_is_searched_as_a_transcript(
    monkeypatch: pytest.MonkeyPatch, metadata: dict[str, Any], spoken: bool
) -> None:
    fake = FakeKnowledge()
    monkeypatch.setattr(actions, "KNOWLEDGE", fake)
    run(actions.ActionAnswerCityInfo(), tracker("住民票はどこで取れますか", metadata=metadata))
    assert fake.spoken == [spoken]


def test_the_search_never_sees_a_phone_number(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKnowledge()
    monkeypatch.setattr(actions, "KNOWLEDGE", fake)
    run(actions.ActionAnswerCityInfo(), tracker("住民票はどこで取れますか。電話は09012345678です"))
    assert fake.queries == ["住民票はどこで取れますか。電話は【電話番号】です"]


def test_answer_city_info_survives_a_broken_search(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(actions, "KNOWLEDGE", FakeKnowledge(fail=True))
    messages, events = run(actions.ActionAnswerCityInfo(), tracker("住民票"))
    assert "0229-23-5091" in messages[0]["text"]
    assert events == []


def test_follow_up_composes_the_query(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKnowledge()
    monkeypatch.setattr(actions, "KNOWLEDGE", fake)
    slots = {"last_query": "住民票の取り方", "last_entry_id": "koseki-001"}
    messages, _ = run(actions.ActionAnswerFollowUp(), tracker("それは必要なものは?", slots=slots))
    assert fake.queries == ["住民票の取り方 必要なものは?"]
    assert "市民課で取れます。" in messages[0]["text"]


def test_follow_up_without_topic_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeKnowledge()
    monkeypatch.setattr(actions, "KNOWLEDGE", fake)
    messages, events = run(actions.ActionAnswerFollowUp(), tracker("必要なものは?"))
    assert fake.queries == [] and "教えていただけますか" in messages[0]["text"] and events == []


def test_hand_over_uses_the_last_department() -> None:
    slots = {"last_department": "市民課", "last_phone": "0229-23-5311"}
    messages, _ = run(actions.ActionHandOver(), tracker(slots=slots))
    assert "市民課: 0229-23-5311" in messages[0]["text"]
    assert messages[1]["custom"]["type"] == "hand_over"
    general, _ = run(actions.ActionHandOver(), tracker())
    assert "0229-23-5091" in general[0]["text"]
