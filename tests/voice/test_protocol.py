"""Voice protocols: the committed JSON Schemas are the generated ones; messages parse as typed models."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from voice.protocol import (
    CLIENT_MESSAGES,
    PROJECT_ROOT,
    SCHEMA_FILES,
    SERVER_EVENTS,
    AudioEndEvent,
    StartMessage,
    main,
    schema_text,
)


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_committed_schema_equals_the_generated_one(name: str) -> None:
    committed = (PROJECT_ROOT / "docs" / "protocols" / name).read_text(encoding="utf-8")
    assert committed == schema_text(name), "regenerate: .venv/bin/python -m voice.protocol"
    assert main(["--check"]) == 0


def test_client_and_server_messages_are_typed() -> None:
    start = CLIENT_MESSAGES.validate_python({"type": "start", "sample_rate": 48000, "mode": "grammar"})
    assert isinstance(start, StartMessage) and start.sample_rate == 48000 and start.speak
    assert isinstance(SERVER_EVENTS.validate_json('{"type": "audio_end", "interrupted": true}'), AudioEndEvent)
    with pytest.raises(ValidationError):
        CLIENT_MESSAGES.validate_python({"type": "start", "colour": "blue"})
    with pytest.raises(ValidationError):
        CLIENT_MESSAGES.validate_python({"type": "text", "text": "   "})
