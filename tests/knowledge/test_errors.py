"""The knowledge errors on the project's error contract (pure logic)."""

from __future__ import annotations

import pytest

from core.errors import AppError
from knowledge.errors import IndexCorruptError, IndexNotBuiltError, IngestError, ModelLoadError, QueryError


@pytest.mark.parametrize(
    ("error", "status"),
    [(QueryError, 422), (IndexNotBuiltError, 503), (IndexCorruptError, 503), (ModelLoadError, 503)],
)
def test_statuses_and_japanese_default_messages(error: type[AppError], status: int) -> None:
    raised = error(detail="developer detail")
    assert isinstance(raised, AppError)
    assert raised.status == status
    assert raised.message and all(ord(ch) > 0x3000 or ch in "。、" for ch in raised.message[:3])
    assert str(raised) == "developer detail"
    assert raised.body()["error"]["code"] == raised.code


def test_ingest_error_names_the_file_and_row() -> None:
    error = IngestError("empty question", source="faq.csv", row=3)
    assert error.detail == "faq.csv, row 3: empty question"
    assert (error.source, error.row) == ("faq.csv", 3)
