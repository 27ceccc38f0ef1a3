"""Cross-validated figures for the learned "told, then resolved" signal (:mod:`safety.resolution`; prints figures).

    .venv/bin/python -m bench.bench_safety_resolution [--first 16] [--last 30] [--thresholds 0.5,0.6,...]

Folds: each blind pair ``blindNa``+``blindNb`` (N from ``--first`` to ``--last``) held out as one block. In each fold
the rules lose their split-specific alternatives (bench/safety_cv_ablation.py: every top-level alternative of a rule
pattern, ``unless`` guard or cancelling context pattern - ``RESOLVED``, ``EXPLAINED`` and ``SETTLED`` included -
whose hits all lie in the block), the emergency and line n-gram classifiers are trained on the other splits (the
shipped recipe, "none" phrases weighted; no transcripts, no advice classifiers), and the resolution classifier is
trained on the other splits' examples and the training-only phrases (:func:`safety.train_resolution.examples`).
The block is then decided without and with the signal (its tail and plainness read with the fold's rules), per
threshold: emergencies lost, false alarms removed, right number, per style; at the shipped threshold both outcomes
(every cancelled event dropped, or a person's signs kept as symptoms: ``safety.resolution.SOFT``), per fold, and every
decision the signal turned.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import safety.detect  # noqa: E402
from bench.safety_cv_ablation import fold_rules, map_alternatives  # noqa: E402
from bench.safety_cv_configs import learned  # noqa: E402
from bench.safety_cv_folds import Data, add_fold_arguments, blind_pair_folds  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import decide  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Outcome, Phrase, load_phrases, load_training, score  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.resolution import SOFT, resolved  # noqa: E402
from safety.signals import Signals  # noqa: E402
from safety.train_ngram import features as ngram_features  # noqa: E402
from safety.train_resolution import THRESHOLD, examples, fit, plain_tail  # noqa: E402

THRESHOLDS = "0.5,0.6,0.7,0.8,0.85,0.9,0.95"


@dataclasses.dataclass(frozen=True)
class Turned:
    """A held-out alarm the signal may turn: its fold, phrase, probability, and both decisions."""

    fold: str
    phrase: Phrase
    probability: float
    before: Outcome
    after: Outcome  # the decision as the regexes' resolved scare (every cancelled event dropped)
    after_soft: Outcome  # ... a person's signs kept as symptoms to ask about (safety.resolution.SOFT)


def line(name: str, outcomes: list[Outcome]) -> str:
    """Recall, false alarms and right number, pooled and for the indirect style."""
    s = score(outcomes)
    ind = score(o for o in outcomes if o.phrase.style == "indirect")
    return (f"  {name:<10} recall {s.recall:.4f} ({s.caught}/{s.emergencies})  false alarms {s.false_alarm_rate:.4f} "
            f"({s.false_alarms}/{s.others})  right number {s.right_number_rate:.4f} ({s.right_number}/{s.numbered})"
            f"  | indirect {ind.caught}/{ind.emergencies}, false alarms {ind.false_alarms}/{ind.others}")


def main() -> None:
    """Build the folds, decide every held-out block without and with the signal, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_fold_arguments(parser, last=30, thresholds=THRESHOLDS)
    args = parser.parse_args()
    thresholds = sorted({float(t) for t in args.thresholds.split(",")} | {THRESHOLD})
    start = time.perf_counter()
    phrases, folds = blind_pair_folds([p for p in load_phrases() if p.split in EXAMINED_SPLITS], args.first,
                                      args.last)
    text_views = [views(p.text) for p in phrases]
    ablation = map_alternatives(phrases, text_views)
    pool = examples(phrases + load_training())  # the rules as written: a block's own alternatives hit no other split
    print(f"{len(phrases)} phrases, {len(folds)} blocks held out; {len(pool)} training examples "
          f"({sum(e.resolved for e in pool)} resolved) in all; setup {time.perf_counter() - start:.0f} s", flush=True)
    data = Data(phrases, text_views, [ngram_features(p.text) for p in phrases], [[] for _ in phrases], {})
    safety_data = default_safety_data()
    base: list[Outcome] = []
    turned: list[Turned] = []
    for fold in folds:
        model = fit([e for e in pool if e.phrase.split != fold])
        probability, police = learned("heardnone", fold, data)
        with fold_rules(ablation, fold):
            for i in data.indices(fold)[1]:
                phrase = phrases[i]
                signals = Signals(ngram=probability[i], ngram_threshold=0.8, police_line=police[i])
                found = safety.detect.find(text_views[i])
                decision = decide(found, local_now=phrase.moment, channel="chat", signals=signals, data=safety_data)
                base.append(Outcome(phrase, decision))
                tail_text = plain_tail(phrase) if decision.is_emergency else ""
                if tail_text:
                    after, soft = (decide(resolved(found, soft=flag), local_now=phrase.moment, channel="chat",
                                          signals=signals, data=safety_data) for flag in (False, True))
                    turned.append(Turned(fold, phrase, model.probability(phrase.text, tail_text),
                                         Outcome(phrase, decision), Outcome(phrase, after), Outcome(phrase, soft)))
        print(f"  {fold}: {len(data.indices(fold)[1])} phrases, {time.perf_counter() - start:.0f} s", flush=True)
    report(base, turned, thresholds, folds)


