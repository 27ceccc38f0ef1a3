"""The device protocol models, the committed JSON Schema and the tablet script that follows them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from watch.protocol import (
    DEVICE_MESSAGE,
    SCHEMA_PATH,
    SERVER_MESSAGE,
    Answer,
    CheckinQuestion,
    ErrorEvent,
    Hello,
    PhoneNumber,
    Welcome,
    json_schema,
    main,
    schema_text,
)

DEVICE_JS = Path(__file__).resolve().parents[2] / "watch" / "static" / "device.js"


def test_committed_schema_equals_the_generated_one() -> None:
    assert SCHEMA_PATH.read_text("utf-8") == schema_text(), "run: python -m watch.protocol"
    assert main(["--check"]) == 0


def test_schema_is_valid_and_accepts_what_the_models_accept() -> None:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    good = [{"type": "hello", "token": "t"}, {"type": "answer", "button": "help"},
            {"type": "answer", "checkin_id": 3, "text": "元気です"}, {"type": "ping"},
            CheckinQuestion(checkin_id=1, kind="daily", message="お元気ですか", ask=2).model_dump(mode="json"),
            ErrorEvent(code="rate_limited", message="待ってください", retry_after_s=5).model_dump(mode="json"),
            Welcome(name="大崎 ハナ", timezone="Asia/Tokyo",
                    phones=[PhoneNumber(role="family", label="長男 大崎 一郎", phone="090-1234-5678")]
                    ).model_dump(mode="json"),
            {"type": "welcome", "name": "大崎 ハナ"}]  # an older server: no time zone, no numbers
    for message in good:
        assert validator.is_valid(message), message
    for bad in [{"type": "hello"}, {"type": "answer", "button": "maybe"}, {"type": "shout"},
                {"type": "ping", "extra": 1},
                {"type": "welcome", "name": "x", "phones": [{"role": "friend", "label": "a", "phone": "1"}]}]:
        assert not validator.is_valid(bad), bad


@pytest.mark.parametrize("raw", [
    '{"type": "answer"}', '{"type": "answer", "button": "fine", "text": "はい"}', '{"type": "hello", "token": ""}',
    '{"type": "answer", "text": "' + "あ" * 501 + '"}', '{"type": "hello", "token": "t", "admin": true}', "[]",
])
def test_device_messages_are_refused_when_they_break_the_protocol(raw: str) -> None:
    with pytest.raises(ValidationError):
        DEVICE_MESSAGE.validate_json(raw)


def test_device_messages_parse_into_their_models() -> None:
    assert DEVICE_MESSAGE.validate_json('{"type": "hello", "token": "abc"}') == Hello(token="abc")
    answer = DEVICE_MESSAGE.validate_json('{"type": "answer", "checkin_id": 7, "button": "unwell"}')
    assert answer == Answer(checkin_id=7, button="unwell")
    assert SERVER_MESSAGE.validate_python({"type": "pong"}).type == "pong"


def test_the_tablet_script_uses_only_protocol_message_types_and_close_codes() -> None:
    script = DEVICE_JS.read_text("utf-8")
    schema = json_schema()
    sent = set(re.findall(r'type: "(\w+)"', script))
    handled = set(re.findall(r'case "(\w+)":', script))
    device_types = {d["properties"]["type"]["const"] for name, d in schema["$defs"].items()
                    if name in ("Hello", "Answer", "Ping", "NoticeHeard")}
    server_types = {d["properties"]["type"]["const"] for name, d in schema["$defs"].items()
                    if name in ("Welcome", "CheckinQuestion", "Answered", "Retry", "ErrorEvent", "Pong", "Notice",
                                "NoticeEnded")}
    assert sent == device_types
    assert handled == server_types
    codes = {int(c) for c in re.findall(r"\b(4\d\d\d)\b", script)}
    assert codes == {4401, 4403} and {str(c) for c in codes} <= set(schema["x-close-codes"])
    assert json.loads(SCHEMA_PATH.read_text("utf-8"))["title"].startswith("Osaki")
