"""When the advice classifiers' near-certain reading answers a message the rules closed (pure):
:func:`advice_despite_closure`.

Some closures hold back an *alarm* only because the message is asked as a question or told as a matter, not because
anything says there is no trouble: a service asked for (どごさ相談すればいいべ, 話だけでも聞いていただけますか,
日曜にやっている外科はありますか: a service frame), a danger word read as a topic or a "what if" (毎日どなり込んで
くる, 昔がら水っつくとこだがら), a guard that found a context it needs missing (元彼から毎日何十回も電話: no person
word) or a sign denied (息は苦しぐねえ。病院さ行った方いいべか). An advice case is most often told exactly so. Held out
by writer (bench/bench_safety_overrule.py, six blocks blind25a-39b, the classifiers trained without the block, rules
ablated) the largest kind of wrong number was an advice case answered "none" (38 typed / 86 heard of ~3,550
numbered each), two thirds of them closed while the advice classifiers read their line (docs/safety.md, Round 38,
helper A47).

Closures that found evidence of no trouble still hold (a guard that found a harmless thing or pleasure: 母から毎日電話
が来るのが楽しみです; calm words: 通販のマグカップ、満足です; a resolved scare, a settled person, fiction, animals
only), and so does a reading short of :data:`ADVICE_THROUGH_PROBABILITY`. The reading is only taken where the rules'
decision is "none" (never over an alarm, an advice line the rules chose or the overrule of "none") and never on
check-in answers: it gives an advice card before the answer, never an alarm.
"""

from __future__ import annotations

from safety.findings import Findings
from safety.models import Channel
from safety.signals import Signals

# The closures the reading answers through (every closure that fired must be one; "guard" stands for its kinds):
# a guard that found a needed context missing or a sign denied, a service frame or plea, a topic, the past, a "what
# if", a question of possibility.
ADVICE_THROUGH: frozenset[str] = frozenset({
    "guard_needs", "guard_negated", "service_frame", "service_plea", "topic", "cancelled_topic", "cancelled_past",
    "hypothetical", "possibility",
})
# The advice probability the reading needs through a closure (the advice classifiers' own bar is 0.8).
ADVICE_THROUGH_PROBABILITY = 0.98  # advice-line probability


def advice_despite_closure(findings: Findings, signals: Signals, channel: Channel) -> bool:
    """Whether the advice classifiers' reading answers a message closed to second signals: it is no check-in answer,
    the classifiers read an advice line at :data:`ADVICE_THROUGH_PROBABILITY`, and every closure that fired is one of
    :data:`ADVICE_THROUGH`."""
    closures = findings.closed_by - {"guard"}
    return (channel != "checkin" and signals.advice is not None
            and signals.advice_probability >= ADVICE_THROUGH_PROBABILITY
            and bool(closures) and closures <= ADVICE_THROUGH)
