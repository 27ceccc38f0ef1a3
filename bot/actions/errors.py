"""Errors of the bot's action server: one base class with a machine-readable ``code``."""

from __future__ import annotations


class BotError(Exception):
    """Base class: a ``code`` for machines and a message for people (English)."""

    code = "bot_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BotSettingsError(BotError):
    """The environment (or .env) holds an invalid bot setting."""

    code = "bot_settings_invalid"
