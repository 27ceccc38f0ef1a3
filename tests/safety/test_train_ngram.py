"""Training the n-gram classifier accepts only the examined splits (CLI level)."""

from __future__ import annotations

import subprocess
import sys

from safety.evaluate import EXAMINED_SPLITS, UNEXAMINED_SPLITS
from safety.ngram import NGRAM_FILE, POLICE_NGRAM_FILE

# A split that is not examined: a pending unexamined one if there is any, else the name the next blind split will get.
NOT_EXAMINED = min(UNEXAMINED_SPLITS) if UNEXAMINED_SPLITS else "blind10"


def test_training_on_an_unexamined_split_is_refused_and_writes_nothing() -> None:
    assert NOT_EXAMINED not in EXAMINED_SPLITS
    before = NGRAM_FILE.read_bytes(), POLICE_NGRAM_FILE.read_bytes()
    result = subprocess.run([sys.executable, "-m", "safety.train_ngram", "--splits", f"dev,{NOT_EXAMINED}"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2
    assert "unexamined" in result.stderr
    assert (NGRAM_FILE.read_bytes(), POLICE_NGRAM_FILE.read_bytes()) == before
