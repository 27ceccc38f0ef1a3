"""Errors of the staff dashboard: every one is a ``core.errors.AppError`` (code, status, Japanese message).

The edge handler of the application answers them: JSON for ``/staff/api`` and fetch calls, an HTML page
(``staff.routes.render_error_page``) for pages. Watch-over errors reach the same handler unchanged.
"""

from __future__ import annotations

from typing import Any, ClassVar

from core.errors import AppError

LOGIN_FAILED_MESSAGE = (
    "ログインできませんでした。ユーザー名とパスワードを確かめてください。"
    "続けて失敗したときは、しばらく待ってから、もう一度お試しください。"
)


class StaffError(AppError):
    """Base class of the dashboard's errors."""

    code: ClassVar[str] = "staff_error"
    status: ClassVar[int] = 400
    default_message: ClassVar[str] = "この操作はできませんでした。内容を確かめて、もう一度お試しください。"


class NotAuthenticatedError(StaffError):
    """No valid session: log in first (pages redirect to the login page)."""

    code = "not_authenticated"
    status = 401
    default_message = "ログインしてください。"


class LoginFailedError(StaffError):
    """Any failed login: unknown user, wrong password or too many tries (one message: nothing to enumerate)."""

    code = "login_failed"
    status = 401
    default_message = LOGIN_FAILED_MESSAGE


class CsrfError(StaffError):
    """A state-changing request without the right CSRF token."""

    code = "csrf_failed"
    status = 403
    default_message = (
        "セキュリティ確認に失敗しました(CSRFトークンが一致しません)。"
        "ページを読み込み直してから、もう一度操作してください。"
    )


class ForbiddenError(StaffError):
    """The role does not allow this action."""

    code = "forbidden"
    status = 403
    default_message = "この操作は管理者だけが行えます。"


class NotFoundError(StaffError):
    """No such record, or not one this staff member may see."""

    code = "not_found"
    status = 404
    default_message = "対象が見つかりません。"


class InvalidInputError(StaffError):
    """Input that breaks a rule (password policy, unknown district, bad form...); ``problems`` lists each."""

    code = "invalid_input"
    status = 422
    default_message = "入力内容を確認してください。"

    def __init__(self, message: str | None = None, *, problems: list[str] | None = None,
                 detail: str | None = None) -> None:
        super().__init__(message, detail=detail)
        self.problems = list(problems or [])

    def body(self) -> dict[str, Any]:
        """The JSON error with the list of problems."""
        body: dict[str, Any] = super().body()
        if self.problems:
            body["error"]["problems"] = self.problems
        return body


class ConflictError(StaffError):
    """The record already exists (e.g. a username)."""

    code = "conflict"
    status = 409
    default_message = "すでに登録されています。"
