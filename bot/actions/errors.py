"""Errors of the bot's action server, on the project's one error contract (core.errors.AppError)."""

from __future__ import annotations

from core.errors import AppError


class BotError(AppError):
    """Base of every action-server error."""

    code = "bot_error"


class BotSettingsError(BotError):
    """The environment (or .env) holds an invalid setting the action server needs."""

    code = "bot_settings_invalid"
    default_message = "アクションサーバーの設定に誤りがあります。"
