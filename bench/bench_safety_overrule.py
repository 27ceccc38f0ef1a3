"""The emergency classifier overruling the rules when it is all but certain, held out by writer (prints figures):
``bench_safety_levers``' blocks and recipe (``trheard``: the classifiers trained without the block, with the training
tellings' transcripts), the block decided typed and as heard with its ablated rules, then a decision short of an
alarm turned into an unsure 119/110 (the police line picks 110) where the held-out emergency probability reaches a bar.

    .venv/bin/python -m bench.bench_safety_overrule --heard safety/eval/heard.tsv \\
        --training safety/eval/training.tsv --training-heard safety/eval/heard-training.tsv \\
        [--bars 0.95,0.98,0.99] [--blocks ...] [--aside SPLITS] [--dump DIR]

Variants per bar: ``overrule`` (any decision short of an alarm), ``overrule none`` (only the rules' "none": Round
35), ``overrule kept`` (:func:`safety.overrule.closures_yield`: only a "none" closed by nothing but a guard that found a
context it needs missing, :data:`safety.overrule.YIELDING_CLOSURES`), ``kept+advice`` (and any advice line),
``kept+advice open`` (and an advice line reached with no closure but yielding ones,
:func:`safety.overrule.advice_yields`), ``kept+advice open unmarked`` (... and no marker: told mild, over, gone or
online). The line ``trheard typed/heard`` is the decision without any overrule (``safety.decide`` with both switched
off), ``round 36`` with the overrule of "none" alone, ``shipped`` the decision as shipped.

Round 35 measured ``overrule none`` and did not ship it (12 hard negatives of the layer's own tests became alarms).
Round 36 shipped ``overrule kept`` at 0.98 (``shipped`` = ``overrule kept >= 0.98``): held out it adds heard recall
on blind33a-35b (416 -> 417 of 434) and blind29a-32b (571 -> 572 of 587), nothing on blind36a/b, no false alarm on
any block, and none of the tests' hard negatives becomes an alarm; blind37 (scored once, after the choice) typed
148 -> 149 of 158, heard 146 -> 148, false alarms 14/235 and 14/234 unchanged (docs/safety.md, Round 36).

Round 37 shipped the overrule of advice lines (``kept+advice open``) at 0.999
(:data:`safety.overrule.ADVICE_OVERRULE_PROBABILITY`; ``shipped`` = kept "none" >= 0.98 and advice open >= 0.999): on
the five blocks blind25a-37b it adds 6 typed and 9 heard emergencies and no false alarm, and none of the tests' hard
negatives becomes an alarm (docs/safety.md, Round 37).

Round 38 (helper A49) decides the heard rows on the voice channel, where the overrule of "none" has its own bar
(:data:`safety.overrule.VOICE_OVERRULE_PROBABILITY`, 0.95): on the six blocks blind25a-39b it adds 3 heard emergencies
(2032 -> 2035 of 2101) and no false alarm; the "no overrule" lines switch both bars off (docs/safety.md, Round 38).

``--aside`` splits (examined but read by neither the rules nor the classifiers: blind37 in round 36) are kept out of
every block's training and out of the rules' ablation map; a block made of them (``--blocks ...;blind37a,blind37b``)
is decided with the rules as they are. ``--dump DIR`` writes each block's rows (probabilities, closures, decision).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.bench_safety_levers as levers  # noqa: E402
import safety.decide  # noqa: E402
import safety.detect  # noqa: E402
import safety.overrule  # noqa: E402
from bench.safety_cv_ablation import ablated_findings, map_alternatives  # noqa: E402
from bench.safety_cv_folds import (  # noqa: E402
    FIVE_BLOCKS,
    add_block_arguments,
    block_findings,
    fresh_dump,
    held_out_blocks,
)
from safety.evaluate import EXAMINED_SPLITS, Outcome, load_phrases, load_training  # noqa: E402
from safety.models import SafetyDecision  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.train_ngram import ADVICE_THRESHOLD, POLICE_THRESHOLD, load_heard  # noqa: E402

ASIDE = ""
Found = dict[int, safety.detect.Findings]


def overruled(outcomes: Sequence[Outcome], test: Sequence[int], probs: levers.Probabilities, found: Found, *,
              bar: float, police_threshold: float, eligible: Callable[[Outcome, safety.detect.Findings], bool],
              ) -> list[Outcome]:
    """Every ``eligible`` outcome whose held-out emergency probability reaches ``bar`` made an unsure alarm."""
    turned = []
    for i, outcome in zip(test, outcomes, strict=True):
        if eligible(outcome, found[i]) and probs.emergency[i] >= bar:
            police = probs.police[i] >= police_threshold
            outcome = Outcome(outcome.phrase, SafetyDecision(
                kind="emergency_police" if police else "emergency_fire_ambulance", certainty="unsure",
                number="110" if police else "119", events=("ngram_overrules",)))
        turned.append(outcome)
    return turned


def kept_none(outcome: Outcome, found: safety.detect.Findings) -> bool:
    """Round 36's shipped overrule: a "none" closed by nothing but yielding closures."""
    return outcome.decision.kind == "none" and safety.overrule.closures_yield(found)


