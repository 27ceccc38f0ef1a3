"""Validated text types shared by every schema."""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, StringConstraints


def _no_control_characters(value: str) -> str:
    """Refuse CR, LF, NUL and other control characters (they break mail headers, CSV and logs)."""
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ValueError("改行や制御文字は使えません。")
    return value


def _allow_newlines(value: str) -> str:
    """Multi-line text: newlines and tabs are fine, other control characters are not."""
    if any(unicodedata.category(ch) == "Cc" and ch not in "\n\r\t" for ch in value):
        raise ValueError("制御文字は使えません。")
    return value


# One line of text that is not blank (surrounding white space removed).
NonBlankStr = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_no_control_characters)
]
# Free text that may span lines (descriptions, notes), not blank.
NonBlankText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_allow_newlines)]


def neutralize_intent_trigger(text: str, *, allowed: frozenset[str] = frozenset()) -> str:
    """``text`` stripped, with a leading "/" made a full-width "／" unless it is exactly one of ``allowed``.

    Rasa reads a message starting with "/" (after ``str.strip()``) as a direct intent trigger (``/affirm{...}``):
    NLU is skipped and entities can set slots. Every place that hands typed or spoken text to Rasa runs it
    through this first; ``allowed`` holds the bot's own quick-reply payloads.
    """
    stripped = text.strip()
    if stripped in allowed or not stripped.startswith("/"):
        return stripped
    return "\uff0f" + stripped.lstrip("/")
