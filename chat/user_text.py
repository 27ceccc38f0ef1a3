"""What a person typed, made safe to hand to Rasa.

Rasa treats a message starting with "/" (after ``str.strip()``, so a leading full-width space does not
help) as a direct intent trigger, e.g. ``/emergency`` or ``/affirm{"slot": ...}``: NLU, the fallback and the
form's validation are skipped and entities can set slots. Only the bot's own quick-reply payloads
(chat.payloads.BUTTON_PAYLOADS) may pass as triggers; every other leading "/" becomes a full-width "／",
which Rasa reads as ordinary text (core.text.neutralize_intent_trigger, shared with the watch-over NLU).
"""

from __future__ import annotations

from chat.payloads import BUTTON_PAYLOADS
from core.text import neutralize_intent_trigger

INTENT_PREFIX = "/"
NEUTRAL_PREFIX = "／"  # U+FF0F FULLWIDTH SOLIDUS


def is_button_payload(text: str) -> bool:
    """True for exactly one of the bot's own quick-reply payloads."""
    return text.strip() in BUTTON_PAYLOADS


def bot_text(text: str) -> str:
    """``text`` as it may be sent to Rasa: a button payload unchanged, any other leading "/" neutralised."""
    return neutralize_intent_trigger(text, allowed=BUTTON_PAYLOADS)
