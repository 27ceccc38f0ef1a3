"""The n-gram classifiers' training levers held out by writer (prints figures): blocks of examined blind pairs held
out together, the classifiers (emergency, police line, advice lines) trained on everything else by one recipe, and
the block decided typed and as heard (its transcripts) with the ablated rules.

    .venv/bin/python -m bench.bench_safety_levers --heard safety/eval/heard.tsv --training safety/eval/training.tsv \
        --training-heard /tmp/team/spoken-cache-train --recipes current,no37,trheard,trheard+no37,grams4,none3,c4

Blocks (``--blocks``, ``;`` between blocks): by default blind32a..blind34b and blind29a..blind31b. The rules were
written having read every examined split, so their split-specific alternatives are left out per block
(:mod:`bench.safety_cv_ablation`), but guards and context stay: only the classifiers are truly held out.

Recipes (``current`` = ``python -m safety.train_ngram --heard safety/eval/heard.tsv --training training.tsv``, the
none weight :data:`safety.train_ngram.NONE_WEIGHT`, C :data:`safety.train_ngram.REGULARISATION_C`, 1-3-grams):
``noNN`` without the training tellings of trainNNa/b (``no35``, ``no37``); ``trheard`` + what Whisper heard for
the training tellings (``--training-heard``); ``grams4`` 1-4-grams; ``noneW`` the none weight W; ``cX`` C = X;
``negW`` the rows given as negatives (:func:`build_rows`' ``negatives``, ``bench_safety_bars --negatives``) added to
the emergency classifier's training only, each weighted W, outside the classes' balance (``rebal``: inside it, as
first measured; round 36, helper A40); recipes
combine with ``+`` (``trheard+c4``). ``--sweep`` also prints each recipe's figures at other police and advice
thresholds.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import re
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import safety.detect  # noqa: E402
from bench.safety_cv_ablation import ablated_findings, fold_rules, map_alternatives  # noqa: E402
from bench.safety_cv_folds import merge_block  # noqa: E402
from safety.data_file import default_safety_data  # noqa: E402
from safety.decide import decide  # noqa: E402
from safety.evaluate import EXAMINED_SPLITS, Outcome, Phrase, load_phrases, load_training, score  # noqa: E402
from safety.models import Channel, SignalledAdvice  # noqa: E402
from safety.ngram import marked  # noqa: E402
from safety.normalize import views  # noqa: E402
from safety.signals import Signals  # noqa: E402
from safety.train_ngram import (  # noqa: E402
    ADVICE_CLASSES,
    ADVICE_THRESHOLD,
    NONE_WEIGHT,
    POLICE_THRESHOLD,
    REGULARISATION_C,
    fit_weights,
    load_heard,
    with_heard,
)
from safety.weights import LogisticWeights  # noqa: E402

BLOCKS = "blind32a,blind32b,blind33a,blind33b,blind34a,blind34b;blind29a,blind29b,blind30a,blind30b,blind31a,blind31b"
NGRAM_THRESHOLD = 0.8
STYLES = ("tohoku", "asr", "kana", "indirect")


@dataclasses.dataclass(frozen=True)
class Recipe:
    """One training recipe of the classifiers."""

    left_out_training: frozenset[str] = frozenset()
    training_heard: bool = False
    largest_gram: int = 3
    none_weight: float = NONE_WEIGHT
    regularisation: float = REGULARISATION_C
    negatives_weight: float = 0.0  # 0: the negatives rows are not trained on
    rebalanced: bool = False  # True: the classes balanced over the negatives too (recipe part ``rebal``)


def parse_recipe(name: str) -> Recipe:
    """``current``, ``noNN``, ``trheard``, ``grams4``, ``noneW``, ``cX`` and their ``+`` combinations."""
    recipe = Recipe()
    for part in name.split("+"):
        if part == "current":
            continue
        if re.fullmatch(r"no\d\d", part):
            left_out = recipe.left_out_training | {f"train{part[2:]}a", f"train{part[2:]}b"}
            recipe = dataclasses.replace(recipe, left_out_training=left_out)
        elif part == "trheard":
            recipe = dataclasses.replace(recipe, training_heard=True)
        elif part.startswith("grams"):
            recipe = dataclasses.replace(recipe, largest_gram=int(part[5:]))
        elif part == "rebal":
            recipe = dataclasses.replace(recipe, rebalanced=True)
        elif part.startswith("neg"):
            recipe = dataclasses.replace(recipe, negatives_weight=float(part[3:]))
        elif part.startswith("none"):
            recipe = dataclasses.replace(recipe, none_weight=float(part[4:]))
        elif part.startswith("c"):
            recipe = dataclasses.replace(recipe, regularisation=float(part[1:]))
        else:
            raise ValueError(f"unknown recipe part {part!r}")
    return recipe


def all_grams(text: str, largest: int) -> frozenset[str]:
    """The n-grams (1..``largest``) of every line of the devoiced views with negations marked."""
    found: set[str] = set()
    for line in marked(views(text).devoiced).split("\n"):
        for size in range(1, largest + 1):
            found.update(line[start:start + size] for start in range(len(line) - size + 1))
    return frozenset(found)


@dataclasses.dataclass
class Rows:
    """Every row a block trains or tests on: typed phrases, transcripts, training tellings and their transcripts."""

    phrases: list[Phrase]
    kind: list[str]  # typed | heard | training | training-heard | negative
    grams: list[frozenset[str]]


def fitted(model: tuple[float, dict[str, float]], block: str) -> LogisticWeights:
    """One fold's fit as the shipped model type, so held-out rows are scored by the same code as in production
    (the threshold is not used here: each decision applies its own)."""
    intercept, weights = model
    return LogisticWeights(intercept=intercept, threshold=0.5, trained_on=[f"all but {block}"], weights=weights)


def trained_rows(rows: Rows, block: str, recipe: Recipe) -> list[int]:
    """The rows a recipe trains on while ``block`` is held out."""
    kinds = ({"typed", "heard", "training"} | ({"training-heard"} if recipe.training_heard else set())
             | ({"negative"} if recipe.negatives_weight > 0 else set()))
    return [i for i, p in enumerate(rows.phrases) if p.split != block and rows.kind[i] in kinds
            and p.split not in recipe.left_out_training]


def features_of(rows: Rows, index: int, largest: int) -> dict[str, int]:
    """One row's binary features for grams up to ``largest``."""
    return {g: 1 for g in rows.grams[index] if len(g) <= largest}


