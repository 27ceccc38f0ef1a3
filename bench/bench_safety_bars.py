"""The classifiers' own bars re-measured held out by writer (prints figures): ``bench_safety_levers``' blocks and
recipe (``trheard``: the three classifiers trained without the block, with the training tellings' transcripts), the
block decided typed and as heard with its ablated rules, with the emergency classifier's bar for open messages (no
rule placed them, no closure closed them: :attr:`safety.signals.Signals.ngram_threshold`, 0.8 in
``safety/data/ngram.json``) at each of ``--bars``, and the police-line and advice bars at each of
``--police-bars`` / ``--advice-bars`` (the other bars as shipped).

    .venv/bin/python -m bench.bench_safety_bars --heard safety/eval/heard.tsv \\
        --training safety/eval/training.tsv --training-heard safety/eval/heard-training.tsv \\
        [--bars 0.5,0.6,0.7,0.8,0.9] [--police-bars 0.4,0.6] [--advice-bars 0.6,0.7,0.9] [--blocks ...] [--dump DIR]
        [--negatives knowledge/eval/faq-queries-2.tsv,... --recipe trheard+neg1]

``--negatives`` (round 36, helper A40): ordinary questions read as :func:`safety.train_negatives.load_negatives` reads
them (the same collisions left out), trained on by the emergency classifier of a ``negW`` ``--recipe``
(``bench_safety_levers``' recipes; default ``trheard``) and never tested on.

As in :func:`safety.assess.assess`, a message with no predicate or asking to be put through to family is never read
by the emergency classifier (probability 0), and the overrules of Round 36 (:func:`safety.overrule.overrules_none`) and
Round 37 (:func:`safety.overrule.overrules_advice`) are on.
Not modelled: the resolution signal (``safety.resolution``), which in production may turn a scare told as over back
into its non-alarm decision (so a lower bar's false alarms here are an upper bound).

Per block and channel the lines give recall / false alarms / right number with counts, then the held-out
emergencies missed at the shipped bar by where they were lost: ``rule`` (a rule event placed the message: an advice
line, the disaster page or a topic), ``closed`` (no event, a closure closed the message to second signals), ``open``
(no event, no closure: only the emergency classifier's bar stood between the message and the alarm; their held-out
probabilities are listed: is the bar the limit, or the classifier?). ``changed`` lists every row whose alarm status
differs between the shipped bar and the lowest bar. The pooled lines at the end sum every block.

``--aside`` splits are kept out of every block's training and of the rules' ablation map (as in
``bench_safety_overrule``); by default none (blind37, examined since round 37, is a block like the others).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.bench_safety_levers as levers  # noqa: E402
import safety.detect  # noqa: E402
from bench.safety_cv_ablation import ablated_findings, map_alternatives  # noqa: E402
from bench.safety_cv_folds import (  # noqa: E402
    FIVE_BLOCKS,
    add_block_arguments,
    block_findings,
    fresh_dump,
    held_out_blocks,
)
from safety.assess import asks_to_call_family, ngram_consulted  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import decide  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Outcome, load_phrases, load_training, score  # noqa: E402
from safety.models import SignalledAdvice  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.signals import Signals  # noqa: E402
from safety.train_negatives import known_texts, load_negatives  # noqa: E402
from safety.train_ngram import ADVICE_THRESHOLD, POLICE_THRESHOLD, load_heard  # noqa: E402

SHIPPED_BAR = 0.8  # safety/data/ngram.json's threshold when this bench was written
Found = dict[int, safety.detect.Findings]


@dataclasses.dataclass(frozen=True)
class Bars:
    """The three classifiers' bars of one variant."""

    emergency: float = SHIPPED_BAR
    police: float = POLICE_THRESHOLD
    advice: float = ADVICE_THRESHOLD

    @property
    def name(self) -> str:
        """``e0.8 p0.5 a0.8``, the shipped bars marked."""
        shipped = self == Bars()
        return f"e{self.emergency} p{self.police} a{self.advice}" + (" (shipped)" if shipped else "")


def score_line(name: str, outcomes: Sequence[Outcome]) -> str:
    """Recall / false alarms / right number with counts, scored once over the outcomes given (pooled blocks too)."""
    s = score(outcomes)
    return (f"  {name:<34} recall {s.recall:.3f} ({s.caught}/{s.emergencies})"
            f"  false alarms {s.false_alarm_rate:.3f} ({s.false_alarms}/{s.others})"
            f"  right number {s.right_number_rate:.3f} ({s.right_number}/{s.numbered})")


