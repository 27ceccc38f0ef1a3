"""Errors of the watch-over module: one base class with a machine-readable ``code``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from watch.schemas import CsvRowError


class WatchError(Exception):
    """Base class: a ``code`` for machines and a message for people (English)."""

    code = "watch_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFoundError(WatchError):
    """A resident, device, alert or check-in does not exist."""

    code = "not_found"


class InvalidInputError(WatchError):
    """Input that breaks a rule (bad time, overlapping dates, unknown relation...)."""

    code = "invalid_input"


class ConflictError(WatchError):
    """The operation clashes with the current state (duplicate code, alert already resolved...)."""

    code = "conflict"


class AuthError(WatchError):
    """A device token that does not match its device (WebSocket close code 4401)."""

    code = "unauthorized"


class CsvImportError(WatchError):
    """A CSV import with errors; nothing was imported. ``errors`` lists every bad cell."""

    code = "csv_invalid"

    def __init__(self, message: str, errors: list[CsvRowError]) -> None:
        super().__init__(message)
        self.errors = errors


class NotificationError(WatchError):
    """Sending an email or webhook failed; ``permanent`` when retrying cannot help."""

    code = "notification_failed"

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class ClassifierUnavailableError(WatchError):
    """The NLU server (Rasa) could not be reached or answered badly."""

    code = "nlu_unavailable"

