"""The folds of bench_safety_cv: the rules' split-specific alternatives (every top-level alternative of a rule
pattern, ``unless`` guard or cancelling context pattern whose hits all lie in one held-out split) left out while that
split is decided, the held-out block of ``--block``, and the rows every fold trains and tests on (:class:`Data`).

Shared with bench_safety_signals.py.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import numpy as np

import safety.detect
import safety.detect_hits
from safety.evaluate import EXAMINED_SPLITS, Phrase, load_training
from safety.normalize import TextViews, views
from safety.patterns import rules
from safety.rule import Rule
from safety.train_ngram import load_heard, with_heard

NEVER = re.compile(r"(?!)")


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (``a|(b|c)|d`` -> ``a``, ``(b|c)``, ``d``)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1: index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


# Context patterns of safety.detect that cancel an alarm (topics, fiction, "what if", the past, pleasure, a service
# request, negation, reassurance; since round 17 also a line asked about and a settlement demanded, which turn or drop
# events; since round 29 the scares explained, read next to RESOLVED): their split-specific alternatives are left out
# too.
CANCELLING_CONTEXT = ("TOPIC", "TOPIC_VOICED", "FICTION", "HYPOTHETICAL", "PAST", "CALM", "SERVICE", "NEGATED_AFTER",
                      "DENIED_AFTER", "REASSURED", "RESOLVED", "EXPLAINED", "SETTLED", "WHICH_LINE", "SETTLEMENT",
                      "PAST_TOLD_OVER")
# The module that reads each context pattern as a global: safety.detect, but for the negations after a match, read by
# safety.detect_hits.rule_hits (split from safety.detect in round 34).
MATCH_CONTEXT = frozenset({"NEGATED_AFTER", "DENIED_AFTER"})
# The five held-out blocks of writers the Round 36-37 benches (bars, overrule) use by default, newest first.
FIVE_BLOCKS = ("blind37a,blind37b;blind36a,blind36b;blind33a,blind33b,blind34a,blind34b,blind35a,blind35b;"
               "blind29a,blind29b,blind30a,blind30b,blind31a,blind31b,blind32a,blind32b;"
               "blind25a,blind25b,blind26a,blind26b,blind27a,blind27b,blind28a,blind28b")


def context_home(name: str) -> ModuleType:
    """The module whose global ``name`` the fold replaces (:data:`MATCH_CONTEXT` in safety.detect_hits)."""
    return safety.detect_hits if name in MATCH_CONTEXT else safety.detect


@dataclasses.dataclass
class Alternatives:
    """One pattern's compiled top-level alternatives and, per alternative, the splits of the phrases it hits."""

    parts: list[re.Pattern[str]]
    splits: list[set[str]]

    def without(self, split: str, original: re.Pattern[str], *, empty: re.Pattern[str] = NEVER) -> re.Pattern[str]:
        """The pattern without the alternatives only the given split needs (``original`` when none is)."""
        keep = [part.pattern for part, where in zip(self.parts, self.splits, strict=True) if where != {split}]
        if len(keep) == len(self.parts):
            return original
        return re.compile("|".join(keep), original.flags) if keep else empty

    def specific_to(self, split: str) -> int:
        """How many alternatives only the given split needs."""
        return sum(where == {split} for where in self.splits)


def map_pattern(pattern: re.Pattern[str], phrases: list[Phrase], texts: Sequence[Sequence[str]]) -> Alternatives:
    """Which splits each alternative of ``pattern`` hits, searching each phrase's given texts."""
    parts = [re.compile(alt, pattern.flags) for alt in alternatives(pattern.pattern)]
    splits: list[set[str]] = [set() for _ in parts]
    for phrase, candidates in zip(phrases, texts, strict=True):
        for part, where in zip(parts, splits, strict=True):
            if phrase.split not in where and any(part.search(text) for text in candidates):
                where.add(phrase.split)
    return Alternatives(parts, splits)


@dataclasses.dataclass
class Ablation:
    """The alternatives of every rule pattern, ``unless`` guard and cancelling context pattern."""

    patterns: list[Alternatives]
    guards: list[dict[str, Alternatives]]
    context: dict[str, Alternatives]

    def rules_without(self, split: str) -> tuple[Rule, ...]:
        """The rules with the alternatives (of patterns and guards) that only the given split needs left out."""
        kept: list[Rule] = []
        for rule, pattern, guards in zip(rules(), self.patterns, self.guards, strict=True):
            changes: dict[str, re.Pattern[str] | None] = {"pattern": pattern.without(split, rule.pattern)}
            for name, alts in guards.items():
                changes[name] = alts.without(split, getattr(rule, name), empty=NEVER)
            kept.append(dataclasses.replace(rule, **changes))  # type: ignore[arg-type]
        return tuple(kept)

    def context_without(self, split: str) -> dict[str, re.Pattern[str]]:
        """The cancelling context patterns without their split-specific alternatives."""
        return {name: alts.without(split, getattr(context_home(name), name)) for name, alts in self.context.items()}

    def specific_to(self, split: str) -> tuple[int, int]:
        """How many alternatives of rule patterns, and of guards and context, only the given split needs."""
        patterns = sum(alts.specific_to(split) for alts in self.patterns)
        guards = sum(alts.specific_to(split) for group in self.guards for alts in group.values())
        return patterns, guards + sum(alts.specific_to(split) for alts in self.context.values())


def map_alternatives(phrases: list[Phrase], text_views: list[TextViews]) -> Ablation:
    """Which splits each alternative of each rule, guard and cancelling context pattern hits."""
    both = [(view.devoiced, view.joined) for view in text_views]
    devoiced = [(view.devoiced,) for view in text_views]
    voiced = [(view.joined,) for view in text_views]
    patterns = [map_pattern(rule.pattern, phrases, voiced if rule.voiced else devoiced) for rule in rules()]
    # ``unless`` guards (anywhere in the text); ``not_before`` guards, anchored to a match, stay as written
    guards = [{"unless": map_pattern(rule.unless, phrases, devoiced)} if rule.unless is not None else {}
              for rule in rules()]
    context = {name: map_pattern(getattr(context_home(name), name), phrases, both) for name in CANCELLING_CONTEXT}
    return Ablation(patterns, guards, context)


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


@contextlib.contextmanager
def fold_rules(ablation: Ablation, split: str) -> Iterator[None]:
    """safety.detect with the split-specific alternatives of ``split`` left out (rules and cancelling context)."""
    names = ("rules", *CANCELLING_CONTEXT)
    original = {name: getattr(context_home(name), name) for name in names}
    try:
        fold_rule_set = ablation.rules_without(split)
        setattr(safety.detect, "rules", lambda: fold_rule_set)  # noqa: B010 (a module global)
        for name, pattern in ablation.context_without(split).items():
            setattr(context_home(name), name, pattern)
        yield
    finally:
        for name, value in original.items():
            setattr(context_home(name), name, value)


def ablated_findings(phrases: list[Phrase], text_views: list[TextViews], ablation: Ablation,
                     splits: Sequence[str] = EXAMINED_SPLITS) -> dict[str, dict[int, safety.detect.Findings]]:
    """The findings of every held-out split (of ``splits``) with its split-specific alternatives left out."""
    findings: dict[str, dict[int, safety.detect.Findings]] = {}
    for split in splits:
        with fold_rules(ablation, split):
            findings[split] = {i: safety.detect.find(text_views[i]) for i, p in enumerate(phrases) if p.split == split}
    return findings


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