def read_probability(text: str, probability: float) -> float:
    """The emergency probability as :func:`safety.assess.assess` passes it: 0 without a predicate or for a request
    to be put through to family."""
    text_views = views(text)
    if not ngram_consulted(text_views, family_call=asks_to_call_family(text_views)):
        return 0.0
    return probability


def decided(rows: levers.Rows, test: Sequence[int], found: Found, probs: levers.Probabilities,
            gated: dict[int, float], bars: Bars) -> list[Outcome]:
    """The held-out rows decided with the rules' findings and the classifiers at ``bars``."""
    data = default_safety_data()
    outcomes = []
    for i in test:
        best: tuple[float, SignalledAdvice | None] = (bars.advice, None)
        for advice_line, value in probs.advice[i].items():
            if value >= best[0]:
                best = (value, advice_line)
        family = asks_to_call_family(views(rows.phrases[i].text))
        signals = Signals(ngram=gated[i], ngram_threshold=bars.emergency,
                          police_line=not family and probs.police[i] >= bars.police, advice=best[1])
        outcomes.append(Outcome(rows.phrases[i], decide(found[i], local_now=rows.phrases[i].moment, channel="chat",
                                                        data=data, signals=signals)))
    return outcomes


def styled(outcomes: Sequence[Outcome]) -> str:
    """Recall of the weak styles (indirect, tohoku) with counts."""
    cells = []
    for style in ("indirect", "tohoku"):
        s = score(o for o in outcomes if o.phrase.style == style)
        cells.append(f"{style} {s.caught}/{s.emergencies} fa {s.false_alarms}/{s.others}")
    return ", ".join(cells)


def where_lost(found: safety.detect.Findings) -> str:
    """``rule``, ``closed`` or ``open`` (see the module docstring)."""
    if found.events:
        return "rule"
    return "closed" if found.closed_by else "open"


def miss_lines(test: Sequence[int], found: Found, gated: dict[int, float], outcomes: Sequence[Outcome]) -> list[str]:
    """The emergencies missed at the shipped bars, by where they were lost; the open ones with their probability."""
    missed = [(i, o) for i, o in zip(test, outcomes, strict=True)
              if o.phrase.label == "emergency" and not o.decision.is_emergency]
    where = Counter(where_lost(found[i]) for i, _ in missed)
    lines = [f"    missed {len(missed)}: " + ", ".join(f"{k} {where[k]}" for k in ("rule", "closed", "open"))]
    for i, o in sorted(missed, key=lambda item: -gated[item[0]]):
        if where_lost(found[i]) == "open":
            lines.append(f"      open  {gated[i]:.3f} {o.decision.kind:<14} {o.phrase.style:<9} "
                         f"{o.phrase.text[:70]}")
    closed = Counter(c for i, _ in missed if where_lost(found[i]) == "closed" for c in found[i].closed_by
                     if c != "guard")
    if closed:
        lines.append("      closed by: " + ", ".join(f"{k} {v}" for k, v in closed.most_common()))
    return lines


def changed_lines(test: Sequence[int], gated: dict[int, float], shipped: Sequence[Outcome],
                  lowest: Sequence[Outcome], bar: float) -> list[str]:
    """Every row whose alarm status differs between the shipped bars and ``lowest``."""
    lines = []
    for i, before, after in zip(test, shipped, lowest, strict=True):
        if before.decision.is_emergency != after.decision.is_emergency:
            sign = "+" if after.decision.is_emergency else "-"
            lines.append(f"    changed at e{bar} {sign} {gated[i]:.3f} {before.phrase.label:<9} "
                         f"{before.phrase.number:<5} {before.decision.kind}->{after.decision.number or 'none'} "
                         f"{before.phrase.style:<9} {before.phrase.text[:60]}")
    return lines


def dump_rows(path: Path, rows: levers.Rows, test: Sequence[int], found: Found, probs: levers.Probabilities,
              gated: dict[int, float], outcomes: Sequence[Outcome]) -> None:
    """One line a row: labels, probabilities, events, closures and the shipped decision."""
    with path.open("a", encoding="utf-8") as out:
        for i, outcome in zip(test, outcomes, strict=True):
            p, f = rows.phrases[i], found[i]
            advice = max(probs.advice[i].items(), key=lambda item: item[1])
            out.write("\t".join([rows.kind[i], p.split, p.label, p.number, p.style, p.text.replace("\t", " "),
                                 f"{gated[i]:.4f}", f"{probs.police[i]:.4f}", f"{advice[0]}:{advice[1]:.4f}",
                                 ",".join(f.events), ",".join(sorted(f.closed_by)), outcome.decision.kind,
                                 outcome.decision.number or ""]) + "\n")


