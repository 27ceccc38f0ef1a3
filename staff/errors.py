"""Errors of the staff dashboard: one base class with a code, a status hint and a Japanese message."""

from __future__ import annotations


class StaffError(Exception):
    """Base class: a machine-readable ``code``, an HTTP status hint and a message for staff (Japanese)."""

    code = "staff_error"
    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAuthenticatedError(StaffError):
    """No valid session: log in first."""

    code = "not_authenticated"
    status = 401


class LoginFailedError(StaffError):
    """Wrong username or password (never says which)."""

    code = "login_failed"
    status = 401


class AccountLockedError(StaffError):
    """Too many failed passwords: the account is locked for a while."""

    code = "account_locked"
    status = 429

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class LoginRateLimitedError(StaffError):
    """Too many login attempts from one address."""

    code = "too_many_attempts"
    status = 429

    def __init__(self, message: str, *, retry_after_s: int) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class CsrfError(StaffError):
    """A state-changing request without the right CSRF token."""

    code = "csrf_failed"
    status = 403


class ForbiddenError(StaffError):
    """The role does not allow this action."""

    code = "forbidden"
    status = 403


class NotFoundError(StaffError):
    """No such record, or not one this staff member may see."""

    code = "not_found"
    status = 404


class InvalidInputError(StaffError):
    """Input that breaks a rule (password policy, unknown district, bad CSV...)."""

    code = "invalid_input"
    status = 422

    def __init__(self, message: str, *, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class ConflictError(StaffError):
    """The record already exists (e.g. a username)."""

    code = "conflict"
    status = 409