def advice_open(outcome: Outcome, found: safety.detect.Findings) -> bool:
    """An advice line reached with no closure but yielding ones (:func:`safety.overrule.advice_yields`: none at all,
    or a ``needs`` guard)."""
    return outcome.decision.kind == "urgent_advice" and safety.overrule.advice_yields(found)


def unmarked(found: safety.detect.Findings) -> bool:
    """No marker told the message as mild, over, gone or online (:data:`safety.decide.MARKERS`)."""
    return not safety.decide.MARKERS & set(found.events)


VARIANTS: dict[str, Callable[[Outcome, safety.detect.Findings], bool]] = {
    "": lambda outcome, _: not outcome.decision.is_emergency,
    " none": lambda outcome, _: outcome.decision.kind == "none",
    " kept": kept_none,
    " kept+advice": lambda outcome, found: kept_none(outcome, found) or outcome.decision.kind == "urgent_advice",
    " kept+advice open": lambda outcome, found: kept_none(outcome, found) or advice_open(outcome, found),
    " kept+advice open unmarked": lambda outcome, found: kept_none(outcome, found) or (
        advice_open(outcome, found) and unmarked(found)),
}


def dump_rows(path: Path, rows: levers.Rows, test: Sequence[int], found: Found, probs: levers.Probabilities,
              outcomes: Sequence[Outcome]) -> None:
    """One line a row: what the variants weigh, to read the closures against the labels (last, the advice line the
    held-out advice classifiers read highest, and its probability)."""
    with path.open("a", encoding="utf-8") as out:
        for i, outcome in zip(test, outcomes, strict=True):
            f, p = found[i], rows.phrases[i]
            flags = ",".join(name for name in ("topic", "guarded", "service", "calm", "question", "asks_possibility",
                                               "consulting", "now") if getattr(f, name))
            out.write("\t".join([rows.kind[i], p.split, p.label, p.number, p.text.replace("\t", " "),
                                 outcome.decision.kind, outcome.decision.number or "", f"{probs.emergency[i]:.4f}",
                                 f"{probs.police[i]:.4f}", ",".join(sorted(f.closed_by)), flags,
                                 ",".join(outcome.decision.events),
                                 ",".join(f"{name}:{group}" for name, group in f.events.items()),
                                 max((f"{line}:{value:.4f}" for line, value in probs.advice[i].items()),
                                     key=lambda cell: float(cell.split(":")[1]), default="")]) + "\n")


