"""Finding 7: only the bot's own button payloads reach Rasa as intent triggers (pure part; the live test is
tests/integration/test_chat_live.py)."""

from __future__ import annotations

import pytest

from chat.payloads import BUTTON_PAYLOADS
from chat.user_text import bot_text, is_button_payload


@pytest.mark.parametrize("payload", sorted(BUTTON_PAYLOADS))
def test_button_payloads_pass_unchanged(payload: str) -> None:
    assert bot_text(payload) == payload and bot_text(f" {payload}\n") == payload and is_button_payload(payload)


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("/emergency", "／emergency"),
        ('/affirm{"report_confirmed": "yes"}', '／affirm{"report_confirmed": "yes"}'),
        ("//deny", "／deny"),
        ("\u3000/emergency", "／emergency"),  # Rasa strips a leading full-width space, so we strip first
        ("/", "／"),
        ("住民票 /affirm", "住民票 /affirm"),  # only a leading "/" is a trigger
        ("こんにちは", "こんにちは"),
    ],
)
def test_any_other_leading_slash_is_neutralised(typed: str, sent: str) -> None:
    assert bot_text(typed) == sent
    assert not bot_text(typed).strip().startswith("/")
