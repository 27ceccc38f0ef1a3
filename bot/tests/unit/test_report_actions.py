"""The thin rasa-sdk actions of the problem report's form, wired to fakes (importing them loads nothing heavy)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import report_actions
from bot.actions.report import ReportReceipt
from bot.actions.server_config import server_config
from bot.tests.unit.action_support import run, slot_events, tracker
from chat.payloads import BUTTON_PAYLOADS
from reports.schemas import ReportCreate


def test_form_validation() -> None:
    form = report_actions.ValidateReportProblemForm()
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
    form = report_actions.ValidateReportProblemForm()
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

    monkeypatch.setattr(report_actions, "submit_report", fake_submit_report)
    messages, events = run(report_actions.ActionFileReport(), tracker(slots=REPORT_SLOTS))
    config = server_config()
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

    monkeypatch.setattr(report_actions, "submit_report", failing)
    messages, events = run(report_actions.ActionFileReport(), tracker(slots=REPORT_SLOTS))
    assert "申し訳ありません" in messages[0]["text"] and "0229-23-5091" in messages[0]["text"]
    assert slot_events(events)["report_what"] is None


def test_file_report_cancelled(monkeypatch: pytest.MonkeyPatch) -> None:
    async def must_not_be_called(report: ReportCreate, **_: Any) -> str:
        raise AssertionError("a cancelled report must not be sent")

    monkeypatch.setattr(report_actions, "submit_report", must_not_be_called)
    messages, _ = run(report_actions.ActionFileReport(), tracker(slots={**REPORT_SLOTS, "report_confirmed": "no"}))
    assert "取り消しました" in messages[0]["text"]


def test_ask_confirmation_and_reset() -> None:
    messages, _ = run(report_actions.ActionAskReportConfirmed(), tracker(slots=REPORT_SLOTS))
    assert "・場所: 古川駅前" in messages[0]["text"] and len(messages[0]["buttons"]) == 2
    assert {button["payload"] for button in messages[0]["buttons"]} <= BUTTON_PAYLOADS
    _, events = run(report_actions.ActionResetReport(), tracker(slots=REPORT_SLOTS))
    assert slot_events(events) == dict.fromkeys(REPORT_SLOTS)
