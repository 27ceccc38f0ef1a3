"""A mild alarm of the rules answered with the medical advice line, held out by writer (prints figures):
``bench_safety_overrule``'s blocks and recipe (rules ablated, the classifiers trained without the block, the
training tellings' transcripts), each block decided typed and as heard as shipped, then with
:func:`safety.advice_over_alarm.advice_over_alarm` applied to the shipped decision (the held-out emergency reading,
the held-out medical advice reading at the advice classifiers' sure bar, the classifier consulted as
:func:`safety.assess.ngram_consulted` says). Pooled counts at the end; ``--dump DIR`` writes every changed row.

    PYTHONPATH=. .venv/bin/python -m bench.bench_safety_advice_alarm --heard safety/eval/heard.tsv \\
        --training safety/eval/training.tsv --training-heard safety/eval/heard-training.tsv \\
        --blocks "blind40a,blind40b;blind39a,blind39b;blind38a,blind38b;<FIVE_BLOCKS>" --dump DIR

Round 40 (helper A57; docs/safety.md): the eight blocks of Round 39 (A55), blind41 in every block's training.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.bench_safety_levers as levers  # noqa: E402
import bench.bench_safety_overrule as overrule_bench  # noqa: E402
import safety.detect  # noqa: E402
from safety.advice_over_alarm import advice_over_alarm  # noqa: E402
from safety.assess import asks_to_call_family, ngram_consulted  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import medical_advice  # noqa: E402
from safety.evaluate import Outcome, Score, predicted_number, score  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.signals import Signals  # noqa: E402
from safety.train_ngram import ADVICE_THRESHOLD, POLICE_THRESHOLD  # noqa: E402

TOTALS: dict[str, list[int]] = {}


def answered(outcomes: Sequence[Outcome], test: Sequence[int], found: dict[int, safety.detect.Findings],
             probs: levers.Probabilities, *, channel: str) -> list[Outcome]:
    """The shipped outcomes with a mild alarm the classifiers doubt answered with the medical advice line."""
    data = default_safety_data()
    turned = []
    for i, outcome in zip(test, outcomes, strict=True):
        medical = probs.advice[i].get("medical", 0.0)
        text = views(outcome.phrase.text)
        signals = Signals(ngram=probs.emergency[i], ngram_consulted=ngram_consulted(
                              text, family_call=asks_to_call_family(text)),
                          advice="medical" if medical >= ADVICE_THRESHOLD else None, advice_probability=medical)
        if advice_over_alarm(outcome.decision, found[i], signals, "voice" if channel == "heard" else "chat", text):
            outcome = Outcome(outcome.phrase, medical_advice(
                found[i], [*outcome.decision.events, "advice_over_alarm"], local_now=outcome.phrase.moment,
                data=data))
        turned.append(outcome)
    return turned


def counts(pooled: Score) -> list[int]:
    """Caught, emergencies, false alarms, others, right number, numbered."""
    return [pooled.caught, pooled.emergencies, pooled.false_alarms, pooled.others, pooled.right_number,
            pooled.numbered]


def block_lines(rows: levers.Rows, test: Sequence[int], found: dict[int, safety.detect.Findings],
                probs: levers.Probabilities, *, bars: Sequence[float], kind: str, dump: Path | None) -> None:
    """The block as shipped and with the mild alarms answered; the changed rows to ``dump``."""
    del bars  # the overrule bench's bars: not used here
    shipped = levers.decisions(rows, test, found, probs, police_threshold=POLICE_THRESHOLD,
                               advice_threshold=ADVICE_THRESHOLD, channel="voice" if kind == "heard" else "chat")
    after = answered(shipped, test, found, probs, channel=kind)
    for name, outcomes in ((f"shipped {kind}", shipped), (f"mild alarms answered {kind}", after)):
        print(levers.line(name, outcomes), flush=True)
        total = TOTALS.setdefault(name, [0] * 6)
        total[:] = [a + b for a, b in zip(total, counts(score(outcomes)), strict=True)]
    if dump is None:
        return
    with dump.open("a", encoding="utf-8") as out:
        for i, before, now in zip(test, shipped, after, strict=True):
            if predicted_number(before.decision) != predicted_number(now.decision):
                p = now.phrase
                out.write("\t".join([kind, p.split, p.label, p.number, predicted_number(before.decision),
                                     predicted_number(now.decision), f"{probs.emergency[i]:.4f}",
                                     f"{probs.advice[i].get('medical', 0.0):.4f}", ",".join(before.decision.events),
                                     p.text.replace("\t", " ")]) + "\n")


def main() -> None:
    """Every block, then the pooled counts."""
    overrule_bench.block_lines = block_lines
    overrule_bench.main()
    for name, (caught, emergencies, false, others, right, numbered) in TOTALS.items():
        print(f"pooled {name:<28} caught {caught}/{emergencies}  false alarms {false}/{others}  "
              f"right number {right}/{numbered}", flush=True)


if __name__ == "__main__":
    main()
