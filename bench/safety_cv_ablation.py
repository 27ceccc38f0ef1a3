"""The rules' split-specific alternatives of bench_safety_cv: every top-level alternative of a rule pattern, ``unless``
guard or cancelling context pattern whose hits all lie in one held-out split, mapped (:class:`Ablation`) and left out
while that split is decided (:func:`fold_rules`).

Shared with bench/safety_cv_folds.py and the held-out benches.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterator, Sequence
from types import ModuleType

import safety.detect
import safety.detect_hits
import safety.detect_soften
import safety.detect_topic
import safety.vocabulary_hypothetical
from safety.evaluate import EXAMINED_SPLITS, Phrase
from safety.normalize import TextViews
from safety.patterns import rules
from safety.rule import Rule

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
# safety.detect_hits.rule_hits (split from safety.detect in round 34), for the topic words, read by
# safety.detect_topic.names_a_topic (split from safety.detect in round 47) - and the voiced ones by
# safety.detect_topic.names_a_voiced_topic since round 58 -, and for the "what if" words, read by
# safety.vocabulary_hypothetical.hypothetical_told (round 51).
MATCH_CONTEXT = frozenset({"NEGATED_AFTER", "DENIED_AFTER"})
# ... and the reassurance and the line asked about, read by safety.detect_soften.soften (split from safety.detect in
# round 58).
SOFTENING_CONTEXT = frozenset({"REASSURED", "WHICH_LINE"})
def context_home(name: str) -> ModuleType:
    """The module whose global ``name`` the fold replaces (:data:`MATCH_CONTEXT` in safety.detect_hits, ``TOPIC`` and
    ``TOPIC_VOICED`` in safety.detect_topic, ``HYPOTHETICAL`` in safety.vocabulary_hypothetical, the reassurance and
    the line asked about in safety.detect_soften)."""
    if name in SOFTENING_CONTEXT:
        return safety.detect_soften
    if name in {"TOPIC", "TOPIC_VOICED"}:
        return safety.detect_topic
    if name == "HYPOTHETICAL":
        return safety.vocabulary_hypothetical
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
