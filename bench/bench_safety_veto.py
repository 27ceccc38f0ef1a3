"""The emergency classifier vetoing a rule's alarm when it is all but sure there is none, held out by writer (prints
figures): ``bench_safety_levers``' blocks and recipe (``trheard``: the classifiers trained without the block, with the
training tellings' transcripts), the block decided typed and as heard with its ablated rules, then every alarm whose
held-out emergency probability is below a bar turned into the decision the layer makes without it.

    .venv/bin/python -m bench.bench_safety_veto --heard safety/eval/heard.tsv \\
        --training safety/eval/training.tsv --training-heard safety/eval/heard-training.tsv [--bars 0.02,0.05,0.1,0.2]

A variant is named ``veto <bar> <certainty> <rules> <fallback>``:

- certainty ``unsure`` vetoes only unsure alarms (a weak sign, a bare danger word, a rule's unsure line), ``any``
  also sure ones;
- rules ``signs`` vetoes only alarms whose every alarm event comes from a ``safety.events_*_signs`` module (dangers
  told by what one sees or hears; ``weak``/``lexical`` groups count as signs), ``any`` also the direct statements of
  ``safety.events_life``/``_body``/``_police``/``_advice`` (火事だ, 息してない); a scam or stalking happening now
  (no alarm event: the alarm comes from ``Findings.now``) is never a sign;
  ``weak`` only alarms whose every alarm event is a weak sign (``weak``/``weak_police``: not a bare danger word);
- fallback ``none`` makes it "none", ``rest`` re-decides the message without its alarm events (so a symptom left
  still gets its advice line, and a message open to second signals the advice classifiers' sure line).

As in production (``safety.assess``), a message with no predicate or asking to call the family is never vetoed (the
classifier is not consulted on it). The lines ``shipped`` are the decision without a veto. Round 36 measured it and
shipped none: vetoing sure alarms lost held-out emergencies on every block, vetoing bare danger words lost one heard
(blind25a-28b) and turned a test's emergency of ``tests/safety`` (read 0.001 by the shipped classifier) into "none";
the one variant that lost nothing, ``veto 0.05 unsure weak rest`` on typed messages, removed 2 of 60 held-out false
alarms - and an unsure alarm is where the issue asks for the emergency line first (docs/safety.md, Round 36).
``lost`` lists every held-out emergency a variant turns into a non-alarm (the safety-first check: a variant losing one
is rejected); ``--show`` lists every row a variant vetoes.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.bench_safety_levers as levers  # noqa: E402
import safety  # noqa: E402
import safety.detect  # noqa: E402
from bench.safety_veto_support import ALARM_GROUPS, sign_events, without_alarm  # noqa: E402
from safety.assess import asks_to_call_family, ngram_consulted  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import decide  # noqa: E402
from safety.evaluate import Outcome, predicted_number, score  # noqa: E402
from safety.models import Channel, SafetyDecision, SignalledAdvice  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.signals import Signals  # noqa: E402

BLOCKS = ("blind36a,blind36b;blind33a,blind33b,blind34a,blind34b,blind35a,blind35b;"
          "blind29a,blind29b,blind30a,blind30b,blind31a,blind31b,blind32a,blind32b;"
          "blind25a,blind25b,blind26a,blind26b,blind27a,blind27b,blind28a,blind28b")


@dataclasses.dataclass(frozen=True)
class Variant:
    """One way of vetoing."""

    bar: float
    unsure_only: bool
    rules: str  # any | signs | weak
    fallback: str  # none | rest

    @property
    def name(self) -> str:
        """``veto <bar> <certainty> <rules> <fallback>``."""
        return f"veto {self.bar} {'unsure' if self.unsure_only else 'any'} {self.rules} {self.fallback}"


WEAK_GROUPS = frozenset({"weak", "weak_police"})


def predicted(decision: SafetyDecision) -> str:
    """The number a decision gives, with ``!`` for an alarm."""
    return predicted_number(decision) + ("!" if decision.is_emergency else "")


def counted_line(name: str, outcomes: Sequence[Outcome]) -> str:
    """Recall, false alarms and right number with their counts."""
    s = score(outcomes)
    return (f"  {name:<34} recall {s.recall:.3f} ({s.caught}/{s.emergencies})  false alarms {s.false_alarm_rate:.3f} "
            f"({s.false_alarms}/{s.others})  right number {s.right_number_rate:.3f} ({s.right_number}/{s.numbered})")


def consulted(text: str) -> bool:
    """Whether production consults the emergency classifier on the text (a predicate, not a call to the family)."""
    text_views = views(text)
    return ngram_consulted(text_views, family_call=asks_to_call_family(text_views))


def signals_of(probs: levers.Probabilities, i: int, *, police_threshold: float,
               advice_threshold: float) -> Signals:
    """The second signals of one held-out row, as ``bench_safety_levers.decisions`` builds them."""
    best: tuple[float, SignalledAdvice | None] = (advice_threshold, None)
    for line, value in probs.advice[i].items():
        if value >= best[0]:
            best = (value, line)
    return Signals(ngram=probs.emergency[i], ngram_threshold=levers.NGRAM_THRESHOLD,
                   police_line=probs.police[i] >= police_threshold, advice=best[1])


def main() -> None:
    """Run bench_safety_levers with the shipped decision and print each variant's figures beside it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--heard", required=True)
    parser.add_argument("--training", required=True)
    parser.add_argument("--training-heard", required=True)
    parser.add_argument("--blocks", default=BLOCKS)
    parser.add_argument("--bars", default="0.02,0.05,0.1,0.2")
    parser.add_argument("--variants", default="", help="only these variant names, ';' between (default: all)")
    parser.add_argument("--show", default="", help="list every vetoed row of these variants, ';' between")
    args = parser.parse_args()
    bars = [float(bar) for bar in args.bars.split(",")]
    variants = [Variant(bar, unsure, rules, fallback) for bar in bars for unsure in (True, False)
                for rules in ("any", "signs", "weak") for fallback in ("rest", "none")]
    shown = set(args.show.split(";"))
    if args.variants:
        wanted = set(args.variants.split(";"))
        variants = [v for v in variants if v.name in wanted]
    signs = sign_events()
    data = default_safety_data()
    base = levers.decisions
    predicate: dict[str, bool] = {}

    def with_vetoes(rows: levers.Rows, test: Sequence[int], found: dict[int, safety.detect.Findings],
                    probs: levers.Probabilities, *, police_threshold: float,
                    advice_threshold: float, channel: Channel = "chat") -> list[Outcome]:
        outcomes = base(rows, test, found, probs, police_threshold=police_threshold,
                        advice_threshold=advice_threshold, channel=channel)
        kind = rows.kind[test[0]] if test else ""
        print(counted_line(f"shipped {kind}", outcomes), flush=True)
        rest: dict[int, SafetyDecision] = {}
        for variant in variants:
            turned = []
            lost, fixed, broken, changed = [], 0, 0, 0
            shown_rows: list[str] = []
            for i, outcome in zip(test, outcomes, strict=True):
                decision = outcome.decision
                text = rows.phrases[i].text
                if decision.is_emergency and probs.emergency[i] < variant.bar \
                        and (decision.certainty == "unsure" or not variant.unsure_only):
                    alarm_events = [name for name, group in found[i].events.items() if group in ALARM_GROUPS]
                    told_by_signs = bool(alarm_events) and all(name in signs for name in alarm_events)
                    weak_only = bool(alarm_events) and all(found[i].events[name] in WEAK_GROUPS
                                                           for name in alarm_events)
                    allowed = {"any": True, "signs": told_by_signs, "weak": weak_only}[variant.rules]
                    if allowed \
                            and predicate.setdefault(text, consulted(text)):
                        if variant.fallback == "none":
                            new = SafetyDecision(kind="none", events=("ngram_vetoes",))
                        else:
                            if i not in rest:
                                rest[i] = decide(without_alarm(found[i]), local_now=rows.phrases[i].moment,
                                                 channel=channel, data=data,
                                                 signals=signals_of(probs, i, police_threshold=police_threshold,
                                                                    advice_threshold=advice_threshold))
                            new = rest[i] if not rest[i].is_emergency else decision
                        before = Outcome(outcome.phrase, decision)
                        outcome = Outcome(outcome.phrase, new)
                        changed += 1
                        fixed += outcome.correct and not before.correct
                        broken += before.correct and not outcome.correct
                        if variant.name in shown:
                            shown_rows.append(f"    vetoed: {rows.phrases[i].label}/{rows.phrases[i].number} "
                                              f"{predicted(decision)}->{predicted(new)} {probs.emergency[i]:.3f} "
                                              f"{','.join(decision.events)} [{rows.phrases[i].split}] {text}")
                        if outcome.phrase.label == "emergency":
                            lost.append(f"{text} [{rows.phrases[i].split} {probs.emergency[i]:.3f} "
                                        f"{','.join(decision.events)}]")
                turned.append(outcome)
            print(counted_line(f"{variant.name} {kind}", turned)
                  + f"  vetoed {changed}: wrong->right {fixed}, right->wrong {broken}", flush=True)
            for text in lost:
                print(f"    lost: {text}", flush=True)
            for row in shown_rows:
                print(row, flush=True)
        return outcomes

    levers.decisions = with_vetoes
    sys.argv = [sys.argv[0], "--heard", args.heard, "--training", args.training, "--training-heard",
                args.training_heard, "--recipes", "trheard", "--blocks", args.blocks]
    levers.main()



if __name__ == "__main__":
    main()
