"""What the pure-decision tests share: Findings built by hand (flags by name) and one decision on them."""

from __future__ import annotations

from datetime import datetime

from safety.data_file import default_safety_data
from safety.decide import decide
from safety.detect import Findings
from safety.models import Channel, SafetyDecision
from safety.rule import Group
from safety.signals import Signals
from tests.safety.helpers import DAY

NOTHING = Findings(events={}, topic=False, now=False, child=False, question=False)
OPEN_NGRAM = Signals(ngram=0.95, ngram_threshold=0.8)


def findings(events: dict[str, Group] | None = None, **flags: bool) -> Findings:
    """Findings with the named flags set (a name Findings has no flag for is a TypeError)."""
    def flag(name: str) -> bool:
        return flags.pop(name, False)

    found = Findings(events=events or {}, topic=flag("topic"), now=flag("now"), child=flag("child"),
                     question=flag("question"), guarded=flag("guarded"), service=flag("service"), night=flag("night"),
                     calm=flag("calm"), asks_possibility=flag("asks_possibility"), consulting=flag("consulting"))
    if flags:
        raise TypeError(f"Findings has no flag {', '.join(sorted(flags))}")
    return found


def run(found: Findings, signals: Signals | None = None, *, channel: Channel = "chat",
        now: datetime = DAY) -> SafetyDecision:
    return decide(found, local_now=now, channel=channel, signals=signals or Signals(), data=default_safety_data())
