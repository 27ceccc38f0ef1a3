"""The bot's custom payloads: one typed model on both ends, the committed JSON Schema is the generated one,
and every payload the bot can send (domain responses, action helpers) validates."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from bot.actions.messages import Contact, answer_payload, hand_over_payload
from bot.actions.report_actions import CONFIRM_BUTTONS
from chat.payloads import (
    BUTTON_PAYLOADS,
    SCHEMA_PATH,
    EmergencyPayload,
    FaqAnswerPayload,
    HandOverPayload,
    ReportFiledPayload,
    bot_payloads_schema,
    parse_payload,
    schema_text,
    to_json_message,
)
from knowledge.records import FaqEntry

PROJECT_ROOT = Path(__file__).resolve().parents[2]
ENTRY = FaqEntry(id="e1", question="住民票の写しは?", answer="市民課で。", department="市民課", phone="0229-23-5311",
                 source_url="https://www.city.osaki.miyagi.jp/a.html")


def test_committed_schema_equals_the_generated_one() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "regenerate: .venv/bin/python -m chat.payloads docs/protocols/bot-payloads.schema.json"
    )
    kinds = {ref["$ref"].rsplit("/", 1)[1] for ref in bot_payloads_schema()["oneOf"]}
    assert kinds == {"FaqAnswerPayload", "HandOverPayload", "EmergencyPayload", "ReportFiledPayload"}


def test_domain_custom_responses_are_valid_payloads() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "bot" / "domain.yml").read_text(encoding="utf-8"))
    customs = [variant["custom"] for variants in domain["responses"].values() for variant in variants
               if "custom" in variant]
    assert customs, "the domain sends at least the emergency payload"
    for custom in customs:
        assert parse_payload(custom) is not None, custom
    assert isinstance(parse_payload(customs[0]), EmergencyPayload)


def test_action_payloads_round_trip_through_json() -> None:
    now = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    sent = [answer_payload(ENTRY, 0.87654), hand_over_payload(Contact("市民課", "0229-23-5311"), now, True),
            to_json_message(ReportFiledPayload(id="7"))]
    parsed = [parse_payload(json.loads(json.dumps(message))) for message in sent]
    assert isinstance(parsed[0], FaqAnswerPayload) and parsed[0].confidence == 0.8765
    assert isinstance(parsed[1], HandOverPayload) and parsed[1].checked_at == now and parsed[1].office_open
    assert isinstance(parsed[2], ReportFiledPayload) and parsed[2].id == "7"


def test_report_filed_carries_the_number_and_status_link() -> None:
    url = "https://osaki.example.jp/reports/status/R-2026-000123?token=t0k3n"
    message = to_json_message(ReportFiledPayload(id="R-2026-000123", number="R-2026-000123", status_url=url))
    assert message == {"type": "report_filed", "id": "R-2026-000123", "number": "R-2026-000123", "status_url": url}
    assert to_json_message(ReportFiledPayload(id="7")) == {"type": "report_filed", "id": "7"}  # older senders
    parsed = parse_payload(json.loads(json.dumps(message)))
    assert isinstance(parsed, ReportFiledPayload) and parsed.status_url == url


def test_unknown_or_incomplete_payloads_are_not_ours() -> None:
    assert parse_payload({"type": "coupon", "x": 1}) is None
    assert parse_payload({"type": "report_filed"}) is None
    assert parse_payload("emergency") is None


def test_the_bots_buttons_use_only_allow_listed_payloads() -> None:
    assert {button["payload"] for button in CONFIRM_BUTTONS} <= BUTTON_PAYLOADS