@dataclasses.dataclass
class Probabilities:
    """The held-out rows' probabilities: emergency, police line, and per advice line."""

    emergency: dict[int, float]
    police: dict[int, float]
    advice: dict[int, dict[SignalledAdvice, float]]


def block_probabilities(rows: Rows, block: str, recipe: Recipe, test: Sequence[int]) -> Probabilities:
    """Fit the three classifiers on the rows outside the block and score the held-out rows."""
    train = trained_rows(rows, block, recipe)
    test_grams = {i: frozenset(features_of(rows, i, recipe.largest_gram)) for i in test}
    train = sorted(train, key=lambda i: rows.kind[i] == "negative")  # the negatives last: outside the balance
    matrix = [features_of(rows, i, recipe.largest_gram) for i in train]
    labels = [rows.phrases[i].label == "emergency" for i in train]
    weights = [recipe.negatives_weight if rows.kind[i] == "negative"
               else recipe.none_weight if rows.phrases[i].label == "none" else 1.0 for i in train]
    balanced = None if recipe.rebalanced else sum(rows.kind[i] != "negative" for i in train)
    emergency = fitted(fit_weights(matrix, labels, sample_weights=weights, regularisation=recipe.regularisation,
                                   balanced_rows=balanced), block)
    line_rows = [row for row, urgent in zip(matrix, labels, strict=True) if urgent]
    line_labels = [rows.phrases[i].number == "110" for i, urgent in zip(train, labels, strict=True) if urgent]
    police = fitted(fit_weights(line_rows, line_labels, regularisation=recipe.regularisation), block)
    advice: dict[int, dict[SignalledAdvice, float]] = {i: {} for i in test}
    kept = [n for n, i in enumerate(train) if rows.kind[i] != "negative"]  # the negatives train the emergency one only
    advice_matrix = [matrix[n] for n in kept]
    for line in sorted(set(ADVICE_CLASSES.values())):
        model = fitted(fit_weights(advice_matrix, [ADVICE_CLASSES.get(rows.phrases[train[n]].number) == line
                                                   for n in kept],
                                   regularisation=recipe.regularisation), block)
        for i in test:
            advice[i][line] = model.probability_of(test_grams[i])
    return Probabilities({i: emergency.probability_of(test_grams[i]) for i in test},
                         {i: police.probability_of(test_grams[i]) for i in test}, advice)


