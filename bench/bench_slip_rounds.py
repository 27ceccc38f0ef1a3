"""Do the recogniser slips generalise? Each round's slips (safety/heard_slips*.py) counted held out by split.

    .venv/bin/python bench/bench_slip_rounds.py [--heard safety/eval/heard.tsv] [--slips]

A round's slips were read from the transcripts of the splits written up to its blind pair (docs/safety.md, the
speech rounds); the splits written after it (order: ``safety.evaluate.EXAMINED_SPLITS``) are its held-out ones. Per
round: how many transcripts it fires on (per 100) in sample and later, and the decisions it changes there (all
slips vs all slips but the round's; only the transcripts the round fires on can change): fixed = wrong without the
round and right with it (right alarm and right number), broken = the reverse. ``--slips`` adds each slip left out
alone (its fires, fixed/broken in sample and later, the later decisions it changes) and totals by form (bare or
framed) and sound (a homophone that reads as the word put back, or another sound).
No audio, no Whisper: the versioned transcripts of ``safety/eval/heard.tsv`` (unexamined splits never read).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import safety.heard as heard_module  # noqa: E402
from safety.assess import assess, warm_up  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Outcome, Phrase, load_phrases  # noqa: E402
from safety.heard import prepare  # noqa: E402
from safety.heard_slips import ROUND26_SLIPS, ROUND27_SLIPS, SLIPS  # noqa: E402
from safety.heard_slips_late import ROUND28_SLIPS, ROUND29_SLIPS, ROUND31_SLIPS, ROUND32_SLIPS  # noqa: E402
from safety.heard_slips_round41 import ROUND41_SLIPS  # noqa: E402
from safety.heard_slips_round42 import ROUND42_SLIPS  # noqa: E402
from safety.heard_slips_round43 import ROUND43_SLIPS  # noqa: E402
from safety.heard_slips_round44 import ROUND44_SLIPS  # noqa: E402
from safety.heard_slips_round45 import ROUND45_SLIPS, ROUND45_WIDE_SLIPS  # noqa: E402
from safety.heard_slips_round46 import ROUND46_SLIPS  # noqa: E402
from safety.heard_slips_round47 import ROUND47_SLIPS  # noqa: E402
from safety.heard_slips_round48 import ROUND48_SLIPS  # noqa: E402
from safety.heard_slips_round49 import ROUND49_SLIPS  # noqa: E402
from safety.heard_slips_round50 import ROUND50_SLIPS  # noqa: E402
from safety.heard_slips_round51 import ROUND51_SLIPS  # noqa: E402
from safety.heard_slips_round52 import ROUND52_SLIPS  # noqa: E402
from safety.heard_slips_round53 import ROUND53_SLIPS  # noqa: E402
from safety.heard_slips_round54 import ROUND54_SLIPS  # noqa: E402
from safety.heard_slips_round55 import ROUND55_SLIPS  # noqa: E402
from safety.heard_slips_round56 import ROUND56_SLIPS  # noqa: E402
from safety.heard_slips_round57 import ROUND57_SLIPS  # noqa: E402
from safety.heard_slips_round58 import ROUND58_SLIPS  # noqa: E402
from safety.heard_slips_spoken_gap import (  # noqa: E402
    ROUND33_SLIPS,
    ROUND34_SLIPS,
    ROUND35_SLIPS,
    ROUND37_SLIPS,
    ROUND38_SLIPS,
    ROUND39_SLIPS,
    ROUND40_SLIPS,
)
from safety.heard_slips_wide45 import WIDE45_SLIPS  # noqa: E402
from safety.heard_slips_wide46 import WIDE46_SLIPS  # noqa: E402
from safety.heard_slips_wide47 import WIDE47_SLIPS  # noqa: E402
from safety.heard_slips_wide48 import WIDE48_SLIPS  # noqa: E402
from safety.heard_slips_wide49 import WIDE49_SLIPS  # noqa: E402
from safety.heard_slips_wide50 import WIDE50_SLIPS  # noqa: E402
from safety.normalize import READER, cached_views, devoice, fold  # noqa: E402
from safety.train_ngram import load_heard  # noqa: E402

Slip = tuple[str, re.Pattern[str], str]

# The last split each round read (docs/safety.md): round 20 counted the 3,701 transcripts through blind20b, round
# 21 chose by the splits before blind21, round 22 before blind22, round 23 read blind23, round 24 blind24, round 25
# the 28 splits through blind25b, rounds 26-32 "the splits with blindNN", round 33 all 8,815 transcripts (through
# blind33b), rounds 34, 35, 37, 38, 39, 40, 41 and 42 blind35, blind36, blind38, blind39, blind40, blind41, blind42
# and blind43, round 43 blind44 and kinds42, round 43's second table (r43w) the breadth sets wide45 and wide45b, and
# round 44 blind45a/b and the breadth set wide45c, its second table (r44w) wide46/46b/46c, and round 45 blind46a/b
# (r45w, the breadth sets' slips left by r44w, chosen with blind46b examined: the last examined split), and its
# third table (r45x) the breadth sets wide47 and wide47b, and round 46 blind47a/b, its second table (r46w) the breadth
# sets wide48 and wide48b, and round 47 blind48a/b, its second table (r47w) the breadth sets wide49 and wide49b,
# and round 48 blind49a/b, its second table (r48w) the breadth sets wide50 and wide50b, and round 49 blind50a/b,
# and round 50 blind51a/b, and round 51 blind52a/b, and round 52 blind53a/b, and round 53 blind54a/b,
# and round 54 blind55a/b, and round 55 blind56a/b, and round 56 blind57a/b, and round 57 blind58a/b,
# and round 58 blind59a/b.
READ_THROUGH = {
    "r20": "blind20b", "r21": "blind20b", "r22": "blind21b", "r23": "blind23b", "r24": "blind24b",
    "r25": "blind25b", "r26": "blind26b", "r27": "blind27b", "r28": "blind28b", "r29": "blind29b",
    "r31": "blind31b", "r32": "blind32b", "r33": "blind33b", "r34": "blind35b", "r35": "blind36b",
    "r37": "blind38b", "r38": "blind39b", "r39": "blind40b",
    "r40": "blind41b", "r41": "blind42b", "r42": "blind43b", "r43": "kinds42",
    "r43w": "wide45b", "r44": "blind45b", "r44w": "wide46c", "r45": "blind46b", "r45w": "blind46b",
    "r45x": "wide47b", "r46": "blind47b", "r46w": "wide48b", "r47": "blind48b",
    "r47w": "wide49b", "r48": "blind49b", "r48w": "wide50b", "r49": "blind50b",
    "r50": "blind51b", "r51": "blind52b", "r52": "blind53b", "r53": "blind54b", "r54": "blind55b",
    "r55": "blind56b", "r56": "blind57b", "r57": "blind58b", "r58": "blind59b",
}


def round_order(name: str) -> tuple[int, str]:
    """Where a round's name sorts: by its number, then by its suffix (r43 before r43w, r43w before r44)."""
    number = re.match(r"r(\d+)", name)
    assert number is not None, name
    return int(number.group(1)), name


