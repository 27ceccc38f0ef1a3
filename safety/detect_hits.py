"""Whether one rule's event is in a message's text views (:func:`rule_hits`): its pattern, its guards, a negation or
denial after it, a word before it, an animal as its subject. Used by :func:`safety.detect.find` for every rule
(split from :mod:`safety.detect` in round 34)."""

from __future__ import annotations

import re
from typing import Literal

from safety.detect_cues import BEFORE_CHARS
from safety.detect_cues_animal import ANIMAL_BEFORE, ANIMAL_BEFORE_VOICED, ANIMAL_SUBJECT_GROUPS, NO_PERSON_BEFORE, VET
from safety.normalize import TextViews
from safety.rule import Rule
from safety.vocabulary_denied import DENIED_AFTER, DENIED_BUT, NEGATED_AFTER

Hit = Literal["hit", "guarded", "miss"]
# Symptoms and questions keep the message's advice even when one sign is denied with a "but" or a listing たり
# (吐いたりはしておりませんが、毒きのこではないかと: still #7119; round 39).
ADVICE_GROUPS = frozenset({"symptom", "ask"})
# An alarm word denied in the past right after it, in the voiced views (火事じゃなかった, 火事でねがったげど - it was no
# fire; round 47, wide49): cancels a bare alarm word (the "lexical" group) even where the rule keeps its negations.
# Voiced, so that で is not the て of a verb (息してねがった: not breathing stays an alarm).
LEXICAL_GROUP = "lexical"
NOUN_DENIED_PAST = re.compile(r"^(?:じゃ|じゃあ|では|でわ|で)(?:なかった|ねかった|ねがった|ありませんでした)")
# The kinds of guard :func:`rule_hits` reports: the rule's ``unless`` context found, its ``needs`` context missing, a
# denial or negation after the match, a word before it, an animal as its subject.
GUARD_KINDS = frozenset({"guard_unless", "guard_needs", "guard_negated", "guard_before", "guard_animal"})


def rule_hits(rule: Rule, views: TextViews, seen: dict[re.Pattern[str], bool], why: set[str] | None = None) -> Hit:
    """Whether the rule's event is in the text ("guarded": its pattern matched but a guard cancelled it).

    ``seen`` remembers the guards already searched in this text (many rules share one, e.g. a person). ``why``, when
    given, receives the kinds of guard that cancelled a "guarded" match (:data:`GUARD_KINDS`).
    """
    text = views.joined if rule.voiced else views.devoiced
    if not rule.pattern.search(text):
        return "miss"
    found: set[str] = set()
    for guard, wanted, kind in ((rule.unless, False, "guard_unless"), (rule.needs, True, "guard_needs")):
        if guard is None:
            continue
        if guard not in seen:
            seen[guard] = bool(guard.search(views.devoiced))
        if seen[guard] != wanted:
            found.add(kind)
            break
    else:
        for match in rule.pattern.finditer(text):
            reason = _cancelled_match(rule, text, match, views.joined)
            if reason is None:
                return "hit"
            found.add(reason)
    if why is not None:
        why |= found
    return "guarded"


def _cancelled_match(rule: Rule, text: str, match: re.Match[str], voiced: str) -> str | None:
    """The guard kind that cancels one match of the rule's pattern (a denial or negation after it, a word before it,
    an animal as its subject), or None. ``voiced``: the voiced views, aligned with ``text`` character for character
    (the devoiced views are a one-to-one translation of them)."""
    line_end = text.find("\n", match.end())
    after = text[match.end(): line_end if line_end >= 0 else len(text)]
    voiced_after = voiced[match.end(): match.end() + len(after)] if len(voiced) == len(text) else ""
    if (DENIED_AFTER.search(after) or (rule.group not in ADVICE_GROUPS and DENIED_BUT.search(voiced_after))
            or (not rule.has_negation and NEGATED_AFTER.search(after))):
        return "guard_negated"
    if rule.group == LEXICAL_GROUP and NOUN_DENIED_PAST.search(voiced_after):
        return "guard_negated"
    if rule.not_before is not None:
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = text[max(line_start, match.start() - BEFORE_CHARS): match.start()]
        if rule.not_before.search(before):
            return "guard_before"
    if rule.group in ANIMAL_SUBJECT_GROUPS and _animal_before(text, match.start(), voiced=rule.voiced):
        return "guard_animal"
    return None


def _animal_before(text: str, start: int, *, voiced: bool) -> bool:
    """Whether an animal is the subject of the sign starting at ``start`` (猫が窓から落ちた), no person between; or a
    vet is named in the line and no person before the sign (子牛、息してねぇみでぇだ、獣医さんの番号)."""
    line_start = text.rfind("\n", 0, start) + 1
    if (ANIMAL_BEFORE_VOICED if voiced else ANIMAL_BEFORE).search(text, line_start, start):
        return True
    line_end = text.find("\n", start)
    return bool(VET.search(text, line_start, line_end if line_end >= 0 else len(text))
                and NO_PERSON_BEFORE.match(text, line_start, start))
