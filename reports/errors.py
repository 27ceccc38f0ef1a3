"""Errors of citizen reports, on the project's one error contract (core.errors.AppError)."""

from __future__ import annotations

from core.errors import AppError, UnauthorizedError


class ReportsError(AppError):
    """Base of every reports error."""

    code = "reports_error"


class InternalTokenError(ReportsError, UnauthorizedError):
    """A call to /internal/reports without the right X-Internal-Token."""

    code = "unauthorized"
    status = 401
    default_message = "認証が必要です。"