def with_signal(base: list[Outcome], turned: list[Turned], threshold: float, *, soft: bool = SOFT) -> list[Outcome]:
    """The held-out outcomes with the signal acting at ``threshold`` (``soft``: the softer outcome)."""
    changed = {id(t.phrase): t.after_soft if soft else t.after for t in turned if t.probability >= threshold}
    return [changed.get(id(o.phrase), o) for o in base]


def report(base: list[Outcome], turned: list[Turned], thresholds: list[float], folds: list[str]) -> None:
    """Pooled figures per threshold, per fold at the shipped threshold, and the decisions turned."""
    print(f"held out, {len(folds)} blocks pooled; {len(turned)} alarms with a plain tail "
          f"({sum(t.phrase.label == 'emergency' for t in turned)} emergencies)")
    print(line("without", base))
    for threshold in thresholds:
        outcomes = with_signal(base, turned, threshold)
        lost = sum(t.probability >= threshold and t.phrase.label == "emergency" and not t.after.decision.is_emergency
                   for t in turned)
        print(line(f"t={threshold}", outcomes) + f"  | emergencies lost {lost}")
    for soft in (False, True):
        outcomes = with_signal(base, turned, THRESHOLD, soft=soft)
        advised = sum(o.phrase.number == "none" and o.decision.kind == "urgent_advice" for o in outcomes)
        print(line("soft" if soft else "dropped", outcomes) + f"  | 'none' phrases given advice {advised} "
              f"(without: {sum(o.phrase.number == 'none' and o.decision.kind == 'urgent_advice' for o in base)})")
    print(f"per block at the shipped threshold {THRESHOLD} (false alarms without -> with; emergencies lost):")
    for fold in folds:
        before = [o for o in base if o.phrase.split == fold]
        after = with_signal(before, [t for t in turned if t.fold == fold], THRESHOLD)
        lost = score(before).caught - score(after).caught
        print(f"  {fold:<18} {score(before).false_alarms:>3} -> {score(after).false_alarms:>3}; lost {lost}")
    print(f"turned at {THRESHOLD} (probability, block, style, label/number, before -> after):")
    for t in sorted(turned, key=lambda t: -t.probability):
        if t.probability >= THRESHOLD or (t.phrase.label == "emergency" and t.probability >= THRESHOLD - 0.3):
            b, a = t.before.decision, (t.after_soft if SOFT else t.after).decision
            print(f"  {t.probability:.3f} {t.fold:<18} {t.phrase.style:<8} {t.phrase.label}/{t.phrase.number} "
                  f"{b.kind}/{b.certainty} -> {a.kind}/{a.number}  {t.phrase.text}")


if __name__ == "__main__":
    main()
