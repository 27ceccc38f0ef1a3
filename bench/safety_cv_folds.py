"""The folds of bench_safety_cv: the held-out blocks of ``--block`` and the blind-pair folds, the rows every fold
trains and tests on (:class:`Data`) and a block's findings with its own rule alternatives left out (the ablation in
bench/safety_cv_ablation.py).

Shared with bench_safety_signals.py.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Sequence
from pathlib import Path

import numpy as np

import safety.detect
from bench.safety_cv_ablation import Ablation, fold_rules
from safety.evaluate import EXAMINED_SPLITS, Phrase, load_training
from safety.normalize import TextViews, views
from safety.train_ngram import load_heard, with_heard

# The five held-out blocks of writers the Round 36-37 benches (bars, overrule) use by default, newest first.
FIVE_BLOCKS = ("blind37a,blind37b;blind36a,blind36b;blind33a,blind33b,blind34a,blind34b,blind35a,blind35b;"
               "blind29a,blind29b,blind30a,blind30b,blind31a,blind31b,blind32a,blind32b;"
               "blind25a,blind25b,blind26a,blind26b,blind27a,blind27b,blind28a,blind28b")


def merge_block(phrases: list[Phrase], block: Sequence[str]) -> tuple[list[Phrase], str]:
    """The phrases with the splits of ``block`` merged into one split (``blind21a+blind21b``), and its name."""
    name = "+".join(block)
    return [dataclasses.replace(p, split=name) if p.split in block else p for p in phrases], name


def held_out_blocks(phrases: list[Phrase], blocks: Sequence[Sequence[str]],
                    aside: frozenset[str]) -> tuple[list[Phrase], list[str], set[str]]:
    """The phrases with each block merged into one split (:func:`merge_block`), sorted with the blocks wholly
    ``aside`` last (so an ablation map built on the others never sees them), the blocks' names and the names of those
    aside."""
    names, aside_names = [], set(aside)
    for block in blocks:
        phrases, name = merge_block(phrases, block)
        names.append(name)
        if set(block) <= aside:
            aside_names.add(name)
    phrases.sort(key=lambda p: p.split in aside_names)
    return phrases, names, aside_names


def blind_pair_folds(phrases: list[Phrase], first: int, last: int) -> tuple[list[Phrase], list[str]]:
    """The phrases with every examined blind pair ``blind{first}a/b`` .. ``blind{last}a/b`` merged into one split each
    (:func:`merge_block`), and the merged splits' names: the blind-pair folds of the held-out benches."""
    folds = []
    for number in range(first, last + 1):
        block = (f"blind{number}a", f"blind{number}b")
        if set(block) <= set(EXAMINED_SPLITS):
            phrases, name = merge_block(phrases, block)
            folds.append(name)
    return phrases, folds


def add_block_arguments(parser: argparse.ArgumentParser, *, blocks: str, aside: str) -> None:
    """The options of the benches held out by block: the transcripts, the training tellings and their transcripts,
    the blocks (``;`` between blocks, ``,`` between splits) and the splits kept aside from training and ablation."""
    parser.add_argument("--heard", type=Path, required=True)
    parser.add_argument("--training", type=Path, required=True)
    parser.add_argument("--training-heard", type=Path, required=True)
    parser.add_argument("--blocks", default=blocks)
    parser.add_argument("--aside", default=aside)


def add_fold_arguments(parser: argparse.ArgumentParser, *, last: int, thresholds: str) -> None:
    """The options every blind-pair bench takes: the first and last pair held out, the thresholds to print."""
    parser.add_argument("--first", type=int, default=16)
    parser.add_argument("--last", type=int, default=last)
    parser.add_argument("--thresholds", default=thresholds)


@dataclasses.dataclass
class Data:
    """The examined phrases with what every fold needs."""

    phrases: list[Phrase]
    views: list[TextViews]
    rows: list[dict[str, int]]
    variant_rows: list[list[dict[str, int]]]
    findings: dict[str, dict[int, safety.detect.Findings]]
    embedding: np.ndarray | None = None
    extra_negative_rows: list[dict[str, int]] = dataclasses.field(default_factory=list)  # FAQ questions (faqneg)
    heard_from: int | None = None  # phrases from this index on are what Whisper heard for earlier ones (--heard)
    training: frozenset[int] = frozenset()  # training-only phrases (--training): never a fold, trained on on request

    def is_heard(self, index: int) -> bool:
        """Whether the row is a transcript (not a typed phrase)."""
        return self.heard_from is not None and index >= self.heard_from

    def indices(self, split: str, *, heard: bool = False, training: bool = False) -> tuple[list[int], list[int]]:
        """Training rows (the other splits; their transcripts too when ``heard``, the training-only phrases too when
        ``training``) and test rows (the split's typed phrases)."""
        return ([i for i, p in enumerate(self.phrases) if p.split != split and (heard or not self.is_heard(i))
                 and (training or i not in self.training)],
                [i for i, p in enumerate(self.phrases) if p.split == split and not self.is_heard(i)])

    def heard_test(self, split: str) -> list[int]:
        """The transcripts of the held-out split's phrases."""
        return [i for i, p in enumerate(self.phrases) if p.split == split and self.is_heard(i)]


def add_training_and_heard(phrases: list[Phrase], text_views: list[TextViews], examined: list[Phrase], *,
                           training: Path | None, heard: Path | None) -> tuple[frozenset[int], int | None]:
    """Append to ``phrases``/``text_views`` the training-only phrases (in every fold's training, never a fold) and
    what Whisper heard for the ``examined`` ones; return the training rows and the first heard row (None if none)."""
    training_rows: frozenset[int] = frozenset()
    if training is not None:
        extra = load_training(training)
        training_rows = frozenset(range(len(phrases), len(phrases) + len(extra)))
        phrases += extra
        text_views += [views(p.text) for p in extra]
        print(f"{len(extra)} training-only phrases from {training}")
    heard_from: int | None = None
    if heard is not None:
        heard_from = len(phrases)
        phrases += with_heard(examined, load_heard(heard))
        text_views += [views(p.text) for p in phrases[heard_from:]]
        print(f"{len(phrases) - heard_from} transcripts from {heard}")
    return training_rows, heard_from


def block_findings(phrases: Sequence[Phrase], name: str, rows: Sequence[int], spoken: Sequence[int],
                   findings: dict[str, dict[int, safety.detect.Findings]], ablation: Ablation,
                   aside: set[str]) -> dict[int, safety.detect.Findings]:
    """The findings of one block's rows (``phrases`` indexed by row): a block aside, read by no rule, decided with the
    rules as they are; any other with its alternatives left out (the typed rows are in ``findings`` already, the
    transcripts in ``spoken`` are added)."""
    if name in aside:
        findings[name] = {i: safety.detect.find(views(phrases[i].text)) for i in [*rows, *spoken]}
    else:
        with fold_rules(ablation, name):
            findings[name].update({i: safety.detect.find(views(phrases[i].text)) for i in spoken})
    return findings[name]


def fresh_dump(folder: Path | None, name: str) -> Path | None:
    """The dump file of a block under ``folder`` (none without one), emptied."""
    if folder is None:
        return None
    dump = folder / f"{name.split('+')[0]}.tsv"
    dump.parent.mkdir(parents=True, exist_ok=True)
    dump.unlink(missing_ok=True)
    return dump
