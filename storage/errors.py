"""Errors of the storage layer (part of the one error contract, ``core.errors``)."""

from __future__ import annotations

from core.errors import ServiceUnavailableError


class StorageError(ServiceUnavailableError):
    """Base class: the database could not do what was asked (HTTP 503, a generic Japanese message).

    ``detail`` (English, for logs and the command line) says what failed; it never holds personal data.
    """

    code = "storage_error"
    default_message = "ただいまデータを読み書きできません。しばらくしてから、もう一度お試しください。"

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail)


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or migrated."""

    code = "database_unavailable"
