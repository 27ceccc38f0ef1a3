"""What bench_safety_cv prints per configuration: the mean over held-out splits, pooled, per style, and the held-out
wrong decisions (``--show-misses``).

Shared with bench_safety_signals.py.
"""

from __future__ import annotations

import statistics

from safety.evaluate import Outcome, predicted_number, score


def report(config: str, outcomes_by_split: dict[str, list[Outcome]]) -> None:
    """Mean over held-out splits, pooled, and pooled per style."""
    scores = {split: score(outcomes) for split, outcomes in outcomes_by_split.items()}
    mean = {name: statistics.fmean(getattr(s, name) for s in scores.values())
            for name in ("recall", "false_alarm_rate", "right_number_rate")}
    pooled = score(o for outcomes in outcomes_by_split.values() for o in outcomes)
    print(f"{config:<10} mean over {len(scores)} held-out splits: recall {mean['recall']:.3f}  false alarms "
          f"{mean['false_alarm_rate']:.3f}  right number {mean['right_number_rate']:.3f}   pooled: recall "
          f"{pooled.recall:.3f} ({pooled.caught}/{pooled.emergencies})  false alarms {pooled.false_alarm_rate:.3f} "
          f"({pooled.false_alarms}/{pooled.others})  right number {pooled.right_number_rate:.3f}")
    every = [o for outcomes in outcomes_by_split.values() for o in outcomes]
    cells = []
    for style in sorted({o.phrase.style for o in every}):
        s = score(o for o in every if o.phrase.style == style)
        cells.append(f"{style} {s.recall:.2f}/{s.false_alarm_rate:.2f}/{s.right_number_rate:.2f}")
    print("           per style (recall/false alarms/right number): " + ", ".join(cells), flush=True)
    quiet = [o for o in every if o.phrase.number == "none"]
    advised = sum(o.decision.kind in {"urgent_advice", "disaster"} for o in quiet)
    print(f"           'none' phrases given an advice or disaster message: {advised}/{len(quiet)}", flush=True)


def print_misses(config: str, outcomes_by_split: dict[str, list[Outcome]]) -> None:
    """Every held-out wrong decision of one configuration: split, style, label/number -> decided, events, text."""
    print(f"held-out wrong decisions ({config}):")
    for split, outcomes in outcomes_by_split.items():
        for outcome in outcomes:
            if not outcome.correct:
                phrase, decision = outcome.phrase, outcome.decision
                print(f"  {split:<9} {phrase.style:<8} {phrase.label}/{phrase.number} -> {decision.kind}/"
                      f"{predicted_number(decision)}/{decision.certainty} {','.join(decision.events)}  {phrase.text}")
