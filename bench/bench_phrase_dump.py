"""Every decision of a phrase set, typed and heard, written one per line, and two such dumps compared (prints figures).

    .venv/bin/python -m bench.bench_phrase_dump dump safety/eval/phrases.tsv --heard safety/eval/heard.tsv --out A.tsv
    .venv/bin/python -m bench.bench_phrase_dump compare A.tsv B.tsv [--exclude blind45a,blind45b]
    .venv/bin/python -m bench.bench_phrase_dump figures A.tsv [--only wide45] [--exclude blind45a,blind45b]

How the safety rounds show that a change moves only what it should (docs/safety.md, "Round 43"): a dump of the whole
phrase set before a change and one after, then ``compare`` lists every decision that moved - FIXED (wrong -> right),
BROKEN (right -> wrong) or CHANGED (wrong -> another wrong; or right both times, the row relabelled) - per mode.
``dump`` decides every phrase of a phrase TSV (the safety/eval format) typed (chat without Rasa, as
bench/bench_safety.py) and, with ``--heard``, every phrase that has a transcript in that TSV (``text<TAB>heard``) on
the voice channel. ``figures`` prints recall / false alarms / right number per mode from a dump, for some splits
only or without some. A dump of a file holding unexamined splits is for their figures only: ``compare`` and
``figures`` print no phrase of a split passed to ``--exclude``, and ``compare`` lists no phrase of a split in
:data:`safety.evaluate.UNEXAMINED_SPLITS` unless ``--show-unexamined``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from safety.evaluate import UNEXAMINED_SPLITS, Score  # noqa: E402

TYPED = "typed"
HEARD = "heard"
DUMP_COLUMNS = ("mode", "correct", "expected", "decided", "style", "split", "text")


@dataclass(frozen=True)
class DumpedDecision:
    """One line of a dump: a phrase, its label/number, what the layer decided, and whether that was right."""

    mode: str
    correct: bool
    expected: str  # label/number, e.g. emergency/119
    decided: str  # decision kind/number, e.g. emergency_fire_ambulance/119
    style: str
    split: str
    text: str

    @property
    def alarm(self) -> bool:
        """Whether the decision was an emergency message."""
        return self.decided.startswith("emergency")


def to_line(decision: DumpedDecision) -> str:
    """One TSV line (tabs and line breaks in the text become spaces)."""
    text = decision.text.replace("\t", " ").replace("\n", " ")
    return "\t".join((decision.mode, str(int(decision.correct)), decision.expected, decision.decided, decision.style,
                      decision.split, text))


def from_line(line: str) -> DumpedDecision:
    """A line written by :func:`to_line`; ValueError on anything else."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) != len(DUMP_COLUMNS):
        raise ValueError(f"a dump line has {len(DUMP_COLUMNS)} tab-separated fields, got {len(fields)}: {line[:60]!r}")
    mode, correct, expected, decided, style, split, text = fields
    if correct not in ("0", "1") or "/" not in expected or "/" not in decided:
        raise ValueError(f"not a dump line: {line[:60]!r}")
    return DumpedDecision(mode, correct == "1", expected, decided, style, split, text)


