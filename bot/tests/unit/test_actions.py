"""The thin rasa-sdk action classes, wired to fakes (importing them loads nothing heavy)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import actions
from bot.actions.messages import SearchView
from bot.actions.report import ReportReceipt
from chat.payloads import BUTTON_PAYLOADS
from knowledge.records import FaqEntry
from reports.schemas import ReportCreate

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


def tracker(text: str = "", intent: str = "", slots: dict[str, Any] | None = None,
            metadata: dict[str, Any] | None = None) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": [], "metadata": metadata or {}}
    return Tracker("session-1", slots or {}, latest, [], False, None, None, "action_listen")


def run(action: Any, track: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, track, {}))
    return dispatcher.messages, events


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


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


def test_form_validation() -> None:
    form = actions.ValidateReportProblemForm()
    dispatcher = CollectingDispatcher()
    assert form.validate_report_photo_url("なし", dispatcher, tracker(), {}) == {"report_photo_url": "なし"}
    assert form.validate_report_photo_url("https://example.com/a.jpg", dispatcher, tracker(), {}) == {
        "report_photo_url": "https://example.com/a.jpg"}
    assert dispatcher.messages == []
    assert form.validate_report_photo_url("写真あるよ", dispatcher, tracker(), {}) == {"report_photo_url": None}
    assert "URL" in dispatcher.messages[-1]["text"]
    assert form.validate_report_what("あ", dispatcher, tracker(), {}) == {"report_what": None}
    assert form.validate_report_where("古川駅前", dispatcher, tracker(), {}) == {"report_where": "古川駅前"}
    yes = form.validate_report_confirmed("はい", dispatcher, tracker("はい", "affirm"), {})
    no = form.validate_report_confirmed("いいえ", dispatcher, tracker("いいえ", "deny"), {})
    unclear = form.validate_report_confirmed("えーと", dispatcher, tracker("えーと", "affirm"), {})
    assert yes == {"report_confirmed": "yes"} and no == {"report_confirmed": "no"}
    assert unclear == {"report_confirmed": None}


def test_form_validation_is_silent_for_reset_slots() -> None:
    # action_reset_report sets every report slot to None right before the form starts; the form then
    # validates those slots, which must not produce error messages.
    form = actions.ValidateReportProblemForm()
    dispatcher = CollectingDispatcher()
    for slot in ("report_what", "report_where", "report_photo_url", "report_confirmed"):
        assert getattr(form, f"validate_{slot}")(None, dispatcher, tracker(), {}) == {slot: None}
    assert dispatcher.messages == []


REPORT_SLOTS = {"report_what": "道路に穴", "report_where": "古川駅前", "report_photo_url": "なし",
                "report_confirmed": "yes"}


def test_file_report_success(monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[tuple[ReportCreate, str, str]] = []

    status_url = "https://osaki.example.jp/reports/status/R-0042?token=t0k3n"

    async def fake_submit_report(report: ReportCreate, *, url: str, token: str, timeout_s: float) -> ReportReceipt:
        sent.append((report, url, token))
        return ReportReceipt("R-0042", status_url)

    monkeypatch.setattr(actions, "submit_report", fake_submit_report)
    messages, events = run(actions.ActionFileReport(), tracker(slots=REPORT_SLOTS))
    config = actions._config()
    assert sent == [(ReportCreate(what="道路に穴", where="古川駅前", session_id="session-1"),
                     config.bot.reports_url, config.reports.internal_token)]
    assert "R-0042" in messages[0]["text"]
    assert "ご本人専用" in messages[0]["text"]
    assert messages[1]["custom"] == {"type": "report_filed", "id": "R-0042", "number": "R-0042",
                                     "status_url": status_url}
    assert slot_events(events) == dict.fromkeys(REPORT_SLOTS)


def test_file_report_failure_apologizes(monkeypatch: pytest.MonkeyPatch) -> None:
    async def failing(report: ReportCreate, **_: Any) -> None:
        return None

    monkeypatch.setattr(actions, "submit_report", failing)
    messages, events = run(actions.ActionFileReport(), tracker(slots=REPORT_SLOTS))
    assert "申し訳ありません" in messages[0]["text"] and "0229-23-5091" in messages[0]["text"]
    assert slot_events(events)["report_what"] is None


def test_file_report_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    async def must_not_be_called(report: ReportCreate, **_: Any) -> str:
        raise AssertionError("a cancelled report must not be sent")

    monkeypatch.setattr(actions, "submit_report", must_not_be_called)
    messages, _ = run(actions.ActionFileReport(), tracker(slots={**REPORT_SLOTS, "report_confirmed": "no"}))
    assert "取り消しました" in messages[0]["text"]


def test_ask_confirmation_and_reset() -> None:
    messages, _ = run(actions.ActionAskReportConfirmed(), tracker(slots=REPORT_SLOTS))
    assert "・場所: 古川駅前" in messages[0]["text"] and len(messages[0]["buttons"]) == 2
    assert {button["payload"] for button in messages[0]["buttons"]} <= BUTTON_PAYLOADS
    _, events = run(actions.ActionResetReport(), tracker(slots=REPORT_SLOTS))
    assert slot_events(events) == dict.fromkeys(REPORT_SLOTS)
