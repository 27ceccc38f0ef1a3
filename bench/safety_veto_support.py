"""The pure parts of bench/bench_safety_veto.py (round 36, helper A38): which events raise an alarm, which of them
are signs told by what one sees or hears, and the findings without the alarm's events.

The veto itself was measured and not shipped (docs/safety.md, Round 36): held out by writer the only variant that
lost no emergency - an unsure alarm raised by weak signs alone, typed, below 0.05 - removed 2 of 60 false alarms over
four blocks and 1 of 14 on blind37, and an unsure alarm is exactly where the issue asks for the emergency line first.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from safety.findings import Findings
from safety.rule import Group, Rule

# The groups whose events raise an alarm (119/110) by themselves; "scam" and "stalking" raise one only when
# happening now (``Findings.now``).
ALARM_GROUPS: frozenset[Group] = frozenset({"fire", "medical", "police", "help", "weak", "weak_police", "lexical",
                                            "lexical_police"})
# Unsure groups: a weak sign or a bare danger word (counted with the sign rules); the weak signs alone may be vetoed.
UNSURE_GROUPS: frozenset[Group] = frozenset({"weak", "weak_police", "lexical", "lexical_police"})
WEAK_GROUPS: frozenset[Group] = frozenset({"weak", "weak_police"})


def _direct_rules() -> tuple[Rule, ...]:
    from safety.events_advice import advice_rules
    from safety.events_body import body_rules
    from safety.events_generic import generic_rules
    from safety.events_life import life_rules
    from safety.events_police import police_rules

    return life_rules() + body_rules() + police_rules() + generic_rules() + advice_rules()


@cache
def sign_events() -> frozenset[str]:
    """The alarm events that only the ``safety.events_*_signs`` modules or the unsure groups raise: dangers told by
    what one sees or hears, not a direct statement (火事だ, 息してない, 倒れた) of ``safety.events_life``, ``_body``,
    ``_police`` or ``_advice``."""
    from safety.patterns import rules

    direct = {r.name for r in _direct_rules() if r.group in ALARM_GROUPS - UNSURE_GROUPS}
    return frozenset(r.name for r in rules() if r.group in ALARM_GROUPS and r.name not in direct)


def without_alarm(findings: Findings) -> Findings:
    """The findings without the events that raise an alarm, and not "now" (a scam or stalking then gets its
    consultation line rather than 110)."""
    return replace(findings, events={name: group for name, group in findings.events.items()
                                     if group not in ALARM_GROUPS}, now=False)


def weak_signs_only(findings: Findings) -> bool:
    """Whether every event that raises an alarm is a weak sign (:data:`WEAK_GROUPS`), and there is one."""
    alarm = [group for group in findings.events.values() if group in ALARM_GROUPS]
    return bool(alarm) and all(group in WEAK_GROUPS for group in alarm)
