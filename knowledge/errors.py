"""Errors of the knowledge package, on the project's one error contract (:class:`core.errors.AppError`).

``message`` is the Japanese text shown to people (each class has a default); ``detail`` is English for
developers and logs (the CLI prints it).
"""

from __future__ import annotations

from core.errors import AppError


class KnowledgeError(AppError):
    """Base error of the knowledge package."""

    code = "knowledge_error"
    status = 500
    default_message = "よくある質問の検索で問題が起きました。時間をおいて、もう一度お試しください。"


class IngestError(KnowledgeError):
    """A corpus file could not be read; names the file and, where known, the row."""

    code = "ingest_error"
    default_message = "よくある質問のデータを読み込めませんでした。"

    def __init__(self, problem: str, *, source: str, row: int | None = None) -> None:
        where = source if row is None else f"{source}, row {row}"
        super().__init__(detail=f"{where}: {problem}")
        self.source = source
        self.row = row


class IndexNotBuiltError(KnowledgeError):
    """The index folder is missing or incomplete, or the search is not loaded yet."""

    code = "index_not_built"
    status = 503
    default_message = "よくある質問の検索は準備中です。しばらくしてから、もう一度お試しください。"


class IndexCorruptError(KnowledgeError):
    """The index folder exists but cannot be read."""

    code = "index_corrupt"
    status = 503
    default_message = "よくある質問の検索は準備中です。しばらくしてから、もう一度お試しください。"


class ModelLoadError(KnowledgeError):
    """The embedding model (or the learned ranking model) could not be loaded."""

    code = "model_load_error"
    status = 503
    default_message = "よくある質問の検索は準備中です。しばらくしてから、もう一度お試しください。"


class QueryError(KnowledgeError):
    """The query is not acceptable (empty, too long)."""

    code = "invalid_query"
    status = 422
    default_message = "ご質問の内容を確かめて、もう一度お試しください。"
