"""Errors of the knowledge package: one base class with a machine-readable code."""

from __future__ import annotations


class KnowledgeError(Exception):
    """Base error of the knowledge package."""

    code = "knowledge_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message


class IngestError(KnowledgeError):
    """A corpus file could not be read; names the file and, where known, the row."""

    code = "ingest_error"

    def __init__(self, message: str, *, source: str, row: int | None = None) -> None:
        where = f"{source}" if row is None else f"{source}, row {row}"
        super().__init__(f"{where}: {message}")
        self.source = source
        self.row = row


class IndexNotBuiltError(KnowledgeError):
    """The index folder is missing or incomplete."""

    code = "index_not_built"


class IndexCorruptError(KnowledgeError):
    """The index folder exists but cannot be read."""

    code = "index_corrupt"


class ModelLoadError(KnowledgeError):
    """The embedding model could not be loaded."""

    code = "model_load_error"


class QueryError(KnowledgeError):
    """The query is not acceptable (empty, too long)."""

    code = "invalid_query"
