"""Training the n-gram classifier refuses the unexamined splits (CLI level)."""

from __future__ import annotations

import subprocess
import sys

from safety.ngram import NGRAM_FILE


def test_training_on_an_unexamined_split_is_refused_and_writes_nothing() -> None:
    before = NGRAM_FILE.read_bytes()
    result = subprocess.run([sys.executable, "-m", "safety.train_ngram", "--splits", "dev,blind"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert "unexamined" in result.stderr
    assert NGRAM_FILE.read_bytes() == before
