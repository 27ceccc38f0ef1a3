"""The one error contract: every error has a ``code``, a Japanese message for people and an HTTP status.

Every package's error base derives from :class:`AppError`; failures are wrapped at stage boundaries
(``raise FeatureError(...) from err``) and one handler at the edge (``gateway/errors.py``) turns them into
JSON for APIs and HTML for pages. ``message`` is shown to citizens or staff (Japanese); ``detail`` is for
developers and logs (English, never personal data).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar


class AppError(Exception):
    """Root of every error the project raises on purpose."""

    code: ClassVar[str] = "internal_error"
    status: ClassVar[int] = 500
    default_message: ClassVar[str] = (
        "申し訳ありません。処理中に問題が起きました。時間をおいて、もう一度お試しください。"
    )

    def __init__(
        self, message: str | None = None, *, detail: str | None = None, headers: Mapping[str, str] | None = None
    ) -> None:
        self.message = message or type(self).default_message
        self.detail = detail or ""
        self.headers = dict(headers or {})
        super().__init__(self.detail or self.message)

    def body(self) -> dict[str, dict[str, str]]:
        """The JSON error shape every endpoint uses: ``{"error": {"code", "message"[, "detail"]}}``."""
        error = {"code": self.code, "message": self.message}
        if self.detail:
            error["detail"] = self.detail
        return {"error": error}


class InvalidRequestError(AppError):
    """Input that breaks a rule (validation errors of any request)."""

    code = "invalid_request"
    status = 422
    default_message = "入力内容に誤りがあります。内容を確かめて、もう一度お試しください。"


class PayloadTooLargeError(AppError):
    """A request body or upload over its size limit (answered before parsing)."""

    code = "payload_too_large"
    status = 413
    default_message = "送られたデータが大きすぎます。小さくしてから、もう一度お試しください。"


class RateLimitedError(AppError):
    """Too many requests from one client."""

    code = "rate_limited"
    status = 429
    default_message = "短い時間にたくさんのリクエストがありました。しばらく待ってから、もう一度お試しください。"

    def __init__(self, *, retry_after_s: int, detail: str | None = None) -> None:
        seconds = max(1, retry_after_s)
        super().__init__(
            f"短い時間にたくさんのリクエストがありました。{seconds}秒ほど待ってから、もう一度お試しください。",
            detail=detail,
            headers={"Retry-After": str(seconds)},
        )
        self.retry_after_s = seconds


class UnauthorizedError(AppError):
    """Missing or wrong credentials (tokens, sessions)."""

    code = "unauthorized"
    status = 401
    default_message = "認証が必要です。"


class ForbiddenError(AppError):
    """Authenticated but not allowed."""

    code = "forbidden"
    status = 403
    default_message = "この操作は許可されていません。"


class NotFoundError(AppError):
    """No such record, or not one the caller may see."""

    code = "not_found"
    status = 404
    default_message = "お探しの情報が見つかりませんでした。"


class ServiceUnavailableError(AppError):
    """A part the request needs is not running or not loaded yet."""

    code = "service_unavailable"
    status = 503
    default_message = "ただいま混み合っているか、準備中です。しばらくしてから、もう一度お試しください。"