def main() -> None:
    """Every block, typed and heard, at every bar; the misses at the shipped bars; the pooled figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_block_arguments(parser, blocks=FIVE_BLOCKS, aside="")
    parser.add_argument("--bars", default="0.5,0.6,0.7,0.8,0.9")
    parser.add_argument("--police-bars", default="0.4,0.6")
    parser.add_argument("--advice-bars", default="0.6,0.7,0.9")
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--negatives", default="")
    parser.add_argument("--recipe", default="trheard")
    args = parser.parse_args()
    recipe = levers.parse_recipe(args.recipe)
    variants = [Bars(emergency=float(bar)) for bar in args.bars.split(",") if bar]
    variants += [Bars(police=float(bar)) for bar in args.police_bars.split(",") if bar]
    variants += [Bars(advice=float(bar)) for bar in args.advice_bars.split(",") if bar]
    if Bars() not in variants:
        variants.append(Bars())
    lowest = min(variants, key=lambda bars: bars.emergency)
    aside = frozenset(args.aside.split(",")) if args.aside else frozenset()
    blocks = [tuple(block.split(",")) for block in args.blocks.split(";")]
    if any(set(block) - set(EXAMINED_SPLITS) for block in blocks):
        parser.error("a block names a split that is not examined")
    examined = [p for p in load_phrases() if p.split in EXAMINED_SPLITS]
    phrases, names, aside_names = held_out_blocks(examined, blocks, aside)
    mapped = [p for p in phrases if p.split not in aside_names]
    negatives = (load_negatives([Path(name) for name in args.negatives.split(",")], known=known_texts())
                 if args.negatives else [])
    rows = levers.build_rows(phrases, load_training(args.training), load_heard(args.heard),
                             load_heard(args.training_heard), negatives)
    print(f"recipe {args.recipe}, {len(negatives)} negatives", flush=True)
    trained = levers.trained_rows

    def trained_apart(rows: levers.Rows, block: str, recipe: levers.Recipe) -> list[int]:
        return [i for i in trained(rows, block, recipe) if rows.phrases[i].split not in aside_names]

    levers.trained_rows = trained_apart
    ablation = map_alternatives(mapped, [views(p.text) for p in mapped])
    findings = ablated_findings(mapped, [views(p.text) for p in mapped], ablation,
                                [name for name in names if name not in aside_names])
    heard_rows = [i for i, k in enumerate(rows.kind) if k == "heard"]
    pooled: dict[tuple[str, Bars], list[Outcome]] = {
        (kind, bars): [] for kind in ("typed", "heard") for bars in variants}
    for name in names:
        spoken = [i for i in heard_rows if rows.phrases[i].split == name]
        typed = [i for i in range(len(phrases)) if rows.phrases[i].split == name]
        block_findings(rows.phrases, name, typed, spoken, findings, ablation, aside_names)
        print(f"block {name}: {len(typed)} typed, {len(spoken)} heard", flush=True)
        probs = levers.block_probabilities(rows, name, recipe, typed + spoken)
        gated = {i: read_probability(rows.phrases[i].text, probs.emergency[i]) for i in typed + spoken}
        dump = fresh_dump(args.dump, name)
        for kind, test in (("typed", typed), ("heard", spoken)):
            outcomes = {bars: decided(rows, test, findings[name], probs, gated, bars) for bars in variants}
            for bars, decisions in outcomes.items():
                pooled[(kind, bars)].extend(decisions)
                print(score_line(f"{kind} {bars.name}", decisions) + "   " + styled(decisions), flush=True)
            print("\n".join(miss_lines(test, findings[name], gated, outcomes[Bars()])), flush=True)
            print("\n".join(changed_lines(test, gated, outcomes[Bars()], outcomes[lowest], lowest.emergency)),
                  flush=True)
            if dump is not None:
                dump_rows(dump, rows, test, findings[name], probs, gated, outcomes[Bars()])
    print("pooled over the blocks:")
    for (kind, bars), pooled_outcomes in pooled.items():
        print(score_line(f"{kind} {bars.name}", pooled_outcomes), flush=True)


if __name__ == "__main__":
    main()