def without_overrules(decided: Callable[[], list[Outcome]], *, advice: bool, none: bool) -> list[Outcome]:
    """The decisions with the overrule of advice lines and / or of "none" switched off (a bar never reached)."""
    overrule = safety.overrule
    bars = overrule.OVERRULE_PROBABILITY, overrule.VOICE_OVERRULE_PROBABILITY, overrule.ADVICE_OVERRULE_PROBABILITY
    if none:
        overrule.OVERRULE_PROBABILITY = overrule.VOICE_OVERRULE_PROBABILITY = 2.0
    if advice:
        overrule.ADVICE_OVERRULE_PROBABILITY = 2.0
    try:
        return decided()
    finally:
        overrule.OVERRULE_PROBABILITY, overrule.VOICE_OVERRULE_PROBABILITY, overrule.ADVICE_OVERRULE_PROBABILITY = bars


def block_lines(rows: levers.Rows, test: Sequence[int], found: Found, probs: levers.Probabilities, *,
                bars: Sequence[float], kind: str, dump: Path | None) -> None:
    """The block's figures without the overrule, as shipped, and with each variant at each bar."""
    def decided() -> list[Outcome]:
        return levers.decisions(rows, test, found, probs, police_threshold=POLICE_THRESHOLD,
                                advice_threshold=ADVICE_THRESHOLD, channel="voice" if kind == "heard" else "chat")

    before = without_overrules(decided, advice=True, none=True)
    print(levers.line(f"trheard {kind}", before), flush=True)
    print(levers.line(f"round 36 {kind}", without_overrules(decided, advice=True, none=False)), flush=True)
    print(levers.line(f"shipped {kind}", decided()), flush=True)
    for bar in bars:
        for suffix, eligible in VARIANTS.items():
            turned = overruled(before, test, probs, found, bar=bar, police_threshold=POLICE_THRESHOLD,
                               eligible=eligible)
            print(levers.line(f"overrule{suffix} >= {bar} {kind}", turned), flush=True)
    if dump is not None:
        dump_rows(dump, rows, test, found, probs, before)


def main() -> None:
    """Every block, typed and heard: no overrule, shipped, and each variant at each bar."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_block_arguments(parser, blocks=FIVE_BLOCKS, aside=ASIDE)
    parser.add_argument("--bars", default="0.95,0.98,0.99")
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    bars = [float(bar) for bar in args.bars.split(",")]
    aside = frozenset(args.aside.split(",")) if args.aside else frozenset()
    blocks = [tuple(block.split(",")) for block in args.blocks.split(";")]
    if any(set(block) - set(EXAMINED_SPLITS) for block in blocks):
        parser.error("a block names a split that is not examined")
    examined = [p for p in load_phrases() if p.split in EXAMINED_SPLITS]
    phrases, names, aside_names = held_out_blocks(examined, blocks, aside)
    mapped = [p for p in phrases if p.split not in aside_names]
    training = load_training(args.training)
    rows = levers.build_rows(phrases, training, load_heard(args.heard), load_heard(args.training_heard))
    trained = levers.trained_rows

    def trained_apart(rows: levers.Rows, block: str, recipe: levers.Recipe) -> list[int]:
        return [i for i in trained(rows, block, recipe) if rows.phrases[i].split not in aside_names]

    levers.trained_rows = trained_apart
    ablation = map_alternatives(mapped, [views(p.text) for p in mapped])
    ablated = [name for name in names if name not in aside_names]
    findings = ablated_findings(mapped, [views(p.text) for p in mapped], ablation, ablated)
    heard_rows = [i for i, k in enumerate(rows.kind) if k == "heard"]
    for name in names:
        spoken = [i for i in heard_rows if rows.phrases[i].split == name]
        typed = [i for i in range(len(phrases)) if rows.phrases[i].split == name]
        block_findings(rows.phrases, name, typed, spoken, findings, ablation, aside_names)
        print(f"block {name}: {len(typed)} typed, {len(spoken)} heard", flush=True)
        probs = levers.block_probabilities(rows, name, levers.parse_recipe("trheard"), typed + spoken)
        dump = fresh_dump(args.dump, name)
        for kind, test in (("typed", typed), ("heard", spoken)):
            block_lines(rows, test, findings[name], probs, bars=bars, kind=kind, dump=dump)


if __name__ == "__main__":
    main()