def slips_rounds() -> list[tuple[str, Slip]]:
    """The slips of :data:`safety.heard.APPLIED_SLIPS` in applied order, each with the round that added it.
    ``SLIPS`` (rounds 20-25) is split by its "# --- round NN" comments (entries before round 21's and the closing
    compounds are round 20's)."""
    source = (ROOT / "safety" / "heard_slips.py").read_text(encoding="utf-8")
    lines = source.splitlines()
    markers: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith("# --- round ") and number < 182:
            markers.append((number, "r" + stripped.split()[3]))
        if stripped.startswith("# --- a compound heard as other kanji"):
            markers.append((number, "r20"))
    tree = ast.parse(source)
    entries: list[int] = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "SLIPS":
            assert isinstance(node.value, ast.Tuple)
            entries = [element.lineno for element in node.value.elts]
    assert len(entries) == len(SLIPS), (len(entries), len(SLIPS))
    applied: list[tuple[str, Slip]] = []
    for lineno, slip in zip(entries, SLIPS, strict=True):
        name = "r20"
        for marker_line, marker in markers:
            if marker_line < lineno:
                name = marker
        applied.append((name, slip))
    for name, slips in (("r26", ROUND26_SLIPS), ("r27", ROUND27_SLIPS), ("r28", ROUND28_SLIPS),
                        ("r29", ROUND29_SLIPS), ("r31", ROUND31_SLIPS), ("r32", ROUND32_SLIPS),
                        ("r33", ROUND33_SLIPS), ("r34", ROUND34_SLIPS), ("r35", ROUND35_SLIPS),
                        ("r37", ROUND37_SLIPS), ("r38", ROUND38_SLIPS),
                        ("r39", ROUND39_SLIPS), ("r40", ROUND40_SLIPS),
                        ("r41", ROUND41_SLIPS), ("r42", ROUND42_SLIPS), ("r43", ROUND43_SLIPS),
                        ("r43w", WIDE45_SLIPS), ("r44", ROUND44_SLIPS),
                        ("r44w", WIDE46_SLIPS), ("r45", ROUND45_SLIPS),
                        ("r45w", ROUND45_WIDE_SLIPS), ("r45x", WIDE47_SLIPS),
                        ("r46", ROUND46_SLIPS), ("r46w", WIDE48_SLIPS),
                        ("r47", ROUND47_SLIPS), ("r47w", WIDE49_SLIPS),
                        ("r48", ROUND48_SLIPS), ("r48w", WIDE50_SLIPS),
                        ("r49", ROUND49_SLIPS), ("r50", ROUND50_SLIPS),
                        ("r51", ROUND51_SLIPS), ("r52", ROUND52_SLIPS), ("r53", ROUND53_SLIPS),
                        ("r54", ROUND54_SLIPS), ("r55", ROUND55_SLIPS),
                        ("r56", ROUND56_SLIPS), ("r57", ROUND57_SLIPS),
                        ("r58", ROUND58_SLIPS)):
        applied += [(name, slip) for slip in slips]
    return applied


