"""Held-out figures for the emergency n-gram classifier on indirect tellings (a situation told without naming the
danger; prints figures and writes one row per held-out phrase).

    .venv/bin/python -m bench.bench_safety_indirect [--first 16] [--last 31] [--thresholds 0.8,0.7,...]
                                                    [--training safety/eval/training.tsv] [--rows var/r31/rows.tsv]

Folds as bench/bench_safety_resolution.py: each blind pair ``blindNa``+``blindNb`` held out as one block, the rules
without the block's own alternatives (bench/safety_cv_ablation.py), the emergency and line n-gram classifiers trained on
the other splits (shipped recipe: "none" phrases weighted by NONE_WEIGHT, no transcripts; ``--training`` adds the
training-only phrases). Per threshold: recall pooled and on indirect emergencies, false alarms pooled and on indirect
"none"/advice phrases, and how many of the indirect emergencies the fold's rules miss the classifier catches. The
rows (fold, style, label, number, rules' decision, probability, line, predicate, text) let a lever be examined
without refitting. The learned resolution signal is not applied (it only removes alarms).
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import safety.detect  # noqa: E402
import safety.overrule  # noqa: E402
import safety.train_ngram  # noqa: E402
from bench.safety_cv_ablation import fold_rules, map_alternatives  # noqa: E402
from bench.safety_cv_folds import add_fold_arguments, blind_pair_folds  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import decide  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Outcome, Phrase, load_phrases, load_training, predicted_number  # noqa: E402
from safety.ngram import NgramModel  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.signals import Signals  # noqa: E402
from safety.train_ngram import NONE_WEIGHT, POLICE_THRESHOLD, features, fit_weights  # noqa: E402

THRESHOLDS = "0.8,0.7,0.6,0.5,0.4,0.3"
# The key of the outcomes at the highest threshold without the near-certain override (safety.overrule.NEAR_CERTAIN_NGRAM
# set above any probability).
WITHOUT_OVERRIDE = 2.0


@dataclass(frozen=True)
class HeldOut:
    """One held-out phrase: its fold, the rules' decision alone, and the fold's classifier readings."""

    fold: str
    phrase: Phrase
    rules_alarm: bool
    probability: float
    police: bool
    outcomes: dict[float, Outcome]


def models(train: list[Phrase]) -> tuple[NgramModel, NgramModel]:
    """The emergency and line classifiers of one fold (the shipped recipe)."""
    rows = [features(p.text) for p in train]
    intercept, weights = fit_weights(rows, [p.label == "emergency" for p in train],
                                     sample_weights=[NONE_WEIGHT if p.label == "none" else 1.0 for p in train])
    marked = safety.train_ngram.NEGATION_MARKED
    emergency = NgramModel(intercept=intercept, threshold=0.8, trained_on=[], weights=weights, negation_marked=marked)
    line_rows = [row for row, p in zip(rows, train, strict=True) if p.label == "emergency"]
    intercept, weights = fit_weights(line_rows, [p.number == "110" for p in train if p.label == "emergency"])
    return emergency, NgramModel(intercept=intercept, threshold=POLICE_THRESHOLD, trained_on=[], weights=weights,
                                 negation_marked=marked)


def held_out(first: int, last: int, thresholds: list[float], training: list[Phrase]) -> list[HeldOut]:
    """Every held-out phrase of the blocks, decided by the fold's rules and classifiers at each threshold."""
    start = time.perf_counter()
    phrases, folds = blind_pair_folds([p for p in load_phrases() if p.split in EXAMINED_SPLITS], first, last)
    text_views = [views(p.text) for p in phrases]
    ablation = map_alternatives(phrases, text_views)
    print(f"{len(phrases)} phrases, {len(folds)} blocks; setup {time.perf_counter() - start:.0f} s", flush=True)
    data = default_safety_data()
    rows: list[HeldOut] = []
    for fold in folds:
        emergency, line = models([p for p in phrases if p.split != fold] + training)
        with fold_rules(ablation, fold):
            for phrase, view in zip(phrases, text_views, strict=True):
                if phrase.split != fold:
                    continue
                found = safety.detect.find(view)
                probability = emergency.probability(view) if view.predicate else 0.0
                police = line.fires(view)
                alone = decide(found, local_now=phrase.moment, channel="chat", signals=Signals(), data=data)
                outcomes = {t: Outcome(phrase, decide(found, local_now=phrase.moment, channel="chat", data=data,
                                                      signals=Signals(ngram=probability, ngram_threshold=t,
                                                                      police_line=police)))
                            for t in thresholds}
                near_certain = safety.overrule.NEAR_CERTAIN_NGRAM
                safety.overrule.NEAR_CERTAIN_NGRAM = WITHOUT_OVERRIDE  # the shipped threshold without the override
                outcomes[WITHOUT_OVERRIDE] = Outcome(phrase, decide(
                    found, local_now=phrase.moment, channel="chat", data=data,
                    signals=Signals(ngram=probability, ngram_threshold=max(thresholds), police_line=police)))
                safety.overrule.NEAR_CERTAIN_NGRAM = near_certain
                rows.append(HeldOut(fold, phrase, alone.is_emergency, probability, police, outcomes))
        print(f"  {fold}: {time.perf_counter() - start:.0f} s", flush=True)
    return rows


