"""Ordinary questions nobody labelled as further "none" rows of the emergency classifier (``python -m
safety.train_ngram --negatives``; round 36, helper A40: measured, not used by the shipped recipe - docs/safety.md).

A text whose devoiced reading repeats a phrase of the set, a training telling or a question wording of the FAQ corpus
(the out-of-set check of :mod:`safety.faq_check`) is left out.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from safety.evaluate import Phrase, load_phrases
from safety.normalize import views

# The FAQ corpus whose question wordings stay out of --negatives (they are the out-of-set check, safety.faq_check).
FAQ_CORPUS = Path(__file__).resolve().parent.parent / "knowledge" / "corpus"
NEGATIVES_SPLIT = "negatives"  # the split of the --negatives rows (never a phrase set's split)
# Each --negatives row's weight in the emergency classifier (the "none" phrases count NONE_WEIGHT).
NEGATIVES_WEIGHT = 1.0


def collision_key(text: str) -> str:
    """The form two texts are compared in when deciding whether a negative repeats a known text: the devoiced
    reading without spaces."""
    return "".join(views(text).devoiced.split())


def load_negatives(paths: Sequence[Path], *, known: Iterable[str] = ()) -> list[Phrase]:
    """The ``query`` (or ``text``) column of each TSV (header first) as "none" phrases of split
    :data:`NEGATIVES_SPLIT` (style: the file's stem), each text once, leaving out every text whose
    :func:`collision_key` is one of ``known``'s."""
    seen = {collision_key(text) for text in known}
    negatives: list[Phrase] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            column = "query" if reader.fieldnames and "query" in reader.fieldnames else "text"
            for row in reader:
                text = (row.get(column) or "").strip()
                key = collision_key(text) if text else ""
                if key and key not in seen:
                    seen.add(key)
                    negatives.append(Phrase(text=text, label="none", number="none", style=path.stem, at="",
                                            split=NEGATIVES_SPLIT))
    return negatives


def known_texts(corpus: Path = FAQ_CORPUS) -> list[str]:
    """The texts a negative may not repeat: every phrase of the set (all splits), every training telling and every
    question wording of the FAQ corpus under ``corpus`` (when it exists)."""
    from safety.evaluate import TRAINING_FILE
    from safety.faq_check import load_faq_questions  # imports the layer: only when negatives are read

    texts = [p.text for p in load_phrases()] + [p.text for p in load_phrases(TRAINING_FILE)]
    if corpus.is_dir():
        texts += [q.text for q in load_faq_questions(corpus)]
    return texts