def fires(text: str, applied: list[tuple[str, Slip]]) -> tuple[Counter[str], Counter[int]]:
    """Per round and per slip (index in ``applied``): how many times it put a word back in ``text``."""
    text = prepare(text)
    by_round: Counter[str] = Counter()
    by_slip: Counter[int] = Counter()
    for index, (name, (_cause, pattern, replacement)) in enumerate(applied):
        text, count = pattern.subn(replacement, text)
        if count:
            by_round[name] += count
            by_slip[index] += count
    return by_round, by_slip


def decide(phrases: list[Phrase], heard: dict[str, str], slips: tuple[Slip, ...]) -> dict[str, bool]:
    """Whether each phrase is decided right from its transcript with ``slips`` applied."""
    heard_module.APPLIED_SLIPS = slips
    cached_views.cache_clear()
    return {p.text: Outcome(p, assess(heard[p.text], now=p.moment, channel="voice")).correct for p in phrases}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heard", type=Path, default=ROOT / "safety" / "eval" / "heard.tsv")
    parser.add_argument("--slips", action="store_true", help="each slip's fires in sample and later")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    transcripts = load_heard(args.heard)
    order = {split: index for index, split in enumerate(EXAMINED_SPLITS)}
    phrases = [p for p in load_phrases() if p.split in order and transcripts.get(p.text, "").strip()]
    heard = {p.text: transcripts[p.text] for p in phrases}
    applied = slips_rounds()
    rounds = sorted({name: [slip for other, slip in applied if other == name] for name, _ in applied}.items(),
                    key=lambda item: round_order(item[0]))
    full = tuple(slip for _name, slip in applied)
    assert full == heard_module.APPLIED_SLIPS
    fired = {p.text: fires(heard[p.text], applied) for p in phrases}
    warm_up()
    print(f"# {len(phrases)} transcripts of {args.heard.name}; decisions: all slips vs all but the round's")
    print("| round (read through) | slips | in sample: fires/100 (n) | later: fires/100 (n) | in sample fixed/broken "
          "(fixed/100) | later fixed/broken (fixed/100) | later transcripts |")
    print("|---|---|---|---|---|---|---|")
    totals = Counter[str]()
    for name, slips in rounds:
        through = order[READ_THROUGH[name]]
        inside = [p for p in phrases if order[p.split] <= through]
        later = [p for p in phrases if order[p.split] > through]
        touched = [p for p in phrases if fired[p.text][0][name]]
        with_all = decide(touched, heard, full)
        without = decide(touched, heard, tuple(slip for other, slip in applied if other != name))
        row: dict[str, int] = Counter()
        for p in touched:
            where = "in" if order[p.split] <= through else "later"
            row[f"{where}_fires"] += 1
            row[f"{where}_fixed"] += with_all[p.text] and not without[p.text]
            row[f"{where}_broken"] += without[p.text] and not with_all[p.text]
        for key, value in row.items():
            totals[key] += value
        totals["later_n"] += len(later)
        totals["in_n"] += len(inside)
        later_rate = f"{100 * row['later_fires'] / len(later):.2f} ({row['later_fires']})" if later else "-"
        print(f"| {name} ({READ_THROUGH[name]}) | {len(slips)} | {100 * row['in_fires'] / len(inside):.2f} "
              f"({row['in_fires']}) | {later_rate} | +{row['in_fixed']}/-{row['in_broken']} "
              f"({100 * row['in_fixed'] / len(inside):.2f}) | +{row['later_fixed']}/-{row['later_broken']} "
              f"({100 * row['later_fixed'] / max(len(later), 1):.2f}) | {len(later)} |")
    print(f"total fixed/broken: in sample +{totals['in_fixed']}/-{totals['in_broken']}, later "
          f"+{totals['later_fixed']}/-{totals['later_broken']}")
    if args.slips:
        print("# each slip: round, form, cause, pattern, fires in sample / later (transcripts), fixed/broken in "
              "sample, later (the slip alone left out)")
        kinds: dict[str, Counter[str]] = {}
        for index, (name, (cause, pattern, _replacement)) in enumerate(applied):
            through = order[READ_THROUGH[name]]
            touched = [p for p in phrases if fired[p.text][1][index]]
            with_all = decide(touched, heard, full)
            without = decide(touched, heard, tuple(slip for other, slip in enumerate(full) if other != index))
            row = Counter[str]()
            for p in touched:
                where = "in" if order[p.split] <= through else "later"
                row[f"{where}_fires"] += 1
                row[f"{where}_fixed"] += with_all[p.text] and not without[p.text]
                row[f"{where}_broken"] += without[p.text] and not with_all[p.text]
                if where == "later" and with_all[p.text] != without[p.text]:
                    print(f"  later {'fixed' if with_all[p.text] else 'BROKEN'} [{p.split} {p.label}/{p.number}] "
                          f"{heard[p.text]}")
            row["later_n"] += sum(1 for p in phrases if order[p.split] > through)
            row["in_n"] += sum(1 for p in phrases if order[p.split] <= through)
            form = f"{form_of(pattern.pattern)}/{sound_of(pattern, _replacement, [heard[p.text] for p in touched])}"
            for key in (form, form.split("/")[0], form.split("/")[1], f"{form}/{cause}", "all"):
                kinds.setdefault(key, Counter()).update(row)
                kinds[key]["slips"] += 1
                kinds[key]["slips_later"] += row["later_fires"] > 0
            print(f"{name}\t{form}\t{cause}\t{pattern.pattern[:50]}\t{row['in_fires']}\t{row['later_fires']}\t"
                  f"+{row['in_fixed']}/-{row['in_broken']}\t+{row['later_fixed']}/-{row['later_broken']}")
        print("| form | slips | firing later | fires/100 in sample | fires/100 later | fixed/100 in sample "
              "| fixed/broken later (per 100) |")
        print("|---|---|---|---|---|---|---|")
        for key, row in sorted(kinds.items()):
            print(f"| {key} | {row['slips']} | {row['slips_later']} | {100 * row['in_fires'] / row['in_n']:.2f} | "
                  f"{100 * row['later_fires'] / max(row['later_n'], 1):.2f} | "
                  f"{100 * row['in_fixed'] / row['in_n']:.3f} | +{row['later_fixed']}/-{row['later_broken']} "
                  f"({100 * row['later_fixed'] / max(row['later_n'], 1):.3f}/"
                  f"{100 * row['later_broken'] / max(row['later_n'], 1):.3f}) |")


def sound_of(pattern: re.Pattern[str], replacement: str, texts: list[str]) -> str:
    """"same" when what the slip puts back reads (devoiced) as what Whisper wrote in most of its fires (a kanji or
    kana homophone: 花字 -> 鼻血, 成球 -> 請求), "other" when the sound itself slipped (a mora lost, changed or
    added: ぼいん -> 病院, すなみ -> 津波)."""
    same = other = 0
    for text in texts:
        for match in pattern.finditer(prepare(text)):
            heard_reading = devoice(READER.analyse(fold(match.group(0)))[0])
            put_back = devoice(READER.analyse(fold(match.expand(replacement)))[0])
            if heard_reading == put_back:
                same += 1
            else:
                other += 1
    return "same" if same > other else "other"


def form_of(pattern: str) -> str:
    """"bare" when the slip puts back a string that is no word as heard (at most a negative lookaround keeps a word
    out), "framed" when it needs a context (a positive lookaround or a kept group: a word that exists, put back only
    beside its frame)."""
    return "framed" if ("(?=" in pattern or "(?<=" in pattern or pattern.startswith("((")) else "bare"


if __name__ == "__main__":
    main()
