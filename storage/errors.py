"""Errors of the storage layer."""

from __future__ import annotations


class StorageError(Exception):
    """Base class: a machine-readable ``code`` and a message for people."""

    code = "storage_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseUnavailableError(StorageError):
    """The database cannot be opened or migrated."""

    code = "database_unavailable"