def decisions(rows: Rows, test: Sequence[int], found: dict[int, safety.detect.Findings], probs: Probabilities, *,
              police_threshold: float, advice_threshold: float, channel: Channel = "chat") -> list[Outcome]:
    """The held-out rows decided with the rules' findings and the classifiers at the given thresholds (on
    ``channel``: the overrule bench decides heard rows as voice since round 38)."""
    data = default_safety_data()
    outcomes = []
    for i in test:
        best: tuple[float, SignalledAdvice | None] = (advice_threshold, None)
        for line, value in probs.advice[i].items():
            if value >= best[0]:
                best = (value, line)
        signals = Signals(ngram=probs.emergency[i], ngram_threshold=NGRAM_THRESHOLD,
                          police_line=probs.police[i] >= police_threshold, advice=best[1],
                          advice_probability=best[0] if best[1] is not None else 0.0)
        outcomes.append(Outcome(rows.phrases[i], decide(found[i], local_now=rows.phrases[i].moment, channel=channel,
                                                        data=data, signals=signals)))
    return outcomes


def line(name: str, outcomes: list[Outcome]) -> str:
    """Recall / false alarms / right number, and per style."""
    pooled = score(outcomes)
    cells = []
    for style in STYLES:
        s = score(o for o in outcomes if o.phrase.style == style)
        cells.append(f"{style} {s.recall:.2f}/{s.false_alarm_rate:.2f}/{s.right_number_rate:.2f}")
    return (f"  {name:<26} recall {pooled.recall:.3f} ({pooled.caught}/{pooled.emergencies})  false alarms "
            f"{pooled.false_alarm_rate:.3f} ({pooled.false_alarms}/{pooled.others})  right number "
            f"{pooled.right_number_rate:.3f}   " + ", ".join(cells))


def classifier_line(name: str, rows: Rows, test: Sequence[int], probs: Probabilities, *,
                    advice_threshold: float = ADVICE_THRESHOLD) -> str:
    """The classifiers alone on the held-out rows: emergency recall and false alarms at the firing threshold and
    log loss; the police line right among emergencies; the advice line right (sure) among advice phrases, and "none"
    phrases given a sure advice line."""
    urgent = [i for i in test if rows.phrases[i].label == "emergency"]
    others = [i for i in test if rows.phrases[i].label != "emergency"]
    urgent_set = set(urgent)
    caught = sum(probs.emergency[i] >= NGRAM_THRESHOLD for i in urgent)
    raised = sum(probs.emergency[i] >= NGRAM_THRESHOLD for i in others)
    loss = -math.fsum(math.log(max(1e-9, probs.emergency[i] if i in urgent_set else 1 - probs.emergency[i]))
                      for i in test) / max(len(test), 1)
    police = sum((probs.police[i] >= POLICE_THRESHOLD) == (rows.phrases[i].number == "110") for i in urgent)
    advised = [i for i in test if rows.phrases[i].number in ADVICE_CLASSES]

    def sure(i: int) -> SignalledAdvice | None:
        best = max(probs.advice[i].items(), key=lambda item: item[1])
        return best[0] if best[1] >= advice_threshold else None

    right = sum(sure(i) == ADVICE_CLASSES[rows.phrases[i].number] for i in advised)
    quiet = [i for i in test if rows.phrases[i].number == "none"]
    return (f"  {name:<26} classifiers alone: emergency recall {caught / max(len(urgent), 1):.3f} false alarms "
            f"{raised / max(len(others), 1):.3f} log loss {loss:.3f}; police line right "
            f"{police / max(len(urgent), 1):.3f}; "
            f"advice line right {right / max(len(advised), 1):.3f}, 'none' given a line "
            f"{sum(sure(i) is not None for i in quiet) / max(len(quiet), 1):.3f}")


