"""Errors of the chat, on the project's one error contract (core.errors.AppError)."""

from __future__ import annotations

from core.errors import AppError


class ChatError(AppError):
    """Base of every chat error."""

    code = "chat_error"


class BotUnavailableError(ChatError):
    """Rasa did not answer in time or answered badly (the chat falls back to the search)."""

    code = "bot_unavailable"
    status = 503
    default_message = "ただいま自動応答が使えません。しばらくしてから、もう一度お試しください。"


class InvalidSessionError(ChatError):
    """A chat session id the server did not issue (or one signed with another key)."""

    code = "invalid_session"
    status = 422
    default_message = "会話の識別子が正しくありません。ページを再読み込みしてください。"


class ChatUnavailableError(ChatError):
    """Neither the bot nor the search can answer right now (both still starting or down)."""

    code = "chat_unavailable"
    status = 503
    default_message = "ただいま準備中です。しばらくしてから、もう一度お試しください。"


class QuestionNotFoundError(ChatError):
    """Feedback for a question this session did not ask (or one already deleted)."""

    code = "question_not_found"
    status = 404
    default_message = "ご意見の対象の回答が見つかりませんでした。ページを再読み込みしてください。"