def read_dump(path: Path) -> list[DumpedDecision]:
    """Every decision of a dump file."""
    return [from_line(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def figures_line(score: Score) -> str:
    """A score's recall / false alarms / right number as the docs write them (4 decimals and the counts)."""
    def share(part: int, whole: int, rate: float) -> str:
        return f"{rate:.4f} ({part}/{whole})"
    return (f"{share(score.caught, score.emergencies, score.recall)} / "
            f"{share(score.false_alarms, score.others, score.false_alarm_rate)} / "
            f"{share(score.right_number, score.numbered, score.right_number_rate)}")


def figures(decisions: Iterable[DumpedDecision]) -> Score:
    """Recall on emergencies, false alarms on the rest, right number on phrases with a number."""
    emergencies = caught = others = false_alarms = numbered = right = 0
    for decision in decisions:
        label, number = decision.expected.split("/", 1)
        if label == "emergency":
            emergencies += 1
            caught += decision.alarm
        else:
            others += 1
            false_alarms += decision.alarm
        if number != "none":
            numbered += 1
            right += decision.decided.split("/", 1)[1] == number
    return Score(emergencies, caught, others, false_alarms, numbered, right)


@dataclass(frozen=True)
class Moved:
    """A decision that differs between two dumps."""

    kind: str  # FIXED, BROKEN or CHANGED (wrong -> another wrong, or right both times under a changed label)
    before: DumpedDecision
    after: DumpedDecision


def moved(before: Iterable[DumpedDecision], after: Iterable[DumpedDecision], *,
          exclude: frozenset[str] = frozenset()) -> list[Moved]:
    """The decisions of ``after`` that differ from ``before`` (same mode and text), in ``after``'s order."""
    earlier = {(d.mode, d.text): d for d in before}
    changes = []
    for decision in after:
        old = earlier.get((decision.mode, decision.text))
        if old is None or old.decided == decision.decided or decision.split in exclude:
            continue
        kind = ("FIXED" if decision.correct and not old.correct else "BROKEN" if old.correct and not decision.correct
                else "CHANGED")
        changes.append(Moved(kind, old, decision))
    return changes


def dump(phrase_file: Path, heard_file: Path | None) -> list[DumpedDecision]:
    """Every phrase of ``phrase_file`` decided typed and, where ``heard_file`` has its transcript, heard."""
    from safety.assess import assess, warm_up
    from safety.evaluate import load_phrases, predicted_number
    from safety.train_ngram import load_heard

    phrases = load_phrases(phrase_file)
    heard = load_heard(heard_file) if heard_file is not None else {}
    warm_up()
    decisions = []
    for mode in (TYPED, HEARD):
        for phrase in phrases:
            if mode == HEARD and phrase.text not in heard:
                continue
            if mode == TYPED:
                decision = assess(phrase.text, now=phrase.moment, channel="chat")
            else:
                decision = assess(heard[phrase.text], now=phrase.moment, channel="voice")
            number = predicted_number(decision)
            correct = decision.is_emergency == (phrase.label == "emergency") and number == phrase.number
            decisions.append(DumpedDecision(mode, correct, f"{phrase.label}/{phrase.number}",
                                            f"{decision.kind}/{number}", phrase.style, phrase.split, phrase.text))
    return decisions


def splits(value: str) -> frozenset[str]:
    """A comma-separated split list."""
    return frozenset(part for part in value.split(",") if part)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("dump", help="decide every phrase and write the dump")
    make.add_argument("phrases", type=Path)
    make.add_argument("--heard", type=Path, default=None, help="transcripts TSV (text<TAB>heard)")
    make.add_argument("--out", type=Path, required=True)
    compare = commands.add_parser("compare", help="list the decisions that moved between two dumps")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--exclude", type=splits, default=frozenset())
    compare.add_argument("--show-unexamined", action="store_true")
    show = commands.add_parser("figures", help="recall / false alarms / right number per mode of a dump")
    show.add_argument("dump", type=Path)
    show.add_argument("--only", type=splits, default=frozenset())
    show.add_argument("--exclude", type=splits, default=frozenset())
    args = parser.parse_args()
    try:
        if args.command == "dump":
            if not args.phrases.is_file():
                parser.error(f"{args.phrases} is not a file")
            if args.heard is not None and not args.heard.exists():
                parser.error(f"{args.heard} does not exist")
            decisions = dump(args.phrases, args.heard)
            args.out.write_text("".join(to_line(d) + "\n" for d in decisions), encoding="utf-8")
            print(f"{len(decisions)} decisions written to {args.out}")
        elif args.command == "compare":
            hidden = args.exclude if args.show_unexamined else args.exclude | UNEXAMINED_SPLITS
            changes = moved(read_dump(args.before), read_dump(args.after), exclude=hidden)
            for change in changes:
                print(f"{change.kind:<7} {change.after.mode} {change.after.expected}: {change.before.decided} -> "
                      f"{change.after.decided} [{change.after.split}] {change.after.text}")
            counts = {kind: sum(c.kind == kind for c in changes) for kind in ("FIXED", "BROKEN", "CHANGED")}
            print(" ".join(f"{kind.lower()} {count}" for kind, count in counts.items()))
        else:
            decisions = [d for d in read_dump(args.dump)
                         if (not args.only or d.split in args.only) and d.split not in args.exclude]
            for mode in (TYPED, HEARD):
                chosen = [d for d in decisions if d.mode == mode]
                if chosen:
                    print(f"{mode}: {figures_line(figures(chosen))}")
    except (OSError, ValueError, csv.Error) as err:
        parser.exit(2, f"error: {err}\n")


if __name__ == "__main__":
    main()