def build_rows(examined: list[Phrase], training: list[Phrase], heard: dict[str, str],
               training_heard: dict[str, str], negatives: Sequence[Phrase] = ()) -> Rows:
    """Typed phrases, their transcripts, training tellings and theirs, and the ``negatives`` (trained on by the
    ``negW`` recipes only), with their 1-4-grams."""
    typed_heard = with_heard(examined, heard)
    told_heard = with_heard(training, training_heard)
    phrases = examined + typed_heard + training + told_heard + list(negatives)
    kind = (["typed"] * len(examined) + ["heard"] * len(typed_heard) + ["training"] * len(training)
            + ["training-heard"] * len(told_heard) + ["negative"] * len(negatives))
    return Rows(phrases, kind, [all_grams(p.text, 4) for p in phrases])


def main() -> None:
    """Score every recipe on every block, typed and heard."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--blocks", default=BLOCKS)
    parser.add_argument("--recipes", default="current,no37,trheard")
    parser.add_argument("--heard", type=Path, required=True)
    parser.add_argument("--training", type=Path, required=True)
    parser.add_argument("--training-heard", type=Path, default=None)
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    blocks = [tuple(block.split(",")) for block in args.blocks.split(";")]
    if any(set(block) - set(EXAMINED_SPLITS) for block in blocks):
        parser.error("a block names a split that is not examined")
    examined = [p for p in load_phrases() if p.split in EXAMINED_SPLITS]
    names = []
    for block in blocks:
        examined, name = merge_block(examined, block)
        names.append(name)
    training = load_training(args.training)
    told_heard = load_heard(args.training_heard) if args.training_heard else {}
    rows = build_rows(examined, training, load_heard(args.heard), told_heard)
    print(f"{len(examined)} typed, {rows.kind.count('heard')} transcripts, {len(training)} training tellings, "
          f"{rows.kind.count('training-heard')} transcripts of training tellings", flush=True)
    ablation = map_alternatives(examined, [views(p.text) for p in examined])
    heard_rows = [i for i, k in enumerate(rows.kind) if k == "heard"]
    findings = ablated_findings(rows.phrases[:len(examined)], [views(p.text) for p in examined], ablation, names)
    for name in names:  # the transcripts of the block, decided with the block's ablated rules
        with fold_rules(ablation, name):
            findings[name].update({i: safety.detect.find(views(rows.phrases[i].text)) for i in heard_rows
                                   if rows.phrases[i].split == name})
    for name in names:
        typed = [i for i in range(len(examined)) if rows.phrases[i].split == name]
        spoken = [i for i in heard_rows if rows.phrases[i].split == name]
        print(f"block {name}: {len(typed)} typed, {len(spoken)} heard", flush=True)
        for recipe_name in args.recipes.split(","):
            probs = block_probabilities(rows, name, parse_recipe(recipe_name), typed + spoken)
            thresholds = [(POLICE_THRESHOLD, ADVICE_THRESHOLD)]
            if args.sweep:
                thresholds += [(p, a) for p in (0.4, 0.5, 0.6) for a in (0.7, 0.8, 0.9)
                               if (p, a) != (POLICE_THRESHOLD, ADVICE_THRESHOLD)]
            for police, advice in thresholds:
                suffix = "" if (police, advice) == thresholds[0] else f" p{police}/a{advice}"
                for kind, test in (("typed", typed), ("heard", spoken)):
                    outcomes = decisions(rows, test, findings[name], probs, police_threshold=police,
                                         advice_threshold=advice)
                    print(line(f"{recipe_name}{suffix} {kind}", outcomes), flush=True)
                    if not suffix:
                        print(classifier_line(f"{recipe_name} {kind}", rows, test, probs), flush=True)


if __name__ == "__main__":
    main()
