"""Wiring: the index fingerprint's vocabulary part."""

from __future__ import annotations

import hashlib
from pathlib import Path

from knowledge.service import vocabulary_digest
from knowledge.settings import KnowledgeSettings


def test_vocabulary_digest_covers_how_patterns_are_read(tmp_path: Path) -> None:
    """Since section 24 the loader brings patterns to the query's form: an index built from the same file by the
    previous loader (a plain hash of the file) is rebuilt, and an edit of the file still rebuilds."""
    path = tmp_path / "v.yaml"
    path.write_text('rewrites:\n  - ["ICカード", "マイナンバーカード"]\n', "utf-8")
    settings = KnowledgeSettings(_env_file=None, vocabulary_path=path)
    digest = vocabulary_digest(settings)
    assert digest != hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_text('rewrites:\n  - ["icカード", "マイナンバーカード"]\n', "utf-8")
    assert vocabulary_digest(settings) not in ("", digest)