def figures(rows: list[HeldOut], threshold: float) -> str:
    """Recall and false alarms at one threshold: pooled, indirect, and the indirect emergencies the rules miss."""
    def alarm(row: HeldOut) -> bool:
        return row.outcomes[threshold].decision.is_emergency

    emergencies = [r for r in rows if r.phrase.label == "emergency"]
    others = [r for r in rows if r.phrase.label != "emergency"]
    indirect = [r for r in emergencies if r.phrase.style == "indirect"]
    indirect_others = [r for r in others if r.phrase.style == "indirect"]
    missed = [r for r in indirect if not r.rules_alarm]
    right = sum(predicted_number(r.outcomes[threshold].decision) == r.phrase.number
                for r in rows if r.phrase.number != "none")
    numbered = sum(r.phrase.number != "none" for r in rows)
    name = "off" if threshold == WITHOUT_OVERRIDE else threshold
    return (f"t={name:<4} recall {sum(map(alarm, emergencies))}/{len(emergencies)}"
            f"  false alarms {sum(map(alarm, others))}/{len(others)}  right number {right}/{numbered}"
            f"  | indirect recall {sum(map(alarm, indirect))}/{len(indirect)}"
            f"  rules-missed caught {sum(map(alarm, missed))}/{len(missed)}"
            f"  indirect false alarms {sum(map(alarm, indirect_others))}/{len(indirect_others)}")


def main() -> None:
    """Build the folds, print the figures per threshold and per fold, write the rows."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_fold_arguments(parser, last=31, thresholds=THRESHOLDS)
    parser.add_argument("--training", type=Path, default=None)
    parser.add_argument("--rows", type=Path, default=None)
    args = parser.parse_args()
    thresholds = sorted({float(t) for t in args.thresholds.split(",")}, reverse=True)
    training = load_training(args.training) if args.training else []
    rows = held_out(args.first, args.last, thresholds, training)
    print(f"held out, {len(rows)} phrases pooled (chat without Rasa; rules ablated per fold; no resolution signal)")
    print("  without the near-certain override (safety.overrule.NEAR_CERTAIN_NGRAM), at the highest threshold:")
    print("  " + figures(rows, WITHOUT_OVERRIDE))
    print("  with it:")
    for threshold in thresholds:
        print("  " + figures(rows, threshold))
    print("per block, indirect emergencies the rules miss caught at each threshold / indirect false alarms:")
    for fold in sorted({r.fold for r in rows}, key=lambda f: int(f[5:7])):
        block = [r for r in rows if r.fold == fold]
        parts = []
        for threshold in thresholds:
            missed = [r for r in block if r.phrase.style == "indirect" and r.phrase.label == "emergency"
                      and not r.rules_alarm]
            caught = sum(r.outcomes[threshold].decision.is_emergency for r in missed)
            alarms = sum(r.outcomes[threshold].decision.is_emergency for r in block
                         if r.phrase.style == "indirect" and r.phrase.label != "emergency")
            parts.append(f"{threshold}: {caught}/{len(missed)} fa {alarms}")
        print(f"  {fold:<18} " + "  ".join(parts))
    if args.rows:
        lines = ["fold\tstyle\tlabel\tnumber\trules_alarm\tprobability\tpolice\tpredicate\tdecided\ttext"]
        for r in rows:
            decided = ",".join(f"{t}:{predicted_number(o.decision)}:{int(o.decision.is_emergency)}"
                               for t, o in r.outcomes.items())
            lines.append(f"{r.fold}\t{r.phrase.style}\t{r.phrase.label}\t{r.phrase.number}\t{int(r.rules_alarm)}\t"
                         f"{r.probability:.4f}\t{int(r.police)}\t{int(views(r.phrase.text).predicate)}\t{decided}\t"
                         f"{r.phrase.text}")
        args.rows.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
